// fs.watchFile: one StatWatcher per file, shared by its listeners; unwatchFile removes one
// listener or all of them, and the watcher emits 'stop' (on the next tick) when it stops.
const fs = require('fs');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-watchfile-shared-');
const f = d + '/a';
fs.writeFileSync(f, '1');
const l1 = () => console.log('l1');
const l2 = () => console.log('l2');
const w = fs.watchFile(f, { interval: 20 }, l1);
console.log(w.constructor.name, w === fs.watchFile(f, l2), w.listenerCount('change'));
console.log(w === fs.watchFile(`${d}/./a`, l2), w.listenerCount('change'));
w.on('stop', () => console.log('stop'));
fs.unwatchFile(f, l1);
console.log(w.listenerCount('change'));
fs.unwatchFile(f, () => {});
fs.unwatchFile(d + '/other');
console.log(w.listenerCount('change'));
fs.unwatchFile(f);
console.log('unwatched', w.listenerCount('change'));
const w2 = fs.watchFile(f, { interval: 20 }, l1);
console.log('new watcher', w2 !== w, w2.ref() === w2, w2.unref() === w2);
process.on('exit', () => { console.log('exit'); fs.rmSync(d, { recursive: true, force: true }); });
