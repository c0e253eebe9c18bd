// stdin: first line\nsecond line\nthird line without newline
// Descriptor 0 is stdin (a pipe under the harness): readFileSync(0) reads it to its end, then
// /dev/stdin has nothing left; a positioned read of a pipe is ESPIPE; fstat says FIFO.
const fs = require('fs');
const s = fs.fstatSync(0);
console.log('fstat 0', s.isFIFO(), s.isFile(), s.size);
try {
  fs.readSync(0, Buffer.alloc(4), 0, 4, 0);
} catch (e) {
  console.log(e.code, e.syscall, e.message);
}
const text = fs.readFileSync(0, 'utf8');
console.log(JSON.stringify(text));
console.log(text.split('\n').map((line) => line.length));
console.log('left', JSON.stringify(fs.readFileSync('/dev/stdin', 'utf8')));
console.log('readSync at the end', fs.readSync(0, Buffer.alloc(8)));
