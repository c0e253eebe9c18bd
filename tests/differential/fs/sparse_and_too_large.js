// A file grown by truncate reads as zeros past its bytes and takes no blocks for them (sparse,
// as Linux makes it); a file over 2 GiB is refused by every whole-file read, each form with
// Node's own error; ext4's size limit (16 TiB less a block) is EFBIG. (readFileSync's utf8 form
// is left out: node reads all 2 GiB before its string fails, ~10 s.)
const fs = require('fs');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-sparse-');
const r = (s) => String(s).split(d).join('<tmp>');
const show = (tag) => (e) => console.log(tag, e ? `${e.name} ${e.code} ${r(e.message)}` : 'ok');
const f = d + '/small';
fs.writeFileSync(f, 'abc');
fs.truncateSync(f, 10);
console.log(JSON.stringify(fs.readFileSync(f, 'latin1')), fs.statSync(f).size);
const fd = fs.openSync(f, 'r+');
const buf = Buffer.alloc(6, 0x2e);
console.log(fs.readSync(fd, buf, 0, 6, 7), buf.toString('hex'));
fs.writeSync(fd, 'Z', 6);
console.log(JSON.stringify(fs.readFileSync(f, 'latin1')), fs.statSync(f).size);
fs.closeSync(fd);
fs.appendFileSync(f, '!');
console.log(JSON.stringify(fs.readFileSync(f, 'latin1')), fs.statSync(f).size);
fs.truncateSync(f, 1 << 20);
let st = fs.statSync(f);
console.log('1 MiB', st.size, st.blocks);
fs.truncateSync(f, 2);
st = fs.statSync(f);
console.log('shrunk', st.size, st.blocks, JSON.stringify(fs.readFileSync(f, 'latin1')));
for (const n of [2 ** 32 + 5, 2 ** 44 - 4096, 2 ** 44]) {
  try {
    fs.truncateSync(f, n);
    st = fs.statSync(f);
    console.log(n, 'ok', st.size, st.blocks);
  } catch (e) {
    show(n)(e);
  }
}

const big = d + '/big';
fs.writeFileSync(big, '');
fs.truncateSync(big, 2 ** 31);
const tryIt = (tag, f) => {
  try {
    f();
    console.log(tag, 'read');
  } catch (e) {
    show(tag)(e);
  }
};
tryIt('sync', () => fs.readFileSync(big));
tryIt('sync latin1', () => fs.readFileSync(big, { encoding: 'latin1' }));
tryIt('sync r+', () => fs.readFileSync(big, { flag: 'r+' }));
const bfd = fs.openSync(big, 'r');
tryIt('sync fd', () => fs.readFileSync(bfd));
fs.readFile(big, 'utf8', (e) => {
  show('cb utf8')(e);
  fs.readFile(bfd, (e) => {
    show('cb fd')(e);
    fs.promises.readFile(big, 'utf8').then(() => show('promise')(), show('promise')).then(async () => {
      const h = await fs.promises.open(big);
      await h.readFile().then(() => show('handle')(), show('handle'));
      await h.close();
      fs.closeSync(bfd);
      const s = fs.statSync(big);
      console.log('big', s.size, s.blocks);
      fs.rmSync(d, { recursive: true, force: true });
    });
  });
});
