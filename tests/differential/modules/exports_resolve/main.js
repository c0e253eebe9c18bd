// require.resolve goes through exports
const rel = (s) => String(s).split(__dirname).join('.');
console.log(rel(require.resolve('pkg')), rel(require.resolve('pkg/f')));
