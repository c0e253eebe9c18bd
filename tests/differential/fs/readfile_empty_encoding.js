// readFile with an empty encoding ('' or { encoding: '' }) gives bytes, as with no encoding at
// all, in the sync, callback, promise and FileHandle forms, by path or descriptor.
const fs = require('fs');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-readfile-empty-enc-');
const f = d + '/f.txt';
fs.writeFileSync(f, 'héllo');
const kind = (v) => (Buffer.isBuffer(v) ? `buffer(${v.length})` : `${typeof v}:${v}`);
console.log('sync ""', kind(fs.readFileSync(f, '')));
console.log('sync {""}', kind(fs.readFileSync(f, { encoding: '' })));
console.log('sync null', kind(fs.readFileSync(f, { encoding: null })));
const fd = fs.openSync(f, 'r');
console.log('sync fd ""', kind(fs.readFileSync(fd, '')));
fs.closeSync(fd);
fs.readFile(f, '', (err, v) => {
  console.log('cb ""', err, kind(v));
  fs.promises.readFile(f, { encoding: '' }).then(async (v) => {
    console.log('promise {""}', kind(v));
    const fh = await fs.promises.open(f);
    console.log('handle ""', kind(await fh.readFile('')));
    await fh.close();
    fs.rmSync(d, { recursive: true, force: true });
  });
});
