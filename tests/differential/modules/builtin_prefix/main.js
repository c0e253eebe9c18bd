// node: built-ins
console.log(require('node:path') === require('path'));
try { require('node:nope'); } catch (e) { console.log(e.code, e.message); }
