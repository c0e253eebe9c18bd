// path differential: win32 join unc
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
show(() => path.win32.join("\\\\s"));
show(() => path.win32.join("\\\\s\\sh"));
show(() => path.win32.join("//s/sh/"));
show(() => path.win32.join("\\\\s", "\\sh"));
show(() => path.win32.join("\\", "\\s\\sh"));
show(() => path.win32.join("\\\\?\\C:", "a"));
show(() => path.win32.join("\\\\.\\CON"));
