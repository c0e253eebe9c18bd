// Engine floor for require_lodash_cold.js: bare Boa compiles lodash's source inside the same
// CommonJS wrapper (by indirect eval, the same parser and compiler) and runs it; no resolution,
// no file system, no require.cache. The file is read before the timer starts.
const source = readFile('../../../tests/packages/node_modules/lodash/lodash.js');
const t0 = performance.now();
const wrapper = (0, eval)(`(function (exports, require, module, __filename, __dirname) {${source}\n})`);
const module = { exports: {} };
wrapper.call(module.exports, module.exports, () => { throw new Error('no require'); }, module, 'lodash.js', '.');
const ms = performance.now() - t0;
if (typeof module.exports.chunk !== 'function') throw new Error('lodash');
console.log(`BENCH require_lodash_cold ${ms}`);
