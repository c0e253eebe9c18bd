// Checks setDefaultEncoding validation and decodeStrings: false passing strings through.
const { Writable } = require('stream');
const w = new Writable({ decodeStrings: false, write(c, e, cb) { console.log(typeof c, e); cb(); } });
w.setDefaultEncoding('latin1');
w.write('x');
try {
  w.setDefaultEncoding('nope');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
