// Checks destroy(err): destroy callback order, 'error' then 'close', and state getters.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.on('error', (e) => console.log('error', e.message));
r.on('close', () => console.log('close', r.destroyed, r.errored && r.errored.message));
r.destroy(new Error('boom'));
console.log('destroyed', r.destroyed, r.readableAborted);
r.destroy(new Error('second'));
r.push('ignored');
