// internal/events/listeners: adding, removing and reading back the listeners of an EventEmitter
// (the methods events.js puts on EventEmitter.prototype, in Node's order), and the default
// maximum of listeners they warn above. One listener is stored as the function itself, more as
// an array.
'use strict';

const { validateFunction } = require('internal/validators');

const kShapeMode = Symbol('shapeMode');

let defaultMaxListeners = 10;

function getDefaultMaxListeners() {
  return defaultMaxListeners;
}

function setDefaultMaxListeners(n) {
  defaultMaxListeners = n;
}

function nullObject() {
  return Object.create(null);
}

function checkListener(listener) {
  validateFunction(listener, 'listener');
}

function getMaxListenersOf(that) {
  return that._maxListeners === undefined ? defaultMaxListeners : that._maxListeners;
}

// ---------------------------------------------------------------------------------------------
// Adding listeners.

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
    require('internal/events/static').warnMaxListeners(target, type, existing, max);
  }
  return target;
}

function addListener(type, listener) {
  return addListenerTo(this, type, listener, false);
}

function prependListener(type, listener) {
  return addListenerTo(this, type, listener, true);
}

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

function once(type, listener) {
  checkListener(listener);
  this.on(type, onceWrap(this, type, listener));
  return this;
}

function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, onceWrap(this, type, listener));
  return this;
}

// ---------------------------------------------------------------------------------------------
// Removing listeners.

function removeListener(type, listener) {
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
}

function removeAllListeners(type) {
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
}

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

function listeners(type) {
  return listenersOf(this, type, true);
}

function rawListeners(type) {
  return listenersOf(this, type, false);
}

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

function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
}

module.exports = {
  addListener,
  checkListener,
  eventNames,
  getDefaultMaxListeners,
  getMaxListenersOf,
  kShapeMode,
  listenerCount,
  listeners,
  nullObject,
  once,
  prependListener,
  prependOnceListener,
  rawListeners,
  removeAllListeners,
  removeListener,
  setDefaultMaxListeners,
};
