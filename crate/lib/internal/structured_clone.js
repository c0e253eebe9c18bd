'use strict';
// structuredClone(value, { transfer }): the HTML structured clone algorithm for the JavaScript
// types (no host objects), with shared and circular references kept, and ArrayBuffer transfer.

const { DOMException } = require('internal/domexception');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_TRANSFER_OBJECT } } = require('internal/errors');

const messaging = internalBinding('messaging');

const TypedArray = Object.getPrototypeOf(Uint8Array);
const errorConstructors = { Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError };

const toStringTag = (v) => Object.prototype.toString.call(v).slice(8, -1);

function isTypedArray(v) {
  try {
    Reflect.apply(Object.getOwnPropertyDescriptor(TypedArray.prototype, Symbol.toStringTag).get, v, []);
    return ArrayBuffer.isView(v) && !(v instanceof DataView);
  } catch {
    return false;
  }
}

function describe(value) {
  if (typeof value === 'symbol') return value.toString();
  if (typeof value === 'function') return Function.prototype.toString.call(value);
  const ctor = value?.constructor?.name;
  return `#<${typeof ctor === 'string' && ctor ? ctor : toStringTag(value)}>`;
}

function cloneError(value) {
  throw new DOMException(`${describe(value)} could not be cloned.`, 'DataCloneError');
}

// NOTE: these two messages are V8's serializer texts, not entries of Node's error table, so the
// errors are built here with the matching code.
function transferListError() {
  const err = new TypeError('Optional transferList argument must be an iterable');
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function structuredClone(value, options = undefined) {
  if (arguments.length === 0) {
    const err = new TypeError('The value argument must be specified');
    err.code = 'ERR_MISSING_ARGS';
    throw err;
  }
  const transferred = new Map();
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object' && typeof options !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const { transfer } = options;
    if (transfer !== undefined) {
      if (transfer === null || typeof transfer[Symbol.iterator] !== 'function' || typeof transfer === 'string') {
        throw transferListError();
      }
      for (const item of transfer) {
        if (!(item instanceof ArrayBuffer)) throw new ERR_INVALID_TRANSFER_OBJECT();
        if (transferred.has(item)) throw new DOMException('Transfer list contains duplicate ArrayBuffer', 'DataCloneError');
        transferred.set(item, null);
      }
    }
  }
  const memory = new Map();
  const result = clone(value, memory, transferred);
  // Detach transferred buffers: their contents now live in the clone.
  // NOTE: the clone holds a copy of the bytes, not the original block: views met later in the
  // walk still need the source buffer's offsets, so detaching waits until the walk is over.
  for (const buffer of transferred.keys()) messaging.transferArrayBuffer(buffer);
  return result;
}

function cloneBuffer(buffer, memory, transferred) {
  if (transferred.has(buffer)) {
    let moved = transferred.get(buffer);
    if (moved === null) {
      moved = buffer.slice(0);
      transferred.set(buffer, moved);
    }
    memory.set(buffer, moved);
    return moved;
  }
  const copy = buffer.slice(0);
  memory.set(buffer, copy);
  return copy;
}

function clone(value, memory, transferred) {
  const type = typeof value;
  if (type === 'symbol' || type === 'function') cloneError(value);
  if (value === null || type !== 'object') return value;
  if (memory.has(value)) return memory.get(value);

  const tag = toStringTag(value);
  let out;
  if (Array.isArray(value)) {
    out = new Array(value.length);
    memory.set(value, out);
    for (const key of Object.keys(value)) out[key] = clone(value[key], memory, transferred);
    return out;
  }
  if (value instanceof Date) {
    out = new Date(value.getTime());
  } else if (value instanceof RegExp) {
    out = new RegExp(value.source, value.flags);
  } else if (value instanceof ArrayBuffer) {
    return cloneBuffer(value, memory, transferred);
  } else if (value instanceof DataView) {
    const buffer = clone(value.buffer, memory, transferred);
    out = new DataView(buffer, value.byteOffset, value.byteLength);
  } else if (isTypedArray(value)) {
    const buffer = clone(value.buffer, memory, transferred);
    const Ctor = globalThis[tag] && typeof globalThis[tag] === 'function' ? globalThis[tag] : Uint8Array;
    out = new Ctor(buffer, value.byteOffset, value.length);
  } else if (value instanceof Map) {
    out = new Map();
    memory.set(value, out);
    for (const [k, v] of value) out.set(clone(k, memory, transferred), clone(v, memory, transferred));
    return out;
  } else if (value instanceof Set) {
    out = new Set();
    memory.set(value, out);
    for (const k of value) out.add(clone(k, memory, transferred));
    return out;
  } else if (value instanceof Error) {
    let name = value.name;
    if (!Object.hasOwn(errorConstructors, name)) name = 'Error';
    const Ctor = errorConstructors[name];
    const msgDesc = Object.getOwnPropertyDescriptor(value, 'message');
    out = msgDesc ? new Ctor(String(value.message)) : new Ctor();
    memory.set(value, out);
    if (Object.hasOwn(value, 'cause')) {
      Object.defineProperty(out, 'cause', {
        value: clone(value.cause, memory, transferred), writable: true, configurable: true, enumerable: false,
      });
    }
    const stack = value.stack;
    if (typeof stack === 'string') {
      Object.defineProperty(out, 'stack', { value: stack, writable: true, configurable: true, enumerable: false });
    }
    return out;
  } else if (tag === 'Boolean') {
    out = Object(Boolean.prototype.valueOf.call(value));
  } else if (tag === 'String') {
    out = Object(String.prototype.valueOf.call(value));
  } else if (tag === 'Number') {
    out = Object(Number.prototype.valueOf.call(value));
  } else if (tag === 'BigInt') {
    out = Object(BigInt.prototype.valueOf.call(value));
  } else if (value instanceof Promise || value instanceof WeakMap || value instanceof WeakSet ||
             value instanceof WeakRef || (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer) ||
             tag === 'Symbol' || tag === 'Generator' || tag === 'AsyncGenerator') {
    cloneError(value);
  } else {
    out = {};
    memory.set(value, out);
    for (const key of Object.keys(value)) out[key] = clone(value[key], memory, transferred);
    return out;
  }
  memory.set(value, out);
  return out;
}

module.exports = { structuredClone };
