// A read at a BigInt position whose end would pass the largest file offset (2^63 - 1) is
// EINVAL, as Linux's rw_verify_area; just below it reads nothing; FileHandle#read takes a
// BigInt position as the current one.
const fs = require('fs');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-read-bigint-end-');
fs.writeFileSync(d + '/f', 'abcdef');
const fd = fs.openSync(d + '/f', 'r');
for (const p of [2n ** 63n - 1n, 2n ** 63n - 3n, 2n ** 63n - 4n, 2n ** 63n - 5n, 2n ** 62n, 2n ** 63n, 3n, -2n]) {
  try {
    const b = Buffer.alloc(4);
    const n = fs.readSync(fd, b, 0, 4, p);
    console.log(String(p), 'read', n, b.toString('utf8', 0, n));
  } catch (e) {
    console.log(String(p), e.code, e.message, e.syscall);
  }
}
fs.read(fd, Buffer.alloc(4), 0, 4, 2n ** 63n - 1n, (e, n) => {
  console.log('cb', e && e.code, n);
  fs.promises.open(d + '/f').then(async (fh) => {
    const { bytesRead, buffer } = await fh.read(Buffer.alloc(4), 0, 4, 2n ** 63n - 1n);
    console.log('fh', bytesRead, buffer.toString());
    await fh.close();
    fs.closeSync(fd);
    fs.rmSync(d, { recursive: true, force: true });
  });
});
