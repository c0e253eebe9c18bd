// fs.promises.readFile with an AbortSignal: an aborted signal rejects with AbortError (carrying
// the reason as cause); a live one reads normally.
const fs = require('fs');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-readfile-abort-');
fs.writeFileSync(d + '/a', 'content');
(async () => {
  const ac = new AbortController();
  console.log(await fs.promises.readFile(d + '/a', { signal: ac.signal, encoding: 'utf8' }));
  ac.abort('why');
  try {
    await fs.promises.readFile(d + '/a', { signal: ac.signal });
  } catch (e) {
    console.log(e.name, e.code, e.cause, e.message);
  }
  try {
    await fs.promises.readFile(d + '/a', { signal: AbortSignal.abort() });
  } catch (e) {
    console.log(e.name, e.code, e.cause && e.cause.name);
  }
  const ac2 = new AbortController();
  const p = fs.promises.writeFile(d + '/b', 'x', { signal: ac2.signal });
  await p;
  console.log(fs.readFileSync(d + '/b', 'utf8'));
})().finally(() => fs.rmSync(d, { recursive: true, force: true }));
