// console: the global console instance (writes to process.stdout / process.stderr), with the
// `Console` class attached as `console.Console`.
'use strict';

const { Console, createGlobalConsole } = require('internal/console/constructor');

const globalConsole = createGlobalConsole();

function noop() {}

globalConsole.Console = Console;

// Inspector-only methods (V8's own in Node): accepted and ignored.
for (const name of ['profile', 'profileEnd', 'timeStamp']) {
  globalConsole[name] = noop;
}

// `console.context(name)`: a console whose methods report to the inspector only, so in Node
// they print nothing.
const CONTEXT_METHODS = ['dir', 'dirXml', 'table', 'groupEnd', 'clear', 'count', 'countReset', 'profile',
  'profileEnd', 'timeLog', 'debug', 'error', 'info', 'log', 'warn', 'trace', 'group', 'groupCollapsed', 'assert',
  'time', 'timeEnd', 'timeStamp'];
globalConsole.context = { context(name) {
  const context = {};
  for (const method of CONTEXT_METHODS) context[method] = { [method]() {} }[method];
  return context;
} }.context;

// `console.createTask(name)`: an async stack-tagging task for the inspector; `run(f)` calls f.
globalConsole.createTask = { createTask(...args) {
  if (typeof args[0] !== 'string' || args[0] === '') throw new Error('First argument must be a non-empty string.');
  return { run(f) { return f(); } };
} }.createTask;

module.exports = globalConsole;
