'use strict';
// Running the entry point: `nodeboa FILE` (a CommonJS or ES module main) and
// `nodeboa -e/-p CODE`.

const Module = require('internal/modules/cjs/loader');
const packageJsonReader = require('internal/modules/package_json_reader');
const path = require('path');
const { evalScript } = internalBinding('contextify');
const { getPromiseDetails } = internalBinding('util');

function resolveMainPath(main) {
  const filename = path.resolve(main);
  try {
    return Module._findPath(filename, null, true) || filename;
  } catch {
    return filename;
  }
}

// Whether the entry point runs as an ES module: `.mjs`, or `.js` (or no extension) inside a
// `"type": "module"` package.
function isEsmEntry(filename) {
  if (filename.endsWith('.mjs')) return true;
  if (filename.endsWith('.cjs')) return false;
  if (filename.endsWith('.js') || path.extname(filename) === '') {
    return packageJsonReader.getPackageType(filename) === 'module';
  }
  return false;
}

function runMain(main, argvSet = false) {
  const filename = resolveMainPath(main);
  if (!argvSet) process.argv.splice(1, 0, path.resolve(main));
  if (!isEsmEntry(filename)) {
    Module._load(filename, null, true);
    return;
  }
  const esm = require('internal/modules/esm/loader');
  const promise = esm.runModule(filename);
  // Node: a main module whose top-level await never settles exits with code 13.
  process.on('exit', function checkUnsettledTopLevelAwait() {
    const details = getPromiseDetails(promise);
    if (details && details[0] === 0) {
      process.exitCode = 13;
      internalBinding('output').writeStderr(`Warning: Detected unsettled top-level await at ${esm.pathToFileURL(filename)}\n`);
    }
  });
  promise.then(undefined, (err) => {
    const reported = esm.explainLinkError(err, filename);
    // Re-thrown from a fresh microtask-free context: the loop reports it as uncaught.
    queueMicrotask(() => { throw reported; });
  });
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
