'use strict';
// The Readable operators (`readable.map`, `filter`, `flatMap`, `take`, `drop`, `asIndexedPairs`
// return a new Readable; `forEach`, `toArray`, `some`, `every`, `find`, `reduce` return a
// promise). Each is an async generator or async function over the stream's async iterator.
//
// How `map` runs `fn` concurrently: a pump reads the source and starts `fn(chunk, { signal })`
// for each chunk, queueing the promises in source order; the generator awaits the head of the
// queue and yields it. The pump pauses when `concurrency` calls are unsettled or the queue holds
// `concurrency + highWaterMark` entries, and is woken as the consumer takes results. Ending the
// generator early (break, destroy, error) aborts the signal passed to `fn` and stops the pump,
// which ends the source's iterator and so destroys the source.

const { AbortError, codes: { ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS, ERR_OUT_OF_RANGE } } = require('internal/errors');
const { validateAbortSignal, validateInteger, validateObject } = require('internal/validators');

function validateFunction(fn, name) {
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE(name, ['Function', 'AsyncFunction'], fn);
}

const kEmpty = Symbol('kEmpty');
const kEof = Symbol('kEof');

function validateOptions(options) {
  if (options != null) validateObject(options, 'options');
  if (options?.signal != null) validateAbortSignal(options.signal, 'options.signal');
}

function throwIfAborted(signal) {
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
}

function map(fn, options) {
  validateFunction(fn, 'fn');
  validateOptions(options);
  let concurrency = 1;
  if (options?.concurrency != null) concurrency = Math.floor(options.concurrency);
  let highWaterMark = concurrency - 1;
  if (options?.highWaterMark != null) highWaterMark = Math.floor(options.highWaterMark);
  validateInteger(concurrency, 'options.concurrency', 1);
  validateInteger(highWaterMark, 'options.highWaterMark', 0);
  highWaterMark += concurrency;
  const source = this;
  const outerSignal = options?.signal;

  return async function* map() {
    const controller = new AbortController();
    const signal = controller.signal;
    const onAbort = () => controller.abort(outerSignal.reason);
    outerSignal?.addEventListener('abort', onAbort);
    if (outerSignal?.aborted) controller.abort(outerSignal.reason);
    const callOptions = { signal };

    const queue = [];
    let pending = 0;
    let done = false;
    let wakeConsumer = null;
    let wakeProducer = null;
    const wake = (which) => {
      const w = which === 'consumer' ? wakeConsumer : wakeProducer;
      if (which === 'consumer') wakeConsumer = null;
      else wakeProducer = null;
      if (w) w();
    };

    function settled() {
      pending--;
      wake('producer');
    }

    async function pump() {
      try {
        for await (const chunk of source) {
          if (done) return;
          throwIfAborted(signal);
          let result;
          try {
            result = fn(chunk, callOptions);
          } catch (err) {
            result = Promise.reject(err);
          }
          if (result && typeof result.then === 'function') {
            pending++;
            result = Promise.resolve(result);
            result.then(settled, settled);
          }
          queue.push(result);
          wake('consumer');
          while (!done && (queue.length >= highWaterMark || pending >= concurrency)) {
            await new Promise((resolve) => { wakeProducer = resolve; });
          }
          if (done) return;
        }
        queue.push(kEof);
      } catch (err) {
        const failed = Promise.reject(err);
        failed.catch(() => {});
        queue.push(failed);
      } finally {
        done = true;
        wake('consumer');
      }
    }

    pump();
    try {
      while (true) {
        while (queue.length > 0) {
          const value = await queue[0];
          if (value === kEof) return;
          throwIfAborted(signal);
          if (value !== kEmpty) yield value;
          queue.shift();
          wake('producer');
        }
        await new Promise((resolve) => { wakeConsumer = resolve; });
      }
    } finally {
      done = true;
      controller.abort();
      outerSignal?.removeEventListener('abort', onAbort);
      wake('producer');
      // Swallow the rejections of results nobody will read.
      for (const p of queue) if (p && typeof p.catch === 'function') p.catch(() => {});
    }
  }.call(this);
}

function asIndexedPairs(options = undefined) {
  validateOptions(options);
  const source = this;
  return async function* asIndexedPairs() {
    let index = 0;
    for await (const val of source) {
      throwIfAborted(options?.signal);
      yield [index++, val];
    }
  }.call(this);
}

async function some(fn, options = undefined) {
  for await (const unused of filter.call(this, fn, options)) {
    return true;
  }
  return false;
}

