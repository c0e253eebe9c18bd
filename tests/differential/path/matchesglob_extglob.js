// path differential: matchesglob extglob
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
const cases = [['abc', '+(a|b|c)'], ['abd', '+(a|b|c)'], ['x', '!(a|b)'], ['a', '!(a|b)'], ['a', '!a'], ['#a', '#a'], ['a3', 'a{1..5}'], ['a7', 'a{1..5}'], ['1', '[[:digit:]]'], ['', '*'], ['', ''], ['a//b', 'a/b'], ['a/b/', 'a/b'], ['a/b', 'a/b/']];
for (const [p, g] of cases) console.log(JSON.stringify(p), JSON.stringify(g), path.matchesGlob(p, g));
