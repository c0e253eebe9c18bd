// size and blocks of small and larger files
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-write-then-stat-blocks-');
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
for (const n of [0, 1, 4096, 4097, 10000]) {
  fs.writeFileSync(d + '/f' + n, 'x'.repeat(n));
  const s = fs.statSync(d + '/f' + n);
  console.log(n, s.size, s.blocks);
}
cleanup();
