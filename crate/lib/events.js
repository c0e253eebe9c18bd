// events: Node's EventEmitter (plus the static helpers once/on/getEventListeners/...),
// written from Node's documented and observed behaviour.
'use strict';

const {
  AbortError,
  genericNodeError,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_UNHANDLED_ERROR,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInteger,
  validateNumber,
} = require('internal/validators');

const kCapture = Symbol('kCapture');
const kShapeMode = Symbol('shapeMode');
const kErrorMonitor = Symbol('events.errorMonitor');
const kRejection = Symbol.for('nodejs.rejection');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
const kWatermarkData = Symbol.for('nodejs.watermarkData');
const kDispose = Symbol.dispose || Symbol.for('nodejs.dispose');

let defaultMaxListeners = 10;

let inspectFn;
function inspect(value, options) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

function nullObject() {
  return Object.create(null);
}

function checkListener(listener) {
  validateFunction(listener, 'listener');
}

function checkMaxListeners(n, name) {
  validateNumber(n, name, 0);
}

function nextTick(fn, ...args) {
  if (typeof process === 'object' && process !== null && typeof process.nextTick === 'function') {
    process.nextTick(fn, ...args);
  } else {
    queueMicrotask(() => fn(...args));
  }
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

function getMaxListenersOf(that) {
  return that._maxListeners === undefined ? defaultMaxListeners : that._maxListeners;
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  checkMaxListeners(n, 'setMaxListeners');
  this._maxListeners = n;
  return this;
};

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return getMaxListenersOf(this);
};

// ---------------------------------------------------------------------------------------------
// emit

// With captureRejections, a listener's rejected promise is routed to
// `emitter[Symbol.for('nodejs.rejection')]` or, failing that, to an 'error' event.
function addCatch(that, promise, type, args) {
  if (!that[kCapture]) return;
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      then.call(promise, undefined, (err) => {
        nextTick(emitUnhandledRejectionOrErr, that, err, type, args);
      });
    }
  } catch (err) {
    that.emit('error', err);
  }
}

function emitUnhandledRejectionOrErr(ee, err, type, args) {
  if (typeof ee[kRejection] === 'function') {
    ee[kRejection](err, type, ...args);
    return;
  }
  const prev = ee[kCapture];
  try {
    ee[kCapture] = false;
    ee.emit('error', err);
  } finally {
    ee[kCapture] = prev;
  }
}

function throwUnhandledError(args) {
  const er = args.length > 0 ? args[0] : undefined;
  if (er instanceof Error) throw er; // Unhandled 'error' event
  let text;
  try {
    text = inspect(er);
  } catch {
    text = er;
  }
  const err = new ERR_UNHANDLED_ERROR(text);
  err.context = er;
  throw err;
}

// emit: the slow path in JavaScript; the common case (a non-'error' event with a single
// listener) is native, see `makeFastEmit` in crate/src/bindings/util.rs: in Boa, building the
// `...args` array is most of a JavaScript emit's cost.
function slowEmit(type, ...args) {
  let doError = type === 'error';
  const events = this._events;
  if (events !== undefined) {
    if (doError && events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
    doError = doError && events.error === undefined;
  } else if (!doError) {
    return false;
  }
  if (doError) throwUnhandledError(args);

  const handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    const result = Reflect.apply(handler, this, args);
    if (result !== undefined && result !== null) addCatch(this, result, type, args);
    return true;
  }
  return emitToList(this, handler, type, args);
}
EventEmitter.prototype.emit = typeof internalBinding('util').makeFastEmit === 'function' ?
  internalBinding('util').makeFastEmit(slowEmit, addCatch) : slowEmit;

// Iterates over a copy: listeners added or removed meanwhile don't change this emit.
function emitToList(emitter, handler, type, args) {
  const listeners = handler.slice();
  for (let i = 0; i < listeners.length; ++i) {
    const result = Reflect.apply(listeners[i], emitter, args);
    if (result !== undefined && result !== null) addCatch(emitter, result, type, args);
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Adding listeners. One listener is stored as the function itself, more as an array.

function warnMaxListeners(target, type, list, max) {
  list.warned = true;
  const w = genericNodeError(
    'Possible EventEmitter memory leak detected. ' +
    `${list.length} ${String(type)} listeners added to ${describeEmitter(target)}. ` +
    `MaxListeners is ${max}. Use emitter.setMaxListeners() to increase limit`,
    { name: 'MaxListenersExceededWarning', emitter: target, type, count: list.length });
  process.emitWarning(w);
}

function describeEmitter(target) {
  try {
    return inspect(target, { depth: -1 });
  } catch {
    const name = target?.constructor?.name;
    return `[${name || 'EventEmitter'}]`;
  }
}

function addListenerTo(target, type, listener, prepend) {
  checkListener(listener);
  let events = target._events;
  let existing;
  if (events === undefined) {
    events = target._events = nullObject();
    target._eventsCount = 0;
  } else {
    if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ?? listener);
      // A 'newListener' handler may have replaced the events object.
      events = target._events;
    }
    existing = events[type];
  }

  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
    return target;
  }
  if (typeof existing === 'function') {
    existing = events[type] = prepend ? [listener, existing] : [existing, listener];
  } else if (prepend) {
    existing.unshift(listener);
  } else {
    existing.push(listener);
  }
  const max = getMaxListenersOf(target);
  if (max > 0 && existing.length > max && !existing.warned) {
    warnMaxListeners(target, type, existing, max);
  }
  return target;
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return addListenerTo(this, type, listener, false);
};

EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return addListenerTo(this, type, listener, true);
};

function onceWrapper(...args) {
  if (!this.fired) {
    this.target.removeListener(this.type, this.wrapFn);
    this.fired = true;
    return Reflect.apply(this.listener, this.target, args);
  }
  return undefined;
}

// Wraps `listener` so it removes itself before running; `.listener` points at the original.
function onceWrap(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, onceWrap(this, type, listener));
  return this;
};

// ---------------------------------------------------------------------------------------------
// Removing listeners.

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  checkListener(listener);
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;

  if (list === listener || list.listener === listener) {
    this._eventsCount -= 1;
    if (this._eventsCount === 0) {
      this._events = nullObject();
    } else {
      delete events[type];
      if (events.removeListener !== undefined) {
        this.emit('removeListener', type, list.listener || listener);
      }
    }
    return this;
  }
  if (typeof list === 'function') return this;

  // The most recently added match goes first.
  let position = -1;
  for (let i = list.length - 1; i >= 0; i--) {
    if (list[i] === listener || list[i].listener === listener) {
      position = i;
      break;
    }
  }
  if (position < 0) return this;
  if (position === 0) list.shift();
  else list.splice(position, 1);
  if (list.length === 1) events[type] = list[0];
  if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  return this;
};

EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;

  // Nobody listens for 'removeListener': no need to emit it, just drop the entries.
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = nullObject();
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = nullObject();
      else delete events[type];
    }
    this[kShapeMode] = false;
    return this;
  }

  if (arguments.length === 0) {
    for (const key of Reflect.ownKeys(events)) {
      if (key === 'removeListener') continue;
      this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = nullObject();
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }

  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    // LIFO order.
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};

// ---------------------------------------------------------------------------------------------
// Introspection.

function listenersOf(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const entry = events[type];
  if (entry === undefined) return [];
  if (typeof entry === 'function') return unwrap ? [entry.listener || entry] : [entry];
  return unwrap ? entry.map((l) => l.listener || l) : entry.slice();
}

EventEmitter.prototype.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

function listenerCount(type, listener) {
  const events = this._events;
  if (events === undefined) return 0;
  const entry = events[type];
  if (typeof entry === 'function') {
    if (listener != null) return listener === entry || listener === entry.listener ? 1 : 0;
    return 1;
  }
  if (entry === undefined) return 0;
  if (listener == null) return entry.length;
  let matching = 0;
  for (const l of entry) if (l === listener || l.listener === listener) matching++;
  return matching;
}

EventEmitter.prototype.listenerCount = listenerCount;

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

// ---------------------------------------------------------------------------------------------
// Static helpers that also accept EventTargets.

function isEventTarget(obj) {
  return typeof EventTarget === 'function' && obj instanceof EventTarget;
}

