'use strict';
// The CommonJS loader: `require`, `module`, and Node's resolution of files, directories,
// `package.json` "main" and `node_modules` up the tree.
//
// NOTE: this is the loader the runtime core needs; `exports`/`imports` maps, symlink real paths,
// ES modules and the rest of Node's resolution belong to the module-system issue.

const { readFileUtf8, internalModuleStat } = internalBinding('fs');
const { compileFunction } = internalBinding('contextify');
const builtins = internalBinding('builtins');
const path = require('path');
const { codes: { ERR_UNKNOWN_BUILTIN_MODULE, ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const { validateString } = require('internal/validators');

const WRAPPER_PARAMS = ['exports', 'require', 'module', '__filename', '__dirname'];
const builtinIds = new Set(builtins.ids);

function isBuiltin(id) {
  return builtinIds.has(id.startsWith('node:') ? id.slice(5) : id);
}

class Module {
  constructor(id = '', parent) {
    this.id = id;
    this.path = path.dirname(id);
    this.exports = {};
    this.filename = null;
    this.loaded = false;
    this.children = [];
    this.paths = [];
    Object.defineProperty(this, 'parent', { value: parent, writable: true, configurable: true, enumerable: false });
    if (parent) parent.children.push(this);
  }

  require(id) {
    validateString(id, 'id');
    if (id === '') throw new ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
    return Module._load(id, this, false);
  }

  load(filename) {
    this.filename = filename;
    this.paths = Module._nodeModulePaths(path.dirname(filename));
    const ext = path.extname(filename);
    const loader = Module._extensions[ext] ?? Module._extensions['.js'];
    loader(this, filename);
    this.loaded = true;
  }

  _compile(content, filename) {
    if (content.startsWith('#!')) content = `//${content.slice(2)}`;
    const wrapper = compileFunction(content, filename, WRAPPER_PARAMS);
    const require = makeRequireFunction(this);
    return wrapper.call(this.exports, this.exports, require, this, filename, path.dirname(filename));
  }
}

Module._cache = Object.create(null);
Module.builtinModules = builtins.ids.slice();
Module.isBuiltin = isBuiltin;

Module._extensions = Object.create(null);
Module._extensions['.js'] = function loadJs(module, filename) {
  module._compile(readSource(filename), filename);
};
Module._extensions['.cjs'] = Module._extensions['.js'];
Module._extensions['.json'] = function loadJson(module, filename) {
  const content = readSource(filename);
  try {
    module.exports = JSON.parse(content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content);
  } catch (err) {
    err.message = `${filename}: ${err.message}`;
    throw err;
  }
};
Module._extensions['.node'] = function loadAddon(module, filename) {
  const err = new Error(`Cannot load native addon '${filename}': nodeboa runs in a browser and has no native addons`);
  err.code = 'ERR_DLOPEN_FAILED';
  throw err;
};

function readSource(filename) {
  const text = readFileUtf8(filename);
  if (typeof text !== 'string') {
    const err = new Error(`Cannot find module '${filename}'`);
    err.code = 'MODULE_NOT_FOUND';
    throw err;
  }
  return text;
}

function stat(filename) {
  return internalModuleStat(filename);
}

function tryFile(filename) {
  return stat(filename) === 0 ? filename : undefined;
}

function tryExtensions(base) {
  for (const ext of Object.keys(Module._extensions)) {
    const found = tryFile(base + ext);
    if (found) return found;
  }
  return undefined;
}

function readPackageMain(dir) {
  const text = readFileUtf8(path.join(dir, 'package.json'));
  if (typeof text !== 'string') return undefined;
  try {
    const main = JSON.parse(text).main;
    return typeof main === 'string' ? main : undefined;
  } catch (err) {
    err.path = path.join(dir, 'package.json');
    err.message = `Error parsing ${err.path}: ${err.message}`;
    throw err;
  }
}

function tryDirectory(dir) {
  const main = readPackageMain(dir);
  if (main) {
    const target = path.resolve(dir, main);
    const found = tryFile(target) ?? tryExtensions(target) ?? tryExtensions(path.join(target, 'index'));
    if (found) return found;
  }
  return tryExtensions(path.join(dir, 'index'));
}

function tryPath(base) {
  return tryFile(base) ?? tryExtensions(base) ?? (stat(base) === 1 ? tryDirectory(base) : undefined);
}

Module._nodeModulePaths = function nodeModulePaths(from) {
  from = path.resolve(from);
  const paths = [];
  let dir = from;
  while (true) {
    if (path.basename(dir) !== 'node_modules') paths.push(path.join(dir, 'node_modules'));
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return paths;
};

Module._resolveFilename = function resolveFilename(request, parent) {
  if (isBuiltin(request)) return request;
  if (request.startsWith('node:')) throw new ERR_UNKNOWN_BUILTIN_MODULE(request);
  const relative = request.startsWith('./') || request.startsWith('../') || request === '.' || request === '..';
  let found;
  if (path.isAbsolute(request)) {
    found = tryPath(path.resolve(request));
  } else if (relative) {
    const base = parent && parent.filename ? path.dirname(parent.filename) : process.cwd();
    found = tryPath(path.resolve(base, request));
  } else {
    const dirs = parent && parent.paths ? parent.paths : Module._nodeModulePaths(process.cwd());
    for (const dir of dirs) {
      found = tryPath(path.join(dir, request));
      if (found) break;
    }
  }
  if (found) return found;
  const requireStack = [];
  for (let m = parent; m; m = m.parent) requireStack.push(m.filename || m.id);
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += `\nRequire stack:\n- ${requireStack.join('\n- ')}`;
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
};

Module._load = function load(request, parent, isMain) {
  const filename = Module._resolveFilename(request, parent);
  if (isBuiltin(filename)) {
    return builtins.require(filename.startsWith('node:') ? filename.slice(5) : filename);
  }
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    if (parent && !parent.children.includes(cached)) parent.children.push(cached);
    return cached.exports;
  }
  const module = new Module(isMain ? '.' : filename, parent);
  if (isMain) {
    process.mainModule = module;
    Module.main = module;
  }
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) delete Module._cache[filename];
  }
  return module.exports;
};

function makeRequireFunction(module) {
  const require = function require(id) {
    return module.require(id);
  };
  require.resolve = function resolve(request, options) {
    validateString(request, 'request');
    if (options && Array.isArray(options.paths)) {
      for (const dir of options.paths) {
        const fake = new Module(path.join(dir, 'x'), undefined);
        fake.filename = path.join(path.resolve(dir), 'x');
        fake.paths = Module._nodeModulePaths(dir);
        try {
          return Module._resolveFilename(request, fake);
        } catch {
          // try the next path
        }
      }
    }
    return Module._resolveFilename(request, module);
  };
  require.resolve.paths = function paths(request) {
    if (isBuiltin(request)) return null;
    if (request.startsWith('./') || request.startsWith('../')) return [path.dirname(module.filename || '.')];
    return module.paths.slice();
  };
  require.main = Module.main;
  require.cache = Module._cache;
  require.extensions = Module._extensions;
  return require;
}

function createRequire(filename) {
  const mod = new Module(filename, null);
  mod.filename = filename;
  mod.paths = Module._nodeModulePaths(path.dirname(filename));
  return makeRequireFunction(mod);
}

Module.Module = Module;
Module.createRequire = createRequire;
Module.makeRequireFunction = makeRequireFunction;

module.exports = Module;
