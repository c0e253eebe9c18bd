// fchmod, fchown and futimes check their other arguments before the descriptor (Node 20), and
// futimes names its times atime and mtime; an invalid Date is utimensat's EINVAL once the file
// is found (ENOENT first).
const fs = require('fs');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-futimes-order-');
const r = (s) => String(s).split(d).join('<tmp>');
fs.writeFileSync(d + '/f', 'x');
const fd = fs.openSync(d + '/f', 'r');
const t = (label, f) => {
  try {
    f();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.code, r(e.message), e.syscall);
  }
};
t('futimesSync()', () => fs.futimesSync());
t('futimesSync bad atime', () => fs.futimesSync(fd, 'x', 1));
t('futimesSync bad mtime', () => fs.futimesSync(fd, 1, {}));
t('futimesSync bad fd', () => fs.futimesSync('x', 1, 1));
t('futimesSync -1', () => fs.futimesSync(-1, 1, 1));
t('fchmodSync()', () => fs.fchmodSync());
t('fchmodSync bad fd', () => fs.fchmodSync('x', 0o644));
t('fchownSync()', () => fs.fchownSync());
t('fchownSync bad gid', () => fs.fchownSync('x', 1, 'g'));
t('fchownSync bad fd', () => fs.fchownSync('x', 1, 1));
t('utimesSync()', () => fs.utimesSync(d + '/f'));
t('utimesSync NaN date', () => fs.utimesSync(d + '/f', new Date(NaN), 1));
t('utimesSync NaN date missing', () => fs.utimesSync(d + '/nope', 1, new Date('x')));
t('lutimesSync NaN date', () => fs.lutimesSync(d + '/f', 1, new Date(NaN)));
t('futimesSync NaN date', () => fs.futimesSync(fd, new Date(NaN), new Date(NaN)));
t('futimesSync ok', () => fs.futimesSync(fd, 1.5, new Date(2500)));
console.log(fs.fstatSync(fd).atimeMs, fs.fstatSync(fd).mtimeMs);
fs.utimes(d + '/f', new Date(NaN), 1, (e) => {
  console.log('utimes cb', e.code, r(e.message));
  (async () => {
    const fh = await fs.promises.open(d + '/f', 'r');
    try {
      await fh.utimes('x', 1);
    } catch (e2) {
      console.log('fh.utimes', e2.code, e2.message);
    }
    try {
      await fh.utimes(new Date(NaN), 1);
    } catch (e2) {
      console.log('fh.utimes NaN', e2.code, e2.message);
    }
    await fh.close();
    fs.closeSync(fd);
    fs.rmSync(d, { recursive: true, force: true });
  })();
});
