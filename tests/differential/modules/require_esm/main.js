// require() of an ES module (Node 20.19+): a namespace with __esModule when it has a default
const m = require('./e.mjs');
console.log(m, require('./e.mjs') === m);
const n = require('./named.mjs');
console.log(n, Object.keys(require.cache).map((k) => k.split('/').pop()));
