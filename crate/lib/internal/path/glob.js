// internal/path/glob: `path.matchesGlob` (experimental in Node 20), loaded on its first call. A glob
// engine behaving like the minimatch options Node uses (backslashes are separators, no `!`
// negation or `#` comments, case-sensitive off macOS/Windows, `.`/`..`/empty parts folded in
// both path and pattern): brace expansion, `*`, `?`, `**`, `[...]` with `[:class:]`, extglobs,
// and on win32 drive letters compared case-insensitively (`//?/C:` counts as `C:`).
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
  if (pattern.length > 65536) throw new TypeError('pattern is too long');
  // Backslashes are separators in patterns (never escapes); in paths only on win32.
  pattern = pattern.replace(/\\/g, '/');
  if (pattern === '') return path === '';
  const alternatives = [...new Set(braceExpandPattern(pattern))];
  let globParts = alternatives.map((alt) => splitOnSlashes(alt, windows));
  globParts = dedupeAlternatives(simplifyPatterns(globParts));
  const set = globParts.map((parts) => parts.map(compileGlobSegment));
  if (windows) {
    // `//?/C:/...`: the `?` stays a literal server name before a drive.
    for (let i = 0; i < set.length; i++) {
      const p = set[i];
      if (p[0] === '' && p[1] === '' && globParts[i][2] === '?' && typeof p[3] === 'string' &&
          DRIVE_PART.test(p[3])) {
        p[2] = '?';
      }
    }
  }
  const file = splitOnSlashes(windows ? path.split('\\').join('/') : path, windows);
  for (let i = 0; i < set.length; i++) {
    if (matchParts(file, set[i], windows)) return true;
  }
  return false;
}

const DRIVE_PART = /^[a-z]:$/i;

// Split on runs of slashes; on win32 a leading `//server` keeps both empty leading parts.
function splitOnSlashes(str, windows) {
  if (windows && /^\/\/[^/]+/.test(str)) return ['', ...str.split(/\/+/)];
  return str.split(/\/+/);
}

// Drop empty and `.` parts in the middle (keeping a leading `//`), a `./` or `./.` pair down to
// `.`, and fold `name/..` pairs; `inPattern` also lets `**/../x/y` try both ways. Works in place.
function simplifyParts(parts, inPattern, extra) {
  let changed;
  do {
    changed = false;
    if (inPattern && extra) {
      let gs = -1;
      while ((gs = parts.indexOf('**', gs + 1)) !== -1) {
        let last = gs;
        while (parts[last + 1] === '**') last++;
        if (last > gs) parts.splice(gs + 1, last - gs);
        const a = parts[gs + 2];
        const b = parts[gs + 3];
        if (parts[gs + 1] !== '..' || !a || a === '.' || a === '..' || !b || b === '.' ||
            b === '..') {
          continue;
        }
        changed = true;
        parts.splice(gs, 1);
        const other = parts.slice(0);
        other[gs] = '**';
        extra.push(other);
        gs--;
      }
    }
    for (let i = 1; i < parts.length - 1; i++) {
      const p = parts[i];
      if (i === 1 && p === '' && parts[0] === '') continue;
      if (p === '.' || p === '') {
        changed = true;
        parts.splice(i, 1);
        i--;
      }
    }
    if (parts[0] === '.' && parts.length === 2 && (parts[1] === '.' || parts[1] === '')) {
      changed = true;
      parts.pop();
    }
    let dd = 0;
    while ((dd = parts.indexOf('..', dd + 1)) !== -1) {
      const prev = parts[dd - 1];
      if (prev && prev !== '.' && prev !== '..' && prev !== '**') {
        changed = true;
        const keepDot = inPattern && dd === 1 && parts[dd + 1] === '**';
        if (keepDot) parts.splice(dd - 1, 2, '.');
        else parts.splice(dd - 1, 2);
        if (inPattern && parts.length === 0) parts.push('');
        dd -= 2;
      }
    }
  } while (changed && !inPattern);
  if (!inPattern && parts.length === 0) parts.push('');
  return changed;
}

