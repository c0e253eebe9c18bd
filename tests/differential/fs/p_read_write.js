// fs.promises writeFile, readFile, appendFile
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-p-read-write-');
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
  await fsp.writeFile(d + '/f', 'one');
  await fsp.appendFile(d + '/f', ' two');
  console.log(await fsp.readFile(d + '/f', 'utf8'));
  console.log((await fsp.readFile(d + '/f')).length);
  cleanup();
})();
