// internal/events/static: the static helpers of `events` that a program rarely needs, loaded on
// first call of their stubs in events.js: on (an async iterator of events), getEventListeners,
// getMaxListeners, setMaxListeners, addAbortListener, EventEmitterAsyncResource, the
// EventEmitter/EventTarget-agnostic listener calls (also used by `once`), and the
// MaxListenersExceededWarning.
'use strict';

const {
  AbortError,
  genericNodeError,
  codes: {
    ERR_INVALID_ARG_TYPE,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateFunction,
  validateInteger,
  validateNumber,
} = require('internal/validators');
const {
  getDefaultMaxListeners,
  getMaxListenersOf,
  setDefaultMaxListeners,
} = require('internal/events/listeners');

const kWatermarkData = Symbol.for('nodejs.watermarkData');
const kDispose = Symbol.dispose || Symbol.for('nodejs.dispose');
// The symbols of `events`' statics (events.js is loaded before this module).
const { kMaxEventTargetListeners, kMaxEventTargetListenersWarned } = require('events');

let inspectFn;
function inspect(value, options) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

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
    return emitterOrTarget[kMaxEventTargetListeners] ?? getDefaultMaxListeners();
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function setMaxListeners(n, ...eventTargets) {
  validateNumber(n, 'setMaxListeners', 0);
  if (eventTargets.length === 0) {
    setDefaultMaxListeners(n);
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
    const EventEmitter = require('events');
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

module.exports = {
  addAbortListener,
  addListenerAgnostic,
  getEventEmitterAsyncResource,
  getEventListeners,
  getMaxListeners,
  on,
  removeListenerAgnostic,
  setMaxListeners,
  warnMaxListeners,
};
