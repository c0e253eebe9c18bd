'use strict';
// Shared helpers for the stream classes: Buffer access (Buffer may be absent while it is being
// written), default high-water marks, and the "what kind of stream is this" predicates.

const kIsDestroyed = Symbol('kIsDestroyed');

// Buffer, when the runtime has one.
function getBuffer() {
  return typeof Buffer === 'function' ? Buffer : undefined;
}

function isBufferChunk(chunk) {
  const B = getBuffer();
  return B !== undefined && typeof B.isBuffer === 'function' && B.isBuffer(chunk);
}

function toBuffer(chunk, encoding) {
  const B = getBuffer();
  if (B === undefined) return chunk;
  if (typeof chunk === 'string') return B.from(chunk, encoding);
  return B.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

function isEncoding(encoding) {
  const B = getBuffer();
  if (B !== undefined && typeof B.isEncoding === 'function') return B.isEncoding(encoding);
  return ['utf8', 'utf-8', 'hex', 'base64', 'base64url', 'ascii', 'latin1', 'binary', 'ucs2', 'ucs-2',
    'utf16le', 'utf-16le'].includes(String(encoding).toLowerCase());
}

// Joins byte chunks (or strings, when there is no Buffer) into one.
function concatChunks(list, total) {
  if (list.length === 1) return list[0];
  if (list.every((c) => typeof c === 'string')) return list.join('');
  const B = getBuffer();
  if (B !== undefined) return B.concat(list, total);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of list) { out.set(c, offset); offset += c.length; }
  return out;
}

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? 16 : 16 * 1024;
}

function getHighWaterMark(state, options, duplexKey, isDuplex) {
  const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
  let hwm = options.highWaterMark;
  if (hwm == null && isDuplex) hwm = options[duplexKey];
  if (hwm != null) {
    if (!Number.isInteger(hwm) || hwm < 0) {
      const name = options.highWaterMark != null ? 'options.highWaterMark' : `options.${duplexKey}`;
      throw new ERR_INVALID_ARG_VALUE(name, hwm);
    }
    return Math.floor(hwm);
  }
  return getDefaultHighWaterMark(state.objectMode);
}

function isReadableNodeStream(obj) {
  return !!(obj && typeof obj.pipe === 'function' && typeof obj.on === 'function' &&
    (!obj._writableState || obj._readableState?.readable !== false) &&
    (!obj._writableState || obj._readableState));
}

function isWritableNodeStream(obj) {
  return !!(obj && typeof obj.write === 'function' && typeof obj.on === 'function' &&
    (!obj._readableState || obj._writableState?.writable !== false));
}

function isNodeStream(obj) {
  return !!(obj && (obj._readableState || obj._writableState ||
    (typeof obj.write === 'function' && typeof obj.on === 'function') ||
    (typeof obj.pipe === 'function' && typeof obj.on === 'function')));
}

function isIterable(obj, isAsync) {
  if (obj == null) return false;
  if (isAsync === true) return typeof obj[Symbol.asyncIterator] === 'function';
  if (isAsync === false) return typeof obj[Symbol.iterator] === 'function';
  return typeof obj[Symbol.asyncIterator] === 'function' || typeof obj[Symbol.iterator] === 'function';
}

function isDestroyed(stream) {
  if (!isNodeStream(stream)) return null;
  const w = stream._writableState;
  const r = stream._readableState;
  return !!(stream.destroyed || stream[kIsDestroyed] || w?.destroyed || r?.destroyed);
}

function isWritableFinished(stream, strict) {
  const w = stream._writableState;
  if (!w) return null;
  if (w.errored) return false;
  return !!(w.finished || (strict === false && w.ended === true && w.length === 0));
}

function isReadableFinished(stream, strict) {
  const r = stream._readableState;
  if (!r) return null;
  if (r.errored) return false;
  return !!(r.endEmitted || (strict === false && r.ended === true && r.length === 0));
}

function willEmitClose(stream) {
  const state = stream._writableState || stream._readableState;
  return !!(state && state.autoDestroy && state.emitClose && state.closed === false);
}

function isRequest(stream) {
  return stream && stream.setHeader && typeof stream.abort === 'function';
}

module.exports = {
  kIsDestroyed,
  getBuffer,
  isBufferChunk,
  toBuffer,
  isEncoding,
  concatChunks,
  getDefaultHighWaterMark,
  getHighWaterMark,
  isReadableNodeStream,
  isWritableNodeStream,
  isNodeStream,
  isIterable,
  isDestroyed,
  isWritableFinished,
  isReadableFinished,
  willEmitClose,
  isRequest,
};
