// Checks the construct option runs before _read and _write.
const { Readable, Writable } = require('stream');
const r = new Readable({
  objectMode: true,
  construct(cb) { console.log('construct r'); setTimeout(cb, 1); },
  read() { console.log('read'); this.push(null); },
});
r.on('end', () => console.log('r end'));
r.resume();
const w = new Writable({
  construct(cb) { console.log('construct w'); cb(); },
  write(c, e, cb) { console.log('write', String(c)); cb(); },
});
w.write('early');
w.end();
w.on('finish', () => console.log('w finish'));
