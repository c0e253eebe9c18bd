// The `path` module: POSIX and Windows path manipulation (`path.posix`, `path.win32`).
// Written from Node's documented behaviour and checked against real `node` output.

const { validateString, validateObject } = require('internal/validators');

const SLASH = '/';
const BACKSLASH = '\\';

function isPosixSep(ch) {
  return ch === SLASH;
}

function isWinSep(ch) {
  return ch === SLASH || ch === BACKSLASH;
}

function isAsciiLetter(ch) {
  if (ch === undefined || ch.length !== 1) return false;
  const c = ch.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

// `X:` at the very start of `path` (a drive letter followed by a colon).
function hasDriveAt0(path) {
  return path.length >= 2 && isAsciiLetter(path[0]) && path[1] === ':';
}

function getCwd() {
  return process.cwd();
}

// Collapse `.`/`..`/empty segments of a root-less path. `..` that would climb above the start is
// kept when `allowAboveRoot` (relative paths) and dropped otherwise (absolute paths).
function normalizeSegments(path, allowAboveRoot, sep, isSep) {
  const out = [];
  let segStart = 0;
  const len = path.length;
  for (let i = 0; i <= len; i++) {
    if (i < len && !isSep(path[i])) continue;
    const seg = path.slice(segStart, i);
    segStart = i + 1;
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') {
        out.pop();
      } else if (allowAboveRoot) {
        out.push('..');
      }
      continue;
    }
    out.push(seg);
  }
  return out.join(sep);
}

// Shared scan of the last path component of `path[from..]`: where it starts and ends (trailing
// separators excluded) and where its extension begins (-1 when it has none).
function lastComponent(path, from, isSep) {
  let end = path.length;
  while (end > from && isSep(path[end - 1])) end--;
  let start = end;
  while (start > from && !isSep(path[start - 1])) start--;
  let dot = -1;
  if (end > start) {
    const seg = path.slice(start, end);
    const d = seg.lastIndexOf('.');
    if (d > 0 && seg !== '..') dot = start + d;
  }
  return { start, end, dot };
}

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
    if (path.length === 0) return '.';
    const absolute = path[0] === SLASH;
    const trailing = path[path.length - 1] === SLASH;
    let norm = normalizeSegments(path, !absolute, SLASH, isPosixSep);
    if (norm.length === 0) {
      if (absolute) return SLASH;
      return trailing ? './' : '.';
    }
    if (trailing) norm += SLASH;
    return absolute ? SLASH + norm : norm;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path[0] === SLASH;
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
    return matchesGlobImpl(path, pattern, false);
  },
};

// Last component of `path[from..]`, minus `suffix` when it ends with it (Node keeps a few quirks:
// a suffix equal to the whole path yields '', and a suffix that only partly overlaps a component
// shorter than itself leaves the trailing separators in place).
function basenameImpl(path, suffix, from, isSep) {
  let end = path.length;
  while (end > from && isSep(path[end - 1])) end--;
  let start = end;
  while (start > from && !isSep(path[start - 1])) start--;
  if (end === from) {
    // Nothing but separators (or empty).
    if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length &&
        suffix !== path) {
      return path.slice(from);
    }
    return '';
  }
  if (suffix === undefined || suffix.length === 0 || suffix.length > path.length) {
    return path.slice(start, end);
  }
  if (suffix === path) return '';
  const base = path.slice(start, end);
  if (base.length >= suffix.length) {
    if (base.endsWith(suffix)) {
      return base.length === suffix.length ? base : base.slice(0, base.length - suffix.length);
    }
    return base;
  }
  // The component is shorter than the suffix: either a mismatch (plain component) or the whole
  // component matched the suffix's tail (component plus any trailing separators).
  if (suffix.endsWith(base)) return path.slice(start);
  return base;
}

// `format` is exposed bound to its separator (Node's own is named 'bound _format').
function _format(sep, pathObject) {
  validateObject(pathObject, 'pathObject');
  return formatImpl(sep, pathObject);
}

function formatImpl(sep, obj) {
  const dir = obj.dir || obj.root;
  let base = obj.base;
  if (!base) {
    const ext = obj.ext;
    let extPart = '';
    if (ext) extPart = `${ext}`[0] === '.' ? `${ext}` : `.${ext}`;
    base = `${obj.name || ''}${extPart}`;
  }
  if (!dir) return base;
  return dir === obj.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

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
    return matchesGlobImpl(path, pattern, true);
  },
};

// ---------------------------------------------------------------------------------------------
// matchesGlob: a small glob engine (braces, `*`, `?`, `**`, `[...]` classes, extglobs).

let globWarned = false;

function matchesGlobImpl(path, pattern, windows) {
  if (!globWarned) {
    globWarned = true;
    if (typeof process !== 'undefined' && typeof process.emitWarning === 'function') {
      process.emitWarning('glob is an experimental feature and might change at any time',
                          'ExperimentalWarning');
    }
  }
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  // Backslashes are separators in patterns (never escapes); in paths only on win32.
  const pathParts = globSplit(windows ? path.replace(/\\/g, '/') : path);
  for (const alt of expandBraces(pattern.replace(/\\/g, '/'))) {
    if (alt === '') {
      if (path === '') return true;
      continue;
    }
    const parts = globSplit(alt).map(compileGlobSegment);
    if (globMatchParts(pathParts, 0, parts, 0)) return true;
  }
  return false;
}

