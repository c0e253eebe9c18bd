// statSync, lstatSync and fstatSync (native in nodeboa) against Node's JavaScript ones: names,
// lengths, own properties, option reads (order, `bigint === true`, `throwIfNoEntry === false`),
// errors, paths the fast path hands on (relative, `.`/`..`, Buffer, URL, non-ASCII, NUL), and
// the callback and promise forms (which ignore throwIfNoEntry). utimes keeps microseconds.
'use strict';
const fs = require('fs');
const path = require('path');

const dir = fs.mkdtempSync('/tmp/nodeboa-fs-stat-native-');
const file = path.join(dir, 'f.txt');
fs.writeFileSync(file, 'hello');
const link = path.join(dir, 'l');
fs.symlinkSync(file, link);
const uni = path.join(dir, 'é✓.txt');
fs.writeFileSync(uni, 'x');
fs.utimesSync(file, 1700000000.1234, 1600000000.9876);

function show(label, f) {
  try {
    const r = f();
    if (r === undefined) console.log(label, 'undefined');
    else if (r instanceof fs.Stats) console.log(label, 'Stats', r.isFile(), r.isSymbolicLink(), r.size);
    else console.log(label, typeof r, Object.keys(r).length, typeof r.size);
  } catch (e) {
    const p = e.path === undefined ? '-' : path.basename(String(e.path));
    // Engine messages (no code) are Boa's wording in nodeboa.
    const m = e.code === undefined ? '' : e.message.split(dir).join('<tmp>');
    console.log(label, 'threw', e.name, e.code, e.errno, e.syscall, p, m);
  }
}

for (const name of ['statSync', 'lstatSync', 'fstatSync', 'stat', 'lstat', 'fstat']) {
  console.log(name, typeof fs[name], fs[name].name, fs[name].length);
}

const s = fs.statSync(file);
console.log(Object.getOwnPropertyNames(s).join());
console.log(Object.getPrototypeOf(s) === fs.Stats.prototype, s instanceof fs.Stats);
const d = Object.getOwnPropertyDescriptor(s, 'mtime');
console.log(d.writable, d.enumerable, d.configurable, d.value instanceof Date);
console.log(s.atimeMs, s.mtimeMs, s.atime.getTime(), s.mtime.getTime(), s.atime.toISOString(), s.mtime.toISOString());
console.log(s.atime !== s.mtime, s.ctime !== s.birthtime, s.ctime instanceof Date, typeof s.ctimeMs);
s.mtime.setTime(0);
s.size = 99;
const s2 = fs.statSync(file);
console.log(s2.size, s2.mtime.getTime(), JSON.stringify(Object.keys(s2).map((k) => typeof s2[k])));

// Stats built from the binding's array (the JavaScript slow path) and by the constructor.
const sb = fs.statSync(Buffer.from(file));
console.log(Object.getOwnPropertyNames(sb).join(), Object.getPrototypeOf(sb) === fs.Stats.prototype);
console.log(sb.atimeMs, sb.mtimeMs, sb.atime.getTime(), sb.mtime.getTime(), sb.size, sb.isFile());
const made = new fs.Stats(1, 33188, 1, 0, 0, 0, 4096, 7, 5, 8, 1.5, 2.5, 3.4, 4.6);
console.log(Object.getOwnPropertyNames(made).join(), made.mtime.getTime(), made.ctime.getTime(), made.isFile());

show('stat file', () => fs.statSync(file));
show('lstat link', () => fs.lstatSync(link));
show('stat link', () => fs.statSync(link));
show('stat unicode', () => fs.statSync(uni));
process.chdir(dir);
show('stat relative', () => fs.statSync('f.txt'));
show('stat dot', () => fs.statSync('./f.txt'));
show('stat dotdot', () => fs.statSync('../' + path.basename(dir) + '/f.txt'));
show('stat double slash', () => fs.statSync(dir + '//f.txt'));
show('stat buffer', () => fs.statSync(Buffer.from(file)));
show('stat url', () => fs.statSync(new URL('file://' + file)));
show('stat missing', () => fs.statSync(path.join(dir, 'nope')));
show('lstat missing', () => fs.lstatSync(path.join(dir, 'nope')));
show('stat missing relative', () => fs.statSync('nope'));
show('stat notdir', () => fs.statSync(file + '/x'));
show('stat trailing slash', () => fs.statSync(file + '/'));
show('stat nul', () => fs.statSync(file + '\0'));
show('stat number', () => fs.statSync(42));
show('stat undefined', () => fs.statSync());
show('stat empty', () => fs.statSync(''));
show('noentry false', () => fs.statSync(path.join(dir, 'nope'), { throwIfNoEntry: false }));
show('noentry false lstat', () => fs.lstatSync(path.join(dir, 'nope'), { throwIfNoEntry: false }));
show('noentry false notdir', () => fs.statSync(file + '/x', { throwIfNoEntry: false }));
show('noentry 0', () => fs.statSync(path.join(dir, 'nope'), { throwIfNoEntry: 0 }));
show('noentry false found', () => fs.statSync(file, { throwIfNoEntry: false }));
show('options {}', () => fs.statSync(file, {}));
show('options null', () => fs.statSync(file, null));
show('options string', () => fs.statSync(file, 'utf8'));
show('options fn', () => fs.statSync(file, () => {}));
show('bigint', () => fs.statSync(file, { bigint: true }));
show('bigint 1', () => fs.statSync(file, { bigint: 1 }));
show('bigint noentry', () => fs.statSync(path.join(dir, 'nope'), { bigint: true, throwIfNoEntry: false }));
show('bigint missing', () => fs.statSync(path.join(dir, 'nope'), { bigint: true }));
const b = fs.statSync(file, { bigint: true });
console.log(typeof b.size, b.atimeNs, b.mtimeNs, b.mtime.getTime(), b instanceof fs.Stats);

