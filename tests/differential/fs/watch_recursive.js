// fs.watch with recursive: true reports changes in subdirectories with a relative file name.
// (Node sets its recursive watch up asynchronously, so files are written until one is seen.)
const fs = require('fs');
const path = require('path');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-watch-recursive-');
fs.mkdirSync(d + '/sub/deep', { recursive: true });
let n = 0;
const w = fs.watch(d, { recursive: true }, (type, name) => {
  if (name && name.startsWith(path.join('sub', 'deep', 'h'))) {
    console.log('seen', typeof type, name.split(path.sep).slice(0, 2).join('/'));
    clearInterval(t);
    w.close();
  }
});
const t = setInterval(() => fs.writeFileSync(`${d}/sub/deep/h${n++}`, 'x'), 50);
process.on('exit', () => fs.rmSync(d, { recursive: true, force: true }));
