// A read at a position past the end reads nothing and leaves the position there (read(2)), so a
// later write lands past the end and leaves a hole of zeros; ftruncate and pwrite do not move it.
const fs = require('fs');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-fd-position-');
const fd = fs.openSync(d + '/f', 'w+');
fs.writeSync(fd, 'hello world');
fs.writeSync(fd, '!', 11);
console.log(fs.readSync(fd, Buffer.alloc(5), 0, 5, 0));
fs.ftruncateSync(fd, 5);
console.log(JSON.stringify(fs.readFileSync(fd, 'utf8')));
fs.appendFileSync(fd, 'XYZ');
console.log(JSON.stringify(fs.readFileSync(d + '/f', 'latin1')));
fs.writeFileSync(fd, 'Q');
console.log(JSON.stringify(fs.readFileSync(d + '/f', 'latin1')));
fs.closeSync(fd);
fs.rmSync(d, { recursive: true });
