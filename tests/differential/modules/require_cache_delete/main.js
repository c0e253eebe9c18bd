// deleting from require.cache re-executes a module
const f = require.resolve('./counter');
require('./counter'); require('./counter');
delete require.cache[f];
require('./counter');
console.log(globalThis.runs, Object.keys(require.cache).length);
