// Descriptors 1 and 2 are the process's stdout and stderr (pipes under the harness): fs writes
// to them interleave with console.log in program order; /dev/stdout and /dev/stderr reach them by
// path; a pipe has no positions (ESPIPE), and the wrong direction is EBADF.
const fs = require('fs');
const show = (name, f) => {
  try {
    console.log(name, f());
  } catch (e) {
    console.log(name, e.code, e.syscall, e.errno, e.message);
  }
};
console.log('first');
fs.writeSync(1, 'fd 1 string\n');
fs.writeSync(1, Buffer.from('fd 1 buffer, a slice\n'), 0, 13);
fs.writeSync(1, '\n');
process.stdout.write('process.stdout\n');
fs.writeSync(2, 'to stderr (not compared)\n');
fs.writeFileSync('/dev/stdout', 'writeFileSync /dev/stdout\n');
fs.appendFileSync('/dev/stdout', 'appendFileSync /dev/stdout\n');
fs.writeFileSync(1, 'writeFileSync fd 1\n');
fs.writeFileSync('/dev/stderr', 'by path to stderr\n');
const fd = fs.openSync('/dev/stdout', 'w');
console.log('opened /dev/stdout above 2:', fd > 2);
show('write opened', () => fs.writeSync(fd, 'through the opened descriptor\n'));
fs.closeSync(fd);
show('positioned write', () => fs.writeSync(1, 'never\n', 0));
show('positioned writev', () => fs.writevSync(1, [Buffer.from('never\n')], 3));
show('read stdout', () => fs.readSync(1, Buffer.alloc(4)));
show('write stdin', () => fs.writeSync(0, 'x'));
show('ftruncate', () => fs.ftruncateSync(1, 0));
show('fsync', () => fs.fsyncSync(1));
show('fdatasync', () => fs.fdatasyncSync(2));
const s = fs.fstatSync(1);
console.log('fstat 1', s.mode.toString(8), s.isFIFO(), s.isFile(), s.isCharacterDevice(), s.size, s.nlink, s.blocks, s.rdev);
fs.write(1, 'async fs.write\n', (err, n) => {
  console.log('write callback', err, n);
  fs.promises.writeFile('/dev/stdout', 'promises.writeFile\n').then(() => console.log('promise resolved'));
});
