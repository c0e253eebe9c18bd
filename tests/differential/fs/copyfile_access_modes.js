// copyFile's mode bits: COPYFILE_FICLONE falls back to a copy; COPYFILE_FICLONE_FORCE fails
// with ENOTSUP where blocks cannot be shared (ext4, tmpfs: what node sees here; the VFS never
// shares) and removes the destination it made; EXCL is checked first. Modes are checked as
// node's C++ checks them (copyFile's and access's alike): a fraction is cut off, NaN and
// Infinity are out of range without bounds, a non-number is ERR_INVALID_ARG_TYPE.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cfmodes-'));
const src = path.join(dir, 'src');
const dst = path.join(dir, 'dst');
fs.writeFileSync(src, 'abc');
const { COPYFILE_EXCL, COPYFILE_FICLONE, COPYFILE_FICLONE_FORCE } = fs.constants;
console.log(COPYFILE_EXCL, COPYFILE_FICLONE, COPYFILE_FICLONE_FORCE);
for (const mode of [0, 1, 2, 3, 4, 5, 6, 7, 8, -1, 1.5, 4.5, -0.5, 7.9, 2 ** 31, NaN, Infinity, '1', true, null]) {
  fs.rmSync(dst, { force: true });
  try {
    fs.copyFileSync(src, dst, mode);
    console.log(mode, 'copied', fs.readFileSync(dst, 'utf8'));
  } catch (e) {
    console.log(mode, e.code, e.syscall, e.message.replaceAll(dir, 'D'), 'dst left:', fs.existsSync(dst));
  }
}
for (const mode of [1.5, -0.5, 7.9, 8, NaN, '1']) {
  try {
    fs.accessSync(dir, mode);
    console.log('access', mode, 'ok');
  } catch (e) {
    console.log('access', mode, e.code, e.message);
  }
}
fs.writeFileSync(dst, 'old');
try {
  fs.copyFileSync(src, dst, COPYFILE_EXCL | COPYFILE_FICLONE_FORCE);
} catch (e) {
  console.log('existing + EXCL|FORCE', e.code, fs.readFileSync(dst, 'utf8'));
}
fs.copyFile(src, path.join(dir, 'cb'), COPYFILE_FICLONE_FORCE, (err) => {
  console.log('callback', err.code, fs.existsSync(path.join(dir, 'cb')));
  fs.promises.copyFile(src, path.join(dir, 'p'), COPYFILE_FICLONE).then(() => {
    console.log('promise FICLONE', fs.readFileSync(path.join(dir, 'p'), 'utf8'));
    fs.rmSync(dir, { recursive: true });
  });
});
