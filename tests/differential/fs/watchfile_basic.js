// fs.watchFile polls stat every `interval` ms: a missing file reports zeroed Stats once, then
// each change reports listener(curr, prev). Every step is taken from the previous event, so the
// output does not depend on timing.
const fs = require('fs');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-watchfile-basic-');
const f = d + '/a';
const s = (st) => `size=${st.size} file=${st.isFile()} zeroTime=${st.mtimeMs === 0} ino0=${st.ino === 0}`;
let n = 0;
fs.watchFile(f, { interval: 10 }, (curr, prev) => {
  n++;
  console.log(n, s(curr), '|', s(prev));
  if (n === 1) fs.writeFileSync(f, 'abc');
  if (n === 2) fs.writeFileSync(f, 'abcdef');
  if (n === 3) fs.unlinkSync(f);
  if (n === 4) fs.unwatchFile(f);
});
process.on('exit', () => { console.log('exit', n); fs.rmSync(d, { recursive: true, force: true }); });
