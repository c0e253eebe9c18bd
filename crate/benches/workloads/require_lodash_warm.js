// Modules, warm: require('lodash') again in the same process after deleting its require.cache
// entries. Defined as: the file is re-read and re-compiled and re-run, but the resolver's
// caches and the process are warm (node: its stat/realpath caches and V8's code cache; nodeboa:
// its resolution caches, if any). The first, untimed require is the cold case.
// hosts: node nodeboa chromium bare
const path = require('path');
const where = path.join(__dirname, '../../../tests/packages/node_modules/lodash');
require(where);
for (const key of Object.keys(require.cache)) if (key.includes(`${path.sep}lodash${path.sep}`)) delete require.cache[key];
const t0 = performance.now();
const _ = require(where);
const ms = performance.now() - t0;
if (typeof _.chunk !== 'function') throw new Error('lodash');
console.log(`BENCH require_lodash_warm ${ms}`);
