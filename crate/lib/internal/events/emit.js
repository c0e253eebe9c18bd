// internal/events/emit: EventEmitter.prototype.emit (events.js puts it on the prototype): the
// slow path in JavaScript, the native fast path built over it, and captureRejections' routing of
// a listener's rejected promise. Also the symbols emit reads (captureRejections' state, the
// error monitor, the rejection hook).
'use strict';

const {
  codes: {
    ERR_UNHANDLED_ERROR,
  },
} = require('internal/errors');

const kCapture = Symbol('kCapture');
const kErrorMonitor = Symbol('events.errorMonitor');
const kRejection = Symbol.for('nodejs.rejection');

let inspectFn;
function inspect(value, options) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

function nextTick(fn, ...args) {
  if (typeof process === 'object' && process !== null && typeof process.nextTick === 'function') {
    process.nextTick(fn, ...args);
  } else {
    queueMicrotask(() => fn(...args));
  }
}


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
const emit = typeof internalBinding('util').makeFastEmit === 'function' ?
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

module.exports = { emit, kCapture, kErrorMonitor, kRejection };
