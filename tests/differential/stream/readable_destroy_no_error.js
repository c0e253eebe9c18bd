// Checks destroy() with no error: only 'close', no 'end', custom _destroy callback.
const { Readable } = require('stream');
const r = new Readable({
  read() {},
  destroy(err, cb) { console.log('_destroy', err); cb(); },
});
r.on('end', () => console.log('end'));
r.on('close', () => console.log('close'));
r.destroy();
console.log('after destroy');
