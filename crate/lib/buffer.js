// buffer: Buffer (a Uint8Array subclass; see internal/buffer.js), SlowBuffer, atob/btoa,
// isUtf8/isAscii, transcode, Blob and the module's constants. Byte work (encode, decode,
// search, fill, compare, copy) is native: internalBinding('buffer').
'use strict';

const {
  FastBuffer,
  binding,
  encodingOps,
  normalizeEncoding,
  getEncodingOps,
  numericMethods,
  addMethods,
} = require('internal/buffer');
const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_BUFFER_SIZE,
    ERR_MISSING_ARGS,
    ERR_OUT_OF_RANGE,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const { validateArray, validateBuffer, validateInteger, validateNumber, validateString } =
  require('internal/validators');
const types = require('internal/util/types');

const kMaxLength = 2 ** 32;
const kStringMaxLength = 2 ** 29 - 24;
const constants = { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength };
let INSPECT_MAX_BYTES = 50;
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const isUint8Array = (v) => types.isUint8Array(v);
const isAnyArrayBuffer = (v) => types.isAnyArrayBuffer(v);

// ---------------------------------------------------------------------------------------------
// The pool: small allocations are carved out of a shared 8 KiB ArrayBuffer, 8-byte aligned,
// so `buf.byteOffset` and `buf.buffer` look as they do in Node.

let poolSize;
let poolOffset;
let allocPool;
let allocPoolBytes;

function createPool() {
  poolSize = Buffer.poolSize;
  allocPool = new ArrayBuffer(poolSize);
  allocPoolBytes = new Uint8Array(allocPool);
  poolOffset = 0;
}

function alignPool() {
  if (poolOffset & 0x7) {
    poolOffset |= 0x7;
    poolOffset++;
  }
}

function createUnsafeBuffer(size) {
  return new FastBuffer(size);
}

function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) {
    if (size > (poolSize - poolOffset)) createPool();
    const b = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return b;
  }
  return createUnsafeBuffer(size);
}

// ---------------------------------------------------------------------------------------------
// Construction.

let bufferWarned = false;
function showFlaggedDeprecation() {
  if (bufferWarned) return;
  bufferWarned = true;
  process.emitWarning('Buffer() is deprecated due to security and usability issues. Please use ' +
    'the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.',
  'DeprecationWarning', 'DEP0005');
}

function Buffer(arg, encodingOrOffset, length) {
  showFlaggedDeprecation();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.defineProperty(Buffer, Symbol.species, {
  get() { return FastBuffer; }, configurable: true, enumerable: false,
});

FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;
Object.setPrototypeOf(Buffer, Uint8Array);

function defineStatic(name, value) {
  Object.defineProperty(Buffer, name, { value, writable: true, configurable: true, enumerable: true });
}

Buffer.poolSize = 8 * 1024;
createPool();

function fromStringFast(string, ops) {
  const maxLength = Buffer.poolSize >>> 1;
  let length = string.length;
  if (length >= maxLength) return fromStringSlow(string, ops);
  length = ops.byteLength(string);
  if (length >= maxLength) return fromStringSlow(string, ops);
  if (length > (poolSize - poolOffset)) createPool();
  const actual = binding.encodeInto(string, ops.id, allocPoolBytes, poolOffset,
    poolSize - poolOffset);
  const b = new FastBuffer(allocPool, poolOffset, actual);
  poolOffset += actual;
  alignPool();
  return b;
}

function fromStringSlow(string, ops) {
  return new FastBuffer(binding.encode(string, ops.id));
}

function fromString(string, encoding) {
  let ops;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    if (string.length === 0) return new FastBuffer();
    ops = encodingOps.utf8;
  } else {
    ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    if (string.length === 0) return new FastBuffer();
  }
  return fromStringFast(string, ops);
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromArrayLike(obj) {
  if (obj.length <= 0) return new FastBuffer();
  if (obj.length < (Buffer.poolSize >>> 1)) {
    if (obj.length > (poolSize - poolOffset)) createPool();
    const b = new FastBuffer(allocPool, poolOffset, obj.length);
    Uint8Array.prototype.set.call(b, obj, 0);
    poolOffset += obj.length;
    alignPool();
    return b;
  }
  return new FastBuffer(Uint8Array.from(obj).buffer);
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
}

defineStatic('from', function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw new ERR_INVALID_ARG_TYPE('first argument',
    ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
});

defineStatic('copyBytesFrom', function copyBytesFrom(view, offset, length) {
  if (!types.isTypedArray(view)) throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  const viewLength = view.length;
  if (viewLength === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return Buffer.alloc(0);
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = view.slice(offset, end);
  }
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  return fromArrayLike(bytes);
});

defineStatic('of', function of(...items) {
  const b = createUnsafeBuffer(items.length);
  for (let k = 0; k < items.length; k++) b[k] = items[k];
  return b;
});

defineStatic('alloc', function alloc(size, fill, encoding) {
  validateNumber(size, 'size', 0, kMaxLength);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = createUnsafeBuffer(size);
    return fillImpl(buf, fill, 0, buf.length, encoding);
  }
  return new FastBuffer(size);
});

