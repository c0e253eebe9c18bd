// internal/path/win32: `path.win32`, loaded on first use of `path.win32` (or `path/win32`).
'use strict';

const { validateString } = require('internal/validators');
const {
  SLASH,
  BACKSLASH,
  isWinSep,
  hasDriveAt0,
  getCwd,
  normalizeSegments,
  lastComponent,
  basenameImpl,
  _format,
} = require('internal/path/shared');

// ---------------------------------------------------------------------------------------------
// Windows root parsing

// Describes the root of a win32 path:
//   device:     'C:' or '\\\\server\\share' (normalized) or '' when there is none
//   rootEnd:    index just past the root, separators included (when they belong to the root)
//   absolute:   whether the path is absolute
//   uncOnly:    the path is nothing but a UNC root (`\\\\server\\share`)
//   devEnd:     for UNC roots, the index just past the share name
//   `devicePaths`: treat `\\\\?\\` and `\\\\.\\` as a device prefix whose rest is an ordinary path
//                  (what normalize and resolve do; parse and dirname see a plain UNC root).
function parseWinRoot(path, devicePaths) {
  const len = path.length;
  const r = { device: '', rootEnd: 0, absolute: false, uncOnly: false, devEnd: 0, unc: false };
  if (len === 0) return r;
  if (isWinSep(path[0])) {
    r.absolute = true;
    r.rootEnd = 1;
    if (len > 1 && isWinSep(path[1])) {
      // Possibly `\\server\share`.
      let j = 2;
      while (j < len && !isWinSep(path[j])) j++;
      if (j < len && j > 2) {
        const server = path.slice(2, j);
        while (j < len && isWinSep(path[j])) j++;
        if (j < len && devicePaths && (server === '?' || server === '.')) {
          r.device = BACKSLASH + BACKSLASH + server;
          r.rootEnd = 3;
          return r;
        }
        if (j < len) {
          const shareStart = j;
          while (j < len && !isWinSep(path[j])) j++;
          r.device = BACKSLASH + BACKSLASH + server + BACKSLASH + path.slice(shareStart, j);
          r.unc = true;
          r.devEnd = j;
          r.rootEnd = j;
          if (j === len) r.uncOnly = true;
        }
      }
    }
    return r;
  }
  if (hasDriveAt0(path)) {
    r.device = path.slice(0, 2);
    r.rootEnd = 2;
    if (len > 2 && isWinSep(path[2])) {
      r.absolute = true;
      r.rootEnd = 3;
    }
  }
  return r;
}

const RESERVED_DEVICE_NAMES = new Set([
  'con', 'prn', 'aux', 'nul',
  'com1', 'com2', 'com3', 'com4', 'com5', 'com6', 'com7', 'com8', 'com9',
  'com\u00b9', 'com\u00b2', 'com\u00b3',
  'lpt1', 'lpt2', 'lpt3', 'lpt4', 'lpt5', 'lpt6', 'lpt7', 'lpt8', 'lpt9',
  'lpt\u00b9', 'lpt\u00b2', 'lpt\u00b3',
]);

// ---------------------------------------------------------------------------------------------
// win32

