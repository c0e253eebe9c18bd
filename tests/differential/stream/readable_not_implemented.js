// Checks that a Readable without _read errors with ERR_METHOD_NOT_IMPLEMENTED.
const { Readable } = require('stream');
const r = new Readable();
r.on('error', (e) => console.log('error', e.code, e.message));
r.on('close', () => console.log('close'));
r.resume();