defineStatic('allocUnsafe', function allocUnsafe(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return allocate(size);
});

defineStatic('allocUnsafeSlow', function allocUnsafeSlow(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return createUnsafeBuffer(size);
});

function SlowBuffer(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return createUnsafeBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

defineStatic('isBuffer', function isBuffer(b) {
  return b instanceof Buffer;
});

defineStatic('compare', function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return binding.compare(buf1, 0, buf1.length, buf2, 0, buf2.length);
});

defineStatic('isEncoding', function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 &&
    normalizeEncoding(encoding) !== undefined;
});

defineStatic('concat', function concat(list, length) {
  validateArray(list, 'list');
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }
  const buffer = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) {
      throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    }
    pos += copyActual(buf, buffer, pos, 0, buf.length);
  }
  if (pos < length) Uint8Array.prototype.fill.call(buffer, 0, pos, length);
  return buffer;
});

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (types.isArrayBufferView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const len = string.length;
  const mustMatch = arguments.length > 2 && arguments[2] === true;
  if (!mustMatch && len === 0) return 0;
  if (!encoding) return mustMatch ? -1 : binding.byteLength(string, 1);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) return mustMatch ? -1 : binding.byteLength(string, 1);
  return ops.byteLength(string);
}
defineStatic('byteLength', byteLength);

// ---------------------------------------------------------------------------------------------
// Argument helpers.

function validateOffset(value, name, min = 0, max = kMaxLength) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function toInteger(n, defaultVal) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return ((n % 1) === 0 ? n : Math.floor(n));
  }
  return defaultVal;
}

// Negative offsets count from the end; a huge one is clamped.
function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0 || Number.isNaN(offset)) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  if (offset < length) return offset;
  return length;
}

function copyActual(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.length - targetStart) {
    sourceEnd = sourceStart + target.length - targetStart;
  }
  let nb = sourceEnd - sourceStart;
  const sourceLen = source.length - sourceStart;
  if (nb > sourceLen) nb = sourceLen;
  if (nb <= 0) return 0;
  return binding.copy(source, target, targetStart, sourceStart, sourceStart + nb);
}

function copyImpl(source, target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = toInteger(targetStart, 0);
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > source.length) {
      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${source.length}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = source.length;
  } else {
    sourceEnd = toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  return copyActual(source, target, targetStart, sourceStart, sourceEnd);
}

// ---------------------------------------------------------------------------------------------
// fill.

function fillImpl(buf, value, offset, end, encoding) {
  let id = 1;
  if (typeof value === 'string') {
    if (typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    const normalized = normalizeEncoding(encoding);
    if (normalized === undefined) {
      validateString(encoding, 'encoding');
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    id = encodingOps[normalized].id;
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      const code = value.charCodeAt(0);
      if ((normalized === 'utf8' && code < 128) || normalized === 'latin1') value = code;
    }
  } else {
    encoding = undefined;
  }

  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) {
      end = buf.length;
    } else {
      validateOffset(end, 'end', 0, buf.length);
    }
    if (offset >= end) return buf;
  }

  if (typeof value === 'number') {
    if (offset > end || end - offset + offset > buf.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS();
    Uint8Array.prototype.fill.call(buf, value, offset, end);
    return buf;
  }
  let pattern;
  if (typeof value === 'string') {
    pattern = new Uint8Array(binding.encode(value, id));
  } else if (types.isArrayBufferView(value)) {
    pattern = value;
  } else {
    Uint8Array.prototype.fill.call(buf, (Number(value) >>> 0) & 255, offset, end);
    return buf;
  }
  if (pattern.byteLength === 0) throw new ERR_INVALID_ARG_VALUE('value', value);
  if (end > buf.length) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  binding.fill(buf, pattern, offset, end);
  return buf;
}