// Split on slashes, dropping empty and `.` parts inside the path and folding `x/..` pairs.
function globSplit(str) {
  const raw = str.split('/');
  const out = [];
  for (let i = 0; i < raw.length; i++) {
    const seg = raw[i];
    const first = i === 0;
    const last = i === raw.length - 1;
    if (seg === '' && !first && !last) continue;
    if (seg === '.' && !first && !last) continue;
    if (seg === '..' && out.length > 0) {
      const prev = out[out.length - 1];
      if (prev !== '..' && prev !== '.' && prev !== '**' && prev !== '' ) {
        out.pop();
        continue;
      }
    }
    out.push(seg);
  }
  return out;
}

// Expand `{a,b}` alternatives and `{1..3}` / `{a..c}` sequences.
function expandBraces(str) {
  let depth = 0;
  let open = -1;
  for (let i = 0; i < str.length; i++) {
    const ch = str[i];
    if (ch === '{') {
      if (depth === 0) open = i;
      depth++;
    } else if (ch === '}' && depth > 0) {
      depth--;
      if (depth === 0) {
        const inner = str.slice(open + 1, i);
        const pre = str.slice(0, open);
        const post = str.slice(i + 1);
        const alts = splitBraceAlternatives(inner);
        let items = null;
        if (alts.length > 1) {
          items = alts;
        } else {
          items = expandSequence(inner);
        }
        if (items === null) {
          // Not an expansion: keep `{inner}` literally and continue after it.
          return expandLiteralBrace(pre, inner, post);
        }
        const out = [];
        const tails = expandBraces(post);
        for (const item of items) {
          for (const head of expandBraces(pre + item)) {
            for (const tail of tails) out.push(head + tail);
          }
        }
        return out;
      }
    }
  }
  return [str];
}

function expandLiteralBrace(pre, inner, post) {
  const out = [];
  const tails = expandBraces(post);
  for (const head of expandBraces(inner)) {
    for (const tail of tails) out.push(`${pre}{${head}}${tail}`);
  }
  return out;
}

function splitBraceAlternatives(inner) {
  const alts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i];
    if (ch === '{') depth++;
    else if (ch === '}') depth--;
    else if (ch === ',' && depth === 0) {
      alts.push(inner.slice(start, i));
      start = i + 1;
    }
  }
  alts.push(inner.slice(start));
  return alts;
}

function expandSequence(inner) {
  let m = /^(-?\d+)\.\.(-?\d+)(?:\.\.(-?\d+))?$/.exec(inner);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const step = Math.abs(m[3] === undefined ? 1 : Number(m[3])) || 1;
    const width = (/^-?0\d/.test(m[1]) || /^-?0\d/.test(m[2]))
      ? Math.max(m[1].length, m[2].length) : 0;
    const out = [];
    for (let v = a; a <= b ? v <= b : v >= b; v += a <= b ? step : -step) {
      let s = String(Math.abs(v));
      while (s.length < width - (v < 0 ? 1 : 0)) s = '0' + s;
      out.push(v < 0 ? '-' + s : s);
    }
    return out;
  }
  m = /^([A-Za-z])\.\.([A-Za-z])$/.exec(inner);
  if (m) {
    const a = m[1].charCodeAt(0);
    const b = m[2].charCodeAt(0);
    const out = [];
    for (let v = a; a <= b ? v <= b : v >= b; v += a <= b ? 1 : -1) out.push(String.fromCharCode(v));
    return out;
  }
  return null;
}

const GLOBSTAR = { globstar: true };

const POSIX_CLASSES = {
  alnum: 'A-Za-z0-9', alpha: 'A-Za-z', ascii: '\\x00-\\x7f', blank: ' \\t', cntrl: '\\x00-\\x1f\\x7f',
  digit: '0-9', graph: '\\x21-\\x7e', lower: 'a-z', print: '\\x20-\\x7e',
  punct: '!-\\/:-@\\[-`{-~', space: ' \\t\\r\\n\\v\\f', upper: 'A-Z', word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9',
};

function escapeRegExpChar(ch) {
  return /[\\^$.*+?()[\]{}|\/-]/.test(ch) ? '\\' + ch : ch;
}

