// os.tmpdir() honours TMPDIR, then TMP, then TEMP, strips a trailing slash, defaults to /tmp.
// env: TMPDIR=/custom/tmp/
const os = require('os');
console.log(os.tmpdir());
delete process.env.TMPDIR;
process.env.TMP = '/from/tmp';
console.log(os.tmpdir());
delete process.env.TMP;
process.env.TEMP = '/from/temp';
console.log(os.tmpdir());
delete process.env.TEMP;
console.log(os.tmpdir());
process.env.TMPDIR = '/';
console.log(os.tmpdir());
