// nested conditions: node → require
console.log(require('pkg'), require('pkg/sub'));
