// os.constants: priority, dlopen, UV_UDP_REUSEADDR and the property descriptor.
const os = require('os');
console.log(Object.keys(os.constants));
console.log(os.constants.priority, os.constants.dlopen, os.constants.UV_UDP_REUSEADDR);
const d = Object.getOwnPropertyDescriptor(os, 'constants');
console.log(d.writable, d.enumerable, d.configurable);
