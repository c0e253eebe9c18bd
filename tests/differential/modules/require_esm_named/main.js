// require() of an ESM-only package (type module + exports)
const { greet } = require('esm-only');
console.log(greet('cjs'));
