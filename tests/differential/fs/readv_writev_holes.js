// readv/writev check every index of the buffer list: a hole (or a trailing empty slot) is no
// ArrayBufferView, so each form throws ERR_INVALID_ARG_TYPE at once, before any I/O.
const fs = require('fs');
const dir = fs.mkdtempSync('/tmp/nodeboa-fs-readv-holes-');
const file = `${dir}/data`;
fs.writeFileSync(file, 'abcdefgh');
const fd = fs.openSync(file, 'r+');
const withHole = [Buffer.alloc(2), , Buffer.alloc(2)]; // eslint-disable-line no-sparse-arrays
const trailing = [Buffer.alloc(2)];
trailing.length = 2;
const attempt = (label, op) => {
  try {
    const r = op();
    console.log(label, 'returned', r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};
for (const [name, list] of [['hole', withHole], ['trailing', trailing]]) {
  attempt(`readvSync ${name}`, () => fs.readvSync(fd, list, 0));
  attempt(`writevSync ${name}`, () => fs.writevSync(fd, list, 0));
  attempt(`readv ${name}`, () => fs.readv(fd, list, 0, () => console.log('readv called back')));
  attempt(`writev ${name}`, () => fs.writev(fd, list, () => console.log('writev called back')));
}
(async () => {
  const handle = await fs.promises.open(file, 'r+');
  for (const method of ['readv', 'writev']) {
    try {
      await handle[method](withHole, 0);
      console.log(method, 'resolved');
    } catch (e) {
      console.log(`handle.${method}`, e.name, e.code);
    }
  }
  await handle.close();
  fs.closeSync(fd);
  console.log(fs.readFileSync(file, 'utf8'));
  fs.rmSync(dir, { recursive: true });
})();
