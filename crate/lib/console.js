// console: the global console instance (writes to process.stdout / process.stderr), with the
// `Console` class attached as `console.Console`.
'use strict';

const { Console, createGlobalConsole } = require('internal/console/constructor');

const globalConsole = createGlobalConsole();

function noop() {}

// Inspector-only methods: accepted and ignored.
for (const name of ['profile', 'profileEnd', 'timeStamp']) {
  globalConsole[name] = noop;
}

Object.defineProperty(globalConsole, 'Console', {
  value: Console,
  writable: true,
  enumerable: false,
  configurable: true,
});

module.exports = globalConsole;
