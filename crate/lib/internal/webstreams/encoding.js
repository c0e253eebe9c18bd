'use strict';
// TextEncoderStream and TextDecoderStream: TransformStreams around TextEncoder and a streaming
// TextDecoder. The encoder keeps a lead surrogate that ends one chunk to pair it with the next.

const { TransformStream } = require('internal/webstreams/transformstream');
const { TextEncoder, TextDecoder } = require('internal/encoding');
const { codes: { ERR_INVALID_THIS } } = require('internal/errors');
const { defineInspect } = require('internal/webstreams/util');

const kTransform = Symbol('kTransform');
const kDecoder = Symbol('kDecoder');

function transformOf(self, name) {
  const transform = self?.[kTransform];
  if (transform === undefined) throw new ERR_INVALID_THIS(name);
  return transform;
}

class TextEncoderStream {
  constructor() {
    const encoder = new TextEncoder();
    let pendingLead = '';
    this[kTransform] = new TransformStream({
      transform(chunk, controller) {
        let text = pendingLead + String(chunk);
        pendingLead = '';
        const last = text.charCodeAt(text.length - 1);
        if (last >= 0xd800 && last <= 0xdbff) {
          pendingLead = text[text.length - 1];
          text = text.slice(0, -1);
        }
        if (text.length > 0) controller.enqueue(encoder.encode(text));
      },
      flush(controller) {
        if (pendingLead !== '') controller.enqueue(Uint8Array.of(0xef, 0xbf, 0xbd));
      },
    });
  }

  get encoding() {
    transformOf(this, 'TextEncoderStream');
    return 'utf-8';
  }

  get readable() {
    return transformOf(this, 'TextEncoderStream').readable;
  }

  get writable() {
    return transformOf(this, 'TextEncoderStream').writable;
  }
}

class TextDecoderStream {
  constructor(encoding = 'utf-8', options = {}) {
    const decoder = new TextDecoder(encoding, options);
    this[kDecoder] = decoder;
    this[kTransform] = new TransformStream({
      transform(chunk, controller) {
        const text = decoder.decode(chunk, { stream: true });
        if (text) controller.enqueue(text);
      },
      flush(controller) {
        const text = decoder.decode();
        if (text) controller.enqueue(text);
      },
    });
  }

  get encoding() {
    transformOf(this, 'TextDecoderStream');
    return this[kDecoder].encoding;
  }

  get fatal() {
    transformOf(this, 'TextDecoderStream');
    return this[kDecoder].fatal;
  }

  get ignoreBOM() {
    transformOf(this, 'TextDecoderStream');
    return this[kDecoder].ignoreBOM;
  }

  get readable() {
    return transformOf(this, 'TextDecoderStream').readable;
  }

  get writable() {
    return transformOf(this, 'TextDecoderStream').writable;
  }
}

for (const [cls, keys] of [[TextEncoderStream, ['encoding', 'readable', 'writable']],
  [TextDecoderStream, ['encoding', 'fatal', 'ignoreBOM', 'readable', 'writable']]]) {
  for (const key of keys) {
    const desc = Object.getOwnPropertyDescriptor(cls.prototype, key);
    desc.enumerable = true;
    Object.defineProperty(cls.prototype, key, desc);
  }
}

defineInspect(TextEncoderStream, (stream) => ({
  encoding: stream.encoding, readable: stream.readable, writable: stream.writable,
}));
defineInspect(TextDecoderStream, (stream) => ({
  encoding: stream.encoding, fatal: stream.fatal, ignoreBOM: stream.ignoreBOM, readable: stream.readable,
  writable: stream.writable,
}));

module.exports = { TextEncoderStream, TextDecoderStream };
