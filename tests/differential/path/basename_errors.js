// path differential: basename errors
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
show(() => path.basename(1));
show(() => path.basename('a', 1));
show(() => path.basename('a', null));
show(() => path.basename('a', undefined));
