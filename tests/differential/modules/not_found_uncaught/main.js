// an uncaught MODULE_NOT_FOUND exits with code 1
console.log('before');
require('./nope');
console.log('after');
