// Descriptor checks node 20 makes in C++ (close, fstat, fsync, fdatasync, ftruncate, futimes,
// fchmod, fchown): plain errors (no [code] in their header) and C++'s wording of the value.
const fs = require('fs');
const noop = () => {};
class Widget {}
const values = [
  'seven', true, null, undefined, 7n, [], {}, Object.create(null), new Widget(), new Map(),
  function named() {}, () => {}, { constructor: 3 }, -1, -1.5, 1.5, 2 ** 31, 2 ** 53, NaN,
  Infinity, -Infinity, 1e21,
];
const calls = {
  closeSync: (v) => fs.closeSync(v),
  close: (v) => fs.close(v, noop),
  fstatSync: (v) => fs.fstatSync(v),
  fstat: (v) => fs.fstat(v, noop),
  fsyncSync: (v) => fs.fsyncSync(v),
  fdatasync: (v) => fs.fdatasync(v, noop),
  ftruncateSync: (v) => fs.ftruncateSync(v, 0),
  futimes: (v) => fs.futimes(v, 1, 1, noop),
  fchmodSync: (v) => fs.fchmodSync(v, 0o600),
  fchown: (v) => fs.fchown(v, 0, 0, noop),
  readFileSync: (v) => typeof v === 'number' && fs.readFileSync(v),
};
for (const [name, call] of Object.entries(calls)) {
  for (const v of values) {
    try {
      call(v);
      console.log(name, 'no throw');
    } catch (e) {
      console.log(name, String(e), e.stack.split('\n')[0] === String(e), e.code);
    }
  }
}
// The JavaScript checks keep their form.
try {
  fs.readSync('seven', Buffer.alloc(1));
} catch (e) {
  console.log('readSync', String(e));
}
// readFileSync of a negative descriptor in utf8 reads it at once.
try {
  fs.readFileSync(-1, 'utf8');
} catch (e) {
  console.log('utf8', String(e), e.syscall);
}
