'use strict';
// EventTarget, Event and CustomEvent: the DOM event model as Node has it (no tree: every
// dispatch happens at the target, phase AT_TARGET). Listener errors become uncaught exceptions
// on process, thrown from a nextTick like Node's.

const {
  codes: {
    ERR_EVENT_RECURSION,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
  genericNodeError,
} = require('internal/errors');
const { validateObject, validateAbortSignal, kValidateObjectAllowNullable, kValidateObjectAllowFunction } =
  require('internal/validators');
const { now } = require('internal/perf/utils');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kListenersHook = Symbol.for('nodeboa.eventTarget.listeners');
// Internal option key: events the runtime itself creates (abort) are trusted.
const kTrustEvent = Symbol('kTrustEvent');
// Hooks a subclass may define, called after a listener is added or removed with the type's
// listener count (MessagePort refs its loop handle on its first 'message' listener).
const kNewListener = Symbol('kNewListener');
const kRemoveListener = Symbol('kRemoveListener');
// What a NodeEventTarget's `on()` listeners receive instead of the event, when an event has it
// (a MessageEvent's data).
const kNodeValue = Symbol('kNodeValue');

function inspectAs(self, name, fields, depth, options, inspect) {
  if (depth < 0) return name;
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${name} ${inspect(fields, opts)}`;
}

// ---------------------------------------------------------------------------------------------
// Event

class Event {
  #type;
  #bubbles;
  #cancelable;
  #composed;
  #timeStamp;
  #trusted;
  #defaultPrevented = false;
  #stopPropagation = false;
  #stopImmediate = false;
  #target = null;
  #currentTarget = null;
  #phase = 0;
  #dispatching = false;
  #inPassive = false;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (options !== undefined) validateObject(options, 'options', kValidateObjectAllowNullable | kValidateObjectAllowFunction);
    this.#type = `${type}`;
    this.#bubbles = !!options?.bubbles;
    this.#cancelable = !!options?.cancelable;
    this.#composed = !!options?.composed;
    this.#trusted = !!options?.[kTrustEvent];
    this.#timeStamp = now();
  }

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#type in self)) throw new ERR_INVALID_THIS('Event');
    return self;
  }

  static isEvent(value) {
    return value !== null && typeof value === 'object' && #type in value;
  }

  // Used by EventTarget#dispatchEvent.
  static beginDispatch(event, target) {
    if (event.#dispatching) throw new ERR_EVENT_RECURSION(event.#type);
    event.#dispatching = true;
    event.#target = target;
    event.#currentTarget = target;
    event.#phase = Event.AT_TARGET;
    event.#stopImmediate = false;
  }

  static endDispatch(event) {
    event.#dispatching = false;
    event.#currentTarget = null;
    event.#phase = Event.NONE;
    event.#inPassive = false;
  }

  static setPassive(event, passive) {
    event.#inPassive = passive;
  }

  static immediateStopped(event) {
    return event.#stopImmediate;
  }

  [customInspectSymbol](depth, options, inspect) {
    return inspectAs(this, this.constructor.name, {
      type: this.#type,
      defaultPrevented: this.#defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timeStamp,
    }, depth, options, inspect);
  }

  initEvent(type, bubbles = false, cancelable = false) {
    Event.#check(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (this.#dispatching) return;
    this.#type = `${type}`;
    this.#bubbles = !!bubbles;
    this.#cancelable = !!cancelable;
  }

  stopImmediatePropagation() {
    Event.#check(this);
    this.#stopPropagation = true;
    this.#stopImmediate = true;
  }

  preventDefault() {
    Event.#check(this);
    // NOTE: like Node 20, a passive listener can still cancel the event (the passive flag is
    // recorded but not enforced).
    if (this.#cancelable) this.#defaultPrevented = true;
  }

  get target() {
    return Event.#check(this).#target;
  }

  get currentTarget() {
    return Event.#check(this).#currentTarget;
  }

  get srcElement() {
    return Event.#check(this).#target;
  }

  get type() {
    return Event.#check(this).#type;
  }

  get cancelable() {
    return Event.#check(this).#cancelable;
  }

  get defaultPrevented() {
    return Event.#check(this).#defaultPrevented;
  }

  get timeStamp() {
    return Event.#check(this).#timeStamp;
  }

  composedPath() {
    Event.#check(this);
    return this.#dispatching ? [this.#currentTarget] : [];
  }

  get returnValue() {
    return !Event.#check(this).#defaultPrevented;
  }

  get bubbles() {
    return Event.#check(this).#bubbles;
  }

  get composed() {
    return Event.#check(this).#composed;
  }

  get eventPhase() {
    return Event.#check(this).#phase;
  }

  get cancelBubble() {
    return Event.#check(this).#stopPropagation;
  }

  set cancelBubble(value) {
    Event.#check(this);
    if (value) this.#stopPropagation = true;
  }

  stopPropagation() {
    Event.#check(this);
    this.#stopPropagation = true;
  }

  get isTrusted() {
    return Event.#check(this).#trusted;
  }
}

const phases = { NONE: 0, CAPTURING_PHASE: 1, AT_TARGET: 2, BUBBLING_PHASE: 3 };
for (const [key, value] of Object.entries(phases)) {
  Object.defineProperty(Event, key, { value, writable: false, enumerable: true, configurable: false });
}
const { isEvent, beginDispatch, endDispatch, setPassive, immediateStopped } = Event;
for (const key of ['isEvent', 'beginDispatch', 'endDispatch', 'setPassive', 'immediateStopped']) delete Event[key];

Object.defineProperty(Event.prototype, Symbol.toStringTag, { value: 'Event', configurable: true });
for (const key of Object.getOwnPropertyNames(Event.prototype)) {
  if (key === 'constructor') continue;
  const desc = Object.getOwnPropertyDescriptor(Event.prototype, key);
  desc.enumerable = true;
  Object.defineProperty(Event.prototype, key, desc);
}

class CustomEvent extends Event {
  #detail;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this.#detail = options?.detail ?? null;
  }

  get detail() {
    if (this === null || typeof this !== 'object' || !(#detail in this)) throw new ERR_INVALID_THIS('CustomEvent');
    return this.#detail;
  }
}
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, { value: 'CustomEvent', configurable: true });
Object.defineProperty(CustomEvent.prototype, 'detail', {
  ...Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail'),
  enumerable: true,
});

// ---------------------------------------------------------------------------------------------
// EventTarget

// Errors thrown (or rejections returned) by listeners: uncaught, on the next tick.
function emitUncaught(err) {
  process.nextTick(() => { throw err; });
}

function validateListener(listener) {
  if (typeof listener === 'function') return true;
  if (listener === null || listener === undefined) return false;
  if (typeof listener === 'object') return true;
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

function parseOptions(options, forRemove) {
  // NOTE: Node 20's removeEventListener reads only `options.capture`, so a bare `true` there
  // does not match a capture listener; we keep that quirk for identical behaviour.
  if (typeof options === 'boolean') {
    return { capture: forRemove ? false : options, once: false, passive: false, signal: undefined };
  }
  if (options === undefined || options === null) return { capture: false, once: false, passive: false, signal: undefined };
  validateObject(options, 'options', kValidateObjectAllowFunction);
  if (forRemove) return { capture: !!options.capture };
  const { signal } = options;
  validateAbortSignal(signal, 'options.signal');
  return { capture: !!options.capture, once: !!options.once, passive: !!options.passive, signal };
}

// The MaxListenersExceededWarning, once per target, past events.getMaxListeners(target).
function checkMaxListeners(target, type, count) {
  const events = require('events');
  const max = target[events.kMaxEventTargetListeners] ?? events.defaultMaxListeners;
  if (!(max > 0) || count <= max || target[events.kMaxEventTargetListenersWarned]) return;
  target[events.kMaxEventTargetListenersWarned] = true;
  const warning = genericNodeError(
    `Possible EventTarget memory leak detected. ${count} ${type} listeners added to ${target.constructor.name}. ` +
    `MaxListeners is ${max}. Use events.setMaxListeners() to increase limit`,
    { name: 'MaxListenersExceededWarning', target, type, count });
  process.emitWarning(warning);
}

class EventTarget {
  // type -> array of { listener, capture, once, passive, removed, cleanup }
  #listeners = new Map();

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#listeners in self)) {
      throw new ERR_INVALID_THIS('EventTarget');
    }
    return self;
  }

  static isEventTarget(value) {
    return value !== null && typeof value === 'object' && #listeners in value;
  }

  addEventListener(type, listener, options = undefined) {
    EventTarget.#check(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    const { capture, once, passive, signal } = parseOptions(options, false);
    if (!validateListener(listener)) {
      process.emitWarning(`addEventListener called with ${listener} which has no effect.`,
        'AddEventListenerArgumentTypeWarning');
      return;
    }
    type = `${type}`;
    if (signal?.aborted) return;
    let list = this.#listeners.get(type);
    if (list === undefined) {
      list = [];
      this.#listeners.set(type, list);
    }
    if (list.some((r) => r.listener === listener && r.capture === capture)) return;
    const record = { listener, capture, once, passive, removed: false, cleanup: null };
    list.push(record);
    checkMaxListeners(this, type, list.length);
    if (this[kNewListener] !== undefined) this[kNewListener](list.length, type);
    if (signal) {
      const onAbort = () => this.removeEventListener(type, listener, { capture });
      signal.addEventListener('abort', onAbort, { once: true });
      record.cleanup = () => signal.removeEventListener('abort', onAbort);
    }
  }

  removeEventListener(type, listener, options = undefined) {
    EventTarget.#check(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!validateListener(listener)) return;
    const { capture } = parseOptions(options, true);
    type = `${type}`;
    const list = this.#listeners.get(type);
    if (list === undefined) return;
    const i = list.findIndex((r) => r.listener === listener && r.capture === capture);
    if (i === -1) return;
    const [record] = list.splice(i, 1);
    record.removed = true;
    if (record.cleanup) record.cleanup();
    if (list.length === 0) this.#listeners.delete(type);
    if (this[kRemoveListener] !== undefined) this[kRemoveListener](list.length, type);
  }

  dispatchEvent(event) {
    EventTarget.#check(this);
    if (!isEvent(event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    beginDispatch(event, this);
    try {
      const list = this.#listeners.get(event.type);
      if (list !== undefined) {
        for (const record of list.slice()) {
          if (record.removed) continue;
          if (record.once) this.removeEventListener(event.type, record.listener, { capture: record.capture });
          setPassive(event, record.passive);
          try {
            let result;
            const { listener } = record;
            if (typeof listener === 'function') {
              result = listener.call(this, event);
            } else if (typeof listener.handleEvent === 'function') {
              result = listener.handleEvent(event);
            }
            if (result !== undefined && result !== null && typeof result.then === 'function') {
              result.then(undefined, emitUncaught);
            }
          } catch (err) {
            emitUncaught(err);
          }
          setPassive(event, false);
          if (immediateStopped(event)) break;
        }
      }
    } finally {
      endDispatch(event);
    }
    return !event.defaultPrevented;
  }

  // nodeboa hook read by events.getEventListeners (and, without a type, NodeEventTarget's
  // eventNames: the types that have listeners).
  [kListenersHook](type) {
    if (type === undefined) return [...this.#listeners.keys()];
    const list = this.#listeners.get(`${type}`);
    return list === undefined ? [] : list.map((r) => r.listener);
  }

  [customInspectSymbol](depth, options, inspect) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    return `${name} {}`;
  }
}
Object.defineProperty(EventTarget.prototype, kListenersHook, { enumerable: false });
Object.defineProperty(EventTarget.prototype, customInspectSymbol, { enumerable: false });
const { isEventTarget } = EventTarget;
delete EventTarget.isEventTarget;
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, { value: 'EventTarget', configurable: true });
for (const key of ['addEventListener', 'removeEventListener', 'dispatchEvent']) {
  Object.defineProperty(EventTarget.prototype, key, {
    ...Object.getOwnPropertyDescriptor(EventTarget.prototype, key),
    enumerable: true,
  });
}

// ---------------------------------------------------------------------------------------------
// NodeEventTarget: an EventTarget with EventEmitter's method names (MessagePort's base). An
// `on()` listener is added as a wrapper that passes it the event's node value (a MessageEvent's
// data) or the event; `emit(type, arg)` dispatches the event `kCreateEvent` makes for `arg`.

const kCreateEvent = Symbol('kCreateEvent');

class NodeEventTarget extends EventTarget {
  // type -> Map(listener -> wrapper)
  #wrappers = new Map();

  #wrapperOf(type, listener) {
    let byListener = this.#wrappers.get(type);
    if (byListener === undefined) {
      byListener = new Map();
      this.#wrappers.set(type, byListener);
    }
    let wrapper = byListener.get(listener);
    if (wrapper === undefined) {
      wrapper = function (event) {
        return listener.call(this, kNodeValue in event ? event[kNodeValue] : event);
      };
      byListener.set(listener, wrapper);
    }
    return wrapper;
  }

  setMaxListeners(n) {
    require('events').setMaxListeners(n, this);
  }

  getMaxListeners() {
    const events = require('events');
    return this[events.kMaxEventTargetListeners] ?? events.defaultMaxListeners;
  }

  eventNames() {
    return this[kListenersHook]();
  }

  listenerCount(type) {
    return this[kListenersHook](type).length;
  }

  off(type, listener) {
    return this.removeListener(type, listener);
  }

  removeListener(type, listener) {
    type = `${type}`;
    const wrapper = this.#wrappers.get(type)?.get(listener);
    if (wrapper !== undefined) {
      this.#wrappers.get(type).delete(listener);
      this.removeEventListener(type, wrapper);
    }
    return this;
  }

  on(type, listener) {
    return this.addListener(type, listener);
  }

  addListener(type, listener) {
    type = `${type}`;
    this.addEventListener(type, this.#wrapperOf(type, listener));
    return this;
  }

  once(type, listener) {
    type = `${type}`;
    const wrapper = this.#wrapperOf(type, listener);
    this.addEventListener(type, wrapper, { once: true });
    return this;
  }

  emit(type, arg) {
    type = `${type}`;
    const hadListeners = this.listenerCount(type) > 0;
    const event = this[kCreateEvent] === undefined ? new Event(type) : this[kCreateEvent](arg, type);
    Object.defineProperty(event, kNodeValue, { value: arg });
    this.dispatchEvent(event);
    return hadListeners;
  }

  removeAllListeners(type = undefined) {
    const types = type === undefined ? this.eventNames() : [`${type}`];
    for (const t of types) {
      for (const listener of this[kListenersHook](t)) this.removeEventListener(t, listener);
      this.#wrappers.delete(t);
    }
    return this;
  }
}

// An `on<type>` handler attribute on a prototype (e.g. AbortSignal#onabort).
function defineEventHandler(proto, type) {
  const handlers = new WeakMap();
  Object.defineProperty(proto, `on${type}`, {
    get() {
      return handlers.get(this)?.handler ?? null;
    },
    set(value) {
      let slot = handlers.get(this);
      if (slot === undefined) {
        slot = { handler: null, wrapper: null };
        handlers.set(this, slot);
      }
      slot.handler = typeof value === 'function' ? value : null;
      if (slot.handler && !slot.wrapper) {
        const target = this;
        slot.wrapper = function (event) {
          if (slot.handler) return slot.handler.call(target, event);
        };
        this.addEventListener(type, slot.wrapper);
      } else if (!slot.handler && slot.wrapper) {
        this.removeEventListener(type, slot.wrapper);
        slot.wrapper = null;
      }
    },
    enumerable: true,
    configurable: true,
  });
}

module.exports = {
  Event,
  CustomEvent,
  EventTarget,
  defineEventHandler,
  isEvent,
  isEventTarget,
  kCreateEvent,
  kNewListener,
  kNodeValue,
  kRemoveListener,
  kTrustEvent,
  NodeEventTarget,
  inspectAs,
};
