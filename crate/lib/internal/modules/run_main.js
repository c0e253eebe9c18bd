'use strict';
// Running the entry point: `nodeboa FILE` (CommonJS main module) and `nodeboa -e/-p CODE`.

const Module = require('internal/modules/cjs/loader');
const path = require('path');
const { evalScript } = internalBinding('contextify');

function runMain(main) {
  const filename = path.resolve(main);
  process.argv.splice(1, 0, filename);
  Module._load(filename, null, true);
}

function evalMain(code, print) {
  process._evalSource = code;
  const module = new Module('[eval]', undefined);
  module.filename = path.join(process.cwd(), '[eval]');
  module.paths = Module._nodeModulePaths(process.cwd());
  globalThis.module = module;
  globalThis.exports = module.exports;
  globalThis.require = Module.makeRequireFunction(module);
  globalThis.__filename = '[eval]';
  globalThis.__dirname = '.';
  const result = evalScript(code, '[eval]');
  if (print) console.log(result);
}

module.exports = { runMain, evalMain };
