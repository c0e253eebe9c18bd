// Checks interleaving of Readable 'data'/'end' with Writable 'finish' in one pipe.
const { Readable, Writable } = require('stream');
const r = Readable.from(['1', '2']);
const w = new Writable({ objectMode: true, write(c, e, cb) { console.log('write', c); cb(); } });
r.on('data', (c) => console.log('data', c));
r.on('end', () => console.log('end'));
r.on('close', () => console.log('r close'));
w.on('finish', () => console.log('finish'));
w.on('close', () => console.log('w close'));
r.pipe(w);
