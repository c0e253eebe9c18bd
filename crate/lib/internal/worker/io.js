'use strict';
// internal/worker/io: MessageChannel, MessagePort, MessageEvent and BroadcastChannel, for the one
// thread a runtime has (there is no worker_threads: every port lives in this loop).
//
// How and why
// -----------
// In Node each MessagePort owns a libuv async handle. `postMessage` serializes the value, queues
// it at the entangled port and calls `uv_async_send`; the loop then runs the async callbacks in
// its poll phase, handle by handle in the order the handles were made, and each port delivers its
// whole queue, newly arrived messages included, draining nextTicks and microtasks after every
// message. Here the value is cloned at once (internal/structured_clone), queued on the receiving
// port, and one loop wakeup (`internalBinding('messaging').wakeup`) runs `sweep`, which visits
// the ports with messages in creation order, as libuv visits its handles.
// - What keeps the loop alive is the port's reference, not its messages: a port is unreferenced
//   until it has a 'message' listener (`on`, `addEventListener`, `onmessage`), which also starts
//   it; `ref()`/`unref()` change that. A wakeup keeps nothing alive by itself, so a message to an
//   unreferenced port is delivered only if something else runs the loop, as in Node.
// - A port that is not started keeps its messages until it is.
// - `close()` closes the port at once: later posts from it are dropped, and its 'close' comes in
//   the close phase. Only then does the entangled port learn of it, after the messages already
//   sent to it, and close in turn (an iteration later, if something keeps the loop running). Messages a port was delivering when it closed still reach it, as in Node, where
//   a handle's close waits for the close phase.
// - A BroadcastChannel is a port of its own in every channel of its name (not its own posts),
//   referenced from its creation until it is closed or unreferenced.
//
// NOTE: ports cannot be transferred (`postMessage(value, [port])` throws a DataCloneError): with a
// single thread there is nowhere to send one that its own MessageChannel does not already reach.

const {
  Event,
  EventTarget,
  NodeEventTarget,
  defineEventHandler,
  inspectAs,
  kCreateEvent,
  kNewListener,
  kNodeValue,
  kRemoveListener,
} = require('internal/event_target');
const { codes: { ERR_MISSING_ARGS }, cppError } = require('internal/errors');
const { DOMException } = require('internal/domexception');
const { structuredClone } = require('internal/structured_clone');
const messaging = internalBinding('messaging');
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const { runTicksAndMicrotasks } = internalBinding('task_queue');

// ---------------------------------------------------------------------------------------------
// Events

class MessageEvent extends Event {
  #data;
  #origin;
  #lastEventId;
  #source;
  #ports;

  constructor(type, options = undefined) {
    super(type);
    this.#data = options?.data ?? null;
    this.#origin = `${options?.origin ?? ''}`;
    this.#lastEventId = `${options?.lastEventId ?? ''}`;
    this.#source = options?.source ?? null;
    this.#ports = options?.ports === undefined ? [] : [...options.ports];
  }

