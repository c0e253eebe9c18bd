// require.main and module identity
console.log(require.main === module, module.id, module.loaded, module.parent);
const c = require('./child');
console.log(c.isMain, c.mainIsParent);
setTimeout(() => console.log('later', module.loaded), 0);
