// path differential: matchesglob basic
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
const cases = [['a/b', 'a/*'], ['a/.b', 'a/*'], ['a/.b', 'a/.*'], ['a/b/c', 'a/**'], ['a/b/c', '**'], ['a.js', '*.{js,ts}'], ['a.ts', '*.{js,ts}'], ['a.md', '*.{js,ts}'], ['d', '[!abc]'], ['b', '[a-c]'], ['ab', '?'], ['a', '?']];
for (const [p, g] of cases) console.log(p, g, path.matchesGlob(p, g));
