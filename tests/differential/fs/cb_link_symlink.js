// fs.link, fs.symlink, fs.readlink with callbacks
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-cb-link-symlink-');
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
fs.writeFileSync(d + '/f', 'x');
fs.link(d + '/f', d + '/h', (err) => {
  console.log('link', err);
  fs.symlink('f', d + '/s', (err2) => {
    console.log('symlink', err2);
    fs.readlink(d + '/s', (err3, t) => { console.log('readlink', err3, t); cleanup(); });
  });
});
