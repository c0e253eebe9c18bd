// Following a symlink reads it: Linux moves the link's own atime (relatime: only while it is not
// newer than the link's mtime and ctime), as readlink does. lstat shows it; the target's is its own.
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'symlink-atime-'));
const file = path.join(dir, 'f');
const link = path.join(dir, 'l');
const sub = path.join(dir, 'sub');
const dirLink = path.join(dir, 'dl');
fs.writeFileSync(file, 'x');
fs.mkdirSync(sub);
fs.writeFileSync(path.join(sub, 'inner'), 'y');
fs.symlinkSync('f', link);
fs.symlinkSync('sub', dirLink);

const pause = () => { const t = Date.now(); while (Date.now() - t < 15); };
const atime = (p) => fs.lstatSync(p).atimeMs;

let before = atime(link);
pause();
fs.readFileSync(link);
console.log('first read through the link moves its atime:', atime(link) > before);
before = atime(link);
pause();
fs.readFileSync(link);
console.log('a second read leaves it (relatime):', atime(link) === before);

before = atime(dirLink);
pause();
fs.statSync(path.join(dirLink, 'inner'));
console.log('a link in the middle of a path moves too:', atime(dirLink) > before);

// lstat and a no-follow open never read the link.
const fresh = path.join(dir, 'fresh');
fs.symlinkSync('f', fresh);
before = atime(fresh);
pause();
fs.lstatSync(fresh);
console.log('lstat leaves it:', atime(fresh) === before);
fs.readlinkSync(fresh);
console.log('readlink moves it:', atime(fresh) > before);

fs.rmSync(dir, { recursive: true });
