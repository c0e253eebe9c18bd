// module.exports wins over exports
console.log(require('./a'), require('./b'), require('./c'));
