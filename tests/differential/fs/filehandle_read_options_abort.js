// FileHandle#read takes anything but a buffer first as its options object (a string is
// ERR_INVALID_ARG_TYPE for "options"); readFile and writeFile with an aborted signal reject with
// an AbortError, through the handle and through fs/promises.
const fs = require('fs');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-fh-read-opts-');
fs.writeFileSync(d + '/f', 'hello world');
const show = async (label, f) => {
  try {
    const v = await f();
    console.log(label, 'ok', v);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};
(async () => {
  const fh = await fs.promises.open(d + '/f', 'r+');
  await show('read string', () => fh.read('abc', 0, 1, 0));
  await show('read number', () => fh.read(5));
  await show('read true', () => fh.read(true, 0, 1, 0));
  await show('read null', async () => (await fh.read(null)).bytesRead);
  await show('read undefined', async () => (await fh.read(undefined, 0, 3, 0)).bytesRead);
  await show('read options', async () => (await fh.read({ buffer: Buffer.alloc(4), position: 6 })).buffer.toString());
  await show('read options length', async () => (await fh.read({ length: 3, position: 0 })).buffer.length);
  await show('read options bad buffer', () => fh.read({ buffer: 'x' }));
  await show('readFile aborted', () => fh.readFile({ signal: AbortSignal.abort() }));
  await show('writeFile aborted', () => fh.writeFile('x', { signal: AbortSignal.abort() }));
  await show('fsp.readFile fh aborted', () => fs.promises.readFile(fh, { signal: AbortSignal.abort() }));
  await show('fsp.writeFile fh aborted', () => fs.promises.writeFile(fh, 'x', { signal: AbortSignal.abort() }));
  await show('readFile live signal', () => fh.readFile({ signal: new AbortController().signal, encoding: 'utf8' }));
  await fh.close();
  console.log(fs.readFileSync(d + '/f', 'utf8'));
  fs.rmSync(d, { recursive: true, force: true });
})();
