// Checks an error from _transform destroys the stream: 'error' then 'close'.
const { Transform } = require('stream');
const t = new Transform({ transform(c, e, cb) { cb(new Error('bad chunk')); } });
t.on('error', (e) => console.log('error', e.message));
t.on('close', () => console.log('close'));
t.write('x', (err) => console.log('write cb', err && err.message));
