// require.resolve with options.paths
const rel = (s) => String(s).split(__dirname).join('.');
console.log(rel(require.resolve('dep', { paths: [__dirname + '/other'] })));
console.log(rel(require.resolve('./x', { paths: [__dirname + '/other'] })));
