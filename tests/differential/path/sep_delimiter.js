// path differential: sep delimiter
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
console.log(path.sep, path.delimiter, path.posix.sep, path.posix.delimiter, path.win32.sep, path.win32.delimiter);
