// package imports map #specifiers
console.log(require('#dep'), require('#utils/x'));
