// Every operation on a closed FileHandle rejects with Error 'file closed', code EBADF, named
// after its syscall; a second close() resolves.
const fs = require('fs');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-filehandle-closed-');
fs.writeFileSync(d + '/f', 'abc');
(async () => {
  const fh = await fs.promises.open(d + '/f', 'r+');
  await fh.close();
  await fh.close();
  console.log('fd after close', fh.fd);
  for (const [name, f] of Object.entries({
    read: () => fh.read(Buffer.alloc(1)), write: () => fh.write('x'), stat: () => fh.stat(), truncate: () => fh.truncate(),
    readFile: () => fh.readFile(), writeFile: () => fh.writeFile('x'), appendFile: () => fh.appendFile('x'),
    chmod: () => fh.chmod(0o644), sync: () => fh.sync(), datasync: () => fh.datasync(), utimes: () => fh.utimes(1, 1),
    readv: () => fh.readv([Buffer.alloc(1)]), writev: () => fh.writev([Buffer.alloc(1)]), chown: () => fh.chown(0, 0),
  })) {
    try { await f(); console.log(name, 'ok'); } catch (e) { console.log(name, e.constructor.name, e.code, e.syscall, e.message, Object.keys(e)); }
  }
  console.log(fs.readFileSync(d + '/f', 'utf8'));
  fs.rmSync(d, { recursive: true });
})();
