// Checks addAbortSignal destroys a stream with an AbortError.
const { Readable, addAbortSignal } = require('stream');
const ac = new AbortController();
const r = addAbortSignal(ac.signal, new Readable({ read() {} }));
r.on('error', (e) => console.log('error', e.name, e.code));
r.on('close', () => console.log('close'));
ac.abort();
