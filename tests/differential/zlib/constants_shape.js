// zlib differential: zlib.constants key by key, zlib.codes both ways, and the module's export list
const zlib = require('zlib');
console.log(JSON.stringify(Object.entries(zlib.constants)));
console.log(Object.getPrototypeOf(zlib.constants), Object.isFrozen(zlib.constants), Object.keys(zlib.constants).length);
console.log(JSON.stringify(zlib.codes), Object.isFrozen(zlib.codes));
console.log(Object.keys(zlib).join(' '));
const d = Object.getOwnPropertyDescriptor(zlib, 'constants');
console.log(d.writable, d.enumerable, d.configurable);
