// a directory loads its index.js
console.log(require('./lib').who);