function simplifyPatterns(globParts) {
  let changed;
  do {
    changed = false;
    // New alternatives appended while scanning are scanned in the same pass.
    for (let i = 0; i < globParts.length; i++) {
      if (simplifyParts(globParts[i], true, globParts)) changed = true;
    }
  } while (changed);
  return globParts;
}

// Merge alternatives that are the same up to `*` vs a plain name or an empty `**`.
function dedupeAlternatives(globParts) {
  for (let i = 0; i < globParts.length - 1; i++) {
    for (let j = i + 1; j < globParts.length; j++) {
      const merged = mergeAlternatives(globParts[i], globParts[j]);
      if (merged) {
        globParts[i] = [];
        globParts[j] = merged;
        break;
      }
    }
  }
  return globParts.filter((parts) => parts.length > 0);
}

function mergeAlternatives(a, b) {
  let ai = 0;
  let bi = 0;
  const out = [];
  let starSide = '';
  while (ai < a.length && bi < b.length) {
    if (a[ai] === b[bi]) {
      out.push(starSide === 'b' ? b[bi] : a[ai]);
      ai++;
      bi++;
    } else if (a[ai] === '**' && b[bi] === a[ai + 1]) {
      out.push(a[ai]);
      ai++;
    } else if (b[bi] === '**' && a[ai] === b[bi + 1]) {
      out.push(b[bi]);
      bi++;
    } else if (a[ai] === '*' && b[bi] && !b[bi].startsWith('.') && b[bi] !== '**') {
      if (starSide === 'b') return false;
      starSide = 'a';
      out.push(a[ai]);
      ai++;
      bi++;
    } else if (b[bi] === '*' && a[ai] && !a[ai].startsWith('.') && a[ai] !== '**') {
      if (starSide === 'a') return false;
      starSide = 'b';
      out.push(b[bi]);
      ai++;
      bi++;
    } else {
      return false;
    }
  }
  return a.length === b.length && out;
}

// Match the split path against one compiled alternative.
function matchParts(file, pattern, windows) {
  if (windows) {
    // A drive (`C:` or `//?/C:`) on both sides compares case-insensitively.
    const fileDrive = typeof file[0] === 'string' && DRIVE_PART.test(file[0]);
    const fileUnc = !fileDrive && file[0] === '' && file[1] === '' && file[2] === '?' &&
      DRIVE_PART.test(file[3]);
    const patDrive = typeof pattern[0] === 'string' && DRIVE_PART.test(pattern[0]);
    const patUnc = !patDrive && pattern[0] === '' && pattern[1] === '' && pattern[2] === '?' &&
      typeof pattern[3] === 'string' && DRIVE_PART.test(pattern[3]);
    const fd = fileUnc ? 3 : fileDrive ? 0 : -1;
    const pd = patUnc ? 3 : patDrive ? 0 : -1;
    if (fd !== -1 && pd !== -1 && file[fd].toLowerCase() === pattern[pd].toLowerCase()) {
      pattern[pd] = file[fd];
      if (pd > fd) pattern = pattern.slice(pd);
      else if (fd > pd) file = file.slice(fd);
    }
  }
  simplifyParts(file, false);
  const fl = file.length;
  const pl = pattern.length;
  let fi = 0;
  let pi = 0;
  for (; fi < fl && pi < pl; fi++, pi++) {
    const part = pattern[pi];
    const name = file[fi];
    if (part === GLOBSTAR) {
      if (pi + 1 === pl) {
        // A trailing `**` swallows the rest, but never dot entries.
        for (; fi < fl; fi++) {
          if (file[fi][0] === '.') return false;
        }
        return true;
      }
      const rest = pattern.slice(pi + 1);
      for (let k = fi; k < fl; k++) {
        if (matchParts(file.slice(k), rest.slice(0), windows)) return true;
        if (file[k][0] === '.') break;
      }
      return false;
    }
    const hit = typeof part === 'string' ? name === part : part.test(name);
    if (!hit) return false;
  }
  if (fi === fl && pi === pl) return true;
  if (fi === fl) return false;
  // `a/b/` matches `a/b`: only an empty trailing part may remain.
  return fi === fl - 1 && file[fi] === '';
}

