// fs.statfs / statfsSync / promises.statfs: a StatFs with the seven numeric fields (their values
// depend on the disk, so only types and relations are shown), bigint forms, and ENOENT.
const fs = require('fs');
const show = (s) => console.log(s.constructor.name, Object.keys(s).join(','),
  Object.values(s).map((v) => typeof v).join(','), s.bsize > 0, s.bfree <= s.blocks, s.bavail <= s.blocks);
show(fs.statfsSync('/tmp'));
show(fs.statfsSync('/tmp', { bigint: true }));
try {
  fs.statfsSync('/tmp/nodeboa-no-such-dir/x');
} catch (e) {
  console.log(e.code, e.syscall, e.errno, e.message);
}
fs.statfs('/tmp', (err, s) => {
  console.log('cb', err, typeof s.type);
  fs.promises.statfs('/tmp').then((p) => console.log('promise', typeof p.files));
});
