// rmdir with `recursive: true` checks its options (maxRetries, retryDelay, recursive's type) before
// touching the path, in all three forms; `force` is ignored by rmdir.
const fs = require('fs');
const path = require('path');
const os = require('os');
process.on('warning', () => {});
const d = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeboa-rmdir-opts-'));
const r = (s) => String(s).split(d).join('<tmp>');
const show = (label, f) => {
  try {
    f();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.syscall, r(e.message));
  }
};
fs.mkdirSync(d + '/a/b', { recursive: true });
fs.writeFileSync(d + '/file', 'x');
const cases = [
  { recursive: true, maxRetries: -1 },
  { recursive: 'yes' },
  { recursive: true, retryDelay: -1 },
  { recursive: true, maxRetries: 1.5 },
  { recursive: true, force: 'x' },
];
(async () => {
  for (const o of cases) {
    const k = JSON.stringify(o);
    show('sync ' + k, () => fs.rmdirSync(d + '/a', o));
    show('sync missing ' + k, () => fs.rmdirSync(d + '/missing', o));
    show('sync file ' + k, () => fs.rmdirSync(d + '/file', o));
    await new Promise((res) => {
      try {
        fs.rmdir(d + '/missing', o, (e) => { console.log('cb', k, e && e.code); res(); });
      } catch (e) {
        console.log('cb threw', k, e.code, e.message);
        res();
      }
    });
    await fs.promises.rmdir(d + '/missing', o).then(
      () => console.log('p ok'),
      (e) => console.log('p', k, e.code, e.syscall, r(e.message)),
    );
    console.log('exists', fs.existsSync(d + '/a'));
  }
  fs.rmSync(d, { recursive: true, force: true });
})();