// ---------------------------------------------------------------------------------------------
// Brace expansion (`{a,b}`, `{1..3}`, `{a..c..2}`), bash-style.

// Stand-ins for braces that must stay literal while expanding.
const LITERAL_OPEN = '\u0000OPEN\u0000';
const LITERAL_CLOSE = '\u0000CLOSE\u0000';
const EXPANSION_MAX = 100000;

function braceExpandPattern(pattern) {
  if (!/\{(?:(?!\{).)*\}/.test(pattern)) return [pattern];
  let str = pattern;
  // A leading `{}` is never an expansion.
  if (str.startsWith('{}')) str = LITERAL_OPEN + LITERAL_CLOSE + str.slice(2);
  return expandBraceString(str, true)
    .map((s) => s.split(LITERAL_OPEN).join('{').split(LITERAL_CLOSE).join('}'));
}

// The first balanced `{...}` group of `str` (for an unbalanced run, the innermost complete one).
function findBracePair(str) {
  let nextOpen = str.indexOf('{');
  let nextClose = str.indexOf('}', nextOpen + 1);
  if (nextOpen < 0 || nextClose <= 0) return null;
  const opens = [];
  let bestOpen = str.length;
  let bestClose = -1;
  let at = nextOpen;
  while (at >= 0) {
    if (at === nextOpen) {
      opens.push(at);
      nextOpen = str.indexOf('{', at + 1);
    } else if (opens.length === 1) {
      const o = opens.pop();
      return pairAt(str, o, nextClose);
    } else {
      const o = opens.pop();
      if (o < bestOpen) {
        bestOpen = o;
        bestClose = nextClose;
      }
      nextClose = str.indexOf('}', at + 1);
    }
    at = nextOpen < nextClose && nextOpen >= 0 ? nextOpen : nextClose;
  }
  if (opens.length > 0 && bestClose !== -1) return pairAt(str, bestOpen, bestClose);
  return null;
}

function pairAt(str, open, close) {
  return { pre: str.slice(0, open), body: str.slice(open + 1, close), post: str.slice(close + 1) };
}

// Split a brace body on its top-level commas.
function splitBraceBody(body) {
  if (!body) return [''];
  const m = findBracePair(body);
  if (!m) return body.split(',');
  const parts = m.pre.split(',');
  parts[parts.length - 1] += `{${m.body}}`;
  const rest = splitBraceBody(m.post);
  if (m.post.length > 0) {
    parts[parts.length - 1] += rest.shift();
    parts.push(...rest);
  }
  return parts;
}

function sequenceBound(s) {
  return isNaN(s) ? s.charCodeAt(0) : parseInt(s, 10);
}

function expandSequenceItems(bounds, alpha) {
  const from = sequenceBound(bounds[0]);
  const to = sequenceBound(bounds[1]);
  const width = Math.max(bounds[0].length, bounds[1].length);
  // (A zero step never ends in Node; here it counts as 1.)
  let step = bounds.length === 3 ? Math.abs(sequenceBound(bounds[2])) || 1 : 1;
  const down = to < from;
  if (down) step = -step;
  const pad = bounds.some((b) => /^-?0\d/.test(b));
  const out = [];
  for (let v = from; down ? v >= to : v <= to; v += step) {
    let item;
    if (alpha) {
      item = String.fromCharCode(v);
      if (item === '\\') item = '';
    } else {
      item = String(v);
      if (pad && width > item.length) {
        const zeros = '0'.repeat(width - item.length);
        item = v < 0 ? `-${zeros}${item.slice(1)}` : zeros + item;
      }
    }
    out.push(item);
  }
  return out;
}

function expandBraceString(str, isTop) {
  const m = findBracePair(str);
  if (!m) return [str];
  const { pre, body, post: rawPost } = m;
  const posts = rawPost.length > 0 ? expandBraceString(rawPost, false) : [''];
  const out = [];
  if (pre.endsWith('$')) {
    // `${...}` is left alone.
    for (let k = 0; k < posts.length && k < EXPANSION_MAX; k++) out.push(`${pre}{${body}}${posts[k]}`);
    return out;
  }
  const numeric = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(body);
  const alpha = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(body);
  const sequence = numeric || alpha;
  if (!sequence && !body.includes(',')) {
    // Not an expansion: keep its `}` literal when a later `,...}` could still expand.
    if (/,(?!,).*\}/.test(rawPost)) {
      return expandBraceString(`${pre}{${body}${LITERAL_CLOSE}${rawPost}`, true);
    }
    return [str];
  }
  let items;
  if (sequence) {
    items = expandSequenceItems(body.split(/\.\./), alpha);
  } else {
    let alts = splitBraceBody(body);
    if (alts.length === 1) {
      alts = expandBraceString(alts[0], false).map((s) => `{${s}}`);
      if (alts.length === 1) return posts.map((p) => pre + alts[0] + p);
    }
    items = [];
    for (const alt of alts) items.push(...expandBraceString(alt, false));
  }
  for (const item of items) {
    for (let k = 0; k < posts.length && out.length < EXPANSION_MAX; k++) {
      const expansion = pre + item + posts[k];
      if (!isTop || sequence || expansion) out.push(expansion);
    }
  }
  return out;
}

