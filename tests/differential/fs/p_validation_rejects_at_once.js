// A promise form whose arguments fail their checks rejects before the loop turns: the rejection
// is seen by microtasks ahead of any callback or promise that waits on a real file operation.
// appendFile's own checks come first; what its inner writeFile rejects (flush, data) comes two
// microtask turns later.
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-p-validation-');
const log = [];
const note = (label) => (v) => log.push(`${label}:${v && v.code ? v.code : typeof v}`);
fs.stat(d, note('stat-cb'));
fsp.stat(d).then(note('stat-p'));
fsp.access(42).catch(note('access-type'));
fsp.access(d, 99).catch(note('access-range'));
fsp.readFile(d + '/x', { encoding: 'nope' }).catch(note('readFile-enc'));
fsp.mkdir(d + '/m', { recursive: 'yes' }).catch(note('mkdir-opt'));
fsp.writeFile(d + '/w', 7).catch(note('writeFile-data'));
fsp.appendFile(d + '/w', 'x', { flush: 1 }).catch(note('appendFile-flush'));
fsp.appendFile(d + '/w', 'x', 'bogus-enc').catch(note('appendFile-enc'));
fsp.appendFile(d + '/w', null).catch(note('appendFile-data'));
fsp.copyFile(d + '/a', d + '/b', -1).catch(note('copyFile-mode'));
fsp.open(d + '/o', 'nonsense').catch(note('open-flags'));
fsp.chmod(d, 'abc').catch(note('chmod-mode'));
fsp.readdir(null).catch(note('readdir-path'));
(async () => {
  try {
    await fsp.lstat({});
  } catch (e) {
    log.push('await-lstat:' + e.code);
  }
})();
Promise.resolve().then(() => Promise.resolve()).then(() => log.push('--- microtasks done'));
// The two real operations (a callback stat and a promise stat) end on the pool in either order
// (a page's workers met the other one): they are printed sorted, after the microtasks' marker.
process.on('exit', () => {
  const done = log.indexOf('--- microtasks done') + 1;
  console.log([...log.slice(0, done), ...log.slice(done).sort()].join('\n'));
  fs.rmSync(d, { recursive: true, force: true });
});
