// package.json main naming a directory
console.log(require('foo'));
