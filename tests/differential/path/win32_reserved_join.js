// path differential: win32 reserved join
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
show(() => path.win32.join("CON:", "b"));
show(() => path.win32.join("a", "CON:"));
show(() => path.win32.join("COM1:", "x"));
show(() => path.win32.join("a", "nul.txt:x"));
show(() => path.win32.join("LPT1", "x"));
