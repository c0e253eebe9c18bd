// string_decoder: StringDecoder turns a stream of byte chunks into strings without splitting a
// character. Its state lives in a 7-byte Buffer, laid out like Node's native decoder (so it
// inspects the same): bytes 0-3 the incomplete character, 4 the bytes still missing, 5 the
// bytes buffered, 6 the encoding's number.
//
// How a chunk is handled (utf8, utf16le, base64, base64url; the other encodings decode each
// chunk whole):
// 1. If a character is pending, take bytes from the chunk to complete it. For utf8 a
//    non-continuation byte ends it early; the pending bytes then decode to U+FFFD.
// 2. Look at the end of the rest of the chunk: utf8 holds back a lead byte and the continuation
//    bytes after it if the sequence it announces is longer; utf16le an odd byte or a trailing
//    high surrogate; base64 the bytes past a multiple of three.
// 3. Decode the middle, and prepend the completed character from step 1.
'use strict';

const { Buffer } = require('buffer');
const { binding, normalizeEncoding } = require('internal/buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_UNKNOWN_ENCODING },
} = require('internal/errors');

const kNativeDecoder = Symbol('kNativeDecoder');
const kMissingBytes = 4;
const kBufferedBytes = 5;
const kEncodingField = 6;

// Node's numbering of encodings inside the decoder state, and the binding's ids.
const stateIds = { ascii: 0, utf8: 1, base64: 2, utf16le: 3, latin1: 4, hex: 5, base64url: 7 };
const bindingIds = { utf8: 1, utf16le: 2, latin1: 3, ascii: 4, base64: 5, base64url: 6, hex: 7 };

function bytesOf(view) {
  if (view instanceof Uint8Array) return view;
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function makeString(bytes, start, end, encoding) {
  return binding.decode(bytes, bindingIds[encoding], start, end);
}

function decode(state, encoding, view) {
  const data = bytesOf(view);
  let start = 0;
  let end = data.length;
  if (encoding !== 'utf8' && encoding !== 'utf16le' && encoding !== 'base64' &&
      encoding !== 'base64url') {
    return makeString(data, 0, end, encoding);
  }

  let prepend = '';
  if (state[kMissingBytes] > 0) {
    if (encoding === 'utf8') {
      // A non-continuation byte cuts the pending character short.
      const limit = Math.min(end, state[kMissingBytes]);
      for (let i = 0; i < limit; i++) {
        if ((data[i] & 0xc0) !== 0x80) {
          state[kMissingBytes] = 0;
          state.set(data.subarray(0, i), state[kBufferedBytes]);
          state[kBufferedBytes] += i;
          start = i;
          break;
        }
      }
    }
    const found = Math.min(end - start, state[kMissingBytes]);
    state.set(data.subarray(start, start + found), state[kBufferedBytes]);
    start += found;
    state[kMissingBytes] -= found;
    state[kBufferedBytes] += found;
    if (state[kMissingBytes] === 0) {
      prepend = makeString(state, 0, state[kBufferedBytes], encoding);
      state[kBufferedBytes] = 0;
    }
  }

  if (start === end) return prepend;

  let buffered = 0;
  let missing = 0;
  if (encoding === 'utf8') {
    if (data[end - 1] & 0x80) {
      for (let i = end - 1; ; i--) {
        buffered++;
        if ((data[i] & 0xc0) === 0x80) {
          if (buffered >= 4 || i === start) {
            buffered = 0;
            break;
          }
        } else {
          if ((data[i] & 0xe0) === 0xc0) missing = 2;
          else if ((data[i] & 0xf0) === 0xe0) missing = 3;
          else if ((data[i] & 0xf8) === 0xf0) missing = 4;
          else {
            buffered = 0;
            break;
          }
          if (buffered >= missing) {
            missing = 0;
            buffered = 0;
          }
          missing -= buffered;
          break;
        }
      }
    }
  } else if (encoding === 'utf16le') {
    if ((end - start) % 2 === 1) {
      buffered = 1;
      missing = 1;
    } else if ((data[end - 1] & 0xfc) === 0xd8) {
      buffered = 2;
      missing = 2;
    }
  } else {
    buffered = (end - start) % 3;
    if (buffered > 0) missing = 3 - buffered;
  }
  if (buffered > 0) {
    state.set(data.subarray(end - buffered, end), 0);
    end -= buffered;
  }
  state[kBufferedBytes] = buffered;
  state[kMissingBytes] = missing;
  const body = end > start ? makeString(data, start, end, encoding) : '';
  return prepend + body;
}

function flush(state, encoding) {
  if (encoding === 'utf16le' && state[kBufferedBytes] % 2 === 1) {
    state[kMissingBytes]--;
    state[kBufferedBytes]--;
  }
  if (state[kBufferedBytes] === 0) return '';
  const ret = makeString(state, 0, state[kBufferedBytes], encoding);
  state[kMissingBytes] = 0;
  state[kBufferedBytes] = 0;
  return ret;
}

class StringDecoder {
  constructor(encoding) {
    const normalized = normalizeEncoding(encoding);
    if (normalized === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    this.encoding = normalized;
    const state = Buffer.alloc(7);
    state[kEncodingField] = stateIds[normalized];
    Object.defineProperty(this, kNativeDecoder, {
      value: state, writable: true, enumerable: true, configurable: true,
    });
  }

  write(buf) {
    if (typeof buf === 'string') return buf;
    if (!ArrayBuffer.isView(buf)) {
      throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
    }
    if (!this[kNativeDecoder]) throw new ERR_INVALID_THIS('StringDecoder');
    return decode(this[kNativeDecoder], this.encoding, buf);
  }

  end(buf) {
    let ret = '';
    if (buf !== undefined) ret = this.write(buf);
    if (this[kNativeDecoder][kBufferedBytes] > 0) ret += flush(this[kNativeDecoder], this.encoding);
    return ret;
  }

  text(buf, offset) {
    this[kNativeDecoder][kMissingBytes] = 0;
    this[kNativeDecoder][kBufferedBytes] = 0;
    return this.write(buf.slice(offset));
  }

  get lastChar() {
    return this[kNativeDecoder].subarray(0, 4);
  }

  get lastNeed() {
    return this[kNativeDecoder][kMissingBytes];
  }

  get lastTotal() {
    return this[kNativeDecoder][kBufferedBytes] + this[kNativeDecoder][kMissingBytes];
  }
}

for (const key of ['lastChar', 'lastNeed', 'lastTotal']) {
  const desc = Object.getOwnPropertyDescriptor(StringDecoder.prototype, key);
  desc.enumerable = true;
  Object.defineProperty(StringDecoder.prototype, key, desc);
}

module.exports = { StringDecoder };
