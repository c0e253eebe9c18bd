// module.filename, children, parent, paths
const rel = (s) => String(s).split(__dirname).join('.');
require('./a');
console.log(rel(module.filename), module.children.map((m) => rel(m.id)), rel(module.paths[0]), rel(module.path));
