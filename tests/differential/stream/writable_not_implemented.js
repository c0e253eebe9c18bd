// Checks a Writable without _write throws ERR_METHOD_NOT_IMPLEMENTED from write().
const { Writable } = require('stream');
const w = new Writable();
try {
  w.write('x');
} catch (e) {
  console.log('threw', e.code, e.message);
}
