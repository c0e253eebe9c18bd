// createReadStream highWaterMark sets the chunk size
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-rs-high-water-mark-');
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
fs.writeFileSync(d + '/f', 'abcdefghij');
const sizes = [];
fs.createReadStream(d + '/f', { highWaterMark: 3 })
  .on('data', (c) => sizes.push(c.length))
  .on('end', () => { console.log(sizes.join(',')); cleanup(); });
