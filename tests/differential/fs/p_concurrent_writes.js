// concurrent writeFile calls to different files all land
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-p-concurrent-writes-');
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
(async () => {
  await Promise.all(Array.from({ length: 30 }, (_, i) => fsp.writeFile(d + '/w' + String(i).padStart(2, '0'), String(i))));
  const names = fs.readdirSync(d);
  console.log(names.length, names.slice(0, 5), fs.readFileSync(d + '/w29', 'utf8'));
  cleanup();
})();
