// file: URLs are accepted as paths
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-url-paths-');
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
fs.writeFileSync(new URL('file://' + d + '/u.txt'), 'via url');
console.log(fs.readFileSync(new URL('file://' + d + '/u.txt'), 'utf8'));
console.log(fs.existsSync(new URL('file://' + d + '/u.txt')));
show(() => fs.readFileSync(new URL('http://example.com/x')));
cleanup();
