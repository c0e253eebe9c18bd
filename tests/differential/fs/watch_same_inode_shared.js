// Watchers of one inode (directly or through a symlink) share one inotify watch, as in libuv:
// a writeFileSync's two equal IN_MODIFY events reach each watcher once, in creation order, and a
// self event names the first watcher's basename.
const fs = require('fs');
const path = require('path');
const os = require('os');
const d = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeboa-watch-shared-'));
const cleanup = () => fs.rmSync(d, { recursive: true, force: true });
const f = d + '/f';
fs.writeFileSync(f, 'x');
fs.symlinkSync('f', d + '/l');
const ev = [];
const a = fs.watch(f, (t, n) => ev.push('a ' + t + ':' + n));
const b = fs.watch(d + '/l', (t, n) => ev.push('b ' + t + ':' + n));
const c = fs.watch(f, (t, n) => ev.push('c ' + t + ':' + n));
const steps = [
  () => fs.writeFileSync(f, 'y'),
  () => fs.appendFileSync(f, 'z'),
  () => { b.close(); fs.chmodSync(f, 0o600); },
  () => fs.renameSync(f, d + '/g'),
  () => fs.unlinkSync(d + '/g'),
];
let i = 0;
const tick = () => {
  if (i > 0) console.log(i - 1, ev.splice(0).join(' '));
  const s = steps[i++];
  if (!s) { a.close(); c.close(); cleanup(); return; }
  s();
  setTimeout(tick, 150);
};
setTimeout(tick, 50);
