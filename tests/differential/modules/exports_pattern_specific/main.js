// the most specific pattern wins
console.log(require('pkg/x/one.js'), require('pkg/x/special/two.js'));
