// readSync as Node 20: three arguments mean options (validated as an object or null), the
// length is truncated to an int32 (1.5 reads 1 byte), positions are integers from -1 or int64
// BigInts (negative: the current position); readv/writev positions are not validated (only a
// safe integer is a position); the callback form throws bad positions at the call.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'p27-'));
const f = path.join(dir, 'f');
fs.writeFileSync(f, 'abcdefghij');
const fd = fs.openSync(f, 'r+');
for (const args of [[0], [null], [undefined], [{}], ['x'], [0, undefined, 0], [0, 'abc', 0], [0, -0.5, 0]]) {
  try {
    console.log('args', args, fs.readSync(fd, Buffer.alloc(2), ...args));
  } catch (e) {
    console.log('args', args, e.code, e.message);
  }
}
const show = (name, fn) => { try { const r = fn(); console.log(name, 'ok', r); } catch (e) { console.log(name, e.code, e.message); } };
const rd = (...a) => { const b = Buffer.alloc(2); const n = fs.readSync(fd, b, ...a); return [n, b.toString('latin1', 0, n)]; };
show('pos 1.5', () => rd(0, 2, 1.5));
show('pos -1', () => rd(0, 2, -1));
show('pos -2', () => rd(0, 2, -2));
show('pos 3n', () => rd(0, 2, 3n));
show('pos -2n', () => rd(0, 2, -2n));
show('pos "1"', () => rd(0, 2, '1'));
show('pos 2**53', () => rd(0, 2, 2 ** 53));
show('pos 2**63 n', () => rd(0, 2, 2n ** 63n));
show('len 1.5', () => rd(0, 1.5, 0));
show('off 1.5', () => rd(1.5, 1, 0));
show('off -1', () => rd(-1, 1, 0));
show('len 3', () => rd(0, 3, 0));
show('opts', () => rd({ offset: 1, length: 1, position: 4 }));
show('opts pos 1.5', () => rd({ position: 1.5 }));
show('readv pos 1.5', () => fs.readvSync(fd, [Buffer.alloc(2)], 1.5));
show('readv pos "x"', () => fs.readvSync(fd, [Buffer.alloc(2)], 'x'));
show('writev pos 1.5', () => fs.writevSync(fd, [Buffer.from('Z')], 1.5));
show('writev pos 2n', () => fs.writevSync(fd, [Buffer.from('Y')], 2n));
console.log(fs.readFileSync(f, 'latin1'));
try {
  fs.read(fd, Buffer.alloc(2), 0, 2, 1.5, () => console.log('not called'));
} catch (e) {
  console.log('callback position 1.5 throws', e.code);
}
fs.read(fd, Buffer.alloc(2), 0, 2, 5n, (err, n, b) => {
  console.log('callback position 5n', err, n, b.toString());
  fs.write(fd, Buffer.from('Q'), 0, 1, 2.5, (err2) => {
    console.log('write callback position 2.5', err2, fs.readFileSync(f, 'latin1'));
    fs.closeSync(fd);
    fs.rmSync(dir, { recursive: true });
  });
});
