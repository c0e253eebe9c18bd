// core differential: process.getBuiltinModule (with and without node:, unknown ids, its id
// check), availableMemory/constrainedMemory's types, and the sourceMapsEnabled flag and setter.
console.log(typeof process.getBuiltinModule, process.getBuiltinModule('fs') === require('fs'),
  process.getBuiltinModule('node:path') === require('path'), process.getBuiltinModule('nope'),
  process.getBuiltinModule('node:nope'), process.getBuiltinModule('util/types') === require('util/types'));
for (const id of [1, undefined, {}]) {
  try { process.getBuiltinModule(id); } catch (e) { console.log(e.code, e.message); }
}
console.log(typeof process.availableMemory(), typeof process.constrainedMemory(), process.availableMemory() > 0);
const d = Object.getOwnPropertyDescriptor(process, 'sourceMapsEnabled');
console.log(typeof d.get, d.set, d.enumerable, process.sourceMapsEnabled);
try { process.setSourceMapsEnabled(1); } catch (e) { console.log(e.code, e.message); }
process.setSourceMapsEnabled(true);
console.log(process.sourceMapsEnabled);
