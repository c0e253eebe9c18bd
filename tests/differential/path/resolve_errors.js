// path differential: resolve errors
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
show(() => path.resolve('a', null));
show(() => path.resolve(1));
show(() => path.resolve('a', 'b', {}));
