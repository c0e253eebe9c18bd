// Uint8Array paths are accepted
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-buffer-paths-');
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
const enc = (s) => Uint8Array.from(Array.from(s, (c) => c.charCodeAt(0)));
fs.writeFileSync(enc(d + '/b.txt'), 'bytes path');
console.log(fs.readFileSync(enc(d + '/b.txt'), 'utf8'), fs.existsSync(enc(d + '/b.txt')));
cleanup();
