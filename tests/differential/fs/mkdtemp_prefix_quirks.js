// mkdtemp's prefix quirks in Node 20: an empty prefix (string or Buffer) is EINVAL naming a
// five-X template, in every form; a prefix ending with X warns once per process.
const fs = require('fs');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-mkdtemp-quirks-');
process.on('warning', (w) => console.log('warning', w.name, w.message));
for (const p of ['', Buffer.alloc(0), d + '/X', d + '/aX', d + '/', Buffer.from(d + '/bX')]) {
  try {
    const x = fs.mkdtempSync(p);
    console.log('ok', String(x).length - d.length);
  } catch (e) {
    console.log(e.code, e.message, e.path, e.syscall);
  }
}
fs.mkdtemp('', (e) => {
  console.log('cb', e.message);
  fs.promises.mkdtemp('').catch((e2) => {
    console.log('promise', e2.message);
    fs.rmSync(d, { recursive: true, force: true });
  });
});
