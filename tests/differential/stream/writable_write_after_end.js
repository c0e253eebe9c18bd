// Checks write after end: ERR_STREAM_WRITE_AFTER_END to the callback and 'error'.
const { Writable } = require('stream');
const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('error', (e) => console.log('error event', e.code, e.message));
w.on('close', () => console.log('close'));
w.end();
const r = w.write('x', (err) => console.log('cb', err && err.code));
console.log('returned', r);
