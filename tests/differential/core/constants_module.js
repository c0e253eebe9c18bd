// The deprecated `constants` module: the union of os, fs and crypto constants, frozen.
const c = require('constants');
console.log(Object.isFrozen(c), c.O_RDONLY, c.O_CREAT, c.ENOENT, c.SIGINT, c.S_IFMT, c.RTLD_LAZY);
console.log(c.O_RDONLY === require('fs').constants.O_RDONLY, c.EACCES === require('os').constants.errno.EACCES);
console.log(require('node:constants') === c, typeof c.PRIORITY_HIGH);
