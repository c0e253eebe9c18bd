// FileHandle: readLines(), readv/writev, read with an options object, and fs.read with one.
const fs = require('fs');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-fh-lines-');
const f = d + '/a.txt';
fs.writeFileSync(f, 'one\ntwo\r\nthree\n\nfive');
(async () => {
  const fh = await fs.promises.open(f, 'r+');
  for await (const line of fh.readLines()) console.log(JSON.stringify(line));
  const fh2 = await fs.promises.open(f, 'r+');
  const w = await fh2.writev([Buffer.from('ONE'), Buffer.from('-')], 0);
  console.log('writev', w.bytesWritten, w.buffers.length);
  const bufs = [Buffer.alloc(2), Buffer.alloc(3)];
  const r = await fh2.readv(bufs, 0);
  console.log('readv', r.bytesRead, bufs.map(String).join('|'));
  const r2 = await fh2.read({ buffer: Buffer.alloc(4), position: 4 });
  console.log('read opts', r2.bytesRead, String(r2.buffer));
  const r3 = await fh2.read(Buffer.alloc(5), { position: 1, length: 3 });
  console.log('read buf+opts', r3.bytesRead, JSON.stringify(String(r3.buffer)));
  await fh2.close();
  const fd = fs.openSync(f, 'r');
  fs.read(fd, { buffer: Buffer.alloc(3), position: 0 }, (err, n, b) => {
    console.log('fs.read opts', err, n, String(b));
    fs.read(fd, Buffer.alloc(4), { position: 4 }, (err2, n2, b2) => {
      console.log('fs.read buf+opts', err2, n2, String(b2));
      fs.closeSync(fd);
      fs.rmSync(d, { recursive: true, force: true });
    });
  });
})();
