// NODE_PATH's folders are searched after node_modules, in order, empty entries skipped; they
// and HOME's folders lead Module.globalPaths (read when the process starts).
// env: NODE_PATH=np2::np
// env: HOME=/nonexistent-home
const Module = require('module');
console.log(Module.globalPaths.slice(0, 4));
console.log(typeof Module._initPaths);
console.log(require('greeting'));
process.env.NODE_PATH = '';
console.log(require('greeting') === require('greeting'));
try {
  require('not-on-any-path');
} catch (e) {
  console.log(e.code);
}
