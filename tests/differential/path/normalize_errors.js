// path differential: normalize errors
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
show(() => path.normalize(5));
show(() => path.normalize(null));
show(() => path.normalize());
show(() => path.normalize(true));
