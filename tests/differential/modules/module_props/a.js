const rel = (s) => String(s).split(__dirname).join('.');
require('./b');
console.log(rel(module.id), module.parent.id, module.children.length, module.loaded);
