// A file watched both directly and through its directory: the exact event sequence inotify
// gives for one writeFileSync (truncate and write, directory first) and for an unlink (the
// file's IN_ATTRIB, IN_DELETE_SELF and IN_IGNORED, then the directory's IN_DELETE).
const fs = require('fs');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-watch-order-');
fs.writeFileSync(`${d}/f`, 'x');
const ev = [];
const a = fs.watch(d, (t, n) => ev.push(`dir ${t} ${n}`));
const b = fs.watch(`${d}/f`, (t, n) => ev.push(`file ${t} ${n}`));
setTimeout(() => {
  fs.writeFileSync(`${d}/f`, 'yy');
  setTimeout(() => {
    console.log(ev);
    ev.length = 0;
    fs.unlinkSync(`${d}/f`);
    setTimeout(() => {
      console.log(ev);
      a.close();
      b.close();
      fs.rmSync(d, { recursive: true });
    }, 100);
  }, 100);
}, 50);
