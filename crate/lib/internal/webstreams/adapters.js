'use strict';
// Bridges between Node streams and WHATWG streams: `Readable.toWeb/fromWeb`,
// `Writable.toWeb/fromWeb` and `Duplex.toWeb/fromWeb`.
//
// Node → web: the web stream is fed from the Node stream's events ('data' with pause/resume
// for backpressure; write()/'drain' for writables) and settles when `finished()` reports the
// Node stream done. A premature close becomes an AbortError, as in Node.
// Web → Node: the Node stream holds the web stream's reader or writer and turns _read/_write/
// _final/_destroy into read()/write()/close()/cancel()/abort().

const { AbortError, codes: { ERR_INVALID_ARG_TYPE, ERR_STREAM_PREMATURE_CLOSE } } = require('internal/errors');
const { validateObject } = require('internal/validators');
const { deferred } = require('internal/webstreams/util');

function lazy() {
  const web = require('stream/web');
  return {
    web,
    Readable: require('internal/streams/readable'),
    Writable: require('internal/streams/writable'),
    Duplex: require('internal/streams/duplex'),
    finished: require('internal/streams/end-of-stream'),
    destroy: require('internal/streams/destroy').destroyer,
  };
}

function toAbortError(error) {
  return error?.code === 'ERR_STREAM_PREMATURE_CLOSE' ? new AbortError(undefined, { cause: error }) : error;
}

function newReadableStreamFromStreamReadable(streamReadable, options = {}) {
  const { web, finished, destroy } = lazy();
  if (typeof streamReadable?._readableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('streamReadable', 'stream.Readable', streamReadable);
  }
  if (streamReadable.destroyed || streamReadable.readable === false) {
    const readable = new web.ReadableStream();
    readable.cancel();
    return readable;
  }
  const objectMode = streamReadable.readableObjectMode;
  const highWaterMark = streamReadable.readableHighWaterMark;
  const strategy = options.strategy ?? (objectMode ?
    new web.CountQueuingStrategy({ highWaterMark }) :
    { highWaterMark, size(chunk) { return chunk.byteLength; } });

  let controller;
  function onData(chunk) {
    if (Buffer.isBuffer(chunk) && !objectMode) chunk = new Uint8Array(chunk);
    controller.enqueue(chunk);
    if (controller.desiredSize <= 0) streamReadable.pause();
  }
  const cleanup = finished(streamReadable, (error) => {
    cleanup();
    streamReadable.on('error', () => {});
    error = toAbortError(error);
    if (error) return controller.error(error);
    controller.close();
  });
  streamReadable.on('data', onData);
  return new web.ReadableStream({
    start(c) { controller = c; },
    pull() { streamReadable.resume(); },
    cancel(reason) { destroy(streamReadable, reason); },
  }, strategy);
}

function newStreamReadableFromReadableStream(readableStream, options = {}) {
  const { web, Readable, destroy } = lazy();
  if (!(readableStream instanceof web.ReadableStream)) {
    throw new ERR_INVALID_ARG_TYPE('readableStream', 'ReadableStream', readableStream);
  }
  validateObject(options, 'options');
  const { highWaterMark, encoding, objectMode = false, signal } = options;
  const reader = readableStream.getReader();
  let closed = false;
  const readable = new Readable({
    objectMode,
    highWaterMark,
    encoding,
    signal,
    read() {
      reader.read().then((result) => {
        if (result.done) readable.push(null);
        else readable.push(result.value);
      }, (error) => destroy(readable, error));
    },
    destroy(error, callback) {
      const done = () => callback(error);
      if (!closed) {
        reader.cancel(error).then(done, done);
        return;
      }
      done();
    },
  });
  reader.closed.then(() => { closed = true; }, (error) => {
    closed = true;
    destroy(readable, error);
  });
  return readable;
}

