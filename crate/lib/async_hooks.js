'use strict';
// async_hooks: AsyncLocalStorage and AsyncResource over the runtime's async context frames, and
// the hook API's shape.
//
// How: the loop keeps one "async context frame" (internalBinding('task_queue').getAsyncFrame):
// a Map from each AsyncLocalStorage to its store, or undefined. Every callback scheduled (timers,
// immediates, nextTick, queueMicrotask, promise reactions and `await`, pool completions such as
// fs callbacks) runs in the frame of the code that scheduled it. `run` enters a copy of the
// frame with one store changed, and restores the outer frame when its callback returns.
//
// NOTE: Node 20 builds AsyncLocalStorage on async hooks and resource ids; there are no resource
// ids here: executionAsyncId() is 1 and triggerAsyncId() 0 everywhere, and createHook's hooks are
// accepted but never called.

const { getAsyncFrame, setAsyncFrame } = internalBinding('task_queue');
const { codes: { ERR_ASYNC_CALLBACK } } = require('internal/errors');
const { validateFunction, validateString } = require('internal/validators');

// Call `fn` with `frame` entered, then restore the frame it replaced.
function runInFrame(frame, fn, thisArg, args) {
  const outer = getAsyncFrame();
  setAsyncFrame(frame);
  try {
    return Reflect.apply(fn, thisArg, args);
  } finally {
    setAsyncFrame(outer);
  }
}

// The current frame with `storage`'s store replaced (or removed, for `kRemove`).
const kRemove = Symbol('kRemove');
function frameWith(storage, store) {
  const frame = new Map(getAsyncFrame());
  if (store === kRemove) frame.delete(storage);
  else frame.set(storage, store);
  return frame;
}

class AsyncLocalStorage {
  #enabled = false;

  static bind(fn) {
    validateFunction(fn, 'fn');
    const frame = getAsyncFrame();
    return function bound(...args) {
      return runInFrame(frame, fn, this, args);
    };
  }

  static snapshot() {
    const frame = getAsyncFrame();
    return function runInAsyncScope(fn, ...args) {
      return runInFrame(frame, fn, this, args);
    };
  }

  disable() {
    this.#enabled = false;
  }

  _enable() {
    this.#enabled = true;
  }

  _propagate() {}

  enterWith(store) {
    this._enable();
    setAsyncFrame(frameWith(this, store));
  }

  run(store, callback, ...args) {
    this._enable();
    return runInFrame(frameWith(this, store), callback, null, args);
  }

  exit(callback, ...args) {
    if (!this.#enabled) return Reflect.apply(callback, null, args);
    return runInFrame(frameWith(this, kRemove), callback, null, args);
  }

  getStore() {
    if (!this.#enabled) return undefined;
    return getAsyncFrame()?.get(this);
  }
}

let nextAsyncId = 2;

class AsyncResource {
  #frame;
  #asyncId;
  #triggerAsyncId;

  constructor(type, options = {}) {
    validateString(type, 'type');
    this.#frame = getAsyncFrame();
    this.#asyncId = nextAsyncId++;
    this.#triggerAsyncId = typeof options === 'number' ? options : options?.triggerAsyncId ?? 1;
  }

  runInAsyncScope(fn, thisArg, ...args) {
    return runInFrame(this.#frame, fn, thisArg, args);
  }

  emitDestroy() {
    return this;
  }

  asyncId() {
    return this.#asyncId;
  }

  triggerAsyncId() {
    return this.#triggerAsyncId;
  }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    const resource = this;
    const bound = thisArg === undefined ?
      function(...args) { return resource.runInAsyncScope(fn, this, ...args); } :
      (...args) => resource.runInAsyncScope(fn, thisArg, ...args);
    Object.defineProperties(bound, {
      length: { __proto__: null, value: fn.length, configurable: true },
      asyncResource: { __proto__: null, value: resource, configurable: true, enumerable: true, writable: true },
    });
    Object.defineProperty(bound, 'name', { __proto__: null, value: 'bound', configurable: true });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type ||= fn.name || 'bound-anonymous-fn';
    return new AsyncResource(type).bind(fn, thisArg);
  }
}

class AsyncHook {
  constructor(callbacks) {
    for (const name of ['init', 'before', 'after', 'destroy', 'promiseResolve']) {
      const hook = callbacks?.[name];
      if (hook !== undefined && typeof hook !== 'function') throw new ERR_ASYNC_CALLBACK(`hook.${name}`);
    }
  }

  enable() {
    return this;
  }

  disable() {
    return this;
  }
}

const createHook = (callbacks) => new AsyncHook(callbacks);
const executionAsyncId = () => 1;
const triggerAsyncId = () => 0;
const topLevelResource = {};
const executionAsyncResource = () => topLevelResource;

const asyncWrapProviders = Object.freeze({ __proto__: null, ...Object.fromEntries([
  'NONE', 'DIRHANDLE', 'DNSCHANNEL', 'ELDHISTOGRAM', 'FILEHANDLE', 'FILEHANDLECLOSEREQ', 'BLOBREADER', 'FSEVENTWRAP',
  'FSREQCALLBACK', 'FSREQPROMISE', 'GETADDRINFOREQWRAP', 'GETNAMEINFOREQWRAP', 'HEAPSNAPSHOT', 'HTTP2SESSION',
  'HTTP2STREAM', 'HTTP2PING', 'HTTP2SETTINGS', 'HTTPINCOMINGMESSAGE', 'HTTPCLIENTREQUEST', 'JSSTREAM', 'JSUDPWRAP',
  'MESSAGEPORT', 'PIPECONNECTWRAP', 'PIPESERVERWRAP', 'PIPEWRAP', 'PROCESSWRAP', 'PROMISE', 'QUERYWRAP',
  'QUIC_LOGSTREAM', 'QUIC_PACKET', 'SHUTDOWNWRAP', 'SIGNALWRAP', 'STATWATCHER', 'STREAMPIPE', 'TCPCONNECTWRAP',
  'TCPSERVERWRAP', 'TCPWRAP', 'TTYWRAP', 'UDPSENDWRAP', 'UDPWRAP', 'SIGINTWATCHDOG', 'WORKER', 'WORKERHEAPSNAPSHOT',
  'WRITEWRAP', 'ZLIB', 'CHECKPRIMEREQUEST', 'PBKDF2REQUEST', 'KEYPAIRGENREQUEST', 'KEYGENREQUEST',
  'KEYEXPORTREQUEST', 'CIPHERREQUEST', 'DERIVEBITSREQUEST', 'HASHREQUEST', 'RANDOMBYTESREQUEST',
  'RANDOMPRIMEREQUEST', 'SCRYPTREQUEST', 'SIGNREQUEST', 'TLSWRAP', 'VERIFYREQUEST',
].map((name, i) => [name, i])) });

module.exports = {
  AsyncLocalStorage,
  createHook,
  executionAsyncId,
  triggerAsyncId,
  executionAsyncResource,
  asyncWrapProviders,
  AsyncResource,
};
