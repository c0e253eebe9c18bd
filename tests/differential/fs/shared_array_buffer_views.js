// Views of a SharedArrayBuffer are ArrayBufferViews to fs, as in Node: readSync/writeSync,
// writeFileSync, fs.read, FileHandle read/write/readv/writev, fsPromises.writeFile and a write
// stream all read into and write from them.
const fs = require('fs');
const path = require('path');
const os = require('os');
const fsp = fs.promises;
const d = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeboa-sab-'));
const sab = (s) => {
  const u = new Uint8Array(new SharedArrayBuffer(s.length));
  for (let i = 0; i < s.length; i++) u[i] = s.charCodeAt(i);
  return u;
};
const text = (f) => fs.readFileSync(f, 'latin1');
(async () => {
  const f = d + '/f';
  fs.writeFileSync(f, 'abcdef');
  const fd = fs.openSync(f, 'r+');
  const u = new Uint8Array(new SharedArrayBuffer(4));
  console.log('readSync', fs.readSync(fd, u, 1, 3, 2), [...u]);
  console.log('writeSync', fs.writeSync(fd, sab('ZZZZ'), 1, 2, 4), text(f));
  console.log('readvSync', fs.readvSync(fd, [new Uint8Array(new SharedArrayBuffer(2))], 0));
  fs.closeSync(fd);
  fs.writeFileSync(d + '/g', sab('xyz'));
  fs.appendFileSync(d + '/g', new DataView(sab('!').buffer));
  console.log('writeFileSync', text(d + '/g'));
  await fsp.writeFile(d + '/h', sab('promise'));
  console.log('fsPromises.writeFile', text(d + '/h'));
  const fh = await fsp.open(f, 'r+');
  const v = new Uint8Array(new SharedArrayBuffer(3));
  console.log('FileHandle.read', (await fh.read(v, 0, 3, 1)).bytesRead, [...v]);
  console.log('FileHandle.write', (await fh.write(sab('QQ'), 0, 2, 0)).bytesWritten, text(f));
  console.log('FileHandle.writev', (await fh.writev([sab('R'), sab('S')], 2)).bytesWritten, text(f));
  await fh.close();
  const w = new Uint8Array(new SharedArrayBuffer(2));
  await new Promise((res) => fs.read(fs.openSync(f), w, 0, 2, 0, (e, n) => {
    console.log('fs.read', e, n, [...w]);
    res();
  }));
  await new Promise((res) => {
    const ws = fs.createWriteStream(d + '/w');
    ws.end(sab('stream'), () => {
      console.log('WriteStream', text(d + '/w'));
      res();
    });
  });
  fs.rmSync(d, { recursive: true, force: true });
})();
