'use strict';
// process.nextTick and queueMicrotask. The queues themselves live in Rust (the loop drains them
// after every callback: ticks, then microtasks, until both are empty); this file only validates.

const { makeNextTick, enqueueMicrotask } = internalBinding('task_queue');
const { validateFunction } = require('internal/validators');

// Native (src/bindings/task_queue.rs): validates with validateFunction, and queues nothing once
// process._exiting is set (`setExiting`).
const nextTick = makeNextTick(validateFunction);

function queueMicrotask(callback) {
  validateFunction(callback, 'callback');
  enqueueMicrotask(callback);
}

module.exports = { nextTick, queueMicrotask };
