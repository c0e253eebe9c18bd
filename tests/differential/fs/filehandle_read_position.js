// FileHandle#read does not validate its position (Node 20): anything but a safe integer, and a
// negative one, reads from the current position; fs.readSync still validates.
const fs = require('fs');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-fh-read-pos-');
fs.writeFileSync(d + '/f', 'abcdefghij');
(async () => {
  for (const pos of [-2, 1.5, 'x', '3', 3n, -5n, 2n ** 70n, {}, true, NaN, Infinity, 2 ** 60, 4, null, undefined]) {
    const fh = await fs.promises.open(d + '/f', 'r');
    const label = typeof pos === 'bigint' ? pos + 'n' : typeof pos === 'object' && pos ? '{}' : String(pos);
    const a = await fh.read(Buffer.alloc(3), 0, 3, pos);
    const b = await fh.read({ buffer: Buffer.alloc(3), position: pos });
    const c = await fh.read(Buffer.alloc(3), { position: pos });
    console.log(label, a.bytesRead, a.buffer.toString(), b.buffer.toString(), c.buffer.toString());
    await fh.close();
  }
  const fd = fs.openSync(d + '/f');
  for (const pos of [-2, 1.5, 'x', 2n ** 70n]) {
    try {
      fs.readSync(fd, Buffer.alloc(3), 0, 3, pos);
    } catch (e) {
      console.log('readSync', e.code, e.message);
    }
  }
  fs.closeSync(fd);
  fs.rmSync(d, { recursive: true, force: true });
})();
