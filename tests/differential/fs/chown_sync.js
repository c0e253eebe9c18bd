// chownSync to the current ids, and errors
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-chown-sync-');
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
const s = fs.statSync(d + '/f');
show(() => fs.chownSync(d + '/f', s.uid, s.gid));
show(() => fs.chownSync(d + '/nope', s.uid, s.gid));
show(() => fs.chownSync(d + '/f', 'a', 0));
show(() => fs.lchownSync(d + '/f', s.uid, s.gid));
cleanup();