const win32 = {
  resolve(...args) {
    let device = '';
    let tail = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1; i--) {
      let p;
      if (i >= 0) {
        p = args[i];
        validateString(p, `paths[${i}]`);
        if (p.length === 0) continue;
      } else if (device.length === 0) {
        p = getCwd();
      } else {
        // A drive-relative path: Windows keeps a per-drive cwd in the `=X:` variables.
        p = process.env[`=${device}`] || getCwd();
        if (p === undefined ||
            (p.slice(0, 2).toLowerCase() !== device.toLowerCase() && p[2] === BACKSLASH)) {
          p = device + BACKSLASH;
        }
      }
      const r = parseWinRoot(p, true);
      if (r.device.length > 0 && device.length > 0 &&
          r.device.toLowerCase() !== device.toLowerCase()) {
        // Belongs to another drive: irrelevant to this one.
        continue;
      }
      if (device.length === 0 && r.device.length > 0) device = r.device;
      if (absolute) {
        if (device.length > 0) break;
      } else {
        tail = p.slice(r.rootEnd) + BACKSLASH + tail;
        absolute = r.absolute;
        if (absolute && device.length > 0) break;
      }
    }
    tail = normalizeSegments(tail, !absolute, BACKSLASH, isWinSep);
    if (absolute) return device + BACKSLASH + tail;
    return (device + tail) || '.';
  },

  normalize(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return isWinSep(path) ? BACKSLASH : path;
    const r = parseWinRoot(path, true);
    if (r.uncOnly) return r.device + BACKSLASH;
    let device = r.device;
    let rootEnd = r.rootEnd;
    let reserved = false;
    if (device.length === 0 && !r.absolute) {
      // `CON:`-style reserved device names act like a (relative) device prefix. Node 20 also
      // applies this when there is no colon at all, to the path minus its last character
      // (`nula`, `con/` get the `.\\` prefix), which is reproduced here.
      const colon = path.indexOf(':');
      const name = colon === -1 ? path.slice(0, len - 1) : path.slice(0, colon);
      if (RESERVED_DEVICE_NAMES.has(name.toLowerCase())) {
        device = path.slice(0, colon + 1);
        rootEnd = colon + 1;
        reserved = true;
      }
    }
    let tail = rootEnd < len
      ? normalizeSegments(path.slice(rootEnd), !r.absolute, BACKSLASH, isWinSep)
      : '';
    if (tail.length === 0 && !r.absolute) tail = '.';
    if (tail.length > 0 && isWinSep(path[len - 1])) tail += BACKSLASH;
    if (reserved) return `.\\${device}${tail}`;
    if (device.length === 0 && !r.absolute) {
      // Never let a relative result be re-read as something rooted (`c:d`, `x:\\...`).
      if (hasDriveAt0(tail)) return `.\\${tail}`;
      let colon = path.indexOf(':');
      while (colon !== -1) {
        if (colon === len - 1 || isWinSep(path[colon + 1])) return `.\\${tail}`;
        colon = path.indexOf(':', colon + 1);
      }
    }
    if (r.absolute) return device + BACKSLASH + tail;
    return device + tail;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return false;
    if (isWinSep(path[0])) return true;
    return len > 2 && hasDriveAt0(path) && isWinSep(path[2]);
  },

  join(...args) {
    if (args.length === 0) return '.';
    const parts = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      validateString(a, 'path');
      if (a.length > 0) parts.push(a);
    }
    if (parts.length === 0) return '.';
    let joined = parts.join(BACKSLASH);
    // Keep a UNC root only when the first part itself starts like one (`\\\\server`); otherwise a
    // run of leading separators collapses to a single one.
    const first = parts[0];
    const firstIsUnc = first.length > 2 && isWinSep(first[0]) && isWinSep(first[1]) &&
      !isWinSep(first[2]);
    if (!firstIsUnc) {
      let n = 0;
      while (n < joined.length && isWinSep(joined[n])) n++;
      if (n >= 2) joined = BACKSLASH + joined.slice(n);
    }
    return win32.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    const fromOrig = win32.resolve(from);
    const toOrig = win32.resolve(to);
    if (fromOrig === toOrig) return '';
    const f = fromOrig.toLowerCase();
    const t = toOrig.toLowerCase();
    if (f === t) return '';

    // Compare the paths without leading and trailing backslashes.
    let fs = 0;
    while (fs < f.length && f[fs] === BACKSLASH) fs++;
    let fe = f.length;
    while (fe - 1 > fs && f[fe - 1] === BACKSLASH) fe--;
    let ts = 0;
    while (ts < t.length && t[ts] === BACKSLASH) ts++;
    let te = t.length;
    while (te - 1 > ts && t[te - 1] === BACKSLASH) te--;
    const fLen = fe - fs;
    const tLen = te - ts;
    const n = Math.min(fLen, tLen);
    let lastSep = -1;
    let i = 0;
    for (; i < n; i++) {
      const ch = f[fs + i];
      if (ch !== t[ts + i]) break;
      if (ch === BACKSLASH) lastSep = i;
    }
    if (i !== n) {
      if (lastSep === -1) return toOrig;
    } else {
      if (tLen > n) {
        if (t[ts + i] === BACKSLASH) return toOrig.slice(ts + i + 1);
        if (i === 2) return toOrig.slice(ts + i);
      }
      if (fLen > n) {
        if (f[fs + i] === BACKSLASH) lastSep = i;
        else if (i === 2) lastSep = 3;
      }
      if (lastSep === -1) lastSep = 0;
    }
    let out = '';
    for (let k = fs + lastSep + 1; k <= fe; k++) {
      if (k === fe || f[k] === BACKSLASH) out += out.length === 0 ? '..' : '\\..';
    }
    ts += lastSep;
    if (out.length > 0) return out + toOrig.slice(ts, te);
    if (toOrig[ts] === BACKSLASH) ts++;
    return toOrig.slice(ts, te);
  },

  toNamespacedPath(path) {
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolved = win32.resolve(path);
    if (resolved.length <= 2) return path;
    if (resolved[0] === BACKSLASH) {
      if (resolved[1] === BACKSLASH) {
        const c = resolved[2];
        if (c !== '?' && c !== '.') return `\\\\?\\UNC\\${resolved.slice(2)}`;
      }
    } else if (hasDriveAt0(resolved) && resolved[2] === BACKSLASH) {
      return `\\\\?\\${resolved}`;
    }
    return resolved;
  },

  dirname(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return isWinSep(path) ? path : '.';
    const r = parseWinRoot(path);
    if (r.uncOnly) return path;
    // Where the root ends for dirname purposes (a UNC root includes its trailing separator).
    let rootEnd = -1;
    if (r.unc) rootEnd = r.devEnd + 1;
    else if (r.absolute || r.device.length > 0) rootEnd = r.rootEnd;
    const from = rootEnd === -1 ? 0 : rootEnd;
    let i = len - 1;
    while (i >= from && isWinSep(path[i])) i--;
    let end = -1;
    for (; i >= from; i--) {
      if (isWinSep(path[i])) {
        end = i;
        break;
      }
    }
    if (end === -1) {
      if (rootEnd === -1) return '.';
      end = rootEnd;
    }
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    const from = hasDriveAt0(path) ? 2 : 0;
    return basenameImpl(path, suffix, from, isWinSep);
  },

  extname(path) {
    validateString(path, 'path');
    const from = hasDriveAt0(path) ? 2 : 0;
    const c = lastComponent(path, from, isWinSep);
    return c.dot === -1 ? '' : path.slice(c.dot, c.end);
  },

  format: _format.bind(null, BACKSLASH),

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    const len = path.length;
    if (len === 0) return ret;
    let rootEnd = 0;
    if (len === 1) {
      if (isWinSep(path)) {
        ret.root = ret.dir = path;
        return ret;
      }
      ret.base = ret.name = path;
      return ret;
    }
    const r = parseWinRoot(path);
    if (r.unc) {
      rootEnd = r.uncOnly ? len : r.devEnd + 1;
    } else {
      rootEnd = r.rootEnd;
    }
    if (rootEnd >= len) {
      ret.root = ret.dir = path;
      return ret;
    }
    if (rootEnd > 0) ret.root = path.slice(0, rootEnd);
    const c = lastComponent(path, rootEnd, isWinSep);
    if (c.end > c.start) {
      ret.base = path.slice(c.start, c.end);
      if (c.dot === -1) {
        ret.name = ret.base;
      } else {
        ret.name = path.slice(c.start, c.dot);
        ret.ext = path.slice(c.dot, c.end);
      }
    }
    if (c.start > 0 && c.start !== rootEnd) ret.dir = path.slice(0, c.start - 1);
    else ret.dir = ret.root;
    return ret;
  },

  matchesGlob(path, pattern) {
    return require('internal/path/glob').matchesGlobImpl(path, pattern, true);
  },
};

win32.sep = BACKSLASH;
win32.delimiter = ';';
win32.win32 = win32;
win32.posix = require('path');
win32._makeLong = win32.toNamespacedPath;

module.exports = win32;
