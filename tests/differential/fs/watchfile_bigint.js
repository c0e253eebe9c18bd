// fs.watchFile with bigint: true gives BigIntStats to the listener.
const fs = require('fs');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-watchfile-bigint-');
const f = d + '/a';
fs.watchFile(f, { interval: 10, bigint: true }, (curr, prev) => {
  console.log(typeof curr.size, typeof prev.mtimeNs, curr.size, prev.size, curr.isFile());
  if (curr.size === 0n) fs.writeFileSync(f, 'four');
  else fs.unwatchFile(f);
});
process.on('exit', () => fs.rmSync(d, { recursive: true, force: true }));
