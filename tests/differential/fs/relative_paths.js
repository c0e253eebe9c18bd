// relative paths resolve against process.cwd()
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-relative-paths-');
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
process.chdir(d);
fs.writeFileSync('rel.txt', 'r');
fs.mkdirSync('sub');
fs.writeFileSync('sub/../sub/x', 'y');
console.log(fs.readFileSync('./rel.txt', 'utf8'), fs.readdirSync('.'), fs.readdirSync('sub'));
show(() => fs.readFileSync('missing'));
process.chdir('/');
cleanup();
