'use strict';
// process.nextTick and queueMicrotask. The queues themselves live in Rust (the loop drains them
// after every callback: ticks, then microtasks, until both are empty); this file only validates.

const { queueTick, enqueueMicrotask } = internalBinding('task_queue');
const { validateFunction } = require('internal/validators');

function nextTick(callback, ...args) {
  if (typeof callback !== 'function') validateFunction(callback, 'callback');
  if (process._exiting) return;
  queueTick(callback, args);
}

function queueMicrotask(callback) {
  validateFunction(callback, 'callback');
  enqueueMicrotask(callback);
}

module.exports = { nextTick, queueMicrotask };
