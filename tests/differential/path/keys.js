// path differential: keys
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
console.log(Object.keys(path).join(','));
console.log(Object.keys(path.win32).join(','));
for (const k of Object.keys(path)) if (typeof path[k] === 'function') console.log(k, path[k].length, path[k].name);
