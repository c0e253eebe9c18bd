// Which operations change mtime and ctime, as Linux does: attribute changes (chmod, chown,
// rename, link counts) touch ctime only; truncate touches both even at the same size; a write
// of 0 bytes touches nothing; a directory's times change when its entries do. A 5 ms wait
// separates each operation from the stat before it.
const fs = require('fs');
const path = require('path');
const d = fs.mkdtempSync(path.join(require('os').tmpdir(), 'times-'));
const f = path.join(d, 'f');
fs.writeFileSync(f, 'hello');
const wait = () => { const t = Date.now() + 5; while (Date.now() < t); };
const check = (name, target, op, lstat = false) => {
  const st = () => (lstat ? fs.lstatSync(target) : fs.statSync(target));
  const a = st(); wait(); op(); const b = st();
  console.log(name, 'mtime', b.mtimeMs !== a.mtimeMs, 'ctime', b.ctimeMs !== a.ctimeMs);
};
check('chmod', f, () => fs.chmodSync(f, 0o600));
check('chown same', f, () => fs.chownSync(f, process.getuid(), process.getgid()));
fs.renameSync(f, path.join(d, 'g'));
const g = path.join(d, 'g');
check('rename inode', g, () => { fs.renameSync(g, path.join(d, 'h')); fs.renameSync(path.join(d, 'h'), g); });
check('link target', g, () => fs.linkSync(g, path.join(d, 'hl')));
check('unlink other link', g, () => fs.unlinkSync(path.join(d, 'hl')));
check('truncate same size', g, () => fs.truncateSync(g, 5));
check('truncate smaller', g, () => fs.truncateSync(g, 3));
check('write 0 bytes', g, () => { const fd = fs.openSync(g, 'r+'); fs.writeSync(fd, Buffer.alloc(0)); fs.closeSync(fd); });
check('open w (trunc)', g, () => fs.closeSync(fs.openSync(g, 'w')));
check('append empty', g, () => fs.appendFileSync(g, ''));
check('dir: create entry', d, () => fs.writeFileSync(path.join(d, 'new'), ''));
check('dir: write existing entry', d, () => fs.writeFileSync(path.join(d, 'new'), 'x'));
check('dir: unlink entry', d, () => fs.unlinkSync(path.join(d, 'new')));
check('dir: mkdir sub', d, () => fs.mkdirSync(path.join(d, 'sub')));
check('dir: rename within', d, () => fs.renameSync(path.join(d, 'sub'), path.join(d, 'sub2')));
check('utimes', g, () => fs.utimesSync(g, 5, 6));
check('symlink lutimes', d, () => fs.symlinkSync('g', path.join(d, 'sl')));
check('access', g, () => fs.accessSync(g));
check('read', g, () => fs.readFileSync(g));
fs.rmSync(d, { recursive: true });
