// FileHandle writeFile and readFile from the current position
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-p-filehandle-writefile-');
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
  const fh = await fsp.open(d + '/f', 'w+');
  await fh.writeFile('abc');
  await fh.writeFile('def');
  console.log(await fh.readFile('utf8'));
  await fh.close();
  console.log(fs.readFileSync(d + '/f', 'utf8'));
  const rfh = await fsp.open(d + '/f');
  console.log(await rfh.readFile({ encoding: 'utf8' }));
  await rfh.close();
  cleanup();
})();
