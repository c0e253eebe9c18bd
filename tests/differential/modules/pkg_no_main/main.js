// a package without main loads index.js
console.log(require('foo'));
