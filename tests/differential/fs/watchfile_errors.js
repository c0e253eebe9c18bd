// fs.watchFile and fs.unwatchFile argument errors.
const fs = require('fs');
const tryIt = (f) => {
  try {
    f();
    console.log('ok');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
};
tryIt(() => fs.watchFile('/tmp/x'));
tryIt(() => fs.watchFile('/tmp/x', {}));
tryIt(() => fs.watchFile('/tmp/x', { interval: 'a' }, () => {}));
tryIt(() => fs.watchFile(5, () => {}));
tryIt(() => fs.unwatchFile(5));
tryIt(() => fs.unwatchFile('/tmp/never-watched'));
tryIt(() => fs.watchFile('/tmp/x\0y', () => {}));
