// exports subpath patterns with *
console.log(require('pkg/utils/a'), require('pkg/utils/deep/b'));
