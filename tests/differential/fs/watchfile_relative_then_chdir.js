// watchFile resolves a relative path when it is called, as Node's: after process.chdir the
// watcher still polls the file it was given, not the one of that name in the new directory.
const fs = require('fs');
const path = require('path');
const os = require('os');
const d = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeboa-watchfile-chdir-'));
const start = process.cwd();
fs.mkdirSync(d + '/a');
fs.mkdirSync(d + '/b');
fs.writeFileSync(d + '/a/f', 'a');
fs.writeFileSync(d + '/b/f', 'b');
process.chdir(d + '/a');
const events = [];
const l = (curr, prev) => events.push(`${prev.size} -> ${curr.size}`);
fs.watchFile('f', { interval: 20 }, l);
process.chdir(d + '/b');
setTimeout(() => {
  fs.writeFileSync(d + '/b/f', 'bbbbbbbb');
  setTimeout(() => {
    console.log('after writing b/f:', events.splice(0).join(', '));
    fs.writeFileSync(d + '/a/f', 'aaa');
    setTimeout(() => {
      console.log('after writing a/f:', events.splice(0).join(', '));
      fs.unwatchFile(d + '/a/f', l);
      process.chdir(start);
      fs.rmSync(d, { recursive: true, force: true });
    }, 200);
  }, 200);
}, 100);
