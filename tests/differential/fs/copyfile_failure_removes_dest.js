// copyFile of a directory fails with EISDIR and, as libuv does, leaves no destination behind.
const fs = require('fs');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-copyfile-failure-');
const r = (s) => String(s).split(d).join('<tmp>');
fs.mkdirSync(d + '/dir');
try { fs.copyFileSync(d + '/dir', d + '/dest'); } catch (e) { console.log(e.code, e.syscall, e.errno, r(e.message)); }
console.log('dest exists', fs.existsSync(d + '/dest'));
fs.copyFile(d + '/dir', d + '/dest2', (e) => {
  console.log(e.code, e.syscall, r(e.message));
  console.log('dest2 exists', fs.existsSync(d + '/dest2'), fs.readdirSync(d));
  fs.rmSync(d, { recursive: true, force: true });
});