const GLOBSTAR = { globstar: true };

// ---------------------------------------------------------------------------------------------
// One path segment of a pattern: a tree of literal text and extglobs (`!(...)`, `?(...)`,
// `+(...)`, `*(...)`, `@(...)`), compiled to a RegExp source.

const EXTGLOB_TYPES = '!?+*@';
const ANY_CHAR = '[^/]';
const ANY_RUN = '[^/]*?';
const ANY_RUN_NONEMPTY = '[^/]+?';
const NO_DOT_START = '(?!\\.)';
const NO_TRAVERSAL_START = '(?!(?:^|/)\\.\\.?(?:$|/))';

// `[:name:]` classes, as Unicode property escapes (they make the RegExp unicode-mode).
const CHAR_CLASSES = [
  ['[:alnum:]', '\\p{L}\\p{Nl}\\p{Nd}', true, false],
  ['[:alpha:]', '\\p{L}\\p{Nl}', true, false],
  ['[:ascii:]', '\\x00-\\x7f', false, false],
  ['[:blank:]', '\\p{Zs}\\t', true, false],
  ['[:cntrl:]', '\\p{Cc}', true, false],
  ['[:digit:]', '\\p{Nd}', true, false],
  ['[:graph:]', '\\p{Z}\\p{C}', true, true],
  ['[:lower:]', '\\p{Ll}', true, false],
  ['[:print:]', '\\p{C}', true, false],
  ['[:punct:]', '\\p{P}', true, false],
  ['[:space:]', '\\p{Z}\\t\\r\\n\\v\\f', true, false],
  ['[:upper:]', '\\p{Lu}', true, false],
  ['[:word:]', '\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}', true, false],
  ['[:xdigit:]', 'A-Fa-f0-9', false, false],
];

function escapeForRegExp(s) {
  return s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
}

function escapeInClass(s) {
  return s.replace(/[[\]\\-]/g, '\\$&');
}

// Undo the escaping of a RegExp source back to the text it matches (single-char classes too).
function unescapeSource(s) {
  return s.replace(/((?!\\).|^)\[([^/\\])\]/g, '$1$2').replace(/\\([^/])/g, '$1');
}

