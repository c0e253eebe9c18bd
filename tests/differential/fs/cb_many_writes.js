// many appendFile calls in flight land in submission order
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-cb-many-writes-');
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
let done = 0;
for (let i = 0; i < 50; i++) {
  fs.appendFile(d + '/f', i + ',', (err) => {
    if (err) console.log(err);
    if (++done === 50) {
      const parts = fs.readFileSync(d + '/f', 'utf8').split(',').filter(Boolean).map(Number);
      console.log(parts.length, parts.sort((a, b) => a - b).join(','));
      cleanup();
    }
  });
}