async function every(fn, options = undefined) {
  validateFunction(fn, 'fn');
  return !(await some.call(this, async (...args) => !(await fn(...args)), options));
}

async function find(fn, options) {
  for await (const result of filter.call(this, fn, options)) {
    return result;
  }
  return undefined;
}

async function forEach(fn, options) {
  validateFunction(fn, 'fn');
  async function forEachFn(value, opts) {
    await fn(value, opts);
    return kEmpty;
  }
  for await (const unused of map.call(this, forEachFn, options));
}

function filter(fn, options) {
  validateFunction(fn, 'fn');
  async function filterFn(value, opts) {
    if (await fn(value, opts)) return value;
    return kEmpty;
  }
  return map.call(this, filterFn, options);
}

async function reduce(reducer, initialValue, options) {
  validateFunction(reducer, 'reducer');
  validateOptions(options);
  let hasInitialValue = arguments.length > 1;
  if (options?.signal?.aborted) {
    const err = new AbortError(undefined, { cause: options.signal.reason });
    this.once('error', () => {});
    this.destroy(err);
    throw err;
  }
  const controller = new AbortController();
  const signal = controller.signal;
  const onAbort = () => controller.abort(options.signal.reason);
  options?.signal?.addEventListener('abort', onAbort, { once: true });
  let gotAnyItemFromStream = false;
  try {
    for await (const value of this) {
      gotAnyItemFromStream = true;
      throwIfAborted(options?.signal);
      if (!hasInitialValue) {
        initialValue = value;
        hasInitialValue = true;
      } else {
        initialValue = await reducer(initialValue, value, { signal });
      }
    }
    if (!gotAnyItemFromStream && !hasInitialValue) {
      const err = new ERR_MISSING_ARGS('reduce');
      err.message = 'Reduce of an empty stream requires an initial value';
      throw err;
    }
  } finally {
    controller.abort();
    options?.signal?.removeEventListener('abort', onAbort);
  }
  return initialValue;
}

async function toArray(options) {
  validateOptions(options);
  const result = [];
  for await (const val of this) {
    throwIfAborted(options?.signal);
    result.push(val);
  }
  return result;
}

function flatMap(fn, options) {
  const values = map.call(this, fn, options);
  return async function* flatMap() {
    for await (const val of values) yield* val;
  }.call(this);
}

// Node coerces with Number() only: NaN counts as 0, fractions stay fractions.
function toIntegerOrInfinity(number) {
  number = Number(number);
  if (Number.isNaN(number)) return 0;
  if (number < 0) throw new ERR_OUT_OF_RANGE('number', '>= 0', number);
  return number;
}

function drop(number, options = undefined) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  return async function* drop() {
    throwIfAborted(options?.signal);
    for await (const val of this) {
      throwIfAborted(options?.signal);
      if (number-- <= 0) yield val;
    }
  }.call(this);
}

function take(number, options = undefined) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  return async function* take() {
    throwIfAborted(options?.signal);
    for await (const val of this) {
      throwIfAborted(options?.signal);
      if (number-- > 0) yield val;
      if (number <= 0) return;
    }
  }.call(this);
}

// Installs the operators on Readable.prototype, as non-enumerable methods named and sized
// like Node's.
function install(Readable) {
  const { codes: { ERR_ILLEGAL_CONSTRUCTOR } } = require('internal/errors');
  const streamReturning = { asIndexedPairs, drop, filter, flatMap, map, take };
  const promiseReturning = { every, forEach, reduce, toArray, some, find };
  for (const [name, op] of Object.entries(streamReturning)) {
    const method = {
      [name]: function(...args) {
        if (new.target) throw new ERR_ILLEGAL_CONSTRUCTOR();
        return Readable.from(Reflect.apply(op, this, args));
      },
    }[name];
    Object.defineProperty(method, 'length', { value: op.length });
    const value = name === 'asIndexedPairs' ?
      require('util').deprecate(method, 'readable.asIndexedPairs will be removed in a future version.') : method;
    Object.defineProperty(Readable.prototype, name, { value, enumerable: false, configurable: true, writable: true });
  }
  for (const [name, op] of Object.entries(promiseReturning)) {
    const method = {
      [name]: function(...args) {
        if (new.target) throw new ERR_ILLEGAL_CONSTRUCTOR();
        return Reflect.apply(op, this, args);
      },
    }[name];
    Object.defineProperty(method, 'length', { value: op.length });
    Object.defineProperty(Readable.prototype, name, { value: method, enumerable: false, configurable: true, writable: true });
  }
}

module.exports = { install };
