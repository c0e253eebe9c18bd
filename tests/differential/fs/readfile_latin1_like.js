// reading bytes above 127 as utf8 and as bytes
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-readfile-latin1-like-');
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
fs.writeFileSync(d + '/f', new Uint8Array([0xc3, 0xa9, 0x41]));
console.log(fs.readFileSync(d + '/f', 'utf8'), Array.from(fs.readFileSync(d + '/f')).join(','));
cleanup();
