const x = require('./x.js');
console.log('y sees x partially:', JSON.stringify(x));
throw new TypeError('y failed');
