// env: UV_THREADPOOL_SIZE=1
// (One pool thread: its FIFO queue alone orders the trips, as in node; with four the races
// below go by thread scheduling, which a loaded machine can flip.)
// Callback and promise operations that take several trips through Node's pool call back after
// chains of one-trip operations started with them, as in Node: truncate (open, ftruncate, close),
// a recursive mkdir (MKDirpAsync: 2k - 1 trips for k new directories), a
// recursive rm of a tree (rimraf's lstat, rmdir, readdir, children, rmdir), and the promise forms
// of readFile (4), writeFile (3), rm of a file (3). Each races a chain two or more trips shorter
// (closer races, or longer chains, go either way in Node: the pool's threads and syscalls vary).
const fs = require('fs');
const path = require('path');
const os = require('os');
const fsp = fs.promises;
const d = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeboa-multi-trip-'));
fs.writeFileSync(d + '/f', 'abc');
const chain = (n, cb) => (n === 0 ? cb() : fs.access(d, () => chain(n - 1, cb)));
const race = (label, start, lengths) => new Promise((resolve) => {
  const order = [];
  let pending = lengths.length + 1;
  const fin = (l) => (e) => {
    order.push(l + (e ? ` ${e.code}` : ''));
    if (--pending === 0) {
      console.log(`${label}: ${order.join(' | ')}`);
      resolve();
    }
  };
  start(fin(label));
  for (const n of lengths) chain(n, fin(`x${n}`));
});
const p = (promise) => (cb) => promise().then(() => cb(), cb);
const tree = (root) => {
  fs.mkdirSync(root + '/u/v', { recursive: true });
  fs.writeFileSync(root + '/u/v/w', 'w');
  fs.writeFileSync(root + '/top', 't');
};
(async () => {
  // Warm up: the first call of each form loads and compiles its code, which delays it.
  await fsp.truncate(d + '/f', 3);
  await fsp.mkdir(d + '/warm/up', { recursive: true });
  await fsp.rm(d + '/warm', { recursive: true });
  await fsp.writeFile(d + '/f', 'abc');
  await fsp.readFile(d + '/f');
  await new Promise((resolve) => fs.truncate(d + '/f', 3, () => fs.mkdir(d + '/warm', { recursive: true }, () => fs.rm(d + '/warm', { recursive: true }, resolve))));
  await race('truncate', (cb) => fs.truncate(d + '/f', 1, cb), [1]);
  await race('mkdir recursive, 3 new', (cb) => fs.mkdir(d + '/a/b/c', { recursive: true }, cb), [2]);
  tree(d + '/t');
  await race('rm recursive tree', (cb) => fs.rm(d + '/t', { recursive: true }, cb), [5]);
  await race('promise truncate', p(() => fsp.truncate(d + '/f', 2)), [1]);
  await race('promise mkdir recursive, 3 new', p(() => fsp.mkdir(d + '/p/q/r', { recursive: true })), [2]);
  tree(d + '/t2');
  await race('promise rm recursive tree', p(() => fsp.rm(d + '/t2', { recursive: true })), [5]);
  await race('promise rm file', p(() => fsp.rm(d + '/f')), [1]);
  await race('promise writeFile', p(() => fsp.writeFile(d + '/f', 'abc')), [1]);
  await race('promise readFile', p(() => fsp.readFile(d + '/f')), [1]);
  console.log(fs.readdirSync(d).sort().join(','));
  fs.rmSync(d, { recursive: true, force: true });
})();
