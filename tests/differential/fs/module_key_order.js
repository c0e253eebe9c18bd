// fs and fs/promises list their keys in Node's order; fs's streams, Dir and opendir are
// accessors whose setter replaces the value; fs.constants is a null-prototype object of
// read-only properties that is not frozen.
const fs = require('fs');
console.log(Object.keys(fs).join(' '));
console.log(Object.keys(fs.promises).join(' '));
console.log(Object.keys(require('fs/promises')).join(' '));
for (const k of Object.keys(fs)) {
  const desc = Object.getOwnPropertyDescriptor(fs, k);
  if (desc.get || desc.set) console.log(k, !!desc.get, !!desc.set, desc.enumerable, desc.configurable);
}
console.log(Object.getPrototypeOf(fs.constants), Object.isFrozen(fs.constants), Object.isExtensible(fs.constants));
console.log(Object.getOwnPropertyDescriptor(fs.constants, 'O_RDONLY'));
console.log(fs.ReadStream === fs.FileReadStream, fs.Dir.name, fs.opendir.name, fs.opendirSync.length);
const saved = fs.ReadStream;
fs.ReadStream = 42;
console.log(fs.ReadStream, fs.FileReadStream === saved);
fs.ReadStream = saved;
const sd = fs.opendirSync;
fs.opendirSync = 'x';
console.log(fs.opendirSync);
fs.opendirSync = sd;
console.log(typeof fs.opendirSync);
