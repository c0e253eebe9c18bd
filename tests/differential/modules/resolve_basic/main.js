// require.resolve for files and packages
const rel = (s) => String(s).split(__dirname).join('.');
console.log(rel(require.resolve('./a')), rel(require.resolve('pkg')), require.resolve('path'), require.resolve('node:fs'));
try { require.resolve('./zz'); } catch (e) { console.log(e.code); }
