// cp refuses a dest whose parent is src reached through a symlink (Node's checkParentPaths:
// ERR_FS_CP_EINVAL naming the nearest such parent) in all three forms, and a directory copied
// without `recursive` is ERR_FS_EISDIR with errno 22 from cpSync but 21 from fs.cp and
// fsPromises.cp.
const fs = require('fs');
const path = require('path');
const os = require('os');
const d = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeboa-cp-parent-'));
const r = (s) => String(s).split(d).join('<tmp>');
const fmt = (e) => (e ? [e.name, e.code, e.errno, e.syscall, r(e.message), r(e.path)].join(' ') : 'ok');
fs.mkdirSync(d + '/src/sub', { recursive: true });
fs.writeFileSync(d + '/src/a', 'A');
fs.writeFileSync(d + '/src/sub/b', 'B');
fs.symlinkSync(d + '/src', d + '/ln');
const forms = {
  sync: (...args) => {
    try {
      fs.cpSync(...args);
      return Promise.resolve(null);
    } catch (e) {
      return Promise.resolve(e);
    }
  },
  cb: (...args) => new Promise((res) => fs.cp(...args, (e) => res(e))),
  promise: (...args) => fs.promises.cp(...args).then(() => null, (e) => e),
};
(async () => {
  for (const [name, run] of Object.entries(forms)) {
    console.log(name, 'through link', fmt(await run(d + '/src', d + '/ln/sub/deep', { recursive: true })));
    console.log(name, 'through link, file', fmt(await run(d + '/src/a', d + '/ln/sub/a2')));
    console.log(name, 'dir without recursive', fmt(await run(d + '/src', d + '/out', {})));
    console.log(name, 'through link, filter', fmt(await run(d + '/src', d + '/ln/deep2', { recursive: true, filter: () => true })));
  }
  console.log(fs.readdirSync(d + '/src/sub').sort().join(','), fs.existsSync(d + '/out'));
  fs.rmSync(d, { recursive: true, force: true });
})();
