exports.done = false;
const b = require('./b');
exports.bDone = b.done;
exports.done = true;
