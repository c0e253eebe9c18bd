// cpSync errors for directories and self-copies
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-cp-errors-');
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
fs.mkdirSync(d + '/src');
fs.writeFileSync(d + '/f', 'x');
try { fs.cpSync(d + '/src', d + '/dst'); } catch (e) { console.log(e.code, r(e.message)); }
try { fs.cpSync(d + '/f', d + '/f'); } catch (e) { console.log(e.code, r(e.message)); }
try { fs.cpSync(d + '/src', d + '/src/in', { recursive: true }); } catch (e) { console.log(e.code, r(e.message)); }
fs.cpSync(d + '/f', d + '/g');
console.log(fs.readFileSync(d + '/g', 'utf8'));
cleanup();
