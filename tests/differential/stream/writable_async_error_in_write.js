// Checks an asynchronous write error and the callbacks of queued writes.
const { Writable } = require('stream');
const w = new Writable({ write(c, e, cb) { setTimeout(() => cb(new Error('later')), 1); } });
w.on('error', (e) => console.log('error', e.message));
w.on('close', () => console.log('close'));
w.write('1', (err) => console.log('cb1', err && err.message));
w.write('2', (err) => console.log('cb2', err && err.code));
