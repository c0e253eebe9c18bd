// Dirent objects: fields and methods
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-dirent-class-');
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
fs.writeFileSync(d + '/f', '');
const [e] = fs.readdirSync(d, { withFileTypes: true });
console.log(Object.keys(e), e.name, e.isFile(), e.isFIFO(), e.isSocket(), e.isBlockDevice(), e.isCharacterDevice());
cleanup();