// ---------------------------------------------------------------------------------------------
// indexOf / lastIndexOf / includes.

// Where a search of `needleLength` bytes starts (Node's rules for negative and large offsets),
// or -1 when nothing can match.
function searchStart(length, offset, needleLength, forward) {
  if (offset < 0) {
    if (offset + length >= 0) return length + offset;
    if (forward || needleLength === 0) return 0;
    return -1;
  }
  if (offset + needleLength <= length) return offset;
  if (needleLength === 0) return length;
  if (forward) return -1;
  return length - 1;
}

function searchBytes(buffer, needle, byteOffset, forward, step) {
  const hayLength = buffer.length;
  const needleLength = needle.length;
  const start = searchStart(hayLength, byteOffset, needleLength, forward);
  if (needleLength === 0) return start;
  if (hayLength === 0 || start <= -1) return -1;
  if ((forward && needleLength + start > hayLength) || needleLength > hayLength) return -1;
  if (step === 2 && (hayLength < 2 || needleLength < 2)) return -1;
  return binding.indexOf(buffer, needle, start, forward, step);
}

function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  validateBuffer(buffer);
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = dir ? 0 : (buffer.length || buffer.byteLength);
  byteOffset = Math.trunc(byteOffset);
  dir = !!dir;

  if (typeof val === 'number') {
    const start = searchStart(buffer.length, byteOffset, 1, dir);
    if (start <= -1 || buffer.length === 0) return -1;
    return binding.indexOfByte(buffer, (val >>> 0) & 255, start, dir);
  }
  const ops = encoding === undefined ? encodingOps.utf8 : getEncodingOps(encoding);
  if (typeof val === 'string') {
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    const needle = new Uint8Array(binding.encode(val, ops.id));
    return searchBytes(buffer, needle, byteOffset, dir, ops.id === 2 ? 2 : 1);
  }
  if (isUint8Array(val)) {
    const step = ops !== undefined && ops.id === 2 ? 2 : 1;
    return searchBytes(buffer, val, byteOffset, dir, step);
  }
  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

// ---------------------------------------------------------------------------------------------
// Buffer.prototype.

const proto = Buffer.prototype;
addMethods(proto, numericMethods());

function slicer(name, id) {
  // The native side checks the bounds, with Node's "Index out of range".
  return { [name](...args) {
    return binding.decode(this, id, args[0], args[1]);
  } }[name];
}

function writer(name, id) {
  // The native side checks the string and the bounds, with Node's messages.
  return { [name](...args) {
    return binding.encodeInto(args[0], id, this, args[1], args[2]);
  } }[name];
}

const codecNames = ['ascii', 'base64', 'base64url', 'latin1', 'hex', 'ucs2', 'utf8'];
const codecIds = { ascii: 4, base64: 5, base64url: 6, latin1: 3, hex: 7, ucs2: 2, utf8: 1 };
const codecMethods = {};
for (const name of codecNames) codecMethods[`${name}Slice`] = slicer(`${name}Slice`, codecIds[name]);
for (const name of codecNames) codecMethods[`${name}Write`] = writer(`${name}Write`, codecIds[name]);
addMethods(proto, codecMethods);

Object.defineProperty(proto, 'parent', {
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.buffer;
  },
  enumerable: true,
  configurable: true,
});
Object.defineProperty(proto, 'offset', {
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.byteOffset;
  },
  enumerable: true,
  configurable: true,
});

