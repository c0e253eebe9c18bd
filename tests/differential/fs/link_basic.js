// linkSync makes a hard link sharing content and inode
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-link-basic-');
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
fs.writeFileSync(d + '/a', 'one');
fs.linkSync(d + '/a', d + '/b');
fs.appendFileSync(d + '/b', 'two');
const sa = fs.statSync(d + '/a'), sb = fs.statSync(d + '/b');
console.log(fs.readFileSync(d + '/a', 'utf8'), sa.ino === sb.ino, sa.nlink, sb.nlink);
fs.unlinkSync(d + '/a');
console.log(fs.statSync(d + '/b').nlink, fs.readFileSync(d + '/b', 'utf8'));
cleanup();
