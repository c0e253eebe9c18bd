// a nested node_modules shadows the outer one
console.log(require('a'), require('b'));
