// fs.readdir with withFileTypes via callback
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-cb-readdir-types-');
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
fs.mkdirSync(d + '/a');
fs.writeFileSync(d + '/b', '');
fs.readdir(d, { withFileTypes: true }, (err, ents) => {
  console.log(err, ents.map((e) => e.name + (e.isDirectory() ? '/' : '')));
  cleanup();
});
