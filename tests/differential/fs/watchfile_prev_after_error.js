// watchFile: while the file is missing `prev` stays the last stat that succeeded (as libuv's
// uv_fs_poll), so a file that comes back is reported against what it was before it went.
const fs = require('fs');
const path = require('path');
const os = require('os');
const d = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeboa-watchfile-prev-'));
const f = d + '/f';
const ev = [];
// The steps start once the first poll has reported the missing file.
const l = (c, p) => {
  ev.push(`curr ${c.size} ${c.isFile()} ${c.nlink} prev ${p.size} ${p.isFile()} ${p.nlink}`);
  if (i === 0 && ev.length === 1) setTimeout(tick, 50);
};
fs.watchFile(f, { interval: 20 }, l);
let i = 0;
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