// A `[...]` class starting at `pos`: [source, needsUnicode, charsConsumed, isMagic]
// (consumed 0: not a class, the `[` is literal).
function readCharClass(glob, pos) {
  const ranges = [];
  const negated = [];
  let i = pos + 1;
  let started = false;
  let negate = false;
  let unicode = false;
  let end = pos;
  let rangeFrom = '';
  scan: while (i < glob.length) {
    const c = glob[i];
    if ((c === '!' || c === '^') && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === ']' && started) {
      end = i + 1;
      break;
    }
    started = true;
    if (c === '[') {
      for (const [name, source, needsUnicode, isNegated] of CHAR_CLASSES) {
        if (!glob.startsWith(name, i)) continue;
        // A range ending in a named class can never match.
        if (rangeFrom) return ['$.', false, glob.length - pos, true];
        i += name.length;
        (isNegated ? negated : ranges).push(source);
        unicode = unicode || needsUnicode;
        continue scan;
      }
    }
    if (rangeFrom) {
      if (c > rangeFrom) ranges.push(`${escapeInClass(rangeFrom)}-${escapeInClass(c)}`);
      else if (c === rangeFrom) ranges.push(escapeInClass(c));
      rangeFrom = '';
      i++;
      continue;
    }
    if (glob.startsWith('-]', i + 1)) {
      ranges.push(escapeInClass(`${c}-`));
      i += 2;
      continue;
    }
    if (glob[i + 1] === '-') {
      rangeFrom = c;
      i += 2;
      continue;
    }
    ranges.push(escapeInClass(c));
    i++;
  }
  if (end < i) return ['', false, 0, false];
  if (ranges.length === 0 && negated.length === 0) return ['$.', false, glob.length - pos, true];
  if (negated.length === 0 && ranges.length === 1 && /^\\?.$/.test(ranges[0]) && !negate) {
    // `[x]` is just `x`.
    const ch = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
    return [escapeForRegExp(ch), false, end - pos, false];
  }
  const positive = `[${negate ? '^' : ''}${ranges.join('')}]`;
  const negative = `[${negate ? '' : '^'}${negated.join('')}]`;
  let source;
  if (ranges.length > 0 && negated.length > 0) source = `(${positive}|${negative})`;
  else source = ranges.length > 0 ? positive : negative;
  return [source, unicode, end - pos, true];
}

// Literal text with `*`, `?` and classes: [source, isMagic, needsUnicode].
function textToSource(text, magic, nonEmptyStar) {
  let source = '';
  let unicode = false;
  let afterStar = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '*') {
      if (afterStar) continue;
      afterStar = true;
      source += nonEmptyStar && /^\*+$/.test(text) ? ANY_RUN_NONEMPTY : ANY_RUN;
      magic = true;
      continue;
    }
    afterStar = false;
    if (c === '[') {
      const [cls, clsUnicode, used, clsMagic] = readCharClass(text, i);
      if (used > 0) {
        source += cls;
        unicode = unicode || clsUnicode;
        i += used - 1;
        magic = magic || clsMagic;
        continue;
      }
    }
    if (c === '?') {
      source += ANY_CHAR;
      magic = true;
      continue;
    }
    source += escapeForRegExp(c);
  }
  return [source, !!magic, unicode];
}

class GlobNode {
  constructor(type, parent) {
    this.type = type; // null for a sequence, else the extglob character
    this.parent = parent;
    this.root = parent ? parent.root : this;
    this.parts = [];
    this.index = parent ? parent.parts.length : 0;
    this.magic = type ? true : undefined;
    this.unicode = false;
    this.emptyExtglob = false;
    this.text = undefined;
    if (this.root === this) {
      this.negations = [];
      this.negationsFilled = false;
    }
    if (type === '!' && !this.root.negationsFilled) this.root.negations.push(this);
  }

  add(...parts) {
    for (const p of parts) if (p !== '') this.parts.push(p);
  }

  toString() {
    if (this.text === undefined) {
      const inner = this.parts.map(String);
      this.text = this.type ? `${this.type}(${inner.join('|')})` : inner.join('');
    }
    return this.text;
  }

  isStart() {
    if (this === this.root) return true;
    if (!this.parent.isStart()) return false;
    if (this.index === 0) return true;
    for (let i = 0; i < this.index; i++) {
      const sib = this.parent.parts[i];
      if (!(sib instanceof GlobNode && sib.type === '!')) return false;
    }
    return true;
  }

  isEnd() {
    if (this === this.root) return true;
    if (this.parent.type === '!') return true;
    if (!this.parent.isEnd()) return false;
    if (!this.type) return true;
    return this.index === this.parent.parts.length - 1;
  }

  appendCopy(part) {
    if (typeof part === 'string') this.add(part);
    else this.add(part.copy(this));
  }

  copy(parent) {
    const c = new GlobNode(this.type, parent);
    for (const p of this.parts) c.appendCopy(p);
    return c;
  }

