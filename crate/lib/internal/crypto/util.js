// internal/crypto/util: byte conversions shared by the crypto modules (strings and views to the
// bytes the native binding reads, ArrayBuffers back to Buffers or encoded strings).
'use strict';

const { Buffer } = require('buffer');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

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

module.exports = { isView, toBytes, toKeyBytes, encodeOutput };
