'use strict';
// internal/modules/cjs/resolve: where a CommonJS `require(request)` leads: Module._resolveFilename,
// _findPath, _nodeModulePaths and _resolveLookupPaths (internal/modules/cjs/loader puts them on
// Module), and the file, directory, package "exports"/"imports" and self-reference lookups
// behind them.

const fsBinding = internalBinding('fs');
const { internalModuleStat } = fsBinding;
const realpathNative = fsBinding.realpath;
const builtins = internalBinding('builtins');
const path = require('path');
const {
  codes: { ERR_UNKNOWN_BUILTIN_MODULE },
} = require('internal/errors');
const packageJsonReader = require('internal/modules/package_json_reader');

// Package "exports"/"imports" resolution loads with the first bare or `#` request.
function packageResolve() {
  return require('internal/modules/package_resolve');
}

// The Module class: internal/modules/cjs/loader hands it over (useModule) as it loads.
let Module;
function useModule(moduleClass) {
  Module = moduleClass;
}

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

function findPath(request, paths, isMain) {
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
}

const nodeModulePathsCache = new Map();

function nodeModulePaths(from) {
  from = path.resolve(from);
  const cached = nodeModulePathsCache.get(from);
  if (cached !== undefined) return cached.slice();
  const paths = lookupDirs(from);
  nodeModulePathsCache.set(from, paths);
  return paths.slice();
}

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

function resolveLookupPaths(request, parent) {
  if (isBuiltin(request) && !request.startsWith('node:') && builtinIds.has(request)) return null;
  const relative = request === '.' || request === '..' || request.startsWith('./') || request.startsWith('../');
  if (!relative) {
    const paths = parent && parent.paths && parent.paths.length ? parent.paths.slice() : [];
    return paths.concat(Module.globalPaths);
  }
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
}

function requireStackOf(parent) {
  const requireStack = [];
  for (let m = parent; m; m = m.parent) requireStack.push(m.filename || m.id);
  return requireStack;
}

function resolveFilename(request, parent, isMain, options) {
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
}

module.exports = {
  builtinIds,
  findPath,
  isBuiltin,
  nodeModulePaths,
  resolveFilename,
  resolveLookupPaths,
  useModule,
};
