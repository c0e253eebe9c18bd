// a failing mkdtemp names the template as filled in by the callback and promise forms
// (prefix + the six characters tried), but as prefix + 'XXXXXX' by mkdtempSync
const fs = require('fs');
const os = require('os');
const T = fs.mkdtempSync(os.tmpdir() + '/nodeboa-mkdtemp-errpath-');
fs.writeFileSync(T + '/file', '');
const show = (form, e) => {
  const tail = e.path.slice(-6);
  const kind = tail === 'XXXXXX' ? 'XXXXXX' : /^[A-Za-z0-9]{6}$/.test(tail) ? 'filled' : 'other: ' + tail;
  const msg = e.message.split(e.path).join('<path>').split(T).join('<T>');
  console.log(form, e.code, e.syscall, e.errno, e.path.slice(0, -6).split(T).join('<T>'), kind, msg);
};
(async () => {
  for (const pre of [T + '/missing/x-', T + '/file/y', T + '/missing/']) {
    try {
      fs.mkdtempSync(pre);
    } catch (e) {
      show('sync', e);
    }
    await new Promise((res) => fs.mkdtemp(pre, (e) => res(show('cb', e))));
    await fs.promises.mkdtemp(pre).catch((e) => show('promise', e));
    await new Promise((res) => fs.mkdtemp(pre, { encoding: 'buffer' }, (e) => res(show('cb buffer', e))));
  }
  fs.rmSync(T, { recursive: true });
})();
