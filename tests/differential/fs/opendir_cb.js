// fs.opendir with a callback, dir.read and dir.close with callbacks
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-opendir-cb-');
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
fs.writeFileSync(d + '/only', '');
fs.opendir(d, (err, dir) => {
  console.log(err, r(dir.path));
  dir.read((err2, ent) => {
    console.log(err2, ent.name);
    dir.read((err3, ent2) => {
      console.log(err3, ent2);
      dir.close((err4) => { console.log('closed', err4); cleanup(); });
    });
  });
});
