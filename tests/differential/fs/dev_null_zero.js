// /dev/null swallows writes and reads as empty; /dev/zero reads as zeros; both are character
// devices; /dev/stdin, /dev/stdout and /dev/stderr are symlinks into /proc/self/fd.
// NOTE: nothing here may modify the real /dev: node runs this too, often as root (copyFile onto
// /dev/null fails with EINVAL and then unlinks it, as libuv does).
const fs = require('fs');
const os = require('os');
const path = require('path');
const show = (name, f) => {
  try {
    console.log(name, f());
  } catch (e) {
    console.log(name, e.code, e.syscall, e.message);
  }
};
const st = (s) => [s.mode.toString(8), s.size, s.blocks, s.rdev, s.nlink, s.isCharacterDevice(), s.isFile(), s.isFIFO()];
show('stat null', () => st(fs.statSync('/dev/null')));
show('stat zero', () => st(fs.statSync('/dev/zero')));
show('exists', () => ['/dev', '/dev/null', '/dev/zero', '/dev/stdout', '/dev/nothing'].map((p) => fs.existsSync(p)));
show('isDirectory /dev', () => fs.statSync('/dev').isDirectory());
show('write null', () => fs.writeFileSync('/dev/null', 'discarded'));
show('append null', () => fs.appendFileSync('/dev/null', 'discarded'));
show('read null', () => fs.readFileSync('/dev/null').length);
show('read null utf8', () => JSON.stringify(fs.readFileSync('/dev/null', 'utf8')));
show('open w, write, fstat', () => {
  const fd = fs.openSync('/dev/null', 'w');
  const n = fs.writeSync(fd, 'abcdef');
  const s = fs.fstatSync(fd);
  fs.closeSync(fd);
  return [n, s.size, s.isCharacterDevice()];
});
show('open wx', () => fs.openSync('/dev/null', 'wx'));
show('read zero', () => {
  const fd = fs.openSync('/dev/zero', 'r');
  const buf = Buffer.alloc(6, 7);
  const n = fs.readSync(fd, buf, 1, 4, 100);
  fs.closeSync(fd);
  return [n, [...buf]];
});
show('truncate null', () => fs.truncateSync('/dev/null', 0));
show('mkdir under null', () => fs.mkdirSync('/dev/null/x'));
show('readdir under null', () => fs.readdirSync('/dev/null'));
show('access W_OK', () => fs.accessSync('/dev/null', fs.constants.R_OK | fs.constants.W_OK));
show('realpath', () => fs.realpathSync('/dev/null'));
show('lstat stdout', () => fs.lstatSync('/dev/stdout').isSymbolicLink());
show('readlink', () => ['stdin', 'stdout', 'stderr'].map((n) => fs.readlinkSync(`/dev/${n}`)));
show('dirents', () =>
  fs
    .readdirSync('/dev', { withFileTypes: true })
    .filter((d) => ['null', 'zero', 'stdin', 'stdout', 'stderr'].includes(d.name))
    .map((d) => `${d.name}:${d.isCharacterDevice() ? 'c' : ''}${d.isSymbolicLink() ? 'l' : ''}${d.isFile() ? 'f' : ''}`));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'devnull-'));
const copy = path.join(dir, 'copy');
show('copyFile from null', () => {
  fs.copyFileSync('/dev/null', copy);
  return fs.statSync(copy).size;
});
show('stream from null', () => 'started');
fs.createReadStream('/dev/null')
  .on('data', () => console.log('data?'))
  .on('end', () => {
    console.log('stream end');
    fs.promises.readFile('/dev/null').then((b) => {
      console.log('promises.readFile', b.length);
      fs.rmSync(dir, { recursive: true });
    });
  });
