// Checks _final runs before 'finish' (async) and sees all writes done.
const { Writable } = require('stream');
const w = new Writable({
  write(c, e, cb) { console.log('write', String(c)); cb(); },
  final(cb) { console.log('final'); setTimeout(() => { console.log('final done'); cb(); }, 2); },
});
w.on('prefinish', () => console.log('prefinish'));
w.on('finish', () => console.log('finish'));
w.on('close', () => console.log('close'));
w.write('a');
w.end('b');
