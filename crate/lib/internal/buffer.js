// internal/buffer: FastBuffer (the Uint8Array subclass every Buffer really is), the encoding
// table shared by buffer, string_decoder and TextDecoder, and the numeric read/write methods
// (readUInt8 ... writeBigInt64BE) that buffer.js installs on Buffer.prototype.
'use strict';

const binding = internalBinding('buffer');
const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const { validateNumber } = require('internal/validators');

// Every Buffer is a FastBuffer; `Buffer.prototype` is FastBuffer.prototype (see buffer.js).
class FastBuffer extends Uint8Array {
  // eslint-disable-next-line no-useless-constructor
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

// ---------------------------------------------------------------------------------------------
// Encodings. `id` is the number the native binding understands (crate/src/bytes/mod.rs).

const encodingIds = {
  utf8: 1, utf16le: 2, latin1: 3, ascii: 4, base64: 5, base64url: 6, hex: 7,
};

function base64ByteLength(str) {
  let len = str.length;
  if (len > 0 && str.charCodeAt(len - 1) === 0x3d) len--;
  if (len > 1 && str.charCodeAt(len - 1) === 0x3d) len--;
  return (len * 3) >>> 2;
}

const encodingOps = {
  utf8: { encoding: 'utf8', id: 1, byteLength: (s) => binding.byteLength(s, 1) },
  utf16le: { encoding: 'utf16le', id: 2, byteLength: (s) => s.length * 2 },
  latin1: { encoding: 'latin1', id: 3, byteLength: (s) => s.length },
  ascii: { encoding: 'ascii', id: 4, byteLength: (s) => s.length },
  base64: { encoding: 'base64', id: 5, byteLength: base64ByteLength },
  base64url: { encoding: 'base64url', id: 6, byteLength: base64ByteLength },
  hex: { encoding: 'hex', id: 7, byteLength: (s) => s.length >>> 1 },
};

const aliases = {
  'utf8': 'utf8', 'utf-8': 'utf8',
  'ucs2': 'utf16le', 'ucs-2': 'utf16le', 'utf16le': 'utf16le', 'utf-16le': 'utf16le',
  'latin1': 'latin1', 'binary': 'latin1',
  'base64': 'base64', 'base64url': 'base64url', 'hex': 'hex', 'ascii': 'ascii',
};

// The canonical name of `enc` (any case), or undefined. Missing or empty means utf8.
function normalizeEncoding(enc) {
  if (enc == null || enc === '' || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  return aliases[`${enc}`.toLowerCase()];
}

// The ops for a user-given encoding (converted to a string first), or undefined.
function getEncodingOps(enc) {
  const name = aliases[`${enc}`.toLowerCase()];
  return name === undefined ? undefined : encodingOps[name];
}

// ---------------------------------------------------------------------------------------------
// Bounds errors, worded as Node words them.

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type || 'offset');
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

// `size` bytes at `offset` must exist.
function checkBounds(buf, offset, size) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) {
    boundsError(offset, buf.length - size);
  }
}

function rangeText(min, max, size) {
  const n = typeof min === 'bigint' ? 'n' : '';
  if (size > 4) {
    const bits = size * 8;
    if (min === 0 || min === 0n) return `>= 0${n} and < 2${n} ** ${bits}${n}`;
    return `>= -(2${n} ** ${bits - 1}${n}) and < 2${n} ** ${bits - 1}${n}`;
  }
  return `>= ${min}${n} and <= ${max}${n}`;
}

function checkInt(value, min, max, buf, offset, size) {
  if (value > max || value < min) throw new ERR_OUT_OF_RANGE('value', rangeText(min, max, size), value);
  checkBounds(buf, offset, size);
}

// ---------------------------------------------------------------------------------------------
// Integers of 1 to 6 bytes.

function readUnsigned(buf, offset, size, little) {
  let value = 0;
  let scale = 1;
  for (let k = 0; k < size; k++) {
    value += buf[little ? offset + k : offset + size - 1 - k] * scale;
    scale *= 256;
  }
  return value;
}

