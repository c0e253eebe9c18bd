// fs.promises.writeFile with typed arrays and a FileHandle
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-p-writefile-typed-');
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
  await fsp.writeFile(d + '/f', new Uint8Array([72, 73]));
  console.log(await fsp.readFile(d + '/f', 'utf8'));
  const fh = await fsp.open(d + '/g', 'w');
  await fsp.writeFile(fh, 'through handle');
  await fh.close();
  console.log(await fsp.readFile(d + '/g', 'utf8'));
  cleanup();
})();
