// path differential: spaces and specials
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
show(() => path.join(" a ", " b "));
show(() => path.join("a b", "c\td"));
show(() => path.extname("a. b"));
show(() => path.extname("a .b"));
show(() => path.extname(" .x"));
show(() => path.basename("a\nb/c"));
