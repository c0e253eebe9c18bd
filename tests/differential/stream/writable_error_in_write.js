// Checks an error passed to the write callback: callback, then 'error', then 'close'.
const { Writable } = require('stream');
const w = new Writable({ write(c, e, cb) { cb(new Error('disk full')); } });
w.on('error', (e) => console.log('error', e.message));
w.on('close', () => console.log('close', w.destroyed, w.writableAborted));
w.on('finish', () => console.log('finish'));
w.write('x', (err) => console.log('write cb', err.message));
console.log('sync');
