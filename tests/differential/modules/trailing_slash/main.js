// a request ending in / names a directory
console.log(require('./lib/').v);
console.log(require('./lib').v);
