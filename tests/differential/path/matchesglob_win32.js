// path differential: matchesglob win32
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
const cases = [['a\\b', 'a/b'], ['a/b', 'a\\b'], ['C:\\a', 'C:/*'], ['A', 'a'], ['a\\b\\c.js', '**/*.js']];
for (const [p, g] of cases) console.log(JSON.stringify(p), JSON.stringify(g), path.win32.matchesGlob(p, g));
