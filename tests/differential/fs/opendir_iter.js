// a Dir is async-iterable and closes itself
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-opendir-iter-');
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
fs.writeFileSync(d + '/x', '');
fs.writeFileSync(d + '/y', '');
(async () => {
  const names = [];
  for await (const e of await fs.promises.opendir(d)) names.push(e.name);
  console.log(names.sort());
  cleanup();
})();
