// fs.cpSync / fs.cp options: filter (sync, and async in fs.cp), errorOnExist with force: false,
// and force: false leaving existing files alone.
const fs = require('fs');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-cp-filter-');
const r = (s) => String(s).split(d).join('<tmp>');
fs.mkdirSync(d + '/src/skip', { recursive: true });
fs.writeFileSync(d + '/src/a.js', 'a');
fs.writeFileSync(d + '/src/b.txt', 'b');
fs.writeFileSync(d + '/src/skip/c.js', 'c');
const seen = [];
fs.cpSync(d + '/src', d + '/dst', {
  recursive: true,
  filter: (s) => { seen.push(r(s)); return !s.endsWith('.txt') && !s.endsWith('skip'); },
});
console.log(seen.sort().join(' '));
console.log(fs.readdirSync(d + '/dst').join(','));
fs.writeFileSync(d + '/dst/a.js', 'changed');
fs.cpSync(d + '/src', d + '/dst', { recursive: true, force: false });
console.log(fs.readFileSync(d + '/dst/a.js', 'utf8'));
try {
  fs.cpSync(d + '/src/a.js', d + '/dst/a.js', { force: false, errorOnExist: true });
} catch (e) {
  console.log(e.code, r(e.message));
}
fs.cp(d + '/src', d + '/dst2', { recursive: true, filter: async (s) => !s.endsWith('b.txt') }, (err) => {
  console.log('cb', err, fs.readdirSync(d + '/dst2').sort().join(','));
  fs.rmSync(d, { recursive: true, force: true });
});
