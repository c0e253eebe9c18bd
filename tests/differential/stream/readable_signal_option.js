// Checks the signal option of Readable and an already-aborted signal.
const { Readable } = require('stream');
const ac = new AbortController();
const r = new Readable({ read() {}, signal: ac.signal });
r.on('error', (e) => console.log('error', e.name, e.message));
r.on('close', () => console.log('close', r.destroyed));
setTimeout(() => ac.abort(), 1);
