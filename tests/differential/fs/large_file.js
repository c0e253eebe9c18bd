// a 1 MiB file round-trips
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-large-file-');
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
const s = 'abcdefgh'.repeat(131072);
fs.writeFileSync(d + '/big', s);
const back = fs.readFileSync(d + '/big', 'utf8');
console.log(back.length, back === s, fs.statSync(d + '/big').size, fs.statSync(d + '/big').blocks);
cleanup();
