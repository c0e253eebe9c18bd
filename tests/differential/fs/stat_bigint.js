// statSync with bigint: true
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-stat-bigint-');
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
fs.writeFileSync(d + '/f', 'hello');
const s = fs.statSync(d + '/f', { bigint: true });
console.log(Object.keys(s).join(','));
console.log(typeof s.size, s.size, typeof s.mtimeNs, s.mtimeNs / 1000000n === s.mtimeMs, s.isFile());
console.log(s.mode.toString(8), s.nlink);
cleanup();
