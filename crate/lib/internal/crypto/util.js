// internal/crypto/util: byte conversions shared by the crypto modules (strings and views to the
// bytes the native binding reads, ArrayBuffers back to Buffers or encoded strings).
'use strict';

const { Buffer } = require('buffer');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } } = require('internal/errors');

function isView(value) {
  return ArrayBuffer.isView(value);
}

// `data` as something the binding reads: a view for strings/views, else ERR_INVALID_ARG_TYPE.
function toBytes(data, encoding, name) {
  if (typeof data === 'string') {
    const enc = encoding && Buffer.isEncoding(encoding) ? encoding : 'utf8';
    return Buffer.from(data, enc);
  }
  if (isView(data)) return data;
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

// Odd-length hex input is refused before any bytes are used (as Node's validateEncoding does).
function checkHexLength(data, encoding) {
  if (typeof data === 'string' && encoding === 'hex' && data.length % 2 !== 0) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, `is invalid for data of length ${data.length}`);
  }
}

// A key, salt or password: string, ArrayBuffer or view.
// `types` words the error as the caller's Node API does.
function toKeyBytes(data, name, encoding, types = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView']) {
  if (typeof data === 'string') return Buffer.from(data, encoding && Buffer.isEncoding(encoding) ? encoding : 'utf8');
  if (isView(data) || data instanceof ArrayBuffer || data instanceof SharedArrayBuffer) return data;
  throw new ERR_INVALID_ARG_TYPE(name, types, data);
}

// Fresh ArrayBuffer output as a Buffer, or a string when `encoding` names one.
function encodeOutput(arrayBuffer, encoding) {
  const buf = Buffer.from(arrayBuffer);
  if (encoding && encoding !== 'buffer' && Buffer.isEncoding(encoding)) return buf.toString(encoding);
  return buf;
}

// An error raised by OpenSSL, shaped as Node reports it: `error:<hex>:<library>::<reason>`, with
// `library`, `reason` and an `ERR_OSSL_*` code.
function opensslError(hex, library, reason) {
  const err = new Error(`error:${hex}:${library}::${reason}`);
  err.library = library;
  err.reason = reason;
  err.code = `ERR_OSSL_${reason.toUpperCase().replace(/ /g, '_')}`;
  return err;
}

module.exports = { isView, toBytes, toKeyBytes, encodeOutput, opensslError, checkHexLength };
