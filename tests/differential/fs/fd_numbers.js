// Descriptor numbers as node's: node holds 3-17 itself, so a program's first open is 18, the
// lowest free number after that, and its first standard stream on a pipe (stdout here, at the
// first console.log) takes one more.
const fs = require('fs');
const a = fs.openSync(__filename, 'r');
const b = fs.openSync(__filename, 'r');
fs.closeSync(a);
const c = fs.openSync(__filename, 'r');
console.log('sync', a, b, c);
const d = fs.openSync(__filename, 'r');
fs.open(__filename, (err, e) => {
  console.log('after the first console.log', d, 'callback', e);
  fs.promises.open(__filename).then(async (h) => {
    console.log('promise', h.fd);
    await h.close();
    for (const fd of [b, c, d, e]) fs.closeSync(fd);
    const again = fs.openSync(__filename, 'r');
    console.log('all closed, then', again);
    fs.closeSync(again);
  });
});
