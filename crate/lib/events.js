// events: Node's EventEmitter (plus the static helpers once/on/getEventListeners/...),
// written from Node's documented and observed behaviour. The listener methods are
// internal/events/listeners; the rarer statics load internal/events/static on first call.
'use strict';

const {
  validateAbortSignal,
  validateBoolean,
  validateNumber,
} = require('internal/validators');
const listenerMethods = require('internal/events/listeners');
const { getDefaultMaxListeners, getMaxListenersOf, kShapeMode, nullObject, setDefaultMaxListeners } = listenerMethods;

const { emit, kCapture, kErrorMonitor, kRejection } = require('internal/events/emit');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');

let statics;
const lazyStatics = () => (statics ??= require('internal/events/static'));

function checkMaxListeners(n, name) {
  validateNumber(n, name, 0);
}

// ---------------------------------------------------------------------------------------------
// The constructor. A plain function so `EventEmitter.call(this)` works for util.inherits users.

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;
Object.defineProperty(EventEmitter.prototype, kCapture, {
  value: false, writable: true, enumerable: false, configurable: false,
});

EventEmitter.init = function(opts) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = nullObject();
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts?.captureRejections) {
    validateBoolean(opts.captureRejections, 'options.captureRejections');
    this[kCapture] = Boolean(opts.captureRejections);
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  checkMaxListeners(n, 'setMaxListeners');
  this._maxListeners = n;
  return this;
};

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return getMaxListenersOf(this);
};

// ---------------------------------------------------------------------------------------------
// emit (internal/events/emit)

EventEmitter.prototype.emit = emit;

// ---------------------------------------------------------------------------------------------
// Listeners (internal/events/listeners), in Node's order.

const proto = EventEmitter.prototype;
proto.addListener = listenerMethods.addListener;
proto.on = proto.addListener;
proto.prependListener = listenerMethods.prependListener;
proto.once = listenerMethods.once;
proto.prependOnceListener = listenerMethods.prependOnceListener;
proto.removeListener = listenerMethods.removeListener;
proto.off = proto.removeListener;
proto.removeAllListeners = listenerMethods.removeAllListeners;
proto.listeners = listenerMethods.listeners;
proto.rawListeners = listenerMethods.rawListeners;
proto.listenerCount = listenerMethods.listenerCount;
proto.eventNames = listenerMethods.eventNames;

// ---------------------------------------------------------------------------------------------
// Static helpers that also accept EventTargets. All but `once` are stubs of
// internal/events/static.

// Returns a promise for the arguments of the next `name` event; rejects on 'error' or abort.
async function once(emitter, name, options = {}) {
  const signal = options?.signal;
  validateAbortSignal(signal, 'options.signal');
  const { AbortError } = require('internal/errors');
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });
  const { addListenerAgnostic, removeListenerAgnostic } = lazyStatics();
  return new Promise((resolve, reject) => {
    const errorListener = (err) => {
      emitter.removeListener(name, resolver);
      if (signal != null) removeListenerAgnostic(signal, 'abort', abortListener);
      reject(err);
    };
    const resolver = (...args) => {
      if (typeof emitter.removeListener === 'function') {
        emitter.removeListener('error', errorListener);
      }
      if (signal != null) removeListenerAgnostic(signal, 'abort', abortListener);
      resolve(args);
    };
    function abortListener() {
      removeListenerAgnostic(emitter, name, resolver);
      removeListenerAgnostic(emitter, 'error', errorListener);
      reject(new AbortError(undefined, { cause: signal?.reason }));
    }
    addListenerAgnostic(emitter, name, resolver, { once: true });
    if (name !== 'error' && typeof emitter.once === 'function') {
      emitter.once('error', errorListener);
    }
    if (signal != null) addListenerAgnostic(signal, 'abort', abortListener, { once: true });
  });
}

// Async iterator over `event` emissions (each value is the array of arguments).
function on(emitter, event, options = {}) {
  return lazyStatics().on(emitter, event, options);
}

function getEventListeners(emitterOrTarget, type) {
  return lazyStatics().getEventListeners(emitterOrTarget, type);
}

function getMaxListeners(emitterOrTarget) {
  return lazyStatics().getMaxListeners(emitterOrTarget);
}

function setMaxListeners(n = getDefaultMaxListeners(), ...eventTargets) {
  return lazyStatics().setMaxListeners(n, ...eventTargets);
}

// Calls `listener` once `signal` aborts (on a microtask if it already has); the returned
// disposable detaches it.
function addAbortListener(signal, listener) {
  return lazyStatics().addAbortListener(signal, listener);
}

function getEventEmitterAsyncResource() {
  return lazyStatics().getEventEmitterAsyncResource();
}

// ---------------------------------------------------------------------------------------------
// Statics, attached in Node's order.

function defineValue(name, value, enumerable = true) {
  Object.defineProperty(EventEmitter, name, {
    value, writable: enumerable, enumerable, configurable: enumerable,
  });
}

defineValue('addAbortListener', addAbortListener);
defineValue('once', once);
defineValue('on', on);
defineValue('getEventListeners', getEventListeners);
defineValue('getMaxListeners', getMaxListeners);
defineValue('EventEmitter', EventEmitter);
defineValue('usingDomains', false);
defineValue('captureRejectionSymbol', kRejection);
Object.defineProperty(EventEmitter, 'captureRejections', {
  get() {
    return EventEmitter.prototype[kCapture];
  },
  set(value) {
    validateBoolean(value, 'EventEmitter.captureRejections');
    EventEmitter.prototype[kCapture] = value;
  },
  enumerable: true,
  configurable: false,
});
Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource', {
  get: getEventEmitterAsyncResource,
  enumerable: true,
  configurable: true,
});
defineValue('errorMonitor', kErrorMonitor);
Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  get() {
    return getDefaultMaxListeners();
  },
  set(arg) {
    checkMaxListeners(arg, 'defaultMaxListeners');
    setDefaultMaxListeners(arg);
  },
  enumerable: true,
  configurable: false,
});
defineValue('kMaxEventTargetListeners', kMaxEventTargetListeners, false);
defineValue('kMaxEventTargetListenersWarned', kMaxEventTargetListenersWarned, false);
defineValue('setMaxListeners', setMaxListeners);
const init = EventEmitter.init;
delete EventEmitter.init; // re-added here to keep Node's key order
EventEmitter.init = init;
const protoListenerCount = EventEmitter.prototype.listenerCount;
// Deprecated static form: EventEmitter.listenerCount(emitter, type).
defineValue('listenerCount', function listenerCount(emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return Reflect.apply(protoListenerCount, emitter, [type]);
});

module.exports = EventEmitter;
