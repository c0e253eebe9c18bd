// fs.createReadStream/createWriteStream options.fd (a number or a FileHandle, else ERR_INVALID_ARG_TYPE),
// FileHandle with options.fs (ERR_METHOD_NOT_IMPLEMENTED), a closed handle's -1, options.fs and
// options.flush checks in Node's order, the streams' own keys, autoClose as a getter, destroy closing an fd
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeboa-fs-stream-fd-'));
const f = path.join(dir, 'a.txt');
fs.writeFileSync(f, 'abc');
const show = (fn) => {
  try {
    const s = fn();
    console.log('ok', s.constructor.name);
    s.destroy();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
};
(async () => {
  for (const fd of [{}, '3', true, [], 1n, -1, 1.5, 2 ** 31, -0]) {
    show(() => fs.createReadStream(null, { fd, autoClose: false }));
    show(() => fs.createWriteStream(null, { fd, autoClose: false }));
  }
  show(() => fs.createReadStream(null, { fd: null }));
  const fh = await fs.promises.open(f);
  show(() => fs.createReadStream(null, { fd: fh, fs: {} }));
  show(() => fs.createWriteStream(null, { fd: fh, fs: { open() {} } }));
  await fh.close();
  show(() => fs.createReadStream(null, { fd: fh }));
  show(() => fh.createReadStream());
  show(() => fh.createWriteStream());
  const fns = () => {};
  for (const custom of [{ open: 1 }, {}, { open: fns, read: 1 }, { open: fns, read: fns }, { open: fns, read: fns, close: 1 }]) {
    show(() => fs.createReadStream(f, { fs: custom }));
  }
  show(() => fs.createReadStream(f, { fs: { open: fns, read: fns }, autoClose: false, start: -1 }));
  for (const custom of [{ open: fns }, { open: fns, write: 1 }, { open: fns, writev: 1, close: fns },
    { open: fns, write: fns, writev: 1, close: fns }, { open: fns, write: fns }]) {
    show(() => fs.createWriteStream(f, { fs: custom }));
  }
  show(() => fs.createWriteStream(f, { fs: { open: fns, write: fns, close: fns }, flush: 1 }));
  show(() => fs.createWriteStream(f, { flush: 'yes' }));
  const fd = fs.openSync(f);
  const rs = fs.createReadStream(null, { fd, autoClose: false });
  console.log(Object.keys(rs).filter((k) => !k.startsWith('_')), rs.flags, rs.mode, rs.autoClose);
  rs.autoClose = true;
  console.log(rs.autoClose, Object.getOwnPropertyNames(rs).includes('autoClose'));
  rs.destroy();
  rs.on('close', () => {
    try { fs.fstatSync(fd); console.log('still open'); } catch (e) { console.log('destroy closed it', e.code); }
    const ws = fs.createWriteStream(path.join(dir, 'b.txt'), { flags: 'a' });
    console.log(Object.keys(ws).filter((k) => !k.startsWith('_')), ws.flags, ws.mode, ws.flush, ws.autoClose, ws.pending);
    ws.on('ready', () => console.log('ready', ws.pending));
    ws.end('x', () => {
      console.log('ended', ws.bytesWritten);
      const rs2 = fs.ReadStream(f, { start: 1 });
      console.log(rs2 instanceof fs.ReadStream, rs2 instanceof require('stream').Readable, fs.WriteStream.name);
      rs2.on('data', (d) => console.log('rs2', String(d)));
      rs2.on('close', () => fs.rmSync(dir, { recursive: true }));
    });
  });
})();
