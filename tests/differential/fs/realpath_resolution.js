// realpath (Node's JavaScript one) resolves its path first ('' is the cwd, a trailing slash
// goes) and names the failing component under its real parent (a link followed); realpath.native
// (and fs/promises' realpath) treats a trailing slash on a file as ENOTDIR.
const fs = require('fs');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-realpath-res-');
const r = (s) => String(s).split(d).join('<tmp>');
process.chdir(d);
fs.mkdirSync('a');
fs.symlinkSync('a', 'la');
fs.writeFileSync('a/f', '');
const t = (label, f) => {
  try {
    console.log(label, 'ok', r(f()));
  } catch (e) {
    console.log(label, e.code, e.syscall, r(e.message));
  }
};
for (const p of ['', '.', './', 'a/..', 'la', 'la/f', 'la/../la', 'la/', 'la/f/', 'nope', 'la/nope', 'la/nope/x', 'la/f/x', 'a//f']) {
  t(`realpathSync ${JSON.stringify(p)}`, () => fs.realpathSync(p));
  t(`native ${JSON.stringify(p)}`, () => fs.realpathSync.native(p));
}
(async () => {
  for (const p of ['', 'la/f/', 'la/']) {
    try {
      console.log('promise', JSON.stringify(p), r(await fs.promises.realpath(p)));
    } catch (e) {
      console.log('promise', JSON.stringify(p), e.code, r(e.message));
    }
  }
  fs.realpath('la/nope', (e) => {
    console.log('cb', e.code, r(e.message));
    fs.realpath.native('la/f/', (e2) => {
      console.log('cb native', e2.code, r(e2.message));
      process.chdir('/');
      fs.rmSync(d, { recursive: true, force: true });
    });
  });
})();
