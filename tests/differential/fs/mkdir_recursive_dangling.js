// mkdir -p meets a dangling symlink: ENOENT (its stat's answer), naming the path asked for, in
// every form; a symlink to a directory is walked through.
const fs = require('fs');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-mkdirp-dangling-');
const r = (s) => String(s).split(d).join('<tmp>');
fs.symlinkSync('nowhere', d + '/dang');
fs.mkdirSync(d + '/dir');
fs.symlinkSync('dir', d + '/ld');
const t = (label, f) => {
  try {
    console.log(label, 'ok', r(f()));
  } catch (e) {
    console.log(label, e.code, e.syscall, r(e.path), r(e.message));
  }
};
t('over dangling', () => fs.mkdirSync(d + '/dang', { recursive: true }));
t('under dangling', () => fs.mkdirSync(d + '/dang/x/y', { recursive: true }));
t('through link', () => fs.mkdirSync(d + '/ld/sub/x', { recursive: true }));
t('over link', () => fs.mkdirSync(d + '/ld', { recursive: true }));
console.log(fs.existsSync(d + '/nowhere'), fs.readdirSync(d + '/dir').join(','));
fs.mkdir(d + '/dang/z', { recursive: true }, (e) => {
  console.log('cb', e.code, r(e.message));
  fs.promises.mkdir(d + '/dang', { recursive: true }).catch((e2) => {
    console.log('promise', e2.code, r(e2.message));
    fs.rmSync(d, { recursive: true, force: true });
  });
});
