// module.exports may be a function or a class
const f = require('./f');
const C = require('./c');
console.log(f(2), new C().hi(), typeof require('./p'));
