// FileHandle read, write, stat, truncate, close
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-p-filehandle-');
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
  console.log(typeof fh.fd);
  const w = await fh.write('hello world');
  console.log(w.bytesWritten, w.buffer);
  const b = new Uint8Array(5);
  const rr = await fh.read(b, 0, 5, 6);
  console.log(rr.bytesRead, String.fromCharCode(...rr.buffer));
  console.log((await fh.stat()).size);
  await fh.truncate(5);
  console.log(await fh.readFile('utf8'));
  await fh.close();
  console.log(fs.readFileSync(d + '/f', 'utf8'));
  cleanup();
})();
