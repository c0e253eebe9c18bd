// writeFile* with a falsy flag (0, null, '') opens the file for writing as if no flag were given;
// appendFile* with one appends. A write that fails in a file writeFileSync opened itself (flag
// 'r') is reported with its keys as errno, syscall, code; the callback form's as the binding
// gives them (errno, code, syscall).
const fs = require('fs');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-writefile-falsy-flag-');
const f = d + '/f.txt';
fs.writeFileSync(f, 'start');
const read = () => fs.readFileSync(f, 'utf8');
for (const flag of [0, null, '']) {
  fs.writeFileSync(f, `w${flag}`, { flag });
  console.log('writeFileSync', JSON.stringify(flag), read());
  fs.writeFileSync(f, Buffer.from('bytes'), { flag });
  console.log('writeFileSync bytes', JSON.stringify(flag), read());
  fs.appendFileSync(f, '+a', { flag });
  console.log('appendFileSync', JSON.stringify(flag), read());
}
for (const [label, data, opts] of [['string', 'x', { flag: 'r' }], ['bytes', Buffer.from('x'), { flag: 'r' }],
  ['latin1', 'x', { flag: 'r', encoding: 'latin1' }]]) {
  try {
    fs.writeFileSync(f, data, opts);
  } catch (e) {
    console.log('writeFileSync r', label, e.code, e.syscall, Object.keys(e).join());
  }
}
try {
  fs.appendFileSync(f, 'x', { flag: 'r' });
} catch (e) {
  console.log('appendFileSync r', e.code, Object.keys(e).join());
}
fs.writeFile(f, 'cb', { flag: 0 }, (err) => {
  console.log('writeFile cb flag 0', err, read());
  fs.writeFile(f, 'x', { flag: 'r' }, (err2) => {
    console.log('writeFile cb flag r', err2.code, Object.keys(err2).join());
    fs.promises.writeFile(f, 'promise', { flag: null }).then(() => {
      console.log('promises.writeFile flag null', read());
      fs.rmSync(d, { recursive: true, force: true });
    });
  });
});
