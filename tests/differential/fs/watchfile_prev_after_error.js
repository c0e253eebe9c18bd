// watchFile: while the file is missing `prev` stays the last stat that succeeded (as libuv's
// uv_fs_poll), so a file that comes back is reported against what it was before it went.
const fs = require('fs');
const path = require('path');
const os = require('os');
const d = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeboa-watchfile-prev-'));
const f = d + '/f';
const ev = [];
const l = (c, p) => ev.push(`curr ${c.size} ${c.isFile()} ${c.nlink} prev ${p.size} ${p.isFile()} ${p.nlink}`);
fs.watchFile(f, { interval: 20 }, l);
const steps = [
  () => fs.writeFileSync(f, 'abc'),
  () => fs.appendFileSync(f, 'de'),
  () => fs.renameSync(f, f + '2'),
  () => fs.writeFileSync(f, 'x'),
  () => fs.unlinkSync(f),
  () => fs.mkdirSync(f),
  () => fs.rmdirSync(f),
  () => fs.renameSync(f + '2', f),
];
let i = 0;
const tick = () => {
  if (i > 0) console.log(i - 1, ev.splice(0).join(' | '));
  const s = steps[i++];
  if (!s) {
    fs.unwatchFile(f, l);
    fs.rmSync(d, { recursive: true, force: true });
    return;
  }
  s();
  setTimeout(tick, 200);
};
setTimeout(tick, 150);
