// paths with ., .. and repeated slashes
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-dot-paths-');
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
fs.mkdirSync(d + '/a');
fs.writeFileSync(d + '//a///f', 'x');
console.log(fs.readFileSync(d + '/a/./f', 'utf8'), fs.readFileSync(d + '/a/../a/f', 'utf8'));
console.log(fs.existsSync(d + '/a/f/..'), fs.existsSync(d + '/nope/..'));
cleanup();