function readInt(buf, offset, size, little, signed) {
  checkBounds(buf, offset, size);
  const value = readUnsigned(buf, offset, size, little);
  if (signed && value >= 2 ** (size * 8 - 1)) return value - 2 ** (size * 8);
  return value;
}

function writeBytes(buf, value, offset, size, little) {
  let v = Math.trunc(value);
  if (!Number.isFinite(v)) v = 0;
  const mod = 2 ** (size * 8);
  v = ((v % mod) + mod) % mod;
  for (let k = 0; k < size; k++) {
    const byte = v % 256;
    buf[little ? offset + k : offset + size - 1 - k] = byte;
    v = (v - byte) / 256;
  }
  return offset + size;
}

function limits(size, signed) {
  if (signed) return [-(2 ** (size * 8 - 1)), 2 ** (size * 8 - 1) - 1];
  return [0, 2 ** (size * 8) - 1];
}

function writeInt(buf, value, offset, size, little, signed) {
  value = +value;
  const [min, max] = limits(size, signed);
  if (size === 1) {
    validateNumber(offset, 'offset');
    if (value > max || value < min) throw new ERR_OUT_OF_RANGE('value', `>= ${min} and <= ${max}`, value);
    if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
  } else {
    checkInt(value, min, max, buf, offset, size);
  }
  return writeBytes(buf, value, offset, size, little);
}

function variableLength(byteLength) {
  if (byteLength === undefined) throw new ERR_INVALID_ARG_TYPE('byteLength', 'number', byteLength);
  if (byteLength === 1 || byteLength === 2 || byteLength === 3 || byteLength === 4 ||
      byteLength === 5 || byteLength === 6) return byteLength;
  boundsError(byteLength, 6, 'byteLength');
}

// ---------------------------------------------------------------------------------------------
// Floats, through one shared scratch buffer.

const float32 = new Float32Array(1);
const float64 = new Float64Array(1);
const f32Bytes = new Uint8Array(float32.buffer);
const f64Bytes = new Uint8Array(float64.buffer);
const hostLittle = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function readFloat(buf, offset, scratch, bytes, little) {
  if (offset === undefined) offset = 0;
  const size = bytes.length;
  checkBounds(buf, offset, size);
  const same = little === hostLittle;
  for (let k = 0; k < size; k++) bytes[same ? k : size - 1 - k] = buf[offset + k];
  return scratch[0];
}

function writeFloat(buf, value, offset, scratch, bytes, little) {
  if (offset === undefined) offset = 0;
  value = +value;
  const size = bytes.length;
  checkBounds(buf, offset, size);
  scratch[0] = value;
  const same = little === hostLittle;
  for (let k = 0; k < size; k++) buf[offset + k] = bytes[same ? k : size - 1 - k];
  return offset + size;
}

// ---------------------------------------------------------------------------------------------
// 64-bit BigInts.

function readBig(buf, offset, little, signed) {
  if (offset === undefined) offset = 0;
  checkBounds(buf, offset, 8);
  let value = 0n;
  for (let k = 0; k < 8; k++) value = (value << 8n) | BigInt(buf[little ? offset + 7 - k : offset + k]);
  return signed ? BigInt.asIntN(64, value) : value;
}

function writeBig(buf, value, offset, little, signed) {
  if (offset === undefined) offset = 0;
  const min = signed ? -(2n ** 63n) : 0n;
  const max = signed ? 2n ** 63n - 1n : 2n ** 64n - 1n;
  checkInt(value, min, max, buf, offset, 8);
  let v = BigInt.asUintN(64, value);
  for (let k = 0; k < 8; k++) {
    buf[little ? offset + k : offset + 7 - k] = Number(v & 0xffn);
    v >>= 8n;
  }
  return offset + 8;
}

// ---------------------------------------------------------------------------------------------
// The methods, installed on Buffer.prototype by buffer.js in Node's order.

