// The callback forms check their arguments in Node 20's order, each taking its callback from its
// own position (chmod(p, 5) reports the missing callback as undefined, not 5): every callback
// function under a spread of argument patterns, the synchronous throw printed.
const fs = require('fs');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-cb-arg-order-');
const r = (s) => String(s).split(d).join('<tmp>');
// Relative names ('x') are made by some patterns: they land in the temporary directory.
process.chdir(d);
const P = d + '/f';
const Q = d + '/g';
const BAD = 2 ** 30;
const noop = () => {};
const fd = fs.openSync(d + '/keep', 'w+');
const pathFns = ['access', 'appendFile', 'chmod', 'chown', 'copyFile', 'cp', 'exists', 'lchown', 'link', 'lstat',
  'lutimes', 'mkdir', 'mkdtemp', 'open', 'opendir', 'readdir', 'readFile', 'readlink', 'realpath', 'rename', 'rmdir',
  'stat', 'statfs', 'symlink', 'truncate', 'unlink', 'utimes', 'writeFile'];
const fdFns = ['fchmod', 'fchown', 'fdatasync', 'fstat', 'fsync', 'ftruncate', 'futimes', 'read', 'readv', 'write',
  'writev'];
const patterns = (A, B) => [[], [B], [A], [A, 'x'], [A, 5], [B, noop], [A, {}, 'x'], [A, 'x', 'y'], [A, 1, 'x'],
  [A, 1, 1, 'x'], [A, 1, 1], [B, 1, 1, noop], [A, 'x', noop], [A, {}], [A, undefined, undefined], [A, Q],
  [B, Q, noop], [A, 5, noop], [A, Q, 'x']];
const fmt = (a) => a.map((x) => (x === noop ? 'cb' : x === P ? 'P' : x === Q ? 'Q' : x === fd ? 'FD' : x === BAD ? 'BAD'
  : JSON.stringify(x))).join(',');
const run = (name, args) => {
  fs.writeFileSync(P, 'abc');
  fs.rmSync(Q, { force: true, recursive: true });
  let out;
  try {
    fs[name](...args);
    out = 'ok';
  } catch (e) {
    out = `${e.code} ${r(e.message)}`;
  }
  console.log(`${name}(${fmt(args)})`, out);
};
for (const name of pathFns) for (const args of patterns(P, BAD)) run(name, args);
for (const name of fdFns) for (const args of patterns(fd, BAD)) run(name, args);
for (const args of [[], ['x'], [BAD, 'x'], [fd, 'x']]) run('close', args);
for (const args of [[5], [P, 'x'], [P, { force: 'x' }, noop], [P, { recursive: 1 }]]) run('rm', args);
const b = Buffer.from('abcdef');
const writes = [[fd, 'str'], [fd, 'str', noop], [fd, 'str', 0, noop], [fd, 'abc', 0, 'hex', noop], [fd, 'abc', 0, 'hex'],
  [fd, 'str', 'x'], [fd, 'str', 0, 'utf8'], [fd, 'str', noop, 'x'], [fd, b], [fd, b, noop], [fd, b, 0, noop],
  [fd, b, 0, 2, noop], [fd, b, {}, noop], [fd, b, 'x', noop], [fd, b, 7, noop], [fd, b, 0, 7, noop],
  [fd, b, 0, 2, 0], [fd, b, 0, 2, 0, 'x'], [fd, b, null, null, null, noop], [fd, 5, noop], [fd, null, noop],
  ['x', b, noop], [fd, b, noop, 1]];
for (const args of writes) run('write', args);
setTimeout(() => {
  fs.closeSync(fd);
  process.chdir('/');
  fs.rmSync(d, { recursive: true, force: true });
}, 50);
