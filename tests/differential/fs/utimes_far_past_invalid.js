// Times set by utimes are kept as ext4 keeps them: from 1901-12-13 (-2^31 s; an earlier time is
// stored as that instant), and a time past an i64 of seconds fails EINVAL (libuv's timespec is
// out of range), while the file is looked up first.
const fs = require('fs');
const dir = fs.mkdtempSync('/tmp/nodeboa-fs-utimes-far-');
const file = `${dir}/f`;
fs.writeFileSync(file, '');
const show = (label, atime, mtime) => {
  try {
    fs.utimesSync(file, atime, mtime);
    const s = fs.statSync(file);
    const b = fs.statSync(file, { bigint: true });
    console.log(label, s.atimeMs, s.mtimeMs, s.atime.toISOString(), b.atimeNs, b.mtimeNs);
  } catch (e) {
    console.log(label, e.code, e.syscall, e.message.split(dir).join('<tmp>'));
  }
};
// (A negative number of seconds means "now"; only a Date reaches before 1970.)
const at = (seconds) => new Date(seconds * 1000);
show('1901 edge', at(-(2 ** 31)), at(-(2 ** 31) + 0.5));
show('just before', at(-(2 ** 31) - 1), at(-(2 ** 31) - 0.25));
show('year 1000', new Date('1000-01-01T00:00:00Z'), 0);
show('earliest Date', new Date(-8.64e15), new Date(-8.64e15));
show('1e19 seconds', 1e19, 0);
show('1e19 as a Date', 0, new Date(1e19 * 1000));
show('1e300 seconds', 1e300, 1e300);
try {
  fs.utimesSync(`${dir}/missing`, 1e20, 0);
} catch (e) {
  console.log('missing file first', e.code);
}
fs.utimes(file, at(-1e12), 5, (err) => {
  console.log('callback', err, fs.statSync(file).atimeMs, fs.statSync(file).mtimeMs);
  fs.promises.lutimes(file, 2e19, 1).catch((e) => {
    console.log('promise', e.code, e.syscall);
    fs.rmSync(dir, { recursive: true });
  });
});