function numericMethods() {
  const m = {};
  const fns = {};
  // One function per original name; the lower-case `Uint` aliases share it (and its name).
  const add = (name, fn) => {
    Object.defineProperty(fn, 'name', { value: name, configurable: true });
    fns[name] = fn;
  };
  for (const [kind, little] of [['LE', true], ['BE', false]]) {
    add(`readBigUInt64${kind}`, function(offset = 0) { return readBig(this, offset, little, false); });
    add(`readBigInt64${kind}`, function(offset = 0) { return readBig(this, offset, little, true); });
    add(`writeBigUInt64${kind}`, function(value, offset = 0) { return writeBig(this, value, offset, little, false); });
    add(`writeBigInt64${kind}`, function(value, offset = 0) { return writeBig(this, value, offset, little, true); });
    for (const signed of [false, true]) {
      const U = signed ? 'Int' : 'UInt';
      add(`read${U}${kind}`, function(offset, byteLength) {
        return readInt(this, offset, variableLength(byteLength), little, signed);
      });
      add(`read${U}32${kind}`, function(offset = 0) { return readInt(this, offset, 4, little, signed); });
      add(`read${U}16${kind}`, function(offset = 0) { return readInt(this, offset, 2, little, signed); });
      add(`write${U}${kind}`, function(value, offset, byteLength) {
        return writeInt(this, value, offset, variableLength(byteLength), little, signed);
      });
      add(`write${U}32${kind}`, function(value, offset = 0) { return writeInt(this, value, offset, 4, little, signed); });
      add(`write${U}16${kind}`, function(value, offset = 0) { return writeInt(this, value, offset, 2, little, signed); });
    }
    // Node names the float accessors after the host's byte order.
    const dir = little === hostLittle ? 'Forwards' : 'Backwards';
    fns[`readFloat${kind}`] = { [`readFloat${dir}`](offset = 0) { return readFloat(this, offset, float32, f32Bytes, little); } }[`readFloat${dir}`];
    fns[`readDouble${kind}`] = { [`readDouble${dir}`](offset = 0) { return readFloat(this, offset, float64, f64Bytes, little); } }[`readDouble${dir}`];
    fns[`writeFloat${kind}`] = { [`writeFloat${dir}`](value, offset = 0) { return writeFloat(this, value, offset, float32, f32Bytes, little); } }[`writeFloat${dir}`];
    fns[`writeDouble${kind}`] = { [`writeDouble${dir}`](value, offset = 0) { return writeFloat(this, value, offset, float64, f64Bytes, little); } }[`writeDouble${dir}`];
  }
  for (const signed of [false, true]) {
    const U = signed ? 'Int' : 'UInt';
    add(`read${U}8`, function(offset = 0) { return readInt(this, offset, 1, true, signed); });
    add(`write${U}8`, function(value, offset = 0) { return writeInt(this, value, offset, 1, true, signed); });
  }
  // Node's property order.
  for (const op of ['read', 'write']) {
    for (const name of ['BigUInt64LE', 'BigUInt64BE']) m[op + name] = fns[op + name];
    for (const name of ['BigUint64LE', 'BigUint64BE']) m[op + name] = fns[op + name.replace('Uint', 'UInt')];
    for (const name of ['BigInt64LE', 'BigInt64BE']) m[op + name] = fns[op + name];
  }
  const widths = ['LE', '32LE', '16LE', '8', 'BE', '32BE', '16BE'];
  for (const op of ['read', 'write']) {
    for (const w of widths) m[`${op}UInt${w}`] = fns[`${op}UInt${w}`];
    for (const w of widths) m[`${op}Uint${w}`] = fns[`${op}UInt${w}`];
    for (const w of widths) m[`${op}Int${w}`] = fns[`${op}Int${w}`];
  }
  for (const op of ['read', 'write']) {
    for (const name of ['FloatLE', 'FloatBE', 'DoubleLE', 'DoubleBE']) m[op + name] = fns[op + name];
  }
  return m;
}

// Copies each own method of `methods` onto `proto` as a non-enumerable property.
function addMethods(proto, methods) {
  for (const key of Object.keys(methods)) {
    Object.defineProperty(proto, key, {
      value: methods[key], writable: true, configurable: true, enumerable: false,
    });
  }
}

module.exports = {
  FastBuffer,
  binding,
  encodingIds,
  encodingOps,
  normalizeEncoding,
  getEncodingOps,
  boundsError,
  numericMethods,
  addMethods,
};
