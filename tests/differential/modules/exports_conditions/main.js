// require picks the require condition
console.log(require('pkg'));
