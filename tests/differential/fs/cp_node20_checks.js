// cpSync as Node 20's cp-sync: messages name the paths as given (relative stays relative);
// dest is lstat'ed (a link to a directory is a non-directory unless dereference); a file over a
// link replaces the link; missing parents are made; the filter runs first, on every entry; a
// directory's mode is set after its contents; verbatimSymlinks keeps a relative target; the
// same file reached two ways is refused; checks that node makes per entry apply below the top.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cp20-'));
process.chdir(dir);
const show = (name, fn) => {
  try {
    console.log(name, JSON.stringify(fn()));
  } catch (e) {
    console.log(name, 'ERR', e.code, e.errno, e.syscall, e.message.replaceAll(dir, 'D'));
  }
};
fs.mkdirSync('src/sub', { recursive: true });
fs.writeFileSync('src/a.txt', 'A');
fs.writeFileSync('src/sub/b.txt', 'B');
fs.chmodSync('src/sub', 0o750);
fs.symlinkSync('a.txt', 'src/link');
fs.mkdirSync('other');
fs.symlinkSync('other', 'dirlink');
fs.writeFileSync('target.txt', 'T');
fs.symlinkSync('target.txt', 'filelink');
show('dir onto a link to a dir', () => fs.cpSync('src', 'dirlink', { recursive: true }));
show('dereferenced', () => {
  fs.cpSync('src', 'dirlink', { recursive: true, dereference: true });
  return fs.readdirSync('other');
});
show('file onto a file link', () => {
  fs.cpSync('src/a.txt', 'filelink');
  return [fs.lstatSync('filelink').isSymbolicLink(), fs.readFileSync('target.txt', 'utf8'), fs.readFileSync('filelink', 'utf8')];
});
show('missing parents', () => {
  fs.cpSync('src/a.txt', 'x/y/z/a.txt');
  return fs.readFileSync('x/y/z/a.txt', 'utf8');
});
show('directory mode', () => {
  fs.cpSync('src', 'c1', { recursive: true });
  return [(fs.statSync('c1/sub').mode & 0o777).toString(8), fs.readlinkSync('c1/link').replaceAll(dir, 'D')];
});
show('verbatimSymlinks', () => {
  fs.cpSync('src', 'c2', { recursive: true, verbatimSymlinks: true });
  return fs.readlinkSync('c2/link');
});
show('EXCL mode over an existing file (force unlinks first)', () => {
  fs.cpSync('src/a.txt', 'c1/a.txt', { mode: fs.constants.COPYFILE_EXCL });
  return 'copied';
});
fs.mkdirSync('mix/a.txt', { recursive: true });
show('nested directory where a file goes', () => fs.cpSync('src', 'mix', { recursive: true }));
const seen = [];
show('filter false at the top', () => {
  fs.cpSync('src', 'c3', { recursive: true, filter: (s, d) => seen.push([s, d]) && false });
  return [fs.existsSync('c3'), seen];
});
show('filter keeps directories', () => {
  fs.cpSync('src', 'c4', { recursive: true, filter: (s) => !s.endsWith('.txt') });
  return fs.readdirSync('c4', { recursive: true });
});
show('not recursive', () => fs.cpSync('src', 'c5'));
show('directory onto a file', () => fs.cpSync('src', 'target.txt', { recursive: true }));
show('file onto a directory', () => fs.cpSync('src/a.txt', 'c1'));
show('into itself', () => fs.cpSync('src', 'src/sub/inner', { recursive: true }));
show('missing source', () => fs.cpSync('nope', 'c6'));
show('same file two ways', () => fs.cpSync('src/a.txt', './src/./a.txt'));
show('same directory', () => fs.cpSync('src', 'src', { recursive: true }));
show('force false keeps', () => {
  fs.writeFileSync('keep.txt', 'old');
  fs.cpSync('src/a.txt', 'keep.txt', { force: false });
  return fs.readFileSync('keep.txt', 'utf8');
});
show('errorOnExist', () => fs.cpSync('src/a.txt', 'keep.txt', { force: false, errorOnExist: true }));
process.chdir('/');
fs.rmSync(dir, { recursive: true, force: true });
