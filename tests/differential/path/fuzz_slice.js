// path differential: a seeded slice of the path fuzzer (every path.posix/path.win32 function on generated paths, ~2000 calls, plus ~1200 generated matchesGlob patterns); prints each call's result or error
// Differential path fuzzer: deterministic (mulberry32), prints one line per call.
const path = require('path');
const SEED = 20240601;
const N = 84;
let s = SEED >>> 0;
function rnd() {
  s = (s + 0x6D2B79F5) >>> 0;
  let t = s;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const ri = (n) => Math.floor(rnd() * n);
const pick = (a) => a[ri(a.length)];
const PIECES = ['', '/', '//', '///', '\\', '\\\\', '.', '..', '...', 'a', 'b.c', '.d', 'e.', 'C:', 'c:\\', 'c:/', 'Z:',
  '\\\\server\\share', '\\\\server\\share\\', '//server/share', '\\\\?\\', '\\\\.\\', '\\\\?\\C:\\', '//x/y', '//x', ' ', 'ü', ':', 'a:b',
  'CON', 'nul', 'com1', 'LPT1:', 'con:', 'x.tar.gz', '.git', 'f..', '..g', 'UNC', '?', '*', '\u00b9', 'A', 'aa', '.\\', '..\\', './', '../',
  'tmp', 'pathfuzz', 'TMP', '\\tmp', '/tmp', '/tmp/pathfuzz', 'C:\\tmp', 'c:a', 'd:..', '\u{1F600}', '\ud800', '%', 'a b', '\t', '\n'];
const SEPS = ['', '/', '\\', '//', '\\\\', '/\\'];
function genPath() {
  const n = 1 + ri(4);
  let out = '';
  for (let i = 0; i < n; i++) {
    out += pick(PIECES);
    if (i < n - 1 && rnd() < 0.7) out += pick(SEPS);
  }
  return out;
}
const EXTS = ['', '.', '.c', 'c', '.gz', '.tar.gz', 'b.c', 'a', '/', '\\', 'e.', '..', 'x', '.d', ':'];
const NONSTR = [undefined, null, 1, true, {}, [], Symbol('s'), 1n, () => 1, new String('a')];
let calls = 0;
function fmt(v) {
  if (typeof v === 'symbol' || typeof v === 'bigint' || typeof v === 'function') return typeof v;
  if (v instanceof String) return 'String';
  return JSON.stringify(v);
}
function show(label, f) {
  calls++;
  let out;
  try {
    const r = f();
    out = r === undefined ? 'undefined' : fmt(r);
    if (r && typeof r === 'object') out += ' proto=' + (Object.getPrototypeOf(r) === Object.prototype) + ' keys=' + Object.keys(r).join(',');
  } catch (e) {
    out = 'ERR ' + e.name + ' ' + e.code + ' ' + e.message;
  }
  console.log(label + ' => ' + out);
}
const FNS = ['join', 'resolve', 'normalize', 'relative', 'dirname', 'basename', 'extname', 'parse', 'format', 'isAbsolute', 'toNamespacedPath', 'matchesGlob'];
const FMTKEYS = ['root', 'dir', 'base', 'name', 'ext'];
const FMTVALS = ['', 'a', '/', '\\', 'C:\\', '.c', 'c', 'b.c', '/x/', 'x/', '//', undefined, null, 0, 1, false, '.', '..'];
const GLOBS = ['*', '**', 'a*', '*.c', '**/*', '?', 'a/**', '{a,b}', '[ab]', '**/b.c', '*/', '/**', '\\*', 'a/*', '!(a)', '+(a|b)', '[!a]*', 'C:/**', '**\\*'];
function arg() {
  if (rnd() < 0.01) return pick(NONSTR);
  return genPath();
}
for (let it = 0; it < N; it++) {
  for (const plat of ['posix', 'win32']) {
    const P = path[plat];
    for (const fn of FNS) {
      let args;
      switch (fn) {
        case 'join': case 'resolve': {
          const k = ri(5);
          args = [];
          for (let i = 0; i < k; i++) args.push(arg());
          break;
        }
        case 'relative': args = [arg(), arg()]; break;
        case 'basename': args = rnd() < 0.5 ? [arg()] : [arg(), rnd() < 0.5 ? pick(EXTS) : (rnd() < 0.05 ? pick(NONSTR) : genPath())]; break;
        case 'format': {
          if (rnd() < 0.03) { args = [pick(NONSTR)]; break; }
          if (rnd() < 0.3) { args = [P.parse(genPath())]; break; }
          const o = {};
          for (const k of FMTKEYS) if (rnd() < 0.5) o[k] = rnd() < 0.5 ? pick(FMTVALS) : genPath();
          args = [o];
          break;
        }
        case 'matchesGlob': {
          if (typeof P.matchesGlob !== 'function') continue;
          args = [rnd() < 0.02 ? pick(NONSTR) : genPath(), rnd() < 0.5 ? pick(GLOBS) : (rnd() < 0.02 ? pick(NONSTR) : genPath())];
          break;
        }
        default: args = [arg()];
      }
      const label = plat + '.' + fn + '(' + args.map(fmt).join(',') + ')';
      show(label, () => P[fn](...args));
    }
  }
}
console.log('calls', calls);

// matchesGlob on generated patterns (same PRNG, continuing).
const GP = ['*', '**', '?', '[a-c]', '[!a]', '[^b]', '[]', '[', ']', '{a,b}', '{1..3}', '{a..c}', '{', '}', ',', '!(', '@(', '+(',
  '*(', '?(', ')', '|', 'a', 'b', 'ab', '.', '..', '/', '/', '/', '\\', 'c:', 'C:', '//', '[:digit:]', '[[:alpha:]]', '-', '#',
  ' ', '\n', '$', '[.]', '[/]', '.*', '*.*', '{,a}', '{}', 'x]'];
const FP = ['a', 'b', 'ab', 'abc', '.a', '.', '..', '/', '/', '\\', 'c:', 'C:', '//', '?', '\n', 'a.b', '', '1', '2', '-', ' ',
  '#', '[', ']', '{', '}', '*'];
function genFrom(pieces, max) {
  const n = 1 + ri(max);
  let out = '';
  for (let i = 0; i < n; i++) out += pick(pieces);
  return out;
}
for (let it = 0; it < 300; it++) {
  const g = genFrom(GP, 6);
  for (let k = 0; k < 2; k++) {
    const f = genFrom(FP, 6);
    for (const plat of ['posix', 'win32']) show(`${plat}.matchesGlob(${fmt(f)},${fmt(g)})`, () => path[plat].matchesGlob(f, g));
  }
}
console.log('calls', calls);
