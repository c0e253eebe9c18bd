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

const kInspect = Symbol.for('nodejs.util.inspect.custom');
let inspect;

// Node prints a web streams object as its class name and a few fields (`ReadableStream { locked:
// false, state: 'readable', supportsBYOB: false }`), never its internal state: `data(object)`
// gives those fields. Past the depth limit it prints `undefined`, as node does.
function defineInspect(cls, data) {
  Object.defineProperty(cls.prototype, kInspect, {
    __proto__: null,
    value(depth, options) {
      if (depth < 0) return undefined;
      inspect ??= require('internal/util/inspect').inspect;
      return `${cls.name} ${inspect(data(this), { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
    },
    writable: true,
    configurable: true,
  });
}

module.exports = {
  kState, deferred, handled, extractStrategy, CountQueuingStrategy, ByteLengthQueuingStrategy, lockedError, defineInspect,
};
