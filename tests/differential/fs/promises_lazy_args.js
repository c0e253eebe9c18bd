// fs/promises argument quirks of Node 20: watch is an async generator that checks nothing until
// the first next(); opendir is the promisified callback form (no arguments at all fails on the
// callback); readlink reports a bad path as "oldPath", in every form.
const fs = require('fs');
const fsp = require('fs/promises');
(async () => {
  const it = fsp.watch();
  console.log(Object.prototype.toString.call(it), typeof it.next, it[Symbol.asyncIterator]() === it);
  try {
    await it.next();
  } catch (e) {
    console.log('watch next', e.code, e.message);
  }
  console.log(await it.next());
  const it2 = fsp.watch(5);
  console.log(await it2.return(7));
  for (const args of [[], [undefined], [5], ['/nonexistent-nodeboa-dir', 'bogus']]) {
    try {
      await fsp.opendir(...args);
    } catch (e) {
      console.log('opendir', args.length, e.code, e.message);
    }
  }
  for (const f of [() => fs.readlinkSync(), () => fs.readlinkSync(5), () => fs.readlink(5, () => {})]) {
    try {
      f();
    } catch (e) {
      console.log('readlink', e.code, e.message);
    }
  }
  try {
    await fsp.readlink({});
  } catch (e) {
    console.log('fsp.readlink', e.code, e.message);
  }
})();
