const a = require('./a');
console.log('b sees a.done =', a.done);
exports.done = true;
