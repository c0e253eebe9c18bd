// path differential: win32 format
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
show(() => path.win32.format({"root": "C:\\", "dir": "C:\\", "base": "x"}));
show(() => path.win32.format({"dir": "C:", "base": "x"}));
show(() => path.win32.format({"dir": "C:\\a", "name": "b", "ext": "c"}));
show(() => path.win32.format({"root": "\\\\s\\sh\\", "base": "f"}));
