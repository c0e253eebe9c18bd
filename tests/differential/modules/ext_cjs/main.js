// .cjs files load as CommonJS
console.log(require('./x.cjs').v, require('./x.cjs') === require('./x.cjs'));
