// The `path` module: POSIX path manipulation, with `path.win32` (loaded on first use) and
// `path.posix`. Written from Node's documented behaviour and checked against real `node` output.
'use strict';

const { validateString } = require('internal/validators');
const { defineLazyProperty } = require('internal/util/lazy');

// The hot POSIX forms run natively (bindings/path.rs); the JS below stays the reference.
const pathBinding = internalBinding('path');
const {
  SLASH,
  isPosixSep,
  getCwd,
  normalizeSegments,
  lastComponent,
  basenameImpl,
  _format,
} = require('internal/path/shared');

// ---------------------------------------------------------------------------------------------
// posix

const posix = {
  resolve(...args) {
    let tail = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1 && !absolute; i--) {
      let p;
      if (i >= 0) {
        p = args[i];
        validateString(p, `paths[${i}]`);
      } else {
        p = getCwd();
      }
      if (p.length === 0) continue;
      tail = tail.length === 0 ? p : p + SLASH + tail;
      absolute = p[0] === SLASH;
    }
    const norm = normalizeSegments(tail, !absolute, SLASH, isPosixSep);
    if (absolute) return SLASH + norm;
    return norm.length > 0 ? norm : '.';
  },

  normalize(path) {
    validateString(path, 'path');
    return pathBinding.normalize(path);
  },

  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path[0] === SLASH;
  },

  join(...args) {
    const joined = pathBinding.join(args);
    if (joined !== undefined) return joined;
    // An argument is not a string: validate in order, for Node's error.
    const parts = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      validateString(a, 'path');
      if (a.length > 0) parts.push(a);
    }
    if (parts.length === 0) return '.';
    return posix.normalize(parts.join(SLASH));
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';
    const fromSegs = from === SLASH ? [] : from.slice(1).split(SLASH);
    const toSegs = to === SLASH ? [] : to.slice(1).split(SLASH);
    let common = 0;
    while (common < fromSegs.length && common < toSegs.length &&
           fromSegs[common] === toSegs[common]) {
      common++;
    }
    const out = [];
    for (let i = common; i < fromSegs.length; i++) out.push('..');
    for (let i = common; i < toSegs.length; i++) out.push(toSegs[i]);
    return out.join(SLASH);
  },

  toNamespacedPath(path) {
    return path;
  },

  dirname(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const absolute = path[0] === SLASH;
    // The result ends right before the single separator preceding the last component.
    let i = path.length - 1;
    while (i >= 1 && path[i] === SLASH) i--;
    while (i >= 1 && path[i] !== SLASH) i--;
    if (i < 1) return absolute ? SLASH : '.';
    if (absolute && i === 1) return '//';
    return path.slice(0, i);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    return basenameImpl(path, suffix, 0, isPosixSep);
  },

  extname(path) {
    validateString(path, 'path');
    const c = lastComponent(path, 0, isPosixSep);
    return c.dot === -1 ? '' : path.slice(c.dot, c.end);
  },

  format: _format.bind(null, SLASH),

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const absolute = path[0] === SLASH;
    if (absolute) ret.root = SLASH;
    const from = absolute ? 1 : 0;
    const c = lastComponent(path, from, isPosixSep);
    if (c.end > c.start) {
      ret.base = path.slice(c.start, c.end);
      let dot = c.dot;
      // A lone `..` directly under the root counts as name '.' + ext '.'.
      if (dot === -1 && absolute && c.start === 1 && ret.base === '..') dot = c.start + 1;
      if (dot === -1) {
        ret.name = ret.base;
      } else {
        ret.name = path.slice(c.start, dot);
        ret.ext = path.slice(dot, c.end);
      }
    }
    if (c.start > 1) ret.dir = path.slice(0, c.start - 1);
    else if (absolute) ret.dir = SLASH;
    return ret;
  },

  matchesGlob(path, pattern) {
    return require('internal/path/glob').matchesGlobImpl(path, pattern, false);
  },
};

posix.sep = SLASH;
posix.delimiter = ':';
// NOTE: an accessor rather than Node's data property: the win32 half loads on first use.
defineLazyProperty(posix, 'win32', () => require('internal/path/win32'), true);
posix.posix = posix;
posix._makeLong = posix.toNamespacedPath;

module.exports = posix;
