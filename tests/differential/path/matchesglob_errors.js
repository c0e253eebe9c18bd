// path differential: matchesglob errors
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
show(() => path.matchesGlob(1, 'a'));
show(() => path.matchesGlob('a', 1));
show(() => path.matchesGlob('a'));
