// os exports: key list, and which members are functions.
const os = require('os');
console.log(Object.keys(os));
console.log(Object.keys(os).map((k) => `${k}:${typeof os[k]}`).join(' '));
console.log(require('node:os') === os);
