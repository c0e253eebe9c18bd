// require.cache is keyed by resolved filename
const rel = (s) => String(s).split(__dirname).join('.');
require('./a'); require('./lib');
console.log(Object.keys(require.cache).map(rel));
console.log(require.cache[__filename] === module);
