// createReadStream start and end are inclusive byte offsets
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-rs-start-end-');
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
fs.writeFileSync(d + '/f', '0123456789');
const parts = [];
fs.createReadStream(d + '/f', { start: 2, end: 5, encoding: 'utf8' })
  .on('data', (c) => parts.push(c))
  .on('close', () => { console.log(parts.join('')); cleanup(); });
