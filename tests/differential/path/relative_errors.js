// path differential: relative errors
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
show(() => path.relative(1, 'a'));
show(() => path.relative('a', null));
show(() => path.relative());
