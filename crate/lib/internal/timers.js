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
    // NOTE: returns the object `createTimeout` builds (see `createImmediate` for why).
    return createTimeout(callback, after, args, isRepeat, isRefed);
  }

  refresh() {
    if (this._destroyed) return this;
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
    // NOTE: returns the object `createImmediate` builds (see there), so `new Immediate` and
    // `setImmediate` give the same own properties, in the same order.
    return createImmediate(callback, args);
  }

  ref() {
    this[kRefed] = true;
    binding.setImmediateRef(this[kId], true);
    return this;
  }

  unref() {
    this[kRefed] = false;
    binding.setImmediateRef(this[kId], false);
    return this;
  }

  hasRef() {
    return this[kRefed];
  }
}

// An Immediate, built as an object literal on Immediate.prototype: in Boa a literal costs less
// than half of a constructor's `this.x = …` stores (each of those walks the prototype chain for
// setters before it adds the property), and setImmediate is on every check-phase hop.
function createImmediate(callback, args) {
  const immediate = {
    __proto__: Immediate.prototype,
    _onImmediate: callback,
    _argv: args,
    _destroyed: false,
    [kRefed]: true,
    [kId]: 0,
  };
  // The loop calls `callback` with `this` = the Immediate, as Node does.
  immediate[kId] = binding.scheduleImmediate(immediate, callback, args);
  return immediate;
}

function createTimeout(callback, after, args, isRepeat, isRefed) {
  after = coerceDelay(after);
  const timeout = {
    __proto__: Timeout.prototype,
    _idleTimeout: after,
    _onTimeout: callback,
    _timerArgs: args,
    _repeat: isRepeat ? after : null,
    _destroyed: false,
    [kRefed]: isRefed,
    [kId]: 0,
  };
  timeout[kId] = binding.scheduleTimer(timeout, callback, args, after, isRepeat, isRefed);
  return timeout;
}

function setTimeout(callback, after, ...args) {
  if (typeof callback !== 'function') validateFunction(callback, 'callback');
  return createTimeout(callback, after, args.length ? args : undefined, false, true);
}

function setInterval(callback, repeat, ...args) {
  validateFunction(callback, 'callback');
  return createTimeout(callback, repeat, args.length ? args : undefined, true, true);
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
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

function setImmediate(callback, ...args) {
  if (typeof callback !== 'function') validateFunction(callback, 'callback');
  return createImmediate(callback, args.length ? args : undefined);
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed || immediate[kId] === undefined) return;
  immediate._destroyed = true;
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
