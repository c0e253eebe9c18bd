// A null offset in writeSync, fs.write and FileHandle.write counts as empty options (Node 20's
// `typeof offset === 'object'`): the length and position after it are dropped, so the whole
// buffer goes to the current position. An undefined offset keeps them; fs.read and
// FileHandle.read take a null offset as 0.
const fs = require('fs');
const path = require('path');
const os = require('os');
const d = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeboa-write-null-offset-'));
const f = d + '/f';
fs.writeFileSync(f, '0123456789');
const fd = fs.openSync(f, 'r+');
const text = () => fs.readFileSync(f, 'latin1');
console.log('writeSync null', fs.writeSync(fd, Buffer.from('AB'), null, 1, 5), text());
console.log('writeSync undefined', fs.writeSync(fd, Buffer.from('CD'), undefined, 1, 7), text());
const b = Buffer.alloc(4);
console.log('readSync null', fs.readSync(fd, b, null, 2, 0), b.toString('latin1'));
fs.write(fd, Buffer.from('EF'), null, 1, 0, (e, n) => {
  console.log('write null', e, n, text());
  const b2 = Buffer.alloc(4);
  fs.read(fd, b2, null, 2, 0, (e2, n2) => {
    console.log('read null', e2, n2, JSON.stringify(b2.toString('latin1')));
    (async () => {
      const fh = await fs.promises.open(f, 'r+');
      const w = await fh.write(Buffer.from('GH'), null, 1, 2);
      console.log('FileHandle.write null', w.bytesWritten, text());
      const b3 = Buffer.alloc(4);
      const r = await fh.read(b3, null, 2, 3);
      console.log('FileHandle.read null', r.bytesRead, JSON.stringify(b3.toString('latin1')));
      await fh.close();
      fs.closeSync(fd);
      fs.rmSync(d, { recursive: true, force: true });
    })();
  });
});
