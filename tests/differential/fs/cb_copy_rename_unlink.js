// fs.copyFile, fs.rename, fs.unlink with callbacks
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-cb-copy-rename-unlink-');
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
fs.writeFileSync(d + '/a', 'x');
fs.copyFile(d + '/a', d + '/b', (err) => {
  console.log('copy', err);
  fs.rename(d + '/b', d + '/c', (err2) => {
    console.log('rename', err2, fs.readdirSync(d));
    fs.unlink(d + '/c', (err3) => {
      console.log('unlink', err3, fs.readdirSync(d));
      fs.unlink(d + '/c', (err4) => { console.log(err4.code, err4.syscall); cleanup(); });
    });
  });
});
