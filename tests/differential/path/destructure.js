// path differential: destructure
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
const { join, basename, extname, dirname } = path;
console.log(join('x', 'y'), basename('/q/w.e'), extname('r.t'), dirname('/u/i'));
const { join: wj } = path.win32;
console.log(wj('x', 'y'));
