// package.json main points into the package
console.log(require('foo'));
