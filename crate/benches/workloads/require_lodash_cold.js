// Modules, cold: the first require('lodash') in a fresh process (resolve, read, compile, run
// its ~17 000-line single file). lodash comes from tests/packages/node_modules (`npm ci` there).
// hosts: node nodeboa chromium bare
// quick
const path = require('path');
const where = path.join(__dirname, '../../../tests/packages/node_modules/lodash');
const t0 = performance.now();
const _ = require(where);
const ms = performance.now() - t0;
if (typeof _.chunk !== 'function') throw new Error('lodash');
console.log(`BENCH require_lodash_cold ${ms}`);
