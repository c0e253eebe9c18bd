// symlinked packages resolve to their real path (one module instance, real __filename)
const rel = (s) => String(s).split(__dirname).join('.');
const a = require('linked');
const b = require('./packages/linked');
console.log(a === b, rel(a.file), rel(require.resolve('linked')));
console.log(a.dep);
