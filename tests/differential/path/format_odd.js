// path differential: format odd
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
show(() => path.format({ name: 5, ext: 6 }));
show(() => path.format({ base: 0, name: 'n', dir: 0, root: 'r' }));
show(() => path.format({ dir: '/a', root: '/a' , base: 'b'}));
show(() => path.format(null));
show(() => path.format('x'));
show(() => path.format([]));
show(() => path.format(undefined));
