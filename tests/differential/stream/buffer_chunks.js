// Checks byte streams: pushed strings become Buffers, writes decode strings (hex too) to Buffers.
const { Readable, Writable } = require('stream');
const r = new Readable({ read() {} });
r.push('ab');
r.push(Buffer.from('cd'));
r.push(null);
r.on('data', (c) => console.log(c));
const w = new Writable({ write(c, e, cb) { console.log(c, e); cb(); } });
w.write('hi');
w.write('6869', 'hex');
w.end(new Uint8Array([1]));
