// cycles see partial exports
const a = require('./a');
console.log('main', a.done, a.bDone);
