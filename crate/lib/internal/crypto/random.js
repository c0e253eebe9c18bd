// internal/crypto/random: randomBytes, randomFill(Sync), randomInt, randomUUID, getRandomValues.
// The callback forms fill on the pool and call back in a later poll phase.
'use strict';

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateFunction, validateNumber, validateObject, validateBoolean } = require('internal/validators');
const { DOMException } = require('internal/domexception');

const kMaxLength = 2 ** 31 - 1;
const kMaxRange = 2 ** 48 - 1;

function assertSize(size, name = 'size') {
  validateNumber(size, name);
  if (Number.isNaN(size) || size < 0 || size > kMaxLength) {
    throw new ERR_OUT_OF_RANGE(name, `>= 0 && <= ${kMaxLength}`, size);
  }
  return Math.floor(size);
}

function randomBytes(size, callback) {
  size = assertSize(size);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const buf = Buffer.alloc(size);
  if (callback === undefined) {
    binding.randomFill(buf, 0, size);
    return buf;
  }
  binding.randomFillJob(buf, 0, size, () => callback(null, buf));
}

function assertBuf(buf) {
  if (ArrayBuffer.isView(buf) || buf instanceof ArrayBuffer) return;
  throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
}

function byteRange(buf, offset, size) {
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  const length = buf.byteLength;
  offset = offset === undefined ? 0 : offset;
  validateNumber(offset, 'offset');
  offset *= elementSize;
  if (Number.isNaN(offset) || offset < 0 || offset > length) {
    throw new ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${length}`, offset);
  }
  if (size === undefined) size = length - offset;
  else {
    validateNumber(size, 'size');
    size *= elementSize;
    if (Number.isNaN(size) || size < 0 || size > kMaxLength) {
      throw new ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxLength}`, size);
    }
    if (size + offset > length) throw new ERR_OUT_OF_RANGE('size + offset', `<= ${length}`, size + offset);
  }
  return [Math.floor(offset), Math.floor(size)];
}

function randomFillSync(buf, offset, size) {
  assertBuf(buf);
  [offset, size] = byteRange(buf, offset, size);
  binding.randomFill(buf, offset, size);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  assertBuf(buf);
  if (typeof offset === 'function') {
    callback = offset;
    offset = undefined;
    size = undefined;
  } else if (typeof size === 'function') {
    callback = size;
    size = undefined;
  }
  validateFunction(callback, 'callback');
  [offset, size] = byteRange(buf, offset, size);
  binding.randomFillJob(buf, offset, size, () => callback(null, buf));
}

function isSafe(n) {
  return Number.isSafeInteger(n);
}

// A uniform integer in [min, max), by rejection sampling over 48-bit draws.
function draw(min, max) {
  const range = max - min;
  const limit = kMaxRange + 1 - ((kMaxRange + 1) % range);
  const bytes = Buffer.alloc(6);
  for (;;) {
    binding.randomFill(bytes, 0, 6);
    const x = bytes.readUIntBE(0, 6);
    if (x < limit) return min + (x % range);
  }
}

function randomInt(min, max, callback) {
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = typeof callback === 'undefined';
  if (!isSync) validateFunction(callback, 'callback');
  if (!isSafe(min)) throw new ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!isSafe(max)) throw new ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) {
    throw new ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  }
  const range = max - min;
  if (!(range <= kMaxRange)) throw new ERR_OUT_OF_RANGE('max - min', `<= ${kMaxRange}`, range);
  const n = draw(min, max);
  if (isSync) return n;
  // NOTE: drawn synchronously; only the callback is deferred, to the next poll phase.
  binding.randomFillJob(new Uint8Array(0), 0, 0, () => callback(undefined, n));
}

function hex(bytes, from, to) {
  let s = '';
  for (let i = from; i < to; i++) s += bytes[i].toString(16).padStart(2, '0');
  return s;
}

function randomUUID(options) {
  if (options !== undefined) {
    validateObject(options, 'options');
    if (options.disableEntropyCache !== undefined) {
      validateBoolean(options.disableEntropyCache, 'options.disableEntropyCache');
    }
  }
  const b = new Uint8Array(16);
  binding.randomFill(b, 0, 16);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  return `${hex(b, 0, 4)}-${hex(b, 4, 6)}-${hex(b, 6, 8)}-${hex(b, 8, 10)}-${hex(b, 10, 16)}`;
}

const kIntegerArrays = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
  Uint32Array, BigInt64Array, BigUint64Array];

function getRandomValues(data) {
  if (!kIntegerArrays.some((T) => data instanceof T)) {
    throw new DOMException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
  }
  if (data.byteLength > 65536) {
    throw new DOMException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
  }
  binding.randomFill(data, 0, data.byteLength);
  return data;
}

module.exports = {
  randomBytes, randomFill, randomFillSync, randomInt, randomUUID, getRandomValues, pseudoRandomBytes: randomBytes,
};