const log = [];
const logging = (bigint) => new Proxy({}, {
  get(t, k) {
    log.push(String(k));
    return k === 'bigint' ? bigint : undefined;
  },
});
const showLog = (label, f) => {
  log.length = 0;
  show(label, f);
  console.log(' reads', log.join());
};
showLog('proxy', () => fs.statSync(file, logging(false)));
showLog('proxy missing', () => fs.statSync(path.join(dir, 'nope'), logging(false)));
showLog('proxy bigint', () => fs.statSync(file, logging(true)));
showLog('proxy nul', () => fs.statSync(file + '\0', logging(false)));
showLog('proxy lstat', () => fs.lstatSync(link, logging(false)));
showLog('proxy buffer', () => fs.statSync(Buffer.from(file), logging(false)));
let getterRuns = 0;
const getters = {
  get bigint() { getterRuns++; return false; },
  get throwIfNoEntry() { getterRuns++; return false; },
};
show('getter options', () => fs.statSync(path.join(dir, 'nope'), getters));
console.log('getter runs', getterRuns);

const fd = fs.openSync(file, 'r');
show('fstat', () => fs.fstatSync(fd));
show('fstat bigint', () => fs.fstatSync(fd, { bigint: true }));
show('fstat opts', () => fs.fstatSync(fd, {}));
show('fstat null', () => fs.fstatSync(fd, null));
show('fstat bad', () => fs.fstatSync(9999));
show('fstat neg', () => fs.fstatSync(-1));
show('fstat float', () => fs.fstatSync(1.5));
show('fstat string', () => fs.fstatSync('1'));
showLog('fstat proxy float', () => fs.fstatSync(1.5, logging(false)));
showLog('fstat proxy', () => fs.fstatSync(fd, logging(false)));
const f1 = fs.fstatSync(fd);
console.log(Object.getOwnPropertyNames(f1).join(), f1.mtime.getTime());
fs.closeSync(fd);
show('fstat closed', () => fs.fstatSync(fd));

show('cb null', () => fs.stat(file, null, () => console.log('cb null called')));
show('cb no callback', () => fs.stat(file));
show('cb nul', () => fs.stat(file + '\0', () => {}));
show('cb fstat float', () => fs.fstat(1.5, () => {}));

const steps = [
  (next) => fs.stat(file, (e, st) => next('cb stat', e, st)),
  (next) => fs.stat(file, { bigint: 1 }, (e, st) => next('cb stat bigint 1', e, st)),
  (next) => fs.stat(file, { bigint: true }, (e, st) => next('cb stat bigint', e, st)),
  (next) => fs.lstat(link, (e, st) => next('cb lstat', e, st)),
  (next) => fs.stat(path.join(dir, 'nope'), { throwIfNoEntry: false }, (e, st) => next('cb noentry', e, st)),
  (next) => fs.lstat(path.join(dir, 'nope'), { throwIfNoEntry: false }, (e, st) => next('cb lstat noentry', e, st)),
  (next) => fs.open(file, 'r', (e, h) => fs.fstat(h, (e2, st) => fs.close(h, () => next('cb fstat', e2, st)))),
  (next) => fs.fstat(9999, (e, st) => next('cb fstat bad', e, st)),
  (next) => fs.promises.stat(file).then((st) => next('p stat', null, st), (e) => next('p stat', e)),
  (next) => fs.promises.stat(file, { bigint: 1 }).then((st) => next('p bigint 1', null, st), (e) => next('p bigint 1', e)),
  (next) => fs.promises.stat(file, { bigint: true }).then((st) => next('p bigint', null, st), (e) => next('p bigint', e)),
  (next) => fs.promises.stat(path.join(dir, 'nope'), { throwIfNoEntry: false }).then((st) => next('p noentry', null, st), (e) => next('p noentry', e)),
  (next) => fs.promises.lstat(path.join(dir, 'nope'), { throwIfNoEntry: false }).then((st) => next('p lstat noentry', null, st), (e) => next('p lstat noentry', e)),
  (next) => fs.promises.stat(file, null).then((st) => next('p null', null, st), (e) => next('p null', e)),
  (next) => fs.promises.stat(file + '\0').then((st) => next('p nul', null, st), (e) => next('p nul', e)),
];
function run(i) {
  if (i === steps.length) {
    fs.rmSync(dir, { recursive: true });
    return;
  }
  steps[i]((label, e, st) => {
    if (e) console.log(label, 'error', e.name, e.code, e.syscall);
    else console.log(label, st === undefined ? 'undefined' : typeof st.size, st && st instanceof fs.Stats);
    run(i + 1);
  });
}
run(0);
