// Checks destroy() while writes are queued: queued callbacks get ERR_STREAM_DESTROYED.
const { Writable } = require('stream');
const w = new Writable({ write(c, e, cb) { setTimeout(cb, 5); } });
w.on('close', () => console.log('close'));
w.on('error', (e) => console.log('error', e.message));
w.write('a', (err) => console.log('a', err ? err.code : 'ok'));
w.write('b', (err) => console.log('b', err ? err.code : 'ok'));
w.destroy();
console.log('destroyed', w.destroyed, w.writable);
