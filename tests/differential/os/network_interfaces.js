// os.networkInterfaces() returns an object.
const os = require('os');
const ni = os.networkInterfaces();
console.log(typeof ni, ni !== null, Array.isArray(ni));
