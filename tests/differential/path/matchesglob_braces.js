// path differential: matchesGlob brace expansion edge cases (literal {}, unbalanced braces, sequences with steps and padding, ${...})
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.name + " " + e.message); }
}
function m(plat, p, g) { show(() => [plat, p, g, path[plat].matchesGlob(p, g)]); }
for (const [p, g] of [['{}a', '{}a'], ['a', '{}a'], ['c:b', '[a-c]{}{a,b}'], ['c:b', 'c:{}{a,b}'], ['}?ab,', '}?ab,'], ['{a', '{a'],
  ['{a,b', '{{a,b}'], ['{a', '{{a,b}'], ['a}', '{a,b}}'], ['05', '{01..10}'], ['5', '{1..10..2}'], ['-03', '{-05..5..2}'],
  ['c', '{a..e..2}'], ['b', '{a..e..2}'], ['${a,b}', '${a,b}'], ['a', '${a,b}'], ['ab', 'a{,b}'], ['a', 'a{,b}'],
  ['a\nb', '{a\n,x}b'], ['{a\n,x}b', '{a\n,x}b'], ['x', '{x}'], ['{x}', '{x}'], ['b', '{a,{b}}'], ['{b}', '{a,{b}}'],
  ['a.js', '*.{js,ts}'], ['z', '{a..c}{x,y}'], ['ax', '{a..c}{x,y}']]) m('posix', p, g);
