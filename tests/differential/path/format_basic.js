// path differential: format basic
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
show(() => path.format({"root": "/", "dir": "/home", "base": "f.txt"}));
show(() => path.format({"root": "/", "base": "f.txt"}));
show(() => path.format({"name": "f", "ext": ".txt"}));
show(() => path.format({"name": "f", "ext": "txt"}));
show(() => path.format({"dir": "d", "name": "n", "ext": "..e"}));
show(() => path.format({}));
show(() => path.format({"root": "/r", "base": "x"}));
show(() => path.format({"base": "b", "name": "ignored", "ext": ".x"}));
