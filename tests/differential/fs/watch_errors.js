// fs.watch argument and system errors.
const fs = require('fs');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-watch-errors-');
const r = (s) => String(s).split(d).join('<tmp>');
const tryIt = (f) => {
  try {
    const w = f();
    console.log('ok', w.constructor.name);
    w.close();
  } catch (e) {
    console.log(e.name, e.code, e.errno, e.syscall, r(e.path), r(e.filename), r(e.message));
  }
};
tryIt(() => fs.watch(d + '/missing'));
tryIt(() => fs.watch(d + '/missing/deeper'));
tryIt(() => fs.watch(123));
tryIt(() => fs.watch(d, 5));
tryIt(() => fs.watch(d, { encoding: 'bogus' }));
tryIt(() => fs.watch(d, { recursive: 'yes' }));
tryIt(() => fs.watch(d, { signal: {} }));
tryIt(() => fs.watch(d, 'utf8'));
tryIt(() => fs.watch(new URL('file://' + d)));
tryIt(() => fs.watch(Buffer.from(d)));
process.on('exit', () => fs.rmSync(d, { recursive: true, force: true }));
