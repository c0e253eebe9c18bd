// path differential: matchesGlob extglobs: negation covering the rest of the segment, nested and empty extglobs, unterminated ones as literal text
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.name + " " + e.message); }
}
function m(plat, p, g) { show(() => [plat, p, g, path[plat].matchesGlob(p, g)]); }
for (const [p, g] of [['ab', '!(a)b'], ['xb', '!(a)b'], ['a', '!(a)b'], ['.x', '!(a)'], ['', '!()'], ['x', '!()'], ['.', '!()'],
  ['ab', '+(a|b)'], ['.a', '+(.a)'], ['.a.a', '+(.a)'], ['@()', '@()'], ['', '@()'], ['x@()', 'x@()'], ['a', '+(@())'],
  ['@()', '+(@())'], ['a(', '@(a'], ['@(a', '@(a'], ['ac', 'a!(b)c'], ['abc', 'a!(b)c'], ['abbc', 'a!(b)c'], ['a', '!(a|)'],
  ['b', '!(a|@(b))'], ['c', '!(a|@(b))'], ['x.js', '*.!(ts)'], ['x.ts', '*.!(ts)'], ['ab', '?(a)b'], ['b', '?(a)b'],
  ['aab', '*(a)b'], ['[x', '@([x|y)'], ['|', '@([|])'], ['a)', '@(a|[)])'], ['.a', '*(.a)'], ['a', '!(!(a))'], ['b', '!(!(a))'],
  ['x(y)', 'x(y)'], ['a|b', 'a|b'], ['ab', '@(a|b)!(c)'], ['abc', '@(a|b)!(c)']]) m('posix', p, g);
