'use strict';
// The public `stream` module: the legacy Stream class, with the stream classes and helpers
// hung on it (as Node does, `require('stream') === require('stream').Stream`).

const Stream = require('internal/streams/legacy');
const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const Duplex = require('internal/streams/duplex');
const Transform = require('internal/streams/transform');
const PassThrough = require('internal/streams/passthrough');
const eos = require('internal/streams/end-of-stream');
const { pipeline } = require('internal/streams/pipeline');
const { addAbortSignal } = require('internal/streams/add-abort-signal');
const destroyImpl = require('internal/streams/destroy');
const utils = require('internal/streams/utils');

Stream.isDisturbed = function(stream) {
  return !!(stream && (stream._readableState?.dataEmitted || stream._readableState?.endEmitted));
};
Stream.isErrored = function(stream) {
  return !!(stream && (stream._readableState?.errored || stream._writableState?.errored));
};
Stream.isReadable = function(stream) {
  if (!utils.isReadableNodeStream(stream)) return null;
  if (utils.isDestroyed(stream)) return false;
  return stream.readable !== false && !utils.isReadableFinished(stream);
};
Stream.Readable = Readable;
Stream.Writable = Writable;
Stream.Duplex = Duplex;
Stream.Transform = Transform;
Stream.PassThrough = PassThrough;
Stream.pipeline = pipeline;
Stream.addAbortSignal = addAbortSignal;
Stream.finished = eos;
Stream.destroy = destroyImpl.destroyer;
Stream.getDefaultHighWaterMark = utils.getDefaultHighWaterMark;
Stream.setDefaultHighWaterMark = function() {};
Stream.compose = function compose(...streams) {
  return require('internal/streams/compose')(...streams);
};

Object.defineProperty(Stream, 'promises', {
  configurable: true,
  enumerable: true,
  get() { return require('stream/promises'); },
});
Object.defineProperty(pipeline, Symbol.for('nodejs.util.promisify.custom'), {
  enumerable: true,
  get() { return require('stream/promises').pipeline; },
});
Object.defineProperty(eos, Symbol.for('nodejs.util.promisify.custom'), {
  enumerable: true,
  get() { return require('stream/promises').finished; },
});

Stream.Stream = Stream;
Stream._isUint8Array = (v) => v instanceof Uint8Array;
Stream._uint8ArrayToBuffer = (chunk) => utils.toBuffer(chunk);
Stream._isArrayBufferView = ArrayBuffer.isView;
Stream.isDestroyed = utils.isDestroyed;
// true while the stream can still be written to; null for what is not a writable stream.
Stream.isWritable = function isWritable(stream) {
  if (typeof stream?.writable !== 'boolean') return null;
  if (utils.isDestroyed(stream)) return false;
  return utils.isWritableNodeStream(stream) && stream.writable && !stream._writableState?.ending;
};
Stream.duplexPair = function duplexPair(options) {
  return require('internal/streams/duplexpair').duplexPair(options);
};

// The keys in node's order.
for (const key of ['isDestroyed', 'isDisturbed', 'isErrored', 'isReadable', 'isWritable', 'Readable', 'Writable',
  'Duplex', 'Transform', 'PassThrough', 'duplexPair', 'pipeline', 'addAbortSignal', 'finished', 'destroy', 'compose',
  'setDefaultHighWaterMark', 'getDefaultHighWaterMark', 'promises', 'Stream', '_isArrayBufferView', '_isUint8Array',
  '_uint8ArrayToBuffer']) {
  const descriptor = Object.getOwnPropertyDescriptor(Stream, key);
  delete Stream[key];
  Object.defineProperty(Stream, key, descriptor);
}

module.exports = Stream;
