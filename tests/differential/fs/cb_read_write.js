// fs.writeFile then fs.readFile with callbacks
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-cb-read-write-');
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
fs.writeFile(d + '/f', 'async data', (err) => {
  console.log('written', err);
  fs.readFile(d + '/f', 'utf8', (err2, data) => {
    console.log('read', err2, data);
    cleanup();
  });
});
console.log('sync end');
