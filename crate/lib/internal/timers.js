'use strict';
// Timeout and Immediate objects over the loop's native timer and immediate handles.
//
// The loop (Rust) owns the timer heap, ordered by (deadline, start order), and the check-phase
// queue; these classes are the JavaScript face Node gives them: `ref`/`unref`/`hasRef`,
// `refresh`, `close`, and a numeric id through `Symbol.toPrimitive` that `clearTimeout` accepts.

const binding = internalBinding('timers');
const { validateFunction } = require('internal/validators');

// 2^31-1: larger delays do not fit libuv's int and become 1 ms, with a warning.
const TIMEOUT_MAX = 2 ** 31 - 1;

const kId = Symbol('timerId');
const kRefed = Symbol('refed');
// Timers whose numeric id escaped through Symbol.toPrimitive, so clearTimeout(id) can find them.
const knownTimersById = new Map();

function coerceDelay(after) {
  after *= 1;
  if (!(after >= 1 && after <= TIMEOUT_MAX)) {
    if (after > TIMEOUT_MAX) {
      process.emitWarning(`${after} does not fit into a 32-bit signed integer.` +
        '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
    }
    after = 1;
  }
  return after;
}

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    // NOTE: returns the native setter's object, so `new Timeout` and `setTimeout` give the same
    // own properties, in the same order.
    const timeout = (isRepeat ? setInterval : setTimeout)(callback, after, ...(args || []));
    if (!isRefed) timeout.unref();
    return timeout;
  }

  refresh() {
    // A cleared timer stays cleared; one that fired is re-armed, as in Node.
    if (this._onTimeout === null) return this;
    if (this._destroyed) this._destroyed = false;
    this._idleStart = binding.getLoopTime();
    if (!binding.refreshTimer(this[kId])) {
      this[kId] = binding.scheduleTimer(this, this._onTimeout, this._timerArgs,
        this._idleTimeout, this._repeat !== null, this[kRefed]);
    }
    return this;
  }

  unref() {
    this[kRefed] = false;
    binding.setTimerRef(this[kId], false);
    return this;
  }

  ref() {
    this[kRefed] = true;
    binding.setTimerRef(this[kId], true);
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    const id = this[kId];
    knownTimersById.set(id, this);
    return id;
  }
}

class Immediate {
  constructor(callback, args) {
    // NOTE: returns the native setter's object (see Timeout).
    return setImmediate(callback, ...(args || []));
  }

  ref() {
    if (this._destroyed) return this;
    this[kRefed] = true;
    binding.setImmediateRef(this[kId], true);
    return this;
  }

  unref() {
    if (this._destroyed) return this;
    this[kRefed] = false;
    binding.setImmediateRef(this[kId], false);
    return this;
  }

  hasRef() {
    return !!this[kRefed];
  }
}

// Native (see src/bindings/timers.rs for why): they build the Timeout or Immediate with Node's
// own properties and start it in one call. The loop marks an Immediate destroyed and unrefed as it
// runs it, and a one-shot Timeout destroyed after its callback, as Node's lists do.
const [setTimeout, setInterval, setImmediate] = binding.makeTimerFunctions({
  Immediate, Timeout, kRefed, kId, validateFunction, coerceDelay,
});

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    timer._destroyed = true;
    binding.clearTimer(timer[kId]);
    knownTimersById.delete(timer[kId]);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const known = knownTimersById.get(+timer);
    if (known !== undefined) clearTimeout(known);
  }
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed || immediate[kId] === undefined) return;
  immediate._destroyed = true;
  immediate[kRefed] = null;
  immediate._onImmediate = null;
  binding.clearImmediate(immediate[kId]);
}

// util.promisify(setTimeout) and util.promisify(setImmediate) give the timers/promises forms.
const promisifyCustom = Symbol.for('nodejs.util.promisify.custom');
Object.defineProperty(setTimeout, promisifyCustom, {
  get() { return require('timers/promises').setTimeout; },
  enumerable: true,
  configurable: true,
});
Object.defineProperty(setImmediate, promisifyCustom, {
  get() { return require('timers/promises').setImmediate; },
  enumerable: true,
  configurable: true,
});

module.exports = {
  Timeout,
  Immediate,
  TIMEOUT_MAX,
  coerceDelay,
  setTimeout,
  setInterval,
  clearTimeout,
  clearInterval: clearTimeout,
  setImmediate,
  clearImmediate,
};
