'use strict';
// The CommonJS loader: `require`, `module`, and Node's resolution of files, directories,
// package.json "main"/"exports"/"imports", self-reference and `node_modules` up the tree.

const fsBinding = internalBinding('fs');
const { readFileUtf8, internalModuleStat } = fsBinding;
const realpathNative = fsBinding.realpath;
const { compileFunction } = internalBinding('contextify');
const builtins = internalBinding('builtins');
const modulesBinding = internalBinding('modules');
const path = require('path');
const {
  codes: { ERR_UNKNOWN_BUILTIN_MODULE, ERR_INVALID_ARG_VALUE, ERR_REQUIRE_ASYNC_MODULE },
} = require('internal/errors');
const { validateString } = require('internal/validators');
const packageJsonReader = require('internal/modules/package_json_reader');
// Package "exports"/"imports" resolution loads with the first bare or `#` request.
function packageResolve() {
  return require('internal/modules/package_resolve');
}

// Nested `require` calls allowed before a RangeError (each level costs about 8 engine frames).
const kMaxLoadDepth = 900;
let loadDepth = 0;
const WRAPPER_PARAMS = ['exports', 'require', 'module', '__filename', '__dirname'];
const builtinIds = new Set(builtins.ids);
// Built-ins reachable only with the `node:` scheme.
const schemeOnly = new Set(['test', 'test/reporters', 'sea', 'sqlite']);

function isBuiltin(id) {
  if (typeof id !== 'string') return false;
  if (id.startsWith('node:')) {
    const bare = id.slice(5);
    return builtinIds.has(bare) || schemeOnly.has(bare);
  }
  return builtinIds.has(id) && !id.startsWith('internal/');
}

function loadBuiltin(id) {
  const bare = id.startsWith('node:') ? id.slice(5) : id;
  if (!builtinIds.has(bare)) throw new ERR_UNKNOWN_BUILTIN_MODULE(id);
  return builtins.require(bare);
}

class Module {
  constructor(id = '', parent) {
    this.id = id;
    this.path = path.dirname(id);
    this.exports = {};
    Object.defineProperty(this, 'parent', { value: parent, writable: true, configurable: true, enumerable: false });
    this.filename = null;
    this.loaded = false;
    this.children = [];
    this.paths = [];
    if (parent && parent.children) parent.children.push(this);
  }

  require(id) {
    validateString(id, 'id');
    if (id === '') throw new ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
    return Module._load(id, this, false);
  }

  load(filename) {
    this.filename = filename;
    this.paths = Module._nodeModulePaths(path.dirname(filename));
    const extension = findLongestRegisteredExtension(filename);
    if (extension === '.mjs' && !Module._extensions['.mjs']) {
      loadEsm(this, filename);
    } else {
      Module._extensions[extension](this, filename);
    }
    this.loaded = true;
  }

  _compile(content, filename) {
    if (content.startsWith('#!')) content = `//${content.slice(2)}`;
    const wrapper = compileFunction(content, filename, WRAPPER_PARAMS);
    const require = makeRequireFunction(this);
    return Reflect.apply(wrapper, this.exports, [this.exports, require, this, filename, path.dirname(filename)]);
  }
}

function findLongestRegisteredExtension(filename) {
  const name = path.basename(filename);
  let index = 0;
  while ((index = name.indexOf('.', index + 1)) !== -1) {
    const ext = name.slice(index);
    if (ext === '.mjs' || Module._extensions[ext]) return ext;
  }
  return '.js';
}

Module._cache = Object.create(null);
Module.builtinModules = builtins.ids.filter((id) => !id.startsWith('internal/'));
Module.isBuiltin = isBuiltin;
Module.globalPaths = [];
{
  const home = process.env.HOME;
  if (home) Module.globalPaths.push(path.resolve(home, '.node_modules'), path.resolve(home, '.node_libraries'));
  Module.globalPaths.push(path.resolve(process.execPath, '..', '..', 'lib', 'node'));
}
Module.wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
Module.wrap = (script) => Module.wrapper[0] + script + Module.wrapper[1];