function addListenerAgnostic(emitter, name, listener, flags) {
  if (typeof emitter.on === 'function') {
    if (flags?.once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, flags);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function removeListenerAgnostic(emitter, name, listener, flags) {
  if (typeof emitter.removeListener === 'function') {
    emitter.removeListener(name, listener);
  } else if (typeof emitter.removeEventListener === 'function') {
    emitter.removeEventListener(name, listener, flags);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

// Returns a promise for the arguments of the next `name` event; rejects on 'error' or abort.
async function once(emitter, name, options = {}) {
  const signal = options?.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });
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

const AsyncIteratorPrototype = Object.getPrototypeOf(
  Object.getPrototypeOf(async function* () {}).prototype);

// Async iterator over `event` emissions (each value is the array of arguments).
function on(emitter, event, options = {}) {
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });
  const highWatermark = options.highWaterMark ?? Number.MAX_SAFE_INTEGER;
  validateInteger(highWatermark, 'options.highWaterMark', 1);
  const lowWatermark = options.lowWaterMark ?? 1;
  validateInteger(lowWatermark, 'options.lowWaterMark', 1);

  const unconsumedEvents = [];
  const unconsumedPromises = [];
  let paused = false;
  let error = null;
  let finished = false;
  const removers = [];

  const listen = (target, name, fn, flags) => {
    addListenerAgnostic(target, name, fn, flags);
    removers.push(() => removeListenerAgnostic(target, name, fn, flags));
  };

  const result = (value, done) => ({ value, done });

  function closeHandler() {
    for (const remove of removers.splice(0)) remove();
    finished = true;
    const done = result(undefined, true);
    while (unconsumedPromises.length > 0) unconsumedPromises.shift().resolve(done);
    return Promise.resolve(done);
  }

  function errorHandler(err) {
    if (unconsumedPromises.length > 0) unconsumedPromises.shift().reject(err);
    else error = err;
    closeHandler();
  }

  function eventHandler(...args) {
    if (unconsumedPromises.length > 0) {
      unconsumedPromises.shift().resolve(result(args, false));
      return;
    }
    unconsumedEvents.push(args);
    if (unconsumedEvents.length > highWatermark && !paused) {
      paused = true;
      emitter.pause();
    }
  }

  function abortListener() {
    errorHandler(new AbortError(undefined, { cause: signal?.reason }));
  }

  const iterator = Object.setPrototypeOf({
    next() {
      if (unconsumedEvents.length > 0) {
        const value = unconsumedEvents.shift();
        if (paused && unconsumedEvents.length < lowWatermark) {
          emitter.resume();
          paused = false;
        }
        return Promise.resolve(result(value, false));
      }
      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return closeHandler();
      return new Promise((resolve, reject) => unconsumedPromises.push({ resolve, reject }));
    },
    return() {
      return closeHandler();
    },
    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw new ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
      }
      errorHandler(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
    [kWatermarkData]: {
      get size() { return unconsumedEvents.length; },
      get low() { return lowWatermark; },
      get high() { return highWatermark; },
      get isPaused() { return paused; },
    },
  }, AsyncIteratorPrototype);

  listen(emitter, event, eventHandler);
  if (event !== 'error' && typeof emitter.on === 'function') listen(emitter, 'error', errorHandler);
  const closeEvents = options.close;
  if (closeEvents?.length) {
    for (const name of closeEvents) listen(emitter, name, closeHandler);
  }
  if (signal) listen(signal, 'abort', abortListener, { once: true });
  return iterator;
}

// The EventTarget implementation may expose its listeners through this hook:
// `target[Symbol.for('nodeboa.eventTarget.listeners')](type)` returning an array of functions.
const kEventTargetListeners = Symbol.for('nodeboa.eventTarget.listeners');

function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget?.listeners === 'function') return emitterOrTarget.listeners(type);
  if (isEventTarget(emitterOrTarget)) {
    const hook = emitterOrTarget[kEventTargetListeners];
    return typeof hook === 'function' ? hook.call(emitterOrTarget, type) : [];
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') {
    return getMaxListenersOf(emitterOrTarget);
  }
  if (isEventTarget(emitterOrTarget)) {
    return emitterOrTarget[kMaxEventTargetListeners] ?? defaultMaxListeners;
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function setMaxListeners(n = defaultMaxListeners, ...eventTargets) {
  checkMaxListeners(n, 'setMaxListeners');
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (const target of eventTargets) {
    if (isEventTarget(target)) {
      target[kMaxEventTargetListeners] = n;
      target[kMaxEventTargetListenersWarned] = false;
    } else if (typeof target?.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw new ERR_INVALID_ARG_TYPE('eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
}

// Calls `listener` once `signal` aborts (on a microtask if it already has); the returned
// disposable detaches it.
function addAbortListener(signal, listener) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');
  let remove;
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener, { once: true });
    remove = () => signal.removeEventListener('abort', listener);
  }
  return {
    __proto__: null,
    [kDispose]() {
      remove?.();
    },
  };
}

// Minimal EventEmitterAsyncResource: an EventEmitter carrying an async resource identity.
let EventEmitterAsyncResource;
function getEventEmitterAsyncResource() {
  if (EventEmitterAsyncResource === undefined) {
    let nextId = 1;
    EventEmitterAsyncResource = class EventEmitterAsyncResource extends EventEmitter {
      constructor(options = undefined) {
        let name;
        if (typeof options === 'string') {
          name = options;
          options = undefined;
        } else {
          name = options?.name || new.target.name;
        }
        super(options);
        const asyncId = nextId++;
        const owner = this;
        this.asyncResource = {
          type: name,
          asyncId: () => asyncId,
          triggerAsyncId: () => 0,
          emitDestroy: () => owner.asyncResource,
          get eventEmitter() { return owner; },
        };
      }

      get asyncId() { return this.asyncResource.asyncId(); }

      get triggerAsyncId() { return this.asyncResource.triggerAsyncId(); }

      emitDestroy() { this.asyncResource.emitDestroy(); }
    };
  }
  return EventEmitterAsyncResource;
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
    return defaultMaxListeners;
  },
  set(arg) {
    checkMaxListeners(arg, 'defaultMaxListeners');
    defaultMaxListeners = arg;
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
