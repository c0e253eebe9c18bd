'use strict';
// AbortController and AbortSignal (abort, timeout, any, throwIfAborted, onabort).

const { EventTarget, Event, defineEventHandler, kTrustEvent, inspectAs } = require('internal/event_target');
const { DOMException } = require('internal/domexception');
const { codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS } } = require('internal/errors');
const { validateUint32, validateAbortSignalArray } = require('internal/validators');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kCreate = Symbol('kCreate');

function abortReason() {
  return new DOMException('This operation was aborted', 'AbortError');
}

class AbortSignal extends EventTarget {
  #aborted = false;
  #reason = undefined;

  constructor(key = undefined) {
    if (key !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
  }

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#aborted in self)) throw new ERR_INVALID_THIS('AbortSignal');
    return self;
  }

  // Marks the signal aborted and fires its trusted 'abort' event (once).
  static doAbort(signal, reason) {
    if (signal.#aborted) return;
    signal.#aborted = true;
    signal.#reason = reason;
    signal.dispatchEvent(new Event('abort', { [kTrustEvent]: true }));
  }

  get aborted() {
    return AbortSignal.#check(this).#aborted;
  }

  get reason() {
    return AbortSignal.#check(this).#reason;
  }

  throwIfAborted() {
    AbortSignal.#check(this);
    if (this.#aborted) throw this.#reason;
  }

  [customInspectSymbol](depth, options, inspect) {
    return inspectAs(this, 'AbortSignal', { aborted: this.#aborted }, depth, options, inspect);
  }

  static abort(reason = abortReason()) {
    const signal = new AbortSignal(kCreate);
    signal.#aborted = true;
    signal.#reason = reason;
    return signal;
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = new AbortSignal(kCreate);
    const timer = setTimeout(() => {
      doAbort(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay);
    timer.unref();
    return signal;
  }

  static any(signals) {
    validateAbortSignalArray(signals, 'signals');
    const result = new AbortSignal(kCreate);
    for (const signal of signals) {
      if (signal.aborted) {
        result.#aborted = true;
        result.#reason = signal.reason;
        return result;
      }
    }
    for (const signal of signals) {
      signal.addEventListener('abort', () => doAbort(result, signal.reason), { once: true });
    }
    return result;
  }
}
const { doAbort } = AbortSignal;
delete AbortSignal.doAbort;
defineEventHandler(AbortSignal.prototype, 'abort');
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, { value: 'AbortSignal', configurable: true });
Object.defineProperty(AbortSignal.prototype, customInspectSymbol, { enumerable: false });
for (const key of ['aborted', 'reason', 'throwIfAborted']) {
  Object.defineProperty(AbortSignal.prototype, key, {
    ...Object.getOwnPropertyDescriptor(AbortSignal.prototype, key),
    enumerable: true,
  });
}

class AbortController {
  #signal = new AbortSignal(kCreate);

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#signal in self)) throw new ERR_INVALID_THIS('AbortController');
    return self;
  }

  get signal() {
    return AbortController.#check(this).#signal;
  }

  abort(reason = abortReason()) {
    AbortController.#check(this);
    doAbort(this.#signal, reason);
  }

  [customInspectSymbol](depth, options, inspect) {
    return inspectAs(this, 'AbortController', { signal: this.#signal }, depth, options, inspect);
  }
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, { value: 'AbortController', configurable: true });
Object.defineProperty(AbortController.prototype, customInspectSymbol, { enumerable: false });
for (const key of ['signal', 'abort']) {
  Object.defineProperty(AbortController.prototype, key, {
    ...Object.getOwnPropertyDescriptor(AbortController.prototype, key),
    enumerable: true,
  });
}

module.exports = { AbortController, AbortSignal, abortSignal: doAbort };
