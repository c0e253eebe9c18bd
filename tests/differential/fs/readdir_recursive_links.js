// Node 20's recursive listings: readdirSync/readdir (names) enter links to directories, because
// they stat each entry (a link loop ends where ELOOP stops it, 40 links deep); withFileTypes and
// opendir enter only real directories; the callback form lists synchronously and calls back at
// once (a missing directory throws); a non-boolean `recursive` is ERR_INVALID_ARG_TYPE.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rdlinks-'));
const f = (n) => path.join(dir, n);
for (const d of ['r/a/a1/a11', 'r/a/a2', 'r/b/b1', 'r/c']) fs.mkdirSync(f(d), { recursive: true });
for (const x of ['r/z.txt', 'r/a/f.txt', 'r/a/a1/g.txt', 'r/b/b1/h.txt', 'r/m.txt']) fs.writeFileSync(f(x), '');
fs.symlinkSync('a', f('r/ln'));
fs.symlinkSync('nowhere', f('r/dangling'));
fs.mkdirSync(f('loop'));
fs.writeFileSync(f('loop/file'), '');
fs.symlinkSync('.', f('loop/self'));
const rel = (e) => path.relative(dir, path.join(e.parentPath, e.name));

console.log(fs.readdirSync(f('r'), { recursive: true }));
console.log(fs.readdirSync(f('r'), { recursive: true, withFileTypes: true }).map(rel));
const loop = fs.readdirSync(f('loop'), { recursive: true });
console.log(loop.length, loop.slice(0, 5), loop[loop.length - 1].split('/').length);
process.chdir(dir);
console.log(fs.readdirSync('./r/b/', { recursive: true }));

let called = false;
fs.readdir(f('r/b'), { recursive: true }, (err, list) => {
  called = true;
  console.log('callback', err, list);
});
console.log('called back before returning:', called);
try {
  fs.readdir(f('missing'), { recursive: true }, () => console.log('not called'));
} catch (e) {
  console.log('threw', e.code, e.syscall);
}
for (const bad of [1, 'yes']) {
  try {
    fs.readdirSync(f('r'), { recursive: bad });
  } catch (e) {
    console.log(e.code, e.message);
  }
}

const d = fs.opendirSync(f('r'), { recursive: true });
const seen = [];
for (let e; (e = d.readSync()) !== null;) seen.push(`${rel(e)}${e.isDirectory() ? '/' : ''}`);
d.closeSync();
console.log('opendir', seen.sort());
(async () => {
  const list = [];
  for await (const e of await fs.promises.opendir(f('r/a'), { recursive: true })) list.push(rel(e));
  console.log('promises.opendir', list.sort());
  console.log('promises.readdir', (await fs.promises.readdir(f('r'), { recursive: true })).sort());
  fs.rmSync(dir, { recursive: true });
})();