  get data() { return this.#data; }
  get origin() { return this.#origin; }
  get lastEventId() { return this.#lastEventId; }
  get source() { return this.#source; }
  get ports() { return this.#ports; }
}
for (const key of ['data', 'origin', 'lastEventId', 'source', 'ports']) {
  Object.defineProperty(MessageEvent.prototype, key, { enumerable: true });
}

// The 'close' a port emits.
class MessagePortCloseEvent extends Event {
  constructor() {
    super('close');
  }
}

// ---------------------------------------------------------------------------------------------
// Delivery

// A receiver's state: its queue of cloned messages, and what it is (port or channel).
// receiver -> { id, queue, started, refed, closing, peer, draining, owner }
const receivers = new WeakMap();
const kClosed = Symbol('kClosed'); // the entangled port's close, queued after its messages
let nextId = 1;
const waiting = new Set(); // receivers with messages, for the next sweep
let sweepScheduled = false;

function record(target) {
  return receivers.get(target);
}

function newRecord(target, refed) {
  const r = { id: nextId++, queue: [], started: false, refed, closing: false, peer: null, draining: false, target };
  receivers.set(target, r);
  if (refed) messaging.refPort(true);
  return r;
}

// Queue `item` at `r` and make sure a sweep will see it.
function enqueue(r, item) {
  r.queue.push(item);
  wake(r);
}

function wake(r) {
  if (r.draining) return;
  waiting.add(r);
  if (!sweepScheduled) {
    sweepScheduled = true;
    messaging.wakeup(sweep);
  }
}

// The loop's wakeup: every receiver with messages, in creation order; one that gets messages
// while an earlier one delivers is visited in this sweep if it comes later, in the next if not.
function sweep() {
  sweepScheduled = false;
  let last = 0;
  for (;;) {
    let next = null;
    for (const r of waiting) if (r.id > last && (next === null || r.id < next.id)) next = r;
    if (next === null) break;
    waiting.delete(next);
    last = next.id;
    drain(next);
  }
  if (waiting.size && !sweepScheduled) {
    sweepScheduled = true;
    messaging.wakeup(sweep);
  }
}

function drain(r) {
  if (!r.started) {
    // Unstarted: the messages wait, but the entangled port's close does not.
    if (r.queue.includes(kClosed)) {
      r.queue.length = 0;
      beginClose(r);
    }
    return;
  }
  r.draining = true;
  try {
    while (r.queue.length && r.started) {
      const item = r.queue.shift();
      if (item === kClosed) {
        beginClose(r);
        break;
      }
      const event = new MessageEvent('message', { data: item });
      Object.defineProperty(event, kNodeValue, { value: item });
      r.target.dispatchEvent(event);
      runTicksAndMicrotasks();
    }
  } finally {
    r.draining = false;
  }
}

function setRef(r, refed) {
  if (r.refed === refed) return;
  r.refed = refed;
  if (!r.closing) messaging.refPort(refed);
}

// Close `r`: no more sends, no more references; its 'close' (a port's) in the close phase.
function beginClose(r) {
  if (r.closing) return;
  const { peer } = r;
  r.closing = true;
  r.peer = null;
  if (peer !== null) peer.peer = null;
  if (r.refed) messaging.refPort(false);
  messaging.closeSoon(() => {
    r.queue.length = 0;
    waiting.delete(r);
    // The entangled port learns of the close now, after the messages sent to it before.
    if (peer !== null && !peer.closing) enqueue(peer, kClosed);
    if (r.target instanceof MessagePort) r.target.dispatchEvent(new MessagePortCloseEvent());
  });
}

// The value of postMessage(value, transfer): cloned now, transferring the ArrayBuffers listed.
function cloneForPost(self, args, name) {
  if (args.length === 0) throw cppError(TypeError, 'ERR_MISSING_ARGS', `Not enough arguments to ${name}.postMessage`);
  const [value, options] = args;
  let transfer;
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object') {
      throw cppError(TypeError, 'ERR_INVALID_ARG_TYPE', 'Optional transferList argument must be an iterable');
    }
    if (typeof options[Symbol.iterator] === 'function') {
      transfer = [...options];
    } else if (options.transfer !== undefined) {
      if (options.transfer === null || typeof options.transfer[Symbol.iterator] !== 'function') {
        throw cppError(TypeError, 'ERR_INVALID_ARG_TYPE', 'Optional options.transfer argument must be an iterable');
      }
      transfer = [...options.transfer];
    }
  }
  if (transfer !== undefined) {
    for (const item of transfer) {
      if (item === self) throw new DOMException('Transfer list contains source port', 'DataCloneError');
      if (item instanceof MessagePort) {
        throw new DOMException('MessagePort cannot be transferred in nodeboa', 'DataCloneError');
      }
    }
  }
  return structuredClone(value, transfer === undefined ? undefined : { transfer });
}

// ---------------------------------------------------------------------------------------------
// MessagePort

// NOTE: a function, not a class, so that calling it (with or without `new`) throws Node's
// ERR_CONSTRUCT_CALL_INVALID; ports are made by MessageChannel.
function MessagePort() {
  throw cppError(TypeError, 'ERR_CONSTRUCT_CALL_INVALID', 'Constructor cannot be called');
}
Object.setPrototypeOf(MessagePort, NodeEventTarget);
MessagePort.prototype = Object.create(NodeEventTarget.prototype, {
  constructor: { value: MessagePort, writable: true, configurable: true },
});

// Node's ports listen to their own 'newListener' and 'removeListener' (to ref and unref): these
// stand in for them, so that eventNames() and listenerCount() read as Node's.
function keepsCount() {}

function createPort() {
  const port = Reflect.construct(NodeEventTarget, [], MessagePort);
  newRecord(port, false);
  port.addEventListener('newListener', keepsCount);
  port.addEventListener('removeListener', keepsCount);
  return port;
}

function portRecord(self) {
  const r = receivers.get(self);
  if (r === undefined || !(self instanceof MessagePort)) {
    throw cppError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type MessagePort');
  }
  return r;
}

const portMethods = {
  postMessage(...args) {
    const r = portRecord(this);
    const data = cloneForPost(this, args, 'MessagePort');
    if (r.closing || r.peer === null) return;
    enqueue(r.peer, data);
  },
  start() {
    const r = portRecord(this);
    if (r.started || r.closing) return;
    r.started = true;
    if (r.queue.length) wake(r);
  },
  close() {
    beginClose(portRecord(this));
  },
  ref() {
    setRef(portRecord(this), true);
  },
  unref() {
    setRef(portRecord(this), false);
  },
  hasRef() {
    return portRecord(this).refed;
  },
};
for (const [name, method] of Object.entries(portMethods)) {
  Object.defineProperty(MessagePort.prototype, name, { value: method, writable: true, enumerable: true, configurable: true });
}
defineEventHandler(MessagePort.prototype, 'message');
defineEventHandler(MessagePort.prototype, 'messageerror');
// The first 'message' listener refs and starts the port; the last one's removal unrefs it.
Object.defineProperty(MessagePort.prototype, kNewListener, {
  value(count, type) {
    if (type !== 'message' || count !== 1) return;
    const r = record(this);
    if (r.closing) return;
    setRef(r, true);
    this.start();
  },
});
Object.defineProperty(MessagePort.prototype, kRemoveListener, {
  value(count, type) {
    if (type === 'message' && count === 0) setRef(record(this), false);
  },
});
Object.defineProperty(MessagePort.prototype, kCreateEvent, {
  value(data, type) {
    return type === 'message' ? new MessageEvent(type, { data }) : new Event(type);
  },
});

// ---------------------------------------------------------------------------------------------
// MessageChannel

// NOTE: a function, not a class, so that a call without `new` throws Node's
// ERR_CONSTRUCT_CALL_REQUIRED.
function MessageChannel() {
  if (new.target === undefined) {
    throw cppError(TypeError, 'ERR_CONSTRUCT_CALL_REQUIRED', 'Cannot call constructor without `new`');
  }
  const port1 = createPort();
  const port2 = createPort();
  record(port1).peer = record(port2);
  record(port2).peer = record(port1);
  this.port1 = port1;
  this.port2 = port2;
}

// ---------------------------------------------------------------------------------------------
// BroadcastChannel

const channels = new Map(); // name -> Set of receiver records

class BroadcastChannel extends EventTarget {
  #name;

  constructor(name) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    super();
    this.#name = `${name}`;
    const r = newRecord(this, true);
    r.started = true;
    let group = channels.get(this.#name);
    if (group === undefined) {
      group = new Set();
      channels.set(this.#name, group);
    }
    group.add(r);
  }

  get name() {
    return this.#name;
  }

  postMessage(message) {
    const r = record(this);
    if (r.closing) throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
    if (arguments.length === 0) throw cppError(TypeError, 'ERR_MISSING_ARGS', 'Not enough arguments to BroadcastChannel.postMessage');
    const data = structuredClone(message);
    for (const other of channels.get(this.#name)) {
      if (other !== r) enqueue(other, structuredClone(data));
    }
  }

  close() {
    const r = record(this);
    if (r.closing) return;
    const group = channels.get(this.#name);
    group.delete(r);
    if (group.size === 0) channels.delete(this.#name);
    beginClose(r);
  }

  ref() {
    setRef(record(this), true);
    return this;
  }

  unref() {
    setRef(record(this), false);
    return this;
  }

  [customInspectSymbol](depth, options, inspect) {
    return inspectAs(this, 'BroadcastChannel', { name: this.#name, active: !record(this).closing }, depth, options, inspect);
  }
}
Object.defineProperty(BroadcastChannel.prototype, customInspectSymbol, { enumerable: false });
defineEventHandler(BroadcastChannel.prototype, 'message');
defineEventHandler(BroadcastChannel.prototype, 'messageerror');

module.exports = { BroadcastChannel, MessageChannel, MessageEvent, MessagePort };