  // A negation covers what follows it too: append its following siblings (at every level up
  // to the enclosing extglob) to each of its alternatives.
  fillNegations() {
    if (this.negationsFilled) return;
    this.toString();
    this.negationsFilled = true;
    let neg;
    while ((neg = this.negations.pop()) !== undefined) {
      if (neg.type !== '!') continue;
      let child = neg;
      let up = child.parent;
      while (up) {
        for (let i = child.index + 1; !up.type && i < up.parts.length; i++) {
          for (const alt of neg.parts) alt.appendCopy(up.parts[i]);
        }
        child = up;
        up = child.parent;
      }
    }
  }

  // [regexp source, unescaped text, isMagic, needsUnicode]
  toSource(allowDot) {
    const dot = allowDot ?? false;
    if (this === this.root) this.fillNegations();
    if (!this.type) {
      const nonEmpty = this.isStart() && this.isEnd() && this.parts.every((p) => typeof p === 'string');
      let src = '';
      for (const p of this.parts) {
        let piece;
        let pieceMagic;
        let pieceUnicode;
        if (typeof p === 'string') {
          [piece, pieceMagic, pieceUnicode] = textToSource(p, this.magic, nonEmpty);
        } else {
          [piece, , pieceMagic, pieceUnicode] = p.toSource(allowDot);
        }
        this.magic = this.magic || pieceMagic;
        this.unicode = this.unicode || pieceUnicode;
        src += piece;
      }
      let start = '';
      if (this.isStart() && typeof this.parts[0] === 'string') {
        const onlyDots = this.parts.length === 1 && (this.parts[0] === '.' || this.parts[0] === '..');
        if (!onlyDots) {
          const risky = (ch) => ch === '[' || ch === '.';
          const noTraversal = (dot && risky(src[0])) ||
            (src.startsWith('\\.') && risky(src[2])) ||
            (src.startsWith('\\.\\.') && risky(src[4]));
          const noDot = !dot && !allowDot && risky(src[0]);
          start = noTraversal ? NO_TRAVERSAL_START : noDot ? NO_DOT_START : '';
        }
      }
      const end = this.isEnd() && this.root.negationsFilled && this.parent?.type === '!'
        ? '(?:$|\\/)' : '';
      this.magic = !!this.magic;
      return [start + src + end, unescapeSource(src), this.magic, this.unicode];
    }
    const repeated = this.type === '*' || this.type === '+';
    let body = this.alternativesSource(dot);
    if (this.isStart() && this.isEnd() && !body && this.type !== '!') {
      // An empty extglob alone in its segment is plain text.
      const text = this.toString();
      this.parts = [text];
      this.type = null;
      this.magic = undefined;
      return [text, unescapeSource(this.toString()), false, false];
    }
    let bodyWithDots = !repeated || allowDot || dot ? '' : this.alternativesSource(true);
    if (bodyWithDots === body) bodyWithDots = '';
    if (bodyWithDots) body = `(?:${body})(?:${bodyWithDots})*?`;
    let out;
    if (this.type === '!' && this.emptyExtglob) {
      out = (this.isStart() && !dot ? NO_DOT_START : '') + ANY_RUN_NONEMPTY;
    } else {
      let close;
      if (this.type === '!') {
        close = `))${this.isStart() && !dot && !allowDot ? NO_DOT_START : ''}${ANY_RUN})`;
      } else if (this.type === '@') {
        close = ')';
      } else if (this.type === '?') {
        close = ')?';
      } else if (bodyWithDots) {
        close = this.type === '*' ? ')?' : ')';
      } else {
        close = `)${this.type}`;
      }
      out = (this.type === '!' ? '(?:(?!(?:' : '(?:') + body + close;
    }
    this.magic = !!this.magic;
    return [out, unescapeSource(body), this.magic, this.unicode];
  }

  alternativesSource(dot) {
    const whole = this.isStart() && this.isEnd();
    const sources = [];
    for (const p of this.parts) {
      const [src, , , unicode] = p.toSource(dot);
      this.unicode = this.unicode || unicode;
      if (!whole || src) sources.push(src);
    }
    return sources.join('|');
  }
}

