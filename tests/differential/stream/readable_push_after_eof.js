// Checks push() after push(null) emits ERR_STREAM_PUSH_AFTER_EOF then 'close'.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.on('error', (e) => console.log('error', e.code, e.message, e.name));
r.on('close', () => console.log('close', r.destroyed));
r.push(null);
r.push('late');
