// a path longer than PATH_MAX gives ENAMETOOLONG
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-path-too-long-');
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
const long = d + '/' + Array.from({ length: 500 }, () => 'abcdefghi').join('/');
show(() => fs.statSync(long));
show(() => fs.readFileSync(long));
cleanup();
