'use strict';
// CompressionStream and DecompressionStream (Node 20's globals, also in `stream/web`): a zlib
// stream for the format ('deflate', 'deflate-raw' or 'gzip') behind a readable/writable pair.

const { codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS } } = require('internal/errors');
const { newReadableWritablePairFromDuplex } = require('internal/webstreams/adapters');
const { defineInspect } = require('internal/webstreams/util');

let zlib;
const lazyZlib = () => (zlib ??= require('zlib'));

function makeStream(format, makers) {
  const make = Object.hasOwn(makers, format) && typeof format === 'string' ? makers[format] : undefined;
  if (make === undefined) throw new ERR_INVALID_ARG_VALUE('format', format);
  return newReadableWritablePairFromDuplex(make(lazyZlib()));
}

class CompressionStream {
  #pair;

  constructor(format) {
    this.#pair = makeStream(format, {
      'deflate': (z) => z.createDeflate(),
      'deflate-raw': (z) => z.createDeflateRaw(),
      'gzip': (z) => z.createGzip(),
    });
  }

  get readable() {
    if (!(#pair in this)) throw new ERR_INVALID_THIS('CompressionStream');
    return this.#pair.readable;
  }

  get writable() {
    if (!(#pair in this)) throw new ERR_INVALID_THIS('CompressionStream');
    return this.#pair.writable;
  }
}

class DecompressionStream {
  #pair;

  constructor(format) {
    this.#pair = makeStream(format, {
      'deflate': (z) => z.createInflate(),
      'deflate-raw': (z) => z.createInflateRaw(),
      'gzip': (z) => z.createGunzip(),
    });
  }

  get readable() {
    if (!(#pair in this)) throw new ERR_INVALID_THIS('DecompressionStream');
    return this.#pair.readable;
  }

  get writable() {
    if (!(#pair in this)) throw new ERR_INVALID_THIS('DecompressionStream');
    return this.#pair.writable;
  }
}

for (const cls of [CompressionStream, DecompressionStream]) {
  Object.defineProperty(cls.prototype, Symbol.toStringTag, { __proto__: null, value: cls.name, configurable: true });
  for (const key of ['readable', 'writable']) {
    Object.defineProperty(cls.prototype, key, { enumerable: true });
  }
  defineInspect(cls, (stream) => ({ readable: stream.readable, writable: stream.writable }));
}

module.exports = { CompressionStream, DecompressionStream };
