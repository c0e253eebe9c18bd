// Checks PassThrough piping objects into a collecting Writable, with 'pipe'/'unpipe' events.
const { PassThrough, Writable } = require('stream');
const p = new PassThrough({ objectMode: true });
const got = [];
const w = new Writable({ objectMode: true, write(c, e, cb) { got.push(c); cb(); } });
w.on('pipe', (src) => console.log('pipe', src === p));
w.on('unpipe', () => console.log('unpipe'));
w.on('finish', () => console.log('finish', got));
p.pipe(w);
p.write(1);
p.write(2);
p.end(3);
