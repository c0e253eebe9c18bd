// A libuv error delivered to a callback carries no JavaScript frames (Node makes it natively on
// completion): its stack is its first line, and util.inspect shows `[Error: ...] { ... }`. Node's
// JavaScript errors (ERR_*) and the promise forms' errors keep frames.
const fs = require('fs');
const util = require('util');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-cb-no-frames-');
const r = (s) => String(s).split(d).join('<tmp>');
const N = d + '/nope';
fs.mkdirSync(d + '/dir');
const ops = [
  ['readFile', (cb) => fs.readFile(N, cb)], ['stat', (cb) => fs.stat(N, cb)], ['lstat', (cb) => fs.lstat(N, cb)],
  ['open', (cb) => fs.open(N, cb)], ['writeFile', (cb) => fs.writeFile(N + '/x', 'x', cb)],
  ['appendFile', (cb) => fs.appendFile(N + '/x', 'x', cb)], ['read', (cb) => fs.read(2 ** 30, Buffer.alloc(1), 0, 1, 0, cb)],
  ['fstat', (cb) => fs.fstat(2 ** 30, cb)], ['close', (cb) => fs.close(2 ** 30, cb)], ['opendir', (cb) => fs.opendir(N, cb)],
  ['access', (cb) => fs.access(N, cb)], ['copyFile', (cb) => fs.copyFile(N, d + '/c', cb)], ['unlink', (cb) => fs.unlink(N, cb)],
  ['rmdir', (cb) => fs.rmdir(N, cb)], ['readlink', (cb) => fs.readlink(N, cb)], ['readdir', (cb) => fs.readdir(N, cb)],
  ['truncate', (cb) => fs.truncate(N, cb)], ['symlink', (cb) => fs.symlink('a', N + '/x', cb)], ['chmod', (cb) => fs.chmod(N, 0o644, cb)],
  ['utimes', (cb) => fs.utimes(N, 1, 1, cb)], ['mkdir', (cb) => fs.mkdir(N + '/a/b', cb)], ['rename', (cb) => fs.rename(N, d + '/b', cb)],
  ['rm', (cb) => fs.rm(N, cb)], ['rm dir', (cb) => fs.rm(d + '/dir', cb)],
  ['stream', (cb) => fs.createReadStream(N).on('error', cb)],
];
const first = (e) => r(util.inspect(e).split('\n')[0]);
(async () => {
  for (const [name, op] of ops) {
    const e = await new Promise((resolve) => op(resolve));
    console.log(name, first(e), e.stack === `${e.name}: ${e.message}`);
  }
  try {
    await fs.promises.stat(N);
  } catch (e) {
    console.log('promise', first(e), e.stack === `${e.name}: ${e.message}`);
  }
  try {
    fs.statSync(N);
  } catch (e) {
    console.log('sync', first(e), e.stack === `${e.name}: ${e.message}`);
  }
  fs.readFile(N, (e) => {
    console.log(r(util.inspect(e)));
    fs.rmSync(d, { recursive: true, force: true });
  });
})();
