// fs.watch on a directory: the set of (eventType, filename) pairs for creates, writes, renames,
// chmod, unlink, mkdir and rmdir (deduplicated: inotify may repeat an event); a marker file
// created last tells that everything before it has been delivered.
const fs = require('fs');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-watch-dir-events-');
fs.writeFileSync(d + '/f', 'x');
const seen = new Set();
const w = fs.watch(d, (type, name) => {
  seen.add(`${type} ${name}`);
  if (name === 'zz-end') {
    w.close();
    console.log([...seen].sort().join('\n'));
  }
});
fs.writeFileSync(d + '/f', 'yy');
fs.writeFileSync(d + '/g', 'new');
fs.chmodSync(d + '/f', 0o600);
fs.renameSync(d + '/g', d + '/g2');
fs.unlinkSync(d + '/f');
fs.mkdirSync(d + '/m');
fs.rmdirSync(d + '/m');
fs.writeFileSync(d + '/zz-end', '');
w.on('close', () => console.log('closed'));
process.on('exit', () => fs.rmSync(d, { recursive: true, force: true }));
