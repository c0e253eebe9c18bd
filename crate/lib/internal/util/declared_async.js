// internal/util/declared_async: functions the library writes as plain functions returning a
// promise where Node's are async functions (the fs/promises API, whose promises must settle on
// the loop's schedule, not an async function's). Marked, they are async functions to
// util.types.isAsyncFunction and util.inspect, and inherit from AsyncFunction.prototype
// (`constructor.name` 'AsyncFunction', `[object AsyncFunction]`).
'use strict';

const declared = new WeakSet();
const AsyncFunctionPrototype = Object.getPrototypeOf(async function() {});

function markAsync(fn) {
  declared.add(fn);
  Object.setPrototypeOf(fn, AsyncFunctionPrototype);
  return fn;
}

function isDeclaredAsync(fn) {
  return declared.has(fn);
}

module.exports = { isDeclaredAsync, markAsync };
