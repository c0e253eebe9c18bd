// path differential: matchesGlob [:class:] brackets use Unicode properties, and Node's invalid unicode RegExps throw the same SyntaxError
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.name + " " + e.message); }
}
function m(plat, p, g) { show(() => [plat, p, g, path[plat].matchesGlob(p, g)]); }
for (const [p, g] of [['\u00e9', '[[:alpha:]]'], ['\u0663', '[[:digit:]]'], ['\u00b2', '[[:digit:]]'], ['\u00c9', '[[:upper:]]'],
  ['\u00a0', '[[:space:]]'], ['x', '[[:graph:]]'], [' ', '[[:graph:]]'], ['a', '[a[:digit:]]'], ['5', '[![:alpha:]]'],
  ['a', '[a-[:digit:]]'], ['b', '[z-a]b'], ['a-1', 'a-[[:digit:]]'], ['a,1', 'a,[[:digit:]]'], ['x', '),C:[[:alpha:]],'],
  ['a', '[[:alpha:]].*@(\n'], ['a', '[a]'], ['[a]', '[a]'], ['a', '[a-a]'], ['-', '[a-]'], [']', '[]]'], ['b', '[!]b]']]) m('posix', p, g);
