// node_modules are searched up the tree
console.log(require('./sub/deep/file'));
