'use strict';
// The ES module side of the loader: the hooks the native module loader (crate/src/modules)
// calls to resolve `import` specifiers with Node's ESM algorithm, to run CommonJS and built-ins
// as modules, and to fill `import.meta`.

const { readFileUtf8, internalModuleStat } = internalBinding('fs');
const modulesBinding = internalBinding('modules');
const path = require('path');
const {
  codes: {
    ERR_MODULE_NOT_FOUND,
    ERR_UNSUPPORTED_DIR_IMPORT,
    ERR_INVALID_MODULE_SPECIFIER,
    ERR_UNKNOWN_FILE_EXTENSION,
    ERR_UNSUPPORTED_ESM_URL_SCHEME,
  },
} = require('internal/errors');
const Module = require('internal/modules/cjs/loader');
const packageJsonReader = require('internal/modules/package_json_reader');
const { packageExportsResolve, packageImportsResolve, parsePackageName } = require('internal/modules/package_resolve');
const { pathToFileURL, fileURLToPath, scanCjsExports } = require('internal/modules/helpers');

const ESM_CONDITIONS = ['import', 'node', 'node-addons'];
const fsBinding = internalBinding('fs');

function realpath(file) {
  if (typeof fsBinding.realpath !== 'function') return file;
  try {
    const real = fsBinding.realpath(file);
    return typeof real === 'string' ? real : file;
  } catch {
    return file;
  }
}

function legacyMainResolve(pkgDir, pkg, base) {
  const tries = [];
  if (pkg && pkg.main) {
    const main = path.resolve(pkgDir, pkg.main);
    tries.push(main, `${main}.js`, `${main}.json`, `${main}.node`, path.join(main, 'index.js'),
      path.join(main, 'index.json'), path.join(main, 'index.node'));
  }
  tries.push(path.join(pkgDir, 'index.js'), path.join(pkgDir, 'index.json'), path.join(pkgDir, 'index.node'));
  for (const file of tries) {
    if (internalModuleStat(file) === 0) return file;
  }
  throw new ERR_MODULE_NOT_FOUND(pkgDir, base);
}

