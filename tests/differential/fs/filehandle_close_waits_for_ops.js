// FileHandle.close() called while operations are pending waits for them, as Node's: the
// descriptor stays usable (fd, stat, write) until the last operation settles, then closes.
const fs = require('fs');
const path = require('path');
const os = require('os');
const fsp = fs.promises;
const d = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeboa-fh-close-wait-'));
(async () => {
  fs.writeFileSync(d + '/f', 'abcdefghij');
  let log = [];
  let fh = await fsp.open(d + '/f', 'r+');
  const p1 = fh.read(Buffer.alloc(3), 0, 3, 0).then((x) => log.push('read ' + x.bytesRead), (e) => log.push('read err ' + e.code));
  const p2 = fh.close().then(() => log.push('closed'), (e) => log.push('close err ' + e.code));
  const p3 = fh.stat().then((s) => log.push('stat ' + s.size), (e) => log.push('stat err ' + e.code));
  console.log('fd while closing', typeof fh.fd, fh.fd === -1);
  await Promise.all([p1, p2, p3]);
  console.log(log.join(', '), fh.fd);
  await fh.stat().then(() => console.log('stat after'), (e) => console.log('stat after', e.code, e.message));

  log = [];
  fh = await fsp.open(d + '/f', 'w');
  async function* gen() {
    yield 'a';
    await new Promise((r) => setTimeout(r, 20));
    yield 'b';
  }
  const w1 = fh.writeFile(gen()).then(() => log.push('wrote'), (e) => log.push('write err ' + e.code));
  const w2 = fh.close().then(() => log.push('closed'), (e) => log.push('close err ' + e.code));
  const w3 = fh.write('c').then(() => log.push('write c'), (e) => log.push('write c err ' + e.code));
  await Promise.all([w1, w2, w3]);
  console.log(log.join(', '), fh.fd, fs.readFileSync(d + '/f', 'utf8'));

  log = [];
  fh = await fsp.open(d + '/f', 'r');
  const q1 = fh.readFile('utf8').then((x) => log.push('readFile ' + x));
  const q2 = fh.close().then(() => log.push('closed'));
  const q3 = fh.close().then(() => log.push('closed again'));
  await Promise.all([q1, q2, q3]);
  console.log(log.join(', '), fh.fd);
  fs.rmSync(d, { recursive: true, force: true });
})();
