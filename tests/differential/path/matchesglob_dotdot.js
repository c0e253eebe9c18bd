// path differential: matchesGlob folds '.', empty and 'name/..' parts of the path (and of the pattern) before matching
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.name + " " + e.message); }
}
function m(plat, p, g) { show(() => [plat, p, g, path[plat].matchesGlob(p, g)]); }
for (const plat of ['posix', 'win32']) {
  for (const [p, g] of [['a/../b', 'b'], ['a/./b', 'a/b'], ['a//b', 'a/b'], ['x/y/../..', '*'], ['a/..', ''], ['a/b/..', 'a'],
    ['../a', '../*'], ['./a', '*'], ['./.', '.'], ['a/../../b', '../b'], ['\\\\s\\h Z:/..', '!(a)'], ['x/..', '!(a)'],
    ['a/b', 'a/x/../b'], ['a/b', '**/../a/b'], ['q/a/b', '**/../a/b'], ['a', './**'], ['/a', '/**/..'], ['a/b', 'a/**/./b']]) m(plat, p, g);
}
