// open(2) flag pairs as Linux 6 answers them: O_CREAT|O_DIRECTORY is EINVAL before any lookup;
// O_TRUNC asks for write access (a directory is EISDIR) and truncates a file opened read-only;
// O_DIRECTORY on a missing path is ENOENT, on a file ENOTDIR.
const fs = require('fs');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-open-flags-linux-');
const r = (s) => String(s).split(d).join('<tmp>');
const { O_CREAT, O_DIRECTORY, O_EXCL, O_RDONLY, O_RDWR, O_WRONLY, O_TRUNC } = fs.constants;
fs.writeFileSync(d + '/f', 'x');
fs.mkdirSync(d + '/dir');
const cases = [['C|D', O_CREAT | O_DIRECTORY], ['C|D|E', O_CREAT | O_DIRECTORY | O_EXCL],
  ['C|D|RDWR', O_CREAT | O_DIRECTORY | O_RDWR], ['D|W', O_DIRECTORY | O_WRONLY], ['D|RDWR', O_DIRECTORY | O_RDWR],
  ['D|T', O_DIRECTORY | O_TRUNC], ['D', O_DIRECTORY], ['T', O_RDONLY | O_TRUNC]];
for (const [name, flags] of cases) {
  for (const p of ['/new', '/f', '/dir']) {
    try {
      fs.closeSync(fs.openSync(d + p, flags));
      console.log(name, p, 'ok', fs.existsSync(d + '/new'));
    } catch (e) {
      console.log(name, p, e.code, r(e.message));
    }
  }
}
fs.writeFileSync(d + '/g', 'hello');
fs.closeSync(fs.openSync(d + '/g', O_RDONLY | O_TRUNC));
console.log(JSON.stringify(fs.readFileSync(d + '/g', 'utf8')));
fs.open(d + '/new', O_CREAT | O_DIRECTORY, (e) => {
  console.log('cb', e.code, r(e.message));
  fs.promises.open(d + '/dir', O_TRUNC).catch((e2) => {
    console.log('promise', e2.code, r(e2.message));
    fs.rmSync(d, { recursive: true, force: true });
  });
});
