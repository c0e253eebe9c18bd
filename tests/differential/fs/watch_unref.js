// An unref'd watcher, or one made with persistent: false, does not keep the process alive;
// ref() makes it count again until close().
const fs = require('fs');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-watch-unref-');
fs.watch(d).unref();
fs.watch(d, { persistent: false });
const w = fs.watch(d, { persistent: false });
w.ref();
setTimeout(() => {
  console.log('closing the ref()d one');
  w.close();
}, 50);
process.on('exit', (c) => { console.log('exit', c); fs.rmSync(d, { recursive: true, force: true }); });
