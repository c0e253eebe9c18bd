// require.resolve.paths
const rel = (s) => String(s).split(__dirname).join('.');
const p = require.resolve.paths('x');
console.log(p.slice(0, 2).map(rel));
console.log(require.resolve.paths('./x').map(rel), require.resolve.paths('path'));