function customInspect(recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const actualMax = Math.min(max, this.length);
  const remaining = this.length - max;
  let str = binding.decode(this, 7, 0, actualMax).replace(/(.{2})/g, '$1 ').trim();
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    const keys = ctx.showHidden ? Object.getOwnPropertyNames(this) : Object.keys(this);
    const extras = keys.filter((k) => !(typeof k === 'string' && /^(0|[1-9][0-9]*)$/.test(k)));
    if (ctx.showHidden) {
      for (const s of Object.getOwnPropertySymbols(this)) extras.push(s);
    } else {
      for (const s of Object.getOwnPropertySymbols(this)) {
        if (Object.prototype.propertyIsEnumerable.call(this, s)) extras.push(s);
      }
    }
    if (extras.length > 0) {
      const obj = { __proto__: null };
      for (const key of extras) obj[key] = this[key];
      const { inspect } = require('internal/util/inspect');
      const shown = inspect(obj, { ...ctx, breakLength: Infinity, compact: true });
      const open = shown.indexOf('{');
      if (this.length !== 0) str += ', ';
      str += shown.slice(open + 2, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
}

const prototypeMethods = {
  copy(target, targetStart, sourceStart, sourceEnd) {
    return copyImpl(this, target, targetStart, sourceStart, sourceEnd);
  },

  toString(encoding, start, end) {
    if (arguments.length === 0) return binding.decode(this, 1, 0, this.length);
    const len = this.length;
    if (start <= 0) {
      start = 0;
    } else if (start >= len) {
      return '';
    } else {
      start = Math.trunc(start) || 0;
    }
    if (end === undefined || end > len) {
      end = len;
    } else {
      end = Math.trunc(end) || 0;
    }
    if (end <= start) return '';
    if (encoding === undefined) return binding.decode(this, 1, start, end);
    const ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    return binding.decode(this, ops.id, start, end);
  },

  equals(otherBuffer) {
    if (!isUint8Array(otherBuffer)) {
      throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
    }
    if (this === otherBuffer) return true;
    if (this.byteLength !== otherBuffer.byteLength) return false;
    return this.byteLength === 0 ||
      binding.compare(this, 0, this.length, otherBuffer, 0, otherBuffer.length) === 0;
  },

  inspect: customInspect,

  compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
    if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
    if (arguments.length === 1) return binding.compare(this, 0, this.length, target, 0, target.length);
    if (targetStart === undefined) targetStart = 0;
    else validateOffset(targetStart, 'targetStart');
    if (targetEnd === undefined) targetEnd = target.length;
    else validateOffset(targetEnd, 'targetEnd', 0, target.length);
    if (sourceStart === undefined) sourceStart = 0;
    else validateOffset(sourceStart, 'sourceStart');
    if (sourceEnd === undefined) sourceEnd = this.length;
    else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
    if (sourceStart >= sourceEnd) return (targetStart >= targetEnd ? 0 : -1);
    if (targetStart >= targetEnd) return 1;
    return binding.compare(this, sourceStart, sourceEnd, target, targetStart, targetEnd);
  },

  indexOf(val, byteOffset, encoding) {
    return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
  },

  lastIndexOf(val, byteOffset, encoding) {
    return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
  },

  includes(val, byteOffset, encoding) {
    return this.indexOf(val, byteOffset, encoding) !== -1;
  },

  fill(value, offset, end, encoding) {
    return fillImpl(this, value, offset, end, encoding);
  },

  write(string, offset, length, encoding) {
    if (offset === undefined) return binding.encodeInto(string, 1, this, 0, this.length);
    if (length === undefined && typeof offset === 'string') {
      encoding = offset;
      length = this.length;
      offset = 0;
    } else {
      validateOffset(offset, 'offset', 0, this.length);
      const remaining = this.length - offset;
      if (length === undefined) {
        length = remaining;
      } else if (typeof length === 'string') {
        encoding = length;
        length = remaining;
      } else {
        validateOffset(length, 'length', 0, this.length);
        if (length > remaining) length = remaining;
      }
    }
    if (!encoding || encoding === 'utf8') return binding.encodeInto(string, 1, this, offset, length);
    const ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    return binding.encodeInto(string, ops.id, this, offset, length);
  },

  toJSON() {
    if (this.length > 0) {
      const data = new Array(this.length);
      for (let i = 0; i < this.length; ++i) data[i] = this[i];
      return { type: 'Buffer', data };
    }
    return { type: 'Buffer', data: [] };
  },

  subarray(start, end) {
    const srcLength = this.length;
    start = adjustOffset(start, srcLength);
    end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
    const newLength = end > start ? end - start : 0;
    return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
  },

  slice(start, end) {
    return this.subarray(start, end);
  },

  swap16() {
    if (this.length % 2 !== 0) throw new ERR_INVALID_BUFFER_SIZE('16-bits');
    binding.swap(this, 2);
    return this;
  },

  swap32() {
    if (this.length % 4 !== 0) throw new ERR_INVALID_BUFFER_SIZE('32-bits');
    binding.swap(this, 4);
    return this;
  },

  swap64() {
    if (this.length % 8 !== 0) throw new ERR_INVALID_BUFFER_SIZE('64-bits');
    binding.swap(this, 8);
    return this;
  },
};
prototypeMethods.toLocaleString = prototypeMethods.toString;
addMethods(proto, prototypeMethods);
Object.defineProperty(proto, customInspectSymbol, {
  value: customInspect, writable: true, configurable: true, enumerable: false,
});

// ---------------------------------------------------------------------------------------------
// Module-level functions.

function isUtf8(input) {
  if (types.isTypedArray(input) || isAnyArrayBuffer(input)) return binding.isUtf8(input);
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isAscii(input) {
  if (types.isTypedArray(input) || isAnyArrayBuffer(input)) return binding.isAscii(input);
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function lazyDOMException(message, name) {
  const { DOMException } = require('internal/domexception');
  return new DOMException(message, name);
}

function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  for (let n = 0; n < input.length; n++) {
    if (input.charCodeAt(n) > 0xff) throw lazyDOMException('Invalid character', 'InvalidCharacterError');
  }
  return binding.decode(new Uint8Array(binding.encode(input, 3)), 5, 0, input.length);
}

const kAsciiWhitespace = [0x09, 0x0a, 0x0c, 0x0d, 0x20];

function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  let significant = 0;
  let equals = 0;
  for (let n = 0; n < input.length; n++) {
    const c = input.charCodeAt(n);
    if (kAsciiWhitespace.includes(c)) continue;
    const alphabet = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ||
      (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2f;
    if (c === 0x3d) {
      equals++;
    } else if (!alphabet || equals > 0) {
      // Unknown characters, and anything after an `=`, are invalid.
      throw lazyDOMException('Invalid character', 'InvalidCharacterError');
    }
    if (equals > 2) throw lazyDOMException('Invalid character', 'InvalidCharacterError');
    significant++;
  }
  let remainder = significant % 4;
  if (remainder === 0) {
    remainder = (significant - equals) % 4;
  } else if (equals > 0) {
    throw lazyDOMException('Invalid character', 'InvalidCharacterError');
  }
  if (remainder === 1) {
    throw lazyDOMException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
  }
  const bytes = new Uint8Array(binding.encode(input, 5));
  return binding.decode(bytes, 3, 0, bytes.length);
}

function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (source.length === 0) return Buffer.alloc(0);
  const from = normalizeEncoding(fromEncoding);
  const to = normalizeEncoding(toEncoding);
  const supported = ['ascii', 'latin1', 'utf16le', 'utf8'];
  if (!supported.includes(from) || !supported.includes(to)) {
    const err = new Error(`Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]`);
    err.code = 'U_ILLEGAL_ARGUMENT_ERROR';
    err.errno = 1;
    throw err;
  }
  let text = binding.decode(source, encodingOps[from].id, 0, source.length);
  if (to === 'ascii' || to === 'latin1') text = text.replace(/[^\x00-\xff]/gu, to === 'ascii' ? '?' : '?');
  if (to === 'ascii') text = text.replace(/[\x80-\xff]/g, '?');
  return new FastBuffer(binding.encode(text, encodingOps[to].id));
}

let blobModule;
function lazyBlob() {
  if (blobModule === undefined) blobModule = require('internal/blob');
  return blobModule;
}

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants,
  INSPECT_MAX_BYTES: undefined,
  Blob: undefined,
  File: undefined,
};

Object.defineProperty(module.exports, 'INSPECT_MAX_BYTES', {
  get() { return INSPECT_MAX_BYTES; },
  set(val) {
    validateNumber(val, 'INSPECT_MAX_BYTES', 0);
    INSPECT_MAX_BYTES = val;
  },
  enumerable: true,
  configurable: true,
});
for (const name of ['Blob', 'File']) {
  Object.defineProperty(module.exports, name, {
    get() { return lazyBlob()[name]; },
    enumerable: true,
    configurable: true,
  });
}
