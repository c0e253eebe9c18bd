// writeSync's errors are built in JavaScript from the binding's context in Node 20, so their
// own keys come as errno, syscall, code (console.log shows that order); the other sync calls,
// writev and the callback write keep errno, code, syscall.
const fs = require('fs');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-write-key-order-');
fs.writeFileSync(d + '/f', 'abc');
const ro = fs.openSync(d + '/f', 'r');
const show = (label, f) => {
  try {
    f();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, Object.keys(e).join(','));
    console.log({ code: e.code, keys: Object.keys(e), text: String(e) });
  }
};
show('writeSync string', () => fs.writeSync(ro, 'x'));
show('writeSync buffer', () => fs.writeSync(ro, Buffer.from('x')));
show('writeSync bad fd', () => fs.writeSync(4321, Buffer.from('x'), 0, 1, 0));
show('writeFileSync fd buffer', () => fs.writeFileSync(ro, Buffer.from('x')));
show('writeFileSync fd string', () => fs.writeFileSync(ro, 'x'));
show('writevSync', () => fs.writevSync(ro, [Buffer.from('x')]));
show('readSync', () => fs.readSync(4321, Buffer.alloc(1)));
show('fstatSync', () => fs.fstatSync(4321));
try {
  fs.writeSync(ro, 'y');
} catch (e) {
  console.log({ ...e });
}
fs.write(ro, 'x', (err) => {
  console.log('write cb', Object.keys(err).join(','));
  fs.closeSync(ro);
  fs.rmSync(d, { recursive: true, force: true });
});
