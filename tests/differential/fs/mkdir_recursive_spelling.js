// mkdir({ recursive: true }) as Node's MKDirp: the first directory made is returned as the
// caller spelled it (relative stays relative, 'x/y/' gives 'x', 'a//b//c' gives 'a//b/'),
// an existing file with a trailing slash (or 'file/..') is ENOTDIR, '' is ENOENT, and the
// async forms name a dangling link below the last component with ENOTDIR
const fs = require('fs');
const os = require('os');
const T = fs.mkdtempSync(os.tmpdir() + '/nodeboa-mkdirp-spelling-');
process.chdir(T);
const R = (s) => String(s).split(T).join('<T>');
fs.mkdirSync('dir/sub', { recursive: true });
fs.writeFileSync('dir/a', 'x');
fs.writeFileSync('file', 'x');
fs.symlinkSync('nope', 'dangling');
fs.symlinkSync('dir', 'ldir');
const cases = [
  'ldir/new/', 'dangling/new/', 'dangling', 'x/y/', './q/./r/', 'file/', 'file/..', '', 'file/x/y', '.',
  'nn/..', 'nn2/../nn3', T + '//w1//w2', 'dir/a', 'dir/a/', 'ldir/', Buffer.from('bb/cc'),
];
(async () => {
  for (const mode of ['sync', 'cb', 'prom']) {
    for (const c of cases) {
      let r;
      try {
        if (mode === 'sync') r = fs.mkdirSync(c, { recursive: true });
        else if (mode === 'cb') {
          r = await new Promise((res, rej) => fs.mkdir(c, { recursive: true }, (e, v) => (e ? rej(e) : res(v))));
        } else r = await fs.promises.mkdir(c, { recursive: true });
        console.log(mode, JSON.stringify(R(c)), 'ok', R(r));
      } catch (e) {
        console.log(mode, JSON.stringify(R(c)), e.code, e.syscall, R(e.path), R(e.message));
      }
    }
    for (const d of ['x', 'q', 'nn', 'nn2', 'w1', 'bb', 'ldir/new']) fs.rmSync(d, { recursive: true, force: true });
  }
  process.chdir('/');
  fs.rmSync(T, { recursive: true, force: true });
})();
