'use strict';
// package.json "exports" and "imports" maps: Node's documented PACKAGE_EXPORTS_RESOLVE,
// PACKAGE_IMPORTS_RESOLVE and PACKAGE_TARGET_RESOLVE, shared by `require` and `import`.
// Results are absolute paths; `resolveBare(name, subpath)` is the loader's callback for
// import targets that name another package.

const path = require('path');
const { codes } = require('internal/errors');
const {
  ERR_PACKAGE_PATH_NOT_EXPORTED,
  ERR_PACKAGE_IMPORT_NOT_DEFINED,
  ERR_INVALID_PACKAGE_CONFIG,
  ERR_INVALID_MODULE_SPECIFIER,
} = codes;
const { getPackageScope } = require('internal/modules/package_json_reader');

const invalidSegment = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))?(\\|\/|$)/i;

function invalidTarget(pkgDir, key, target, isImports, base) {
  return new codes.ERR_INVALID_PACKAGE_TARGET(pkgDir, key, target, isImports, base);
}

function resolveTarget(ctx, target, patternMatch, key) {
  if (typeof target === 'string') {
    if (!target.startsWith('./')) {
      if (!ctx.isImports || target.startsWith('../') || target.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(target)) {
        throw invalidTarget(ctx.pkgDir, key, target, ctx.isImports, ctx.base);
      }
      const request = patternMatch === null ? target : target.replaceAll('*', patternMatch);
      return ctx.resolveBare(request);
    }
    if (invalidSegment.test(target.slice(2))) throw invalidTarget(ctx.pkgDir, key, target, ctx.isImports, ctx.base);
    const resolved = path.join(ctx.pkgDir, target);
    if (!(resolved + '/').startsWith(ctx.pkgDir.endsWith('/') ? ctx.pkgDir : ctx.pkgDir + '/') && resolved !== ctx.pkgDir) {
      throw invalidTarget(ctx.pkgDir, key, target, ctx.isImports, ctx.base);
    }
    if (patternMatch === null) return resolved;
    if (invalidSegment.test(patternMatch)) {
      const request = key.replace('*', patternMatch);
      throw new ERR_INVALID_MODULE_SPECIFIER(request,
        `request is not a valid match in pattern "${key}" for the "${ctx.isImports ? 'imports' : 'exports'}" ` +
        `resolution of ${path.join(ctx.pkgDir, 'package.json')}`, ctx.base);
    }
    return path.join(ctx.pkgDir, target.replaceAll('*', patternMatch));
  }
  if (Array.isArray(target)) {
    if (target.length === 0) return null;
    let lastError;
    for (const item of target) {
      let resolved;
      try {
        resolved = resolveTarget(ctx, item, patternMatch, key);
      } catch (err) {
        lastError = err;
        if (err && err.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
        throw err;
      }
      if (resolved === undefined) continue;
      if (resolved === null) {
        lastError = null;
        continue;
      }
      return resolved;
    }
    if (lastError === undefined || lastError === null) return lastError;
    throw lastError;
  }
  if (target !== null && typeof target === 'object') {
    for (const cond of Object.keys(target)) {
      if (/^\d+$/.test(cond)) {
        throw new ERR_INVALID_PACKAGE_CONFIG(path.join(ctx.pkgDir, 'package.json'), ctx.base,
          '"exports" cannot contain numeric property keys.');
      }
    }
    for (const cond of Object.keys(target)) {
      if (cond === 'default' || ctx.conditions.includes(cond)) {
        const resolved = resolveTarget(ctx, target[cond], patternMatch, key);
        if (resolved === undefined) continue;
        return resolved;
      }
    }
    return undefined;
  }
  if (target === null) return null;
  throw invalidTarget(ctx.pkgDir, key, target, ctx.isImports, ctx.base);
}

function patternKeyCompare(a, b) {
  const aStar = a.indexOf('*');
  const bStar = b.indexOf('*');
  const baseA = aStar === -1 ? a.length : aStar + 1;
  const baseB = bStar === -1 ? b.length : bStar + 1;
  if (baseA > baseB) return -1;
  if (baseB > baseA) return 1;
  if (aStar === -1) return 1;
  if (bStar === -1) return -1;
  if (a.length > b.length) return -1;
  if (b.length > a.length) return 1;
  return 0;
}

function resolveMap(ctx, matchKey, map) {
  if (Object.prototype.hasOwnProperty.call(map, matchKey) && !matchKey.includes('*')) {
    return resolveTarget(ctx, map[matchKey], null, matchKey);
  }
  const keys = Object.keys(map).filter((k) => k.indexOf('*') !== -1 && k.indexOf('*') === k.lastIndexOf('*'));
  keys.sort(patternKeyCompare);
  for (const key of keys) {
    const star = key.indexOf('*');
    const patternBase = key.slice(0, star);
    if (matchKey.startsWith(patternBase) && matchKey !== patternBase) {
      const trailer = key.slice(star + 1);
      if (trailer.length === 0 || (matchKey.endsWith(trailer) && matchKey.length >= key.length)) {
        const patternMatch = matchKey.slice(patternBase.length, matchKey.length - trailer.length);
        return resolveTarget(ctx, map[key], patternMatch, key);
      }
    }
  }
  return null;
}

function isConditionalSugar(exports, pjsonPath, base) {
  if (typeof exports === 'string' || Array.isArray(exports)) return true;
  if (exports === null || typeof exports !== 'object') return false;
  let dots = 0;
  let other = 0;
  for (const key of Object.keys(exports)) {
    if (key === '' || key[0] !== '.') other++;
    else dots++;
  }
  if (dots > 0 && other > 0) {
    throw new ERR_INVALID_PACKAGE_CONFIG(pjsonPath, base,
      '"exports" cannot contain some keys starting with \'.\' and some not. The exports object must either be an ' +
      'object of package subpath keys or an object of main entry condition name keys only.');
  }
  return other > 0;
}

// `subpath` is '.' or './x'. Returns an absolute path, or throws ERR_PACKAGE_PATH_NOT_EXPORTED.
function packageExportsResolve(pkgDir, subpath, exports, conditions, base, resolveBare) {
  const pjsonPath = path.join(pkgDir, 'package.json');
  const ctx = { pkgDir, conditions, base, isImports: false, resolveBare };
  let resolved;
  if (isConditionalSugar(exports, pjsonPath, base)) {
    if (subpath === '.') resolved = resolveTarget(ctx, exports, null, '.');
  } else if (exports !== null && typeof exports === 'object') {
    resolved = resolveMap(ctx, subpath, exports);
  }
  if (resolved === null || resolved === undefined) {
    throw new ERR_PACKAGE_PATH_NOT_EXPORTED(pkgDir.endsWith('/') ? pkgDir : pkgDir + '/', subpath, base);
  }
  return resolved;
}

// `#name` from the package scope of `parentFile`.
function packageImportsResolve(name, parentFile, conditions, base, resolveBare) {
  if (name === '#' || name.startsWith('#/') || name.endsWith('/')) {
    throw new ERR_INVALID_MODULE_SPECIFIER(name, 'is not a valid internal imports specifier name', base);
  }
  const pkg = parentFile ? getPackageScope(parentFile) : undefined;
  let pkgDir;
  if (pkg) {
    pkgDir = path.dirname(pkg.pjsonPath);
    const imports = pkg.imports;
    if (imports !== null && typeof imports === 'object' && !Array.isArray(imports)) {
      const ctx = { pkgDir, conditions, base, isImports: true, resolveBare };
      const resolved = resolveMap(ctx, name, imports);
      if (resolved !== null && resolved !== undefined) return resolved;
    }
  }
  throw new ERR_PACKAGE_IMPORT_NOT_DEFINED(name, pkgDir ? pkgDir + '/' : undefined, base);
}

// 'pkg/sub' → { name: 'pkg', subpath: './sub' }; '@s/p' → { name: '@s/p', subpath: '.' }.
function parsePackageName(specifier) {
  let sep = specifier.indexOf('/');
  let valid = true;
  if (specifier[0] === '@') {
    if (sep === -1 || specifier.length === 0) valid = false;
    else sep = specifier.indexOf('/', sep + 1);
  }
  const name = sep === -1 ? specifier : specifier.slice(0, sep);
  if (name.startsWith('.') || name.includes('\\') || name.includes('%')) valid = false;
  return { name, subpath: '.' + (sep === -1 ? '' : specifier.slice(sep)), valid };
}

module.exports = { packageExportsResolve, packageImportsResolve, parsePackageName };
