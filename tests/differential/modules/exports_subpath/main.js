// exports subpaths
console.log(require('pkg'), require('pkg/feature'));
