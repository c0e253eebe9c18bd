// FileHandle stat with bigint, chmod, sync, and double close
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-p-filehandle-stat-close-');
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
(async () => {
  const fh = await fsp.open(d + '/f', 'w');
  const s = await fh.stat({ bigint: true });
  console.log(typeof s.size, s.size);
  await fh.chmod(0o600);
  await fh.sync();
  await fh.datasync();
  await fh.close();
  console.log((fs.statSync(d + '/f').mode & 0o777).toString(8));
  cleanup();
})();
