// os values that are fixed on linux x64: platform, type, arch, machine, EOL, devNull, endianness.
const os = require('os');
console.log(os.platform(), os.type(), os.arch(), os.machine(), os.endianness());
console.log(JSON.stringify(os.EOL), os.devNull);
console.log(`${os.platform}`, `${os.type}`, `${os.arch}`, `${os.endianness}`);
