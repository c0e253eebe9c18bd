// path differential: matchesGlob wildcards (*, ?, **, *.ext) match names containing newlines and control characters
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.name + " " + e.message); }
}
function m(plat, p, g) { show(() => [plat, p, g, path[plat].matchesGlob(p, g)]); }
for (const plat of ['posix', 'win32']) {
  for (const [p, g] of [['\n', '*'], ['a\n', 'a*'], ['\nb.c', '*.c'], ['a\nb', 'a?b'], ['\n', '?'], ['x/\n', 'x/**'],
    ['\n/y', '**/y'], ['\t', '*'], ['\n\n', '??'], ['.\n', '.*'], ['\n.x', '*.*'], ['\n', '**\\*'], ['\n', '[!a]']]) m(plat, p, g);
}
