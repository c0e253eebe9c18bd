// package.json main without an extension
console.log(require('foo'));
