// fs.watch with encoding 'buffer' reports file names as Buffers.
const fs = require('fs');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-watch-encoding-');
const w = fs.watch(d, { encoding: 'buffer' }, (type, name) => {
  console.log(type, Buffer.isBuffer(name), name.toString());
  w.close();
});
fs.writeFileSync(d + '/héllo.txt', 'x');
process.on('exit', () => fs.rmSync(d, { recursive: true, force: true }));
