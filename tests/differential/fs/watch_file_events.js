// fs.watch on a file: writes are 'change' events named after the file; unlinking it reports
// 'rename'. Events are deduplicated (inotify's count varies); the watch ends after the unlink.
const fs = require('fs');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-watch-file-events-');
const f = d + '/data.txt';
fs.writeFileSync(f, 'x');
const seen = [];
const w = fs.watch(f, (type, name) => {
  const e = `${type} ${name}`;
  if (seen[seen.length - 1] !== e) seen.push(e);
  if (type === 'rename') {
    w.close();
    console.log(seen.join('\n'));
  }
});
let step = 0;
const t = setInterval(() => {
  step++;
  if (step === 1) fs.writeFileSync(f, 'more');
  if (step === 2) fs.appendFileSync(f, '!');
  if (step === 3) {
    fs.unlinkSync(f);
    clearInterval(t);
  }
}, 30);
process.on('exit', () => fs.rmSync(d, { recursive: true, force: true }));
