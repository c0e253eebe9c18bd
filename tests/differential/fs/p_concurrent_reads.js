// 100 concurrent fs.promises.readFile calls
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-p-concurrent-reads-');
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
for (let i = 0; i < 10; i++) fs.writeFileSync(d + '/f' + i, 'file' + i);
(async () => {
  const all = await Promise.all(Array.from({ length: 100 }, (_, i) => fsp.readFile(d + '/f' + (i % 10), 'utf8')));
  console.log(all.length, all.slice(0, 12).join(','));
  cleanup();
})();
