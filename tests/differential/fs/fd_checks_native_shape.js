// close, fstat, fsync, fdatasync, fchmod, fchown, ftruncate and futimes check their descriptor
// natively in Node 20: the error's name line has no [code], a BigInt shows without its `n`, a
// function is just `function`, an object is named by its constructor, and an out-of-range
// fraction reports the range. read and write keep the JavaScript check's shape.
const fs = require('fs');
class Thing {}
const bad = [7n, 'fd', true, null, undefined, () => {}, function named() {}, Object.create(null),
  new Thing(), [3], -1, 1.5, -2.5, NaN, Infinity, 2 ** 31, 1e21];
const forms = {
  closeSync: (v) => fs.closeSync(v),
  close: (v) => fs.close(v, () => {}),
  fstatSync: (v) => fs.fstatSync(v),
  fstat: (v) => fs.fstat(v, () => {}),
  fsyncSync: (v) => fs.fsyncSync(v),
  fdatasync: (v) => fs.fdatasync(v, () => {}),
  fchmodSync: (v) => fs.fchmodSync(v, 0o644),
  fchown: (v) => fs.fchown(v, 0, 0, () => {}),
  ftruncateSync: (v) => fs.ftruncateSync(v, 0),
  futimes: (v) => fs.futimes(v, 1, 1, () => {}),
  readSync: (v) => fs.readSync(v, Buffer.alloc(1)),
  write: (v) => fs.write(v, 'x', () => {}),
};
for (const [name, call] of Object.entries(forms)) {
  console.log(`-- ${name}`);
  for (const v of bad) {
    try {
      call(v);
      console.log('no error');
    } catch (e) {
      console.log(String(e), '|', e.code, e.constructor.name);
    }
  }
}
