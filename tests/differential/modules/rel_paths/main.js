// relative requires across folders
const a = require('./lib/a');
console.log(a.name, a.b.name);
