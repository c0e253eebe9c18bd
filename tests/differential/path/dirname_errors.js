// path differential: dirname errors
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
show(() => path.dirname(1));
show(() => path.win32.dirname(null));
