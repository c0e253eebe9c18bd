// internal/encoding: the WHATWG TextEncoder and TextDecoder over internalBinding('buffer'):
// utf-8, utf-16le and the windows-1252 labels (which Node decodes as latin1) on their own fast
// paths, utf-16be and the legacy single-byte and CJK encodings through `decodeWhatwg`.
//
// NOTE: the CJK decoders keep no state between `{ stream: true }` calls: a multi-byte
// character split across two chunks decodes as U+FFFD, where Node's ICU joins it.
'use strict';

const { binding } = require('internal/buffer');
const {
  codes: { ERR_ENCODING_INVALID_ENCODED_DATA, ERR_ENCODING_NOT_SUPPORTED, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS },
} = require('internal/errors');
const { validateObject, validateString } = require('internal/validators');
const types = require('internal/util/types');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

// The WHATWG label table lives in Rust (encoding_rs); Node's ICU build lacks iso-8859-16 and
// `x-user-defined`, so those come back undefined, and the `replacement` labels are refused.
function getEncodingFromLabel(label) {
  return binding.encodingForLabel(`${label}`);
}

// An object that util.inspect prints as `Name { ...fields }`.
function named(name, fields) {
  const ctor = { [name]: function() {} }[name];
  return Object.assign(Object.create(ctor.prototype), fields);
}

class TextEncoder {
  get encoding() {
    return 'utf-8';
  }

  encode(input = '') {
    return new Uint8Array(binding.encode(`${input}`, 1));
  }

  encodeInto(src, dest) {
    validateString(src, 'src');
    if (!types.isUint8Array(dest)) throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    const written = binding.encodeInto(src, 1, dest, 0, dest.length);
    // Count the UTF-16 code units that produced `written` bytes.
    let read = 0;
    let bytes = 0;
    while (read < src.length && bytes < written) {
      const c = src.charCodeAt(read);
      if (c < 0x80) bytes += 1;
      else if (c < 0x800) bytes += 2;
      else if (c >= 0xd800 && c <= 0xdbff && read + 1 < src.length &&
               (src.charCodeAt(read + 1) & 0xfc00) === 0xdc00) {
        bytes += 4;
        read++;
      } else bytes += 3;
      read++;
    }
    return { read, written };
  }

  [customInspectSymbol](depth, options, inspect) {
    return { encoding: this.encoding };
  }
}

const kState = Symbol('kState');

function viewBytes(input) {
  if (isAnyArrayBuffer(input)) return new Uint8Array(input);
  if (types.isArrayBufferView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  // The native side rejects anything else with Node's own wording.
  binding.decode(input, 1, 0, 0);
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'ArrayBufferView'], input);
}

function isAnyArrayBuffer(v) {
  return types.isAnyArrayBuffer(v);
}

function concatBytes(a, b) {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

class TextDecoder {
  constructor(encoding = 'utf-8', options = {}) {
    encoding = `${encoding}`;
    validateObject(options, 'options', { nullable: true, allowArray: true, allowFunction: true });
    const enc = getEncodingFromLabel(encoding);
    if (enc === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
    if (enc === 'replacement') throw new ERR_ENCODING_NOT_SUPPORTED(enc);
    this[kState] = {
      encoding: enc,
      fatal: Boolean(options?.fatal),
      ignoreBOM: Boolean(options?.ignoreBOM),
      pending: new Uint8Array(0),
      bomSeen: false,
    };
  }

  decode(input = new Uint8Array(0), options = {}) {
    const s = state(this);
    let bytes = viewBytes(input);
    validateObject(options, 'options', { nullable: true, allowArray: true, allowFunction: true });
    const stream = Boolean(options?.stream);
    let text;
    if (s.encoding === 'windows-1252') {
      text = binding.decode(bytes, 3, 0, bytes.length);
    } else if (s.encoding === 'utf-8' || s.encoding === 'utf-16le' || s.encoding === 'utf-16be') {
      bytes = concatBytes(s.pending, bytes);
      let end = bytes.length;
      if (s.encoding === 'utf-8') {
        if (stream) end -= binding.utf8IncompleteTail(bytes);
        const complete = end === bytes.length ? bytes : bytes.subarray(0, end);
        if (s.fatal && !binding.isUtf8(complete)) fail(s);
        text = binding.decode(complete, 1, 0, end);
      } else {
        if (stream) {
          // Keep an odd byte and a trailing lead surrogate for the next chunk.
          end -= end % 2;
          const lead = s.encoding === 'utf-16le' ? bytes[end - 1] : bytes[end - 2];
          if (end >= 2 && (lead & 0xfc) === 0xd8) end -= 2;
        }
        const complete = end === bytes.length ? bytes : bytes.subarray(0, end);
        text = binding.decodeWhatwg(complete, s.encoding, s.fatal);
        if (text === undefined) fail(s);
      }
      s.pending = end === bytes.length ? new Uint8Array(0) : bytes.slice(end);
    } else {
      text = binding.decodeWhatwg(bytes, s.encoding, s.fatal);
      if (text === undefined) fail(s);
    }
    if (!s.ignoreBOM && !s.bomSeen && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      s.bomSeen = true;
    }
    if (!stream) {
      s.bomSeen = false;
      s.pending = new Uint8Array(0);
    }
    return text;
  }

  get encoding() {
    return state(this).encoding;
  }

  get fatal() {
    return state(this).fatal;
  }

  get ignoreBOM() {
    return state(this).ignoreBOM;
  }

  [customInspectSymbol](depth, options, inspect) {
    const s = state(this);
    return named('TextDecoder', { encoding: s.encoding, fatal: s.fatal, ignoreBOM: s.ignoreBOM });
  }
}

// A fatal decoder's error: the stream state is reset, as Node resets it.
function fail(s) {
  s.pending = new Uint8Array(0);
  s.bomSeen = false;
  throw new ERR_ENCODING_INVALID_ENCODED_DATA(s.encoding);
}

function state(decoder) {
  const s = decoder?.[kState];
  if (s === undefined) throw new ERR_INVALID_THIS('TextDecoder');
  return s;
}

for (const [cls, keys] of [[TextEncoder, ['encoding', 'encode', 'encodeInto']],
  [TextDecoder, ['decode', 'encoding', 'fatal', 'ignoreBOM']]]) {
  for (const key of keys) {
    const desc = Object.getOwnPropertyDescriptor(cls.prototype, key);
    desc.enumerable = true;
    Object.defineProperty(cls.prototype, key, desc);
  }
  Object.defineProperty(cls.prototype, Symbol.toStringTag, { value: cls.name, configurable: true });
}

module.exports = { TextEncoder, TextDecoder, getEncodingFromLabel };
