// fs.open, fs.read, fs.write, fs.close with callbacks
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-cb-open-read-close-');
const r = (s) => String(s).split(d).join('<tmp>');
const show = (f) => {
  try {
    const v = f();
    console.log('ok', v === undefined ? '' : r(typeof v === 'string' ? v : JSON.stringify(v)));
  } catch (e) {
    console.log(e.code, e.syscall, e.errno, r(e.message));
  }
};
const cleanup = () => fs.rmSync(d, { recursive: true, force: true });
fs.open(d + '/f', 'w+', (err, fd) => {
  console.log('open', err, typeof fd);
  fs.write(fd, 'hello there', (err2, n, str) => {
    console.log('write', err2, n, str);
    const b = new Uint8Array(5);
    fs.read(fd, b, 0, 5, 6, (err3, nr, buf) => {
      console.log('read', err3, nr, String.fromCharCode(...buf), buf === b);
      fs.close(fd, (err4) => { console.log('close', err4); cleanup(); });
    });
  });
});
