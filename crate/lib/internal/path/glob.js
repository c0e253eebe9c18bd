// internal/path/glob: `path.matchesGlob` (experimental in Node 20), a small glob engine (braces,
// `*`, `?`, `**`, `[...]` classes, extglobs); loaded on its first call.
'use strict';

const { validateString } = require('internal/validators');

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

module.exports = { matchesGlobImpl };
