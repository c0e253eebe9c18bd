// path differential: win32 normalize devices
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
show(() => path.win32.normalize("CON:"));
show(() => path.win32.normalize("aux:"));
show(() => path.win32.normalize("COM1:x"));
show(() => path.win32.normalize("com1"));
show(() => path.win32.normalize("a\\CON:"));
show(() => path.win32.normalize("nul"));
show(() => path.win32.normalize("nula"));
show(() => path.win32.normalize("con/"));
show(() => path.win32.normalize("CONOUT$:"));
show(() => path.win32.normalize("\\\\.\\CON"));
show(() => path.win32.normalize("\\\\?\\C:\\a\\..\\b"));
show(() => path.win32.normalize("\\\\?\\a"));
show(() => path.win32.normalize("//?/a"));
show(() => path.win32.normalize("\\\\?\\C:\\.."));
