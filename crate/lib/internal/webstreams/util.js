'use strict';
// Shared pieces of the web streams: deferred promises, queuing strategies, and the errors.

const { codes: { ERR_INVALID_STATE, ERR_INVALID_ARG_VALUE } } = require('internal/errors');

function deferred() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

// A promise whose rejection is marked handled (so an unobserved reader.closed does not crash).
function handled(promise) {
  promise.catch(() => {});
  return promise;
}

function extractStrategy(strategy, defaultHwm) {
  const hwm = strategy?.highWaterMark === undefined ? defaultHwm : Number(strategy.highWaterMark);
  if (Number.isNaN(hwm) || hwm < 0) throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.highWaterMark', hwm);
  const size = typeof strategy?.size === 'function' ? strategy.size : () => 1;
  return { hwm, size };
}

class CountQueuingStrategy {
  constructor(init) {
    this.highWaterMark = init?.highWaterMark;
  }

  get size() {
    return function size() { return 1; };
  }
}

class ByteLengthQueuingStrategy {
  constructor(init) {
    this.highWaterMark = init?.highWaterMark;
  }

  get size() {
    return function size(chunk) { return chunk.byteLength; };
  }
}

function lockedError(what) {
  return new ERR_INVALID_STATE.TypeError(`${what} is locked`);
}

const kState = Symbol('kWebStreamState');

module.exports = { kState, deferred, handled, extractStrategy, CountQueuingStrategy, ByteLengthQueuingStrategy, lockedError };
