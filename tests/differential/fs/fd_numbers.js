// Descriptor numbers as node's: node holds a dozen descriptors itself (a program's first open is
// 17 when node starts with only the standard streams, more when it inherits others, so the
// numbers are printed from the first), a free number is reused lowest first, and node's first
// standard stream on a pipe (stdout here, at the first console.log) takes one more.
const fs = require('fs');
const a = fs.openSync(__filename, 'r');
const b = fs.openSync(__filename, 'r');
fs.closeSync(a);
const c = fs.openSync(__filename, 'r');
const at = (fd) => fd - a;
console.log('first past node\'s own', a >= 17, 'then', at(b), at(c));
const d = fs.openSync(__filename, 'r');
fs.open(__filename, (err, e) => {
  console.log('after the first console.log', at(d), 'callback', at(e));
  fs.promises.open(__filename).then(async (h) => {
    console.log('promise', at(h.fd));
    await h.close();
    for (const fd of [b, c, d, e]) fs.closeSync(fd);
    const again = fs.openSync(__filename, 'r');
    console.log('all closed, then', at(again));
    fs.closeSync(again);
  });
});
