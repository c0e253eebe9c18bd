// env: UV_THREADPOOL_SIZE=1
// (One pool thread: its FIFO queue alone orders the trips, as in node; with four the races
// below go by thread scheduling, which a loaded machine can flip.)
// The callback rm calls back after Node's rimraf's pool trips: a missing path is one (its lstat
// fails), two with `force` (lstat, lstat), a file three (lstat, lstat, unlink); each races
// chains of one-trip operations started after it (with margins: the pool's timing varies).
const fs = require('fs');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-rm-trips-');
fs.writeFileSync(d + '/f', 'x');
const chain = (n, cb) => (n === 0 ? cb() : fs.access(d, () => chain(n - 1, cb)));
const race = (label, start, lengths) => new Promise((resolve) => {
  const order = [];
  let pending = lengths.length + 1;
  const fin = (l) => (e) => {
    order.push(l + (e ? ` ${e.code}` : ''));
    if (--pending === 0) {
      console.log(`${label}: ${order.join(' | ')}`);
      resolve();
    }
  };
  start(fin(label));
  for (const n of lengths) chain(n, fin(`x${n}`));
});
(async () => {
  await race('rm missing force', (cb) => fs.rm(d + '/nope', { force: true }, cb), [1, 4]);
  await race('rm missing', (cb) => fs.rm(d + '/nope', cb), [3]);
  await race('rm file', (cb) => fs.rm(d + '/f', cb), [1, 7]);
  console.log(fs.existsSync(d + '/f'));
  fs.rmSync(d, { recursive: true, force: true });
})();