function hasEsmSyntax(source) {
  return /^[ \t]*(import\s*[\w{*'"]|export\s*[\w{*]|import\.meta)/m.test(source);
}

Module._extensions = Object.create(null);
Module._extensions['.js'] = function loadJs(module, filename) {
  const content = readSource(filename);
  if (filename.endsWith('.js')) {
    const pkg = packageJsonReader.getPackageScope(filename);
    if (pkg && pkg.type === 'module') {
      loadEsm(module, filename);
      return;
    }
  }
  module._compile(content, filename);
};

// `require()` of an ES module, as Node 20.19+ does it (20.20 without a warning): the graph loads
// and runs synchronously;
// one with top-level await is refused.
function loadEsm(module, filename) {
  const esm = require('internal/modules/esm/loader');
  let namespace;
  try {
    namespace = modulesBinding.requireModule(filename);
  } catch (err) {
    throw esm.explainLinkError(err, filename);
  }
  if (namespace === null) {
    const parent = module.parent;
    throw new ERR_REQUIRE_ASYNC_MODULE(filename, parent && parent.filename ? parent.filename : undefined);
  }
  module.exports = namespace;
}

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
  // NOTE: nodeboa has no native addons (it also runs in a browser); Node's dlopen error code is
  // kept so callers that probe for addons fall back the way they do on a failed load.
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

// NOTE: stat results are not cached: a file written at run time must be found by the next
// `require`. Successful lookups are cached by `_findPath`, as Node's path cache is.
function stat(filename) {
  return internalModuleStat(filename);
}

function toRealPath(filename) {
  if (typeof realpathNative !== 'function') return filename;
  try {
    const real = realpathNative(filename);
    return typeof real === 'string' ? real : filename;
  } catch {
    return filename;
  }
}

function tryFile(filename, isMain) {
  if (stat(filename) !== 0) return undefined;
  return isMain && process.execArgv.includes('--preserve-symlinks-main') ? path.resolve(filename) : toRealPath(filename);
}

function tryExtensions(base, exts, isMain) {
  for (const ext of exts) {
    const found = tryFile(base + ext, isMain);
    if (found) return found;
  }
  return undefined;
}

function tryPackage(requestPath, exts, isMain, originalPath) {
  const pkg = packageJsonReader.read(path.join(requestPath, 'package.json'));
  const main = pkg && pkg.main;
  if (!main) return tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
  const filename = path.resolve(requestPath, main);
  const found = tryFile(filename, isMain) ?? tryExtensions(filename, exts, isMain) ??
    tryExtensions(path.resolve(filename, 'index'), exts, isMain);
  if (found) return found;
  const index = tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
  if (index) {
    process.emitWarning(`Invalid 'main' field in '${pkg.pjsonPath}' of '${main}'. Please either fix that or ` +
      'report it to the module author', 'DeprecationWarning', 'DEP0128');
    return index;
  }
  const err = new Error(`Cannot find module '${filename}'. Please verify that the package.json has a valid "main" entry`);
  err.code = 'MODULE_NOT_FOUND';
  err.path = pkg.pjsonPath;
  err.requestPath = originalPath;
  throw err;
}

const CJS_CONDITIONS = ['require', 'node', 'node-addons'];

function resolveBareFrom(parentFile) {
  return (request) => {
    const fake = { filename: parentFile, id: parentFile, paths: Module._nodeModulePaths(path.dirname(parentFile)) };
    return Module._resolveFilename(request, fake);
  };
}

// A file an "exports"/"imports" target resolved to must exist.
function finalizeExports(resolved, pkgPath) {
  const found = tryFile(resolved, false);
  if (found) return found;
  const err = new Error(`Cannot find module '${resolved}'`);
  err.code = 'MODULE_NOT_FOUND';
  if (pkgPath) err.path = pkgPath;
  throw err;
}

// `node_modules/name/...` through that package's "exports", when it has some.
function resolveExports(nmPath, request) {
  const { name, subpath, valid } = packageResolve().parsePackageName(request);
  if (!valid) return undefined;
  const pkgDir = path.resolve(nmPath, name);
  const pkg = packageJsonReader.read(path.join(pkgDir, 'package.json'));
  if (pkg && pkg.exports !== undefined && pkg.exports !== null) {
    const resolved = packageResolve().packageExportsResolve(pkgDir, subpath, pkg.exports, CJS_CONDITIONS, undefined,
      resolveBareFrom(path.join(pkgDir, 'package.json')));
    return finalizeExports(resolved, pkg.pjsonPath);
  }
  return undefined;
}

// Self-reference: a package requiring itself by its own name through its "exports".
function trySelf(parentPath, request) {
  if (!parentPath) return undefined;
  const pkg = packageJsonReader.getPackageScope(path.join(parentPath, 'x'));
  if (!pkg || pkg.exports === undefined || pkg.exports === null || !pkg.name) return undefined;
  let subpath;
  if (request === pkg.name) subpath = '.';
  else if (request.startsWith(`${pkg.name}/`)) subpath = `.${request.slice(pkg.name.length)}`;
  else return undefined;
  const pkgDir = path.dirname(pkg.pjsonPath);
  const resolved = packageResolve().packageExportsResolve(pkgDir, subpath, pkg.exports, CJS_CONDITIONS, undefined,
    resolveBareFrom(pkg.pjsonPath));
  return finalizeExports(resolved, pkg.pjsonPath);
}

const findPathCache = new Map();

Module._findPath = function findPath(request, paths, isMain) {
  const absolute = path.isAbsolute(request);
  if (absolute) paths = [''];
  else if (!paths || paths.length === 0) return false;
  const cacheKey = `${request}\x00${paths.join('\x00')}`;
  const cached = findPathCache.get(cacheKey);
  if (cached !== undefined) return cached;
  const exts = Object.keys(Module._extensions);
  let trailingSlash = request.length > 0 && (request.endsWith('/') ||
    request.endsWith('/.') || request.endsWith('/..') || request === '.' || request === '..');
  const relative = request.startsWith('./') || request.startsWith('../') || request === '.' || request === '..';
  for (const curPath of paths) {
    if (curPath && stat(curPath) < 1) continue;
    if (!absolute && !relative) {
      const exported = resolveExports(curPath, request);
      if (exported) {
        findPathCache.set(cacheKey, exported);
        return exported;
      }
    }
    const basePath = path.resolve(curPath, request);
    const rc = stat(basePath);
    let filename;
    if (!trailingSlash) {
      if (rc === 0) filename = tryFile(basePath, isMain);
      if (!filename) filename = tryExtensions(basePath, exts, isMain);
    }
    if (!filename && rc === 1) filename = tryPackage(basePath, exts, isMain, request);
    if (filename) {
      findPathCache.set(cacheKey, filename);
      return filename;
    }
  }
  trailingSlash = false;
  return false;
};

const nodeModulePathsCache = new Map();

Module._nodeModulePaths = function nodeModulePaths(from) {
  from = path.resolve(from);
  const cached = nodeModulePathsCache.get(from);
  if (cached !== undefined) return cached.slice();
  const paths = lookupDirs(from);
  nodeModulePathsCache.set(from, paths);
  return paths.slice();
};

// The `node_modules` folders a file in `from` looks in, nearest first.
function lookupDirs(from) {
  if (from === '/') return ['/node_modules'];
  const paths = [];
  let dir = from;
  while (true) {
    if (path.basename(dir) !== 'node_modules') paths.push(path.join(dir, 'node_modules'));
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return paths;
}

Module._resolveLookupPaths = function resolveLookupPaths(request, parent) {
  if (isBuiltin(request) && !request.startsWith('node:') && builtinIds.has(request)) return null;
  const relative = request === '.' || request === '..' || request.startsWith('./') || request.startsWith('../');
  if (!relative) {
    const paths = parent && parent.paths && parent.paths.length ? parent.paths.slice() : [];
    return paths.concat(Module.globalPaths);
  }
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

function requireStackOf(parent) {
  const requireStack = [];
  for (let m = parent; m; m = m.parent) requireStack.push(m.filename || m.id);
  return requireStack;
}

Module._resolveFilename = function resolveFilename(request, parent, isMain, options) {
  if (isBuiltin(request) && (request.startsWith('node:') || builtinIds.has(request))) return request;
  if (request.startsWith('node:')) throw new ERR_UNKNOWN_BUILTIN_MODULE(request);
  let paths;
  if (options && options.paths) {
    const relative = request.startsWith('./') || request.startsWith('../');
    if (relative) {
      paths = options.paths;
    } else {
      paths = [];
      for (const dir of options.paths) {
        const fake = new Module('', null);
        fake.paths = Module._nodeModulePaths(dir);
        for (const p of Module._resolveLookupPaths(request, fake)) {
          if (!paths.includes(p)) paths.push(p);
        }
      }
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent) || [];
  }
  const parentFile = parent && parent.filename;
  if (request[0] === '#' && parentFile) {
    const resolved = packageResolve().packageImportsResolve(request, parentFile, CJS_CONDITIONS, parentFile, resolveBareFrom(parentFile));
    return finalizeExports(resolved);
  }
  const selfResolved = trySelf(parentFile ? path.dirname(parentFile) : process.cwd(), request);
  if (selfResolved) return selfResolved;
  const filename = Module._findPath(request, paths, isMain);
  if (filename) return filename;
  const requireStack = requireStackOf(parent);
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += `\nRequire stack:\n- ${requireStack.join('\n- ')}`;
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
};

Module._load = function load(request, parent, isMain) {
  if (typeof request === 'string' && request.startsWith('node:')) {
    if (!isBuiltin(request)) throw new ERR_UNKNOWN_BUILTIN_MODULE(request);
    return loadBuiltin(request);
  }
  const filename = Module._resolveFilename(request, parent, isMain);
  if (isBuiltin(filename)) return loadBuiltin(filename);
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    if (parent && parent.children && !parent.children.includes(cached)) parent.children.push(cached);
    return cached.exports;
  }
  const module = new Module(filename, parent);
  if (isMain) {
    module.id = '.';
    process.mainModule = module;
    Module.main = module;
  }
  // NOTE: Node's limit on nested loads is V8's stack; ours would be Boa's recursion limit, whose
  // error JavaScript cannot catch. Stop well before it with the RangeError Node throws.
  if (loadDepth >= kMaxLoadDepth) throw new RangeError('Maximum call stack size exceeded');
  Module._cache[filename] = module;
  let threw = true;
  loadDepth++;
  try {
    module.load(filename);
    threw = false;
  } finally {
    loadDepth--;
    if (threw) {
      delete Module._cache[filename];
      if (parent && parent.children) {
        const index = parent.children.indexOf(module);
        if (index !== -1) parent.children.splice(index, 1);
      }
    }
  }
  return module.exports;
};

function makeRequireFunction(module) {
  const require = function require(id) {
    return module.require(id);
  };
  function resolve(request, options) {
    validateString(request, 'request');
    return Module._resolveFilename(request, module, false, options);
  }
  require.resolve = resolve;
  function paths(request) {
    validateString(request, 'request');
    return Module._resolveLookupPaths(request, module);
  }
  resolve.paths = paths;
  Object.defineProperty(require, 'main', {
    get: () => Module.main,
    set: (v) => { Module.main = v; },
    enumerable: true,
    configurable: true,
  });
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

function createRequire(filename) {
  let filepath;
  if (filename && typeof filename === 'object' && typeof filename.href === 'string') filename = filename.href;
  if (typeof filename === 'string' && filename.startsWith('file:')) {
    filepath = require('internal/modules/helpers').fileURLToPath(filename);
  } else if (typeof filename !== 'string' || !path.isAbsolute(filename)) {
    throw new ERR_INVALID_ARG_VALUE('filename', filename, 'must be a file URL object, file URL string, or absolute path string');
  } else {
    filepath = filename;
  }
  const trailing = filepath.endsWith('/');
  const proxyPath = trailing ? path.join(filepath, 'noop.js') : filepath;
  const mod = new Module(proxyPath, null);
  mod.filename = proxyPath;
  mod.paths = Module._nodeModulePaths(mod.path);
  return makeRequireFunction(mod);
}

Module.Module = Module;
Module.createRequire = createRequire;
Module.makeRequireFunction = makeRequireFunction;
Module.syncBuiltinESMExports = function syncBuiltinESMExports() {};
Module.findSourceMap = function findSourceMap() { return undefined; };
Module.runMain = function runMain(main = process.argv[1]) {
  require('internal/modules/run_main').runMain(main, true);
};
Module._readSource = readSource;
Module._hasEsmSyntax = hasEsmSyntax;

module.exports = Module;
