// the module built-in
const Module = require('module');
console.log(Module.builtinModules.includes('path'), Module.isBuiltin('node:path'), Module.isBuiltin('path'), Module.isBuiltin('nope'), Module.isBuiltin('node:nope'));
console.log(typeof Module.createRequire, typeof Module._extensions['.js'], typeof Module._load, module instanceof Module, require('node:module') === Module);
console.log(Module.wrap('x'));
