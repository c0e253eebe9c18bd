'use strict';
// Reading package.json files for the module loaders: parsed once per path and cached, and the
// "package scope" lookup (the nearest package.json above a file).

const { readFileUtf8 } = internalBinding('fs');
const path = require('path');
const { codes: { ERR_INVALID_PACKAGE_CONFIG } } = require('internal/errors');

const cache = new Map();

// The fields the loaders use, or `undefined` when there is no package.json at `jsonPath`.
function read(jsonPath, base) {
  if (cache.has(jsonPath)) return cache.get(jsonPath);
  const text = readFileUtf8(jsonPath);
  if (typeof text !== 'string') {
    cache.set(jsonPath, undefined);
    return undefined;
  }
  let parsed;
  try {
    parsed = JSON.parse(text.charCodeAt(0) === 0xFEFF ? text.slice(1) : text);
  } catch (err) {
    if (base === undefined) {
      // CommonJS reports a broken package.json as a plain error naming the file.
      err.path = jsonPath;
      err.message = `Error parsing ${jsonPath}: ${err.message}`;
      throw err;
    }
    const error = new ERR_INVALID_PACKAGE_CONFIG(jsonPath, base, err.message);
    error.cause = err;
    throw error;
  }
  const isObject = parsed !== null && typeof parsed === 'object';
  const field = (name, type) => (isObject && typeof parsed[name] === type ? parsed[name] : undefined);
  const result = {
    pjsonPath: jsonPath,
    exists: true,
    name: field('name', 'string'),
    main: field('main', 'string'),
    type: field('type', 'string') === 'module' ? 'module' : (field('type', 'string') === 'commonjs' ? 'commonjs' : 'none'),
    exports: isObject ? parsed.exports : undefined,
    imports: isObject ? parsed.imports : undefined,
  };
  cache.set(jsonPath, result);
  return result;
}

// The nearest package.json at or above the directory of `file`, stopping at a `node_modules`
// folder (a package never sees the scope of the one that contains it).
// Scopes are cached per directory, like the files under them (a package.json created after the
// first lookup is not seen, as in Node).
const scopeCache = new Map();

// `base`, when given, is the module being imported: a broken package.json is then reported as
// ERR_INVALID_PACKAGE_CONFIG, as ES module resolution does (CommonJS passes none).
function getPackageScope(file, base) {
  const start = path.dirname(file);
  if (scopeCache.has(start)) return scopeCache.get(start);
  let dir = start;
  let scope;
  while (true) {
    if (path.basename(dir) === 'node_modules') break;
    const pkg = read(path.join(dir, 'package.json'), base);
    if (pkg !== undefined) {
      scope = pkg;
      break;
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    if (scopeCache.has(parent)) {
      scope = scopeCache.get(parent);
      break;
    }
    dir = parent;
  }
  scopeCache.set(start, scope);
  return scope;
}

// The "type" that governs a `.js` file: 'module', 'commonjs' or 'none'.
function getPackageType(file, base) {
  const pkg = getPackageScope(file, base);
  return pkg ? pkg.type : 'none';
}

module.exports = { read, getPackageScope, getPackageType };