// Turns one pattern segment into a string (literal), GLOBSTAR, or a RegExp.
function compileGlobSegment(seg) {
  if (seg === '**') return GLOBSTAR;
  const state = { magic: false };
  const body = globToRegExp(seg, 0, seg.length, state);
  if (!state.magic) return seg;
  let prefix = '';
  if (seg[0] === '.') prefix = '(?!\\.{1,2}$)';
  else if (!('?*+@'.includes(seg[0]) && seg[1] === '(')) prefix = '(?!\\.)';
  if (state.unicodeClass && /[-,#\s]/.test(seg.replace(/\[[^\]]*\]\]?/g, ''))) {
    // Node 20 builds such patterns into an invalid unicode-mode RegExp and throws.
    throw new SyntaxError(`Invalid regular expression: /^${body}$/u: Invalid escape`);
  }
  if (seg[0] === '*' && seg[1] !== '(') prefix += '(?=.)';
  return new RegExp(`^${prefix}${body}$`);
}

function findExtglobEnd(seg, open, end) {
  let depth = 0;
  for (let i = open; i < end; i++) {
    if (seg[i] === '(') depth++;
    else if (seg[i] === ')') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

function splitExtglobAlternatives(seg, start, end) {
  const alts = [];
  let depth = 0;
  let s = start;
  for (let i = start; i < end; i++) {
    const ch = seg[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      alts.push([s, i]);
      s = i + 1;
    }
  }
  alts.push([s, end]);
  return alts;
}

function globToRegExp(seg, start, end, state) {
  const pieces = [];
  const negations = [];
  let i = start;
  while (i < end) {
    const ch = seg[i];
    if ('?*+@!'.includes(ch) && seg[i + 1] === '(') {
      const close = findExtglobEnd(seg, i + 1, end);
      if (close !== -1) {
        state.magic = true;
        const alts = splitExtglobAlternatives(seg, i + 2, close)
          .map(([a, b]) => globToRegExp(seg, a, b, state)).join('|');
        if (ch === '!') {
          negations.push(pieces.length);
          pieces.push(alts);
        } else {
          const q = ch === '?' ? '?' : ch === '*' ? '*' : ch === '+' ? '+' : '';
          pieces.push(`(?:${alts})${q}`);
        }
        i = close + 1;
        continue;
      }
    }
    if (ch === '*') {
      state.magic = true;
      while (seg[i + 1] === '*' && seg[i + 2] !== '(') i++;
      pieces.push('[^/]*?');
      i++;
      continue;
    }
    if (ch === '?') {
      state.magic = true;
      pieces.push('[^/]');
      i++;
      continue;
    }
    if (ch === '[') {
      const cls = parseGlobClass(seg, i, end, state);
      if (cls !== null) {
        state.magic = true;
        pieces.push(cls.source);
        i = cls.next;
        continue;
      }
    }
    pieces.push(escapeRegExpChar(ch));
    i++;
  }
  for (let k = negations.length - 1; k >= 0; k--) {
    const at = negations[k];
    const rest = pieces.slice(at + 1).join('');
    pieces[at] = `(?:(?!(?:${pieces[at]})${rest}$)[^/]*?)`;
  }
  return pieces.join('');
}

function parseGlobClass(seg, open, end, state) {
  let i = open + 1;
  let negate = false;
  if (seg[i] === '!' || seg[i] === '^') {
    negate = true;
    i++;
  }
  let body = '';
  let first = true;
  while (i < end) {
    const ch = seg[i];
    if (ch === ']' && !first) {
      if (body === '') return null;
      return { source: negate ? `[^/${body}]` : `[${body}]`, next: i + 1 };
    }
    first = false;
    if (ch === '[' && seg[i + 1] === ':') {
      const close = seg.indexOf(':]', i + 2);
      if (close !== -1 && close < end) {
        const name = seg.slice(i + 2, close);
        if (Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
          body += POSIX_CLASSES[name];
          state.unicodeClass = true;
          i = close + 2;
          continue;
        }
      }
    }
    if (seg[i + 1] === '-' && i + 2 < end && seg[i + 2] !== ']') {
      const lo = seg[i];
      const hi = seg[i + 2];
      if (lo <= hi) body += `${escapeRegExpChar(lo)}-${escapeRegExpChar(hi)}`;
      i += 3;
      continue;
    }
    body += escapeRegExpChar(ch);
    i++;
  }
  return null;
}

function globSegmentMatches(part, name) {
  if (typeof part === 'string') return part === name;
  return part.test(name);
}

function globMatchParts(file, fi, pattern, pi) {
  while (fi < file.length && pi < pattern.length) {
    const part = pattern[pi];
    if (part === GLOBSTAR) {
      if (pi === pattern.length - 1) {
        // A trailing `**` swallows the rest, but never dot entries.
        for (let k = fi; k < file.length; k++) {
          const name = file[k];
          if (name[0] === '.') return false;
        }
        return true;
      }
      for (let k = fi; k <= file.length; k++) {
        if (globMatchParts(file, k, pattern, pi + 1)) return true;
        if (k < file.length) {
          const name = file[k];
          if (name[0] === '.') return false;
        }
      }
      return false;
    }
    if (!globSegmentMatches(part, file[fi])) return false;
    fi++;
    pi++;
  }
  if (fi === file.length && pi === pattern.length) return true;
  // `a/b/` matches `a/b`: only an empty trailing part may remain.
  if (pi === pattern.length) return fi === file.length - 1 && file[fi] === '';
  return false;
}

posix.sep = SLASH;
posix.delimiter = ':';
win32.sep = BACKSLASH;
win32.delimiter = ';';
posix.win32 = win32;
posix.posix = posix;
win32.win32 = win32;
win32.posix = posix;
posix._makeLong = posix.toNamespacedPath;
win32._makeLong = win32.toNamespacedPath;

module.exports = posix;