function newWritableStreamFromStreamWritable(streamWritable) {
  const { web, finished, destroy } = lazy();
  if (typeof streamWritable?._writableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('streamWritable', 'stream.Writable', streamWritable);
  }
  if (streamWritable.destroyed || streamWritable.writable === false) {
    const writable = new web.WritableStream();
    writable.close();
    return writable;
  }
  const highWaterMark = streamWritable.writableHighWaterMark;
  const strategy = streamWritable.writableObjectMode ?
    new web.CountQueuingStrategy({ highWaterMark }) : { highWaterMark };
  let controller;
  let backpressure;
  let closing;
  const cleanup = finished(streamWritable, (error) => {
    cleanup();
    streamWritable.on('error', () => {});
    error = toAbortError(error);
    if (error != null) {
      backpressure?.reject(error);
      closing?.reject(error);
      closing = undefined;
      controller?.error(error);
      controller = undefined;
      return;
    }
    if (closing !== undefined) {
      closing.resolve();
      closing = undefined;
      return;
    }
    controller?.error(new AbortError());
    controller = undefined;
  });
  streamWritable.on('drain', () => backpressure?.resolve());
  return new web.WritableStream({
    start(c) { controller = c; },
    write(chunk) {
      if (streamWritable.writableNeedDrain || !streamWritable.write(chunk)) {
        backpressure = deferred();
        return backpressure.promise.finally(() => { backpressure = undefined; });
      }
    },
    abort(reason) { destroy(streamWritable, reason); },
    close() {
      if (closing === undefined && !streamWritable.writableEnded) {
        closing = deferred();
        streamWritable.end();
        return closing.promise;
      }
      controller = undefined;
      return Promise.resolve();
    },
  }, strategy);
}

function newStreamWritableFromWritableStream(writableStream, options = {}) {
  const { web, Writable, destroy } = lazy();
  if (!(writableStream instanceof web.WritableStream)) {
    throw new ERR_INVALID_ARG_TYPE('writableStream', 'WritableStream', writableStream);
  }
  validateObject(options, 'options');
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options;
  const writer = writableStream.getWriter();
  let closed = false;
  const writable = new Writable({
    highWaterMark,
    objectMode,
    decodeStrings,
    signal,
    write(chunk, encoding, callback) {
      if (typeof chunk === 'string' && decodeStrings && !objectMode) chunk = Buffer.from(chunk, encoding);
      const done = (error) => callback(error);
      writer.ready.then(() => writer.write(chunk).then(done, done), done);
    },
    final(callback) {
      const done = (error) => callback(error);
      if (!closed) writer.close().then(done, done);
    },
    destroy(error, callback) {
      const done = () => callback(error);
      if (!closed) {
        if (error != null) writer.abort(error).then(done, done);
        else writer.close().then(done, done);
        return;
      }
      done();
    },
  });
  writer.closed.then(() => {
    closed = true;
    if (!writable.writableEnded) destroy(writable, new ERR_STREAM_PREMATURE_CLOSE());
  }, (error) => {
    closed = true;
    destroy(writable, error);
  });
  return writable;
}

function newReadableWritablePairFromDuplex(duplex) {
  const { web } = lazy();
  if (typeof duplex?._writableState !== 'object' || typeof duplex?._readableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('duplex', 'stream.Duplex', duplex);
  }
  if (duplex.destroyed) {
    const writable = new web.WritableStream();
    const readable = new web.ReadableStream();
    writable.close();
    readable.cancel();
    return { readable, writable };
  }
  return {
    writable: newWritableStreamFromStreamWritable(duplex),
    readable: newReadableStreamFromStreamReadable(duplex),
  };
}

function newStreamDuplexFromReadableWritablePair(pair = {}, options = {}) {
  const { web, Duplex } = lazy();
  validateObject(pair, 'pair');
  const { readable: readableStream, writable: writableStream } = pair;
  if (!(readableStream instanceof web.ReadableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.readable', 'ReadableStream', readableStream);
  }
  if (!(writableStream instanceof web.WritableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.writable', 'WritableStream', writableStream);
  }
  validateObject(options, 'options');
  const { allowHalfOpen = false, objectMode = false, encoding, decodeStrings = true, highWaterMark, signal } = options;
  const readable = newStreamReadableFromReadableStream(readableStream, { objectMode, encoding, highWaterMark });
  const writable = newStreamWritableFromWritableStream(writableStream, { objectMode, decodeStrings, highWaterMark });
  const duplex = new Duplex({
    allowHalfOpen,
    objectMode,
    encoding,
    decodeStrings,
    highWaterMark,
    signal,
    read() { readable.resume(); },
    write(chunk, encoding, callback) { writable.write(chunk, encoding, callback); },
    final(callback) { writable.end(callback); },
    destroy(error, callback) {
      readable.destroy(error);
      writable.destroy(error);
      callback(error);
    },
  });
  readable.on('data', (chunk) => {
    if (!duplex.push(chunk)) readable.pause();
  });
  readable.on('end', () => duplex.push(null));
  readable.on('error', (error) => duplex.destroy(error));
  writable.on('error', (error) => duplex.destroy(error));
  readable.pause();
  return duplex;
}

module.exports = {
  newReadableStreamFromStreamReadable,
  newStreamReadableFromReadableStream,
  newWritableStreamFromStreamWritable,
  newStreamWritableFromWritableStream,
  newReadableWritablePairFromDuplex,
  newStreamDuplexFromReadableWritablePair,
};
