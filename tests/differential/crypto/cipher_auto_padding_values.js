// crypto differential: setAutoPadding's argument is read as a boolean (no argument turns padding off)
const c = require('crypto');
for (const v of [undefined, 0, 1, 'x', null, true, false]) {
  const e = c.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16));
  e.setAutoPadding(v); e.update('abc');
  try { console.log(v, e.final().length); } catch (err) { console.log(v, err.code); }
}