// Parse `str` from `pos` into `node`; returns where parsing stopped. For an extglob node, `pos`
// is its `(`; an extglob with no closing `)` turns back into literal text.
function parseGlobInto(str, node, pos) {
  let inClass = false;
  let classStart = -1;
  let classNegated = false;
  // Tracks `[...]` so that `(`, `|`, `)` inside a class stay literal. Returns true when `c`
  // (at index i - 1) belongs to a class.
  const classChar = (c, i) => {
    if (inClass) {
      if (i === classStart + 1) {
        if (c === '^' || c === '!') classNegated = true;
      } else if (c === ']' && !(i === classStart + 2 && classNegated)) {
        inClass = false;
      }
      return true;
    }
    if (c === '[') {
      inClass = true;
      classStart = i;
      classNegated = false;
      return true;
    }
    return false;
  };
  if (node.type === null) {
    let i = pos;
    let acc = '';
    while (i < str.length) {
      const c = str[i++];
      if (classChar(c, i)) {
        acc += c;
        continue;
      }
      if (EXTGLOB_TYPES.includes(c) && str[i] === '(') {
        node.add(acc);
        acc = '';
        const ext = new GlobNode(c, node);
        i = parseGlobInto(str, ext, i);
        node.add(ext);
        continue;
      }
      acc += c;
    }
    node.add(acc);
    return i;
  }
  let i = pos + 1;
  let alt = new GlobNode(null, node);
  const alts = [];
  let acc = '';
  while (i < str.length) {
    const c = str[i++];
    if (classChar(c, i)) {
      acc += c;
      continue;
    }
    if (EXTGLOB_TYPES.includes(c) && str[i] === '(') {
      alt.add(acc);
      acc = '';
      const ext = new GlobNode(c, alt);
      alt.add(ext);
      i = parseGlobInto(str, ext, i);
      continue;
    }
    if (c === '|') {
      alt.add(acc);
      acc = '';
      alts.push(alt);
      alt = new GlobNode(null, node);
      continue;
    }
    if (c === ')') {
      if (acc === '' && node.parts.length === 0) node.emptyExtglob = true;
      alt.add(acc);
      node.add(...alts, alt);
      return i;
    }
    acc += c;
  }
  node.type = null;
  node.magic = undefined;
  node.parts = [str.substring(pos - 1)];
  return i;
}

// Quick tests for common segment shapes (they replace the RegExp's own test).
function fastSegmentTest(seg) {
  let m;
  if (/^\*+$/.test(seg)) return (f) => f.length !== 0 && !f.startsWith('.');
  if ((m = /^\*+([^+@!?*[(]*)$/.exec(seg)) !== null) {
    const ext = m[1];
    return (f) => !f.startsWith('.') && f.endsWith(ext);
  }
  if ((m = /^\?+([^+@!?*[(]*)?$/.exec(seg)) !== null) {
    const len = m[0].length;
    const ext = m[1] || '';
    return (f) => f.length === len && !f.startsWith('.') && (ext === '' || f.endsWith(ext));
  }
  if (/^\*+\.\*+$/.test(seg)) return (f) => !f.startsWith('.') && f.includes('.');
  if (/^\.\*+$/.test(seg)) return (f) => f !== '.' && f !== '..' && f.startsWith('.');
  return null;
}

// Turns one pattern segment into a string (literal), GLOBSTAR, or a RegExp.
function compileGlobSegment(seg) {
  if (seg === '**') return GLOBSTAR;
  if (seg === '') return '';
  const root = new GlobNode(null, undefined);
  parseGlobInto(seg, root, 0);
  const [source, text, magic, unicode] = root.toSource();
  if (!magic && !root.magic) return text;
  const flags = unicode ? 'u' : '';
  let re;
  try {
    re = new RegExp(`^${source}$`, flags);
  } catch {
    // (Node's engine words this error so; the escapes of `-`, `,`, `#` and spaces are what a
    // unicode-mode RegExp rejects here.)
    throw new SyntaxError(`Invalid regular expression: /^${source}$/${flags}: Invalid escape`);
  }
  const fast = fastSegmentTest(seg);
  if (fast !== null) re.test = fast;
  return re;
}

module.exports = { matchesGlobImpl };
