// fs.cp with a callback
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-cb-cp-');
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
fs.mkdirSync(d + '/s');
fs.writeFileSync(d + '/s/f', 'x');
fs.cp(d + '/s', d + '/t', { recursive: true }, (err) => {
  console.log(err, fs.readdirSync(d + '/t'));
  cleanup();
});
