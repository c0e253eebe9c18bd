// readv into no buffers at all is libuv's EINVAL (syscall read) in every form, even on a closed
// descriptor, where writev of none is a no-op; read/write/readv/writev callbacks get (err, 0, buffers).
const fs = require('fs');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-readv-empty-');
fs.writeFileSync(d + '/f', 'hello');
const show = (label, e, n) => console.log(label, e ? `${e.code} ${e.syscall} ${e.errno} ${e.message}` : null, n);
const fd = fs.openSync(d + '/f', 'r+');
try {
  fs.readvSync(fd, []);
} catch (e) {
  show('readvSync', e);
}
console.log('writevSync', fs.writevSync(fd, []));
fs.readv(fd, [], (e, n, bufs) => {
  show('readv', e, n);
  console.log(Array.isArray(bufs), bufs.length);
  fs.writev(fd, [], (e2, n2) => {
    show('writev', e2, n2);
    fs.closeSync(fd);
    try {
      fs.readvSync(fd, []);
    } catch (e3) {
      show('readvSync closed', e3);
    }
    const b = Buffer.alloc(2);
    fs.read(fd, b, 0, 2, 0, (e4, n4, buf) => {
      show('read closed', e4, n4);
      console.log(buf === b);
      fs.write(fd, b, 0, 2, 0, (e5, n5, buf5) => {
        show('write closed', e5, n5);
        console.log(buf5 === b);
        fs.writev(fd, [b], (e6, n6, bufs6) => {
          show('writev closed', e6, n6);
          console.log(bufs6[0] === b);
          promises();
        });
      });
    });
  });
});
async function promises() {
  const fh = await fs.promises.open(d + '/f', 'r+');
  try {
    await fh.readv([]);
  } catch (e) {
    show('fh.readv', e);
  }
  console.log('fh.writev', (await fh.writev([])).bytesWritten);
  await fh.close();
  fs.rmSync(d, { recursive: true, force: true });
}