function packageResolve(specifier, parentFile, base) {
  const { name, subpath, valid } = parsePackageName(specifier);
  if (!valid) throw new ERR_INVALID_MODULE_SPECIFIER(specifier, 'is not a valid package name', base);
  const bare = (request) => packageResolve(request, parentFile, base);
  const scope = packageJsonReader.getPackageScope(parentFile);
  if (scope && scope.name === name && scope.exports !== undefined && scope.exports !== null) {
    return packageExportsResolve(path.dirname(scope.pjsonPath), subpath, scope.exports, ESM_CONDITIONS, base, bare);
  }
  let dir = path.dirname(parentFile);
  while (true) {
    if (path.basename(dir) !== 'node_modules') {
      const pkgDir = path.join(dir, 'node_modules', name);
      if (internalModuleStat(pkgDir) === 1) {
        const pkg = packageJsonReader.read(path.join(pkgDir, 'package.json'), base);
        if (pkg && pkg.exports !== undefined && pkg.exports !== null) {
          return packageExportsResolve(pkgDir, subpath, pkg.exports, ESM_CONDITIONS, base, bare);
        }
        if (subpath === '.') return legacyMainResolve(pkgDir, pkg, base);
        return path.join(pkgDir, subpath);
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new ERR_MODULE_NOT_FOUND(name, base);
}

// What `require` would load for a directory, relative to the importer (Node's hint).
function dirImportHint(dir, base) {
  let found;
  try {
    found = Module._findPath(dir.endsWith('/') ? dir : `${dir}/`, null, false);
  } catch {
    return undefined;
  }
  if (!found) return undefined;
  const rel = path.relative(path.dirname(base), found);
  return rel.startsWith('../') ? rel : `./${rel}`;
}

// The absolute file (or `node:` id) `specifier` names from `parentFile`.
function resolveSpecifier(specifier, parentFile) {
  const base = parentFile;
  if (specifier.startsWith('node:')) return specifier;
  if (Module.isBuiltin(specifier)) return `node:${specifier}`;
  let resolved;
  if (specifier.startsWith('file:')) {
    resolved = fileURLToPath(specifier);
  } else if (specifier.startsWith('/') || specifier.startsWith('./') || specifier.startsWith('../') ||
      specifier === '.' || specifier === '..') {
    let spec = specifier.replace(/[?#].*$/, '');
    try {
      spec = decodeURIComponent(spec);
    } catch {
      // keep it as written
    }
    resolved = path.resolve(path.dirname(parentFile), spec);
    if (specifier.endsWith('/')) resolved += '/';
  } else if (specifier[0] === '#') {
    resolved = packageImportsResolve(specifier, parentFile, ESM_CONDITIONS, base,
      (request) => packageResolve(request, parentFile, base));
  } else if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(specifier)) {
    const err = new ERR_UNSUPPORTED_ESM_URL_SCHEME({ protocol: specifier.slice(0, specifier.indexOf(':') + 1) },
      ['file', 'data', 'node']);
    throw err;
  } else {
    resolved = packageResolve(specifier, parentFile, base);
  }
  if (resolved.startsWith('node:')) return resolved;
  const kind = internalModuleStat(resolved.endsWith('/') ? resolved.slice(0, -1) : resolved);
  if (kind === 1 || resolved.endsWith('/')) {
    const err = new ERR_UNSUPPORTED_DIR_IMPORT(resolved, base, pathToFileURL(resolved));
    const hint = dirImportHint(resolved, base);
    if (hint) err.message += `\nDid you mean to import ${JSON.stringify(hint)}?`;
    throw err;
  }
  if (kind !== 0) throw new ERR_MODULE_NOT_FOUND(resolved, base, pathToFileURL(resolved));
  return realpath(resolved);
}

function formatOf(filename) {
  const ext = path.extname(filename);
  if (ext === '.mjs') return 'module';
  if (ext === '.cjs') return 'commonjs';
  if (ext === '.json') return 'json';
  if (ext === '.node') return 'commonjs';
  if (ext !== '.js' && ext !== '') throw new ERR_UNKNOWN_FILE_EXTENSION(ext, filename);
  return packageJsonReader.getPackageType(filename, filename) === 'module' ? 'module' : 'commonjs';
}

const exportNamesCache = new Map();

// Named exports of a CommonJS file, following re-exports, as Node's static analysis finds them.
function cjsExportNames(filename, seen = new Set()) {
  if (exportNamesCache.has(filename)) return exportNamesCache.get(filename);
  if (seen.has(filename)) return [];
  seen.add(filename);
  const source = readFileUtf8(filename);
  if (typeof source !== 'string' || !/\.(c?js|)$/.test(path.extname(filename) || '.js')) return [];
  const { names, reexports } = scanCjsExports(source);
  const all = new Set(names);
  for (const request of reexports) {
    try {
      const target = Module._resolveFilename(request, { filename, id: filename, paths: Module._nodeModulePaths(path.dirname(filename)) });
      if (Module.isBuiltin(target)) {
        for (const key of Object.keys(Module._load(target, null, false))) all.add(key);
      } else if (path.extname(target) !== '.json') {
        for (const key of cjsExportNames(target, seen)) all.add(key);
      }
    } catch {
      // an unresolvable re-export contributes nothing
    }
  }
  all.delete('default');
  const list = [...all];
  exportNamesCache.set(filename, list);
  return list;
}

// The file a request from `referrer` (a module's path, or none for the entry) is relative to.
function parentFileOf(referrer) {
  if (referrer === undefined || referrer.startsWith('node:')) return path.join(process.cwd(), '[entry]');
  if (!path.isAbsolute(referrer)) return path.join(process.cwd(), referrer);
  return referrer;
}

// `{ format, filename }` for an import: the native loader checks its module cache with these,
// and only for a module it does not have yet reads the source (or asks `sourceHook`) or the
// export names (`exportNamesHook`).
function resolveHook(specifier, referrer, type) {
  const filename = resolveSpecifier(specifier, parentFileOf(referrer));
  if (filename.startsWith('node:')) return { format: 'builtin', filename };
  const format = formatOf(filename);
  if (format === 'json') {
    if (type !== 'json') {
      const err = new TypeError(`Module "${pathToFileURL(filename)}" needs an import attribute of type "json"`);
      err.code = 'ERR_IMPORT_ASSERTION_TYPE_MISSING';
      throw err;
    }
    return { format, filename };
  }
  if (type === 'json') {
    const err = new TypeError(`Module "${pathToFileURL(filename)}" is not of type "json"`);
    err.code = 'ERR_IMPORT_ASSERTION_TYPE_FAILED';
    throw err;
  }
  return { format: format === 'module' ? format : 'commonjs', filename };
}

// The source of an ES or JSON module the native loader could not read itself.
function sourceHook(format, filename, referrer) {
  let source = readFileUtf8(filename);
  if (format === 'json') return source;
  if (typeof source !== 'string') {
    throw new ERR_MODULE_NOT_FOUND(filename, parentFileOf(referrer), pathToFileURL(filename));
  }
  if (source.startsWith('#!')) source = `//${source.slice(2)}`;
  return source;
}

// The named exports of a CommonJS module or a built-in, for its synthetic module.
function exportNamesHook(filename, format) {
  if (format !== 'builtin') return cjsExportNames(filename);
  const exports = Module._load(filename, null, false);
  return exports !== null && (typeof exports === 'object' || typeof exports === 'function') ?
    Object.keys(exports).filter((k) => k !== 'default') : [];
}

function evaluateHook(format, filename) {
  if (format === 'builtin') return Module._load(filename, null, false);
  const cached = Module._cache[filename];
  if (cached !== undefined) return cached.exports;
  return Module._load(filename, undefined, false);
}

function importMetaHook(meta, filename) {
  if (typeof filename !== 'string') return;
  meta.dirname = path.dirname(filename);
  meta.filename = filename;
  meta.resolve = function resolve(specifier) {
    const resolved = resolveSpecifier(String(specifier), filename);
    return resolved.startsWith('node:') ? resolved : pathToFileURL(resolved);
  };
  meta.url = pathToFileURL(filename);
}

// What `specifier` from `parentFile` is, for link-error messages: `{ format, filename, names }`
// (`names` for CommonJS, JSON and built-ins), or null when it does not resolve.
function resolveFormat(specifier, parentFile) {
  try {
    const filename = resolveSpecifier(specifier, parentFile);
    if (filename.startsWith('node:')) {
      const exports = Module._load(filename, null, false);
      const names = exports !== null && (typeof exports === 'object' || typeof exports === 'function') ?
        Object.keys(exports) : [];
      return { format: 'builtin', filename, names: ['default', ...names] };
    }
    const format = formatOf(filename);
    if (format === 'json') return { format, filename, names: ['default'] };
    if (format === 'module') return { format, filename };
    return { format: 'commonjs', filename, names: ['default', ...cjsExportNames(filename)] };
  } catch {
    return null;
  }
}

// Node's wording for a link error of the graph rooted at `root` (a file path).
function explainLinkError(err, root) {
  return require('internal/modules/esm/link_error').explainLinkError(err, root, resolveFormat);
}

// The native loader resolves plain relative and absolute file specifiers itself (see
// crate/src/modules/fast_path.rs); for those it asks only `packageType` (the package type that
// governs a `.js` file, once per directory) and, for CommonJS, `exportNames`.
modulesBinding.setHooks({
  resolve: resolveHook,
  source: sourceHook,
  exportNames: exportNamesHook,
  packageType: (filename) => packageJsonReader.getPackageType(filename, filename),
  evaluate: evaluateHook,
  importMeta: importMetaHook,
  linkError: explainLinkError,
});

// NOTE: the entry goes through `import()` rather than the binding's `runModule`: Boa 0.22 never
// settles the evaluation promise of a root module whose dependencies form a cycle, while the
// dynamic-import path does.
function runModule(filename) {
  return modulesBinding.runModule(filename);
}

module.exports = { runModule, resolveSpecifier, pathToFileURL, explainLinkError };
