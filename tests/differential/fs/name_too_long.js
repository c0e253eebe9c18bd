// a name longer than 255 bytes gives ENAMETOOLONG
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-name-too-long-');
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
show(() => fs.writeFileSync(d + '/' + 'a'.repeat(256), 'x'));
show(() => fs.statSync(d + '/' + 'b'.repeat(300)));
show(() => fs.mkdirSync(d + '/' + 'c'.repeat(256)));
fs.writeFileSync(d + '/' + 'a'.repeat(255), 'ok');
console.log(fs.readdirSync(d)[0].length);
cleanup();
