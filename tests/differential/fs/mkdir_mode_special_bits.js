// mkdir keeps only the permission and sticky bits of its mode (setuid/setgid asked for are
// dropped, as Linux does), and a directory made inside a set-group-ID directory is
// set-group-ID itself; a file made there is not. open and chmod keep all the bits.
const fs = require('fs');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-mkdir-bits-');
const mode = (p) => (fs.statSync(p).mode & 0o7777).toString(8);
fs.mkdirSync(d + '/suid', 0o4755);
fs.mkdirSync(d + '/sgid', 0o2755);
fs.mkdirSync(d + '/all', 0o7777);
fs.mkdirSync(d + '/rec/a/b', { recursive: true, mode: 0o6711 });
fs.closeSync(fs.openSync(d + '/file', 'w', 0o4755));
for (const p of ['suid', 'sgid', 'all', 'rec', 'rec/a/b', 'file']) console.log(p, mode(`${d}/${p}`));
fs.chmodSync(d + '/sgid', 0o2775);
fs.mkdirSync(d + '/sgid/child');
fs.mkdirSync(d + '/sgid/deep/er', { recursive: true });
fs.writeFileSync(d + '/sgid/plain', 'x');
fs.mkdtempSync(d + '/sgid/tmp-');
for (const p of ['sgid', 'sgid/child', 'sgid/deep', 'sgid/deep/er', 'sgid/plain']) {
  console.log(p, mode(`${d}/${p}`));
}
const made = fs.readdirSync(d + '/sgid').find((n) => n.startsWith('tmp-'));
console.log('mkdtemp', mode(`${d}/sgid/${made}`));
fs.mkdir(d + '/sgid/cb', 0o4777, (err) => {
  console.log('cb', err, mode(d + '/sgid/cb'));
  fs.rmSync(d, { recursive: true, force: true });
});
