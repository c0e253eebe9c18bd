// path differential: join errors
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
show(() => path.join('a', 1));
show(() => path.join(null));
show(() => path.join('a', undefined));
show(() => path.join({}));
show(() => path.join('a', ['b']));
