'use strict';
// The CommonJS loader: `require`, `module`, and Node's resolution of files, directories,
// package.json "main"/"exports"/"imports", self-reference and `node_modules` up the tree.
// Resolution (Module._resolveFilename and the lookups behind it) is internal/modules/cjs/resolve.

const fsBinding = internalBinding('fs');
const { readFileUtf8 } = fsBinding;
const { compileFunction } = internalBinding('contextify');
const builtins = internalBinding('builtins');
const modulesBinding = internalBinding('modules');
const path = require('path');
const {
  codes: { ERR_UNKNOWN_BUILTIN_MODULE, ERR_INVALID_ARG_VALUE, ERR_REQUIRE_ASYNC_MODULE },
} = require('internal/errors');
const { validateString } = require('internal/validators');
const packageJsonReader = require('internal/modules/package_json_reader');
const resolution = require('internal/modules/cjs/resolve');
const { builtinIds, isBuiltin } = resolution;

// Nested `require` calls allowed before a RangeError (each level costs about 8 engine frames).
const kMaxLoadDepth = 900;
let loadDepth = 0;
const WRAPPER_PARAMS = ['exports', 'require', 'module', '__filename', '__dirname'];

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
// The global folders: NODE_PATH's entries, then ~/.node_modules and ~/.node_libraries, then
// <prefix>/lib/node. Run when the runtime is configured (the environment is not known before).
Module._initPaths = function _initPaths() {
  const { HOME: home, NODE_PATH: nodePath } = internalBinding('config').identity().env;
  const paths = nodePath ? nodePath.split(path.delimiter).filter(Boolean) : [];
  if (home) paths.push(path.resolve(home, '.node_modules'), path.resolve(home, '.node_libraries'));
  paths.push(path.resolve(process.execPath, '..', '..', 'lib', 'node'));
  Module.globalPaths = paths;
};
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

Module._findPath = resolution.findPath;
Module._nodeModulePaths = resolution.nodeModulePaths;
Module._resolveLookupPaths = resolution.resolveLookupPaths;
Module._resolveFilename = resolution.resolveFilename;
resolution.useModule(Module);

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
