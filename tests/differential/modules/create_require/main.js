// createRequire from a path and a directory
const { createRequire } = require('module');
const r = createRequire(__dirname + '/sub/');
console.log(r('./x'));
const r2 = createRequire(__dirname + '/sub/file.js');
console.log(r2('./x'), r2('dep'));
try { createRequire('relative'); } catch (e) { console.log(e.code); }
