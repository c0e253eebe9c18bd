// zlib differential: a file piped through createGzip then createGunzip comes back identical
const zlib = require('zlib');
const fs = require('fs');
const { pipeline } = require('stream');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zlibtest-'));
const src = path.join(dir, 'in.txt');
const gz = path.join(dir, 'in.txt.gz');
const back = path.join(dir, 'back.txt');
let text = '';
for (let i = 0; i < 20000; i++) text += `line ${i} ${'abcdefghij'.slice(i % 10)}\n`;
fs.writeFileSync(src, text);
pipeline(fs.createReadStream(src), zlib.createGzip(), fs.createWriteStream(gz), (err) => {
  console.log('gzip done', err);
  console.log('gunzipSync equal', zlib.gunzipSync(fs.readFileSync(gz)).toString() === text);
  pipeline(fs.createReadStream(gz), zlib.createGunzip(), fs.createWriteStream(back), (err2) => {
    console.log('gunzip done', err2, fs.readFileSync(back, 'utf8') === text);
    fs.rmSync(dir, { recursive: true });
  });
});
