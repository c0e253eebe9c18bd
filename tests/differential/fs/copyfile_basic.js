// copyFileSync copies content; COPYFILE_EXCL refuses to overwrite
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-copyfile-basic-');
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
fs.writeFileSync(d + '/a', 'content');
fs.copyFileSync(d + '/a', d + '/b');
console.log(fs.readFileSync(d + '/b', 'utf8'));
fs.writeFileSync(d + '/c', 'old');
fs.copyFileSync(d + '/a', d + '/c');
console.log(fs.readFileSync(d + '/c', 'utf8'));
show(() => fs.copyFileSync(d + '/a', d + '/c', fs.constants.COPYFILE_EXCL));
show(() => fs.copyFileSync(d + '/nope', d + '/x'));
show(() => fs.copyFileSync(d + '/a', d + '/nope/x'));
cleanup();
