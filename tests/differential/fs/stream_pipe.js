// a read stream piped into a write stream copies the file
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-stream-pipe-');
const r = (s) => String(s).split(d).join('<tmp>');
const show = (f) => {
  try {
    const v = f();
    console.log('ok', v === undefined ? '' : r(typeof v === 'string' ? v : JSON.stringify(v)));
  } catch (e) {
    console.log(e.code, e.syscall, e.errno, r(e.message));
  }
};
const cleanup = () => fs.rmSync(d, { recursive: true, force: true });
fs.writeFileSync(d + '/src', 'line\n'.repeat(1000));
fs.createReadStream(d + '/src', { highWaterMark: 1024 }).pipe(fs.createWriteStream(d + '/dst')).on('close', () => {
  console.log(fs.statSync(d + '/dst').size, fs.readFileSync(d + '/dst', 'utf8') === fs.readFileSync(d + '/src', 'utf8'));
  cleanup();
});
