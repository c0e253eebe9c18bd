// Checks an error from _final: 'error' and 'close' but no 'finish'.
const { Writable } = require('stream');
const w = new Writable({
  write(c, e, cb) { cb(); },
  final(cb) { cb(new Error('final failed')); },
});
w.on('finish', () => console.log('finish'));
w.on('error', (e) => console.log('error', e.message));
w.on('close', () => console.log('close'));
w.end('x', (err) => console.log('end cb', err && err.message));
