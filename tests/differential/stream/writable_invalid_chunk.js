// Checks write(null) and write(number) argument errors on a byte Writable.
const { Writable } = require('stream');
const w = new Writable({ write(c, e, cb) { cb(); } });
for (const v of [null, 42, {}]) {
  try {
    w.write(v);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
