'use strict';
// WHATWG TransformStream: a writable side whose chunks go through transformer.transform() into
// the readable side; transformer.flush() runs when the writable side closes.
//
// NOTE: backpressure between the two sides is not modelled: transform() runs as soon as the
// writable side delivers a chunk, whatever the readable side's queue holds.

const { ReadableStream } = require('internal/webstreams/readablestream');
const { WritableStream } = require('internal/webstreams/writablestream');
const { deferred, defineInspect } = require('internal/webstreams/util');

class TransformStreamDefaultController {
  constructor(readableController, onError, stream) {
    this.readableController = readableController;
    this.onError = onError;
    this.stream = stream;
  }

  get desiredSize() {
    return this.readableController.desiredSize;
  }

  enqueue(chunk) {
    this.readableController.enqueue(chunk);
  }

  error(reason) {
    this.onError(reason);
  }

  terminate() {
    try {
      this.readableController.close();
    } catch {
      // Already closed.
    }
  }
}

class TransformStream {
  constructor(transformer = {}, writableStrategy = {}, readableStrategy = {}) {
    let readableController;
    const started = deferred();
    let writableController;
    const onError = (reason) => {
      try {
        readableController.error(reason);
      } catch {
        // Already errored.
      }
      writableController?.error(reason);
    };
    this.readable = new ReadableStream({
      start(c) {
        readableController = c;
        return started.promise;
      },
      cancel(reason) {
        writableController?.error(reason);
        return transformer.cancel ? transformer.cancel(reason) : undefined;
      },
    }, { highWaterMark: readableStrategy.highWaterMark ?? 0, size: readableStrategy.size });
    const controller = new TransformStreamDefaultController(readableController, onError, this);
    this.writable = new WritableStream({
      start(c) {
        writableController = c;
        return started.promise;
      },
      write(chunk) {
        // A failing transform errors both sides, as the spec's TransformStreamError does.
        const fail = (err) => {
          onError(err);
          throw err;
        };
        try {
          if (!transformer.transform) {
            controller.enqueue(chunk);
            return undefined;
          }
          const result = transformer.transform.call(transformer, chunk, controller);
          return result && typeof result.then === 'function' ? Promise.resolve(result).catch(fail) : result;
        } catch (err) {
          return fail(err);
        }
      },
      close() {
        return Promise.resolve(transformer.flush ? transformer.flush.call(transformer, controller) : undefined)
          .then(() => controller.terminate());
      },
      abort(reason) {
        onError(reason);
      },
    }, writableStrategy);
    try {
      const result = transformer.start ? transformer.start.call(transformer, controller) : undefined;
      Promise.resolve(result).then(started.resolve, (err) => {
        onError(err);
        started.reject(err);
      });
    } catch (err) {
      started.reject(err);
      throw err;
    }
  }

  get [Symbol.toStringTag]() {
    return 'TransformStream';
  }
}

// NOTE: `backpressure` is always true: backpressure between the sides is not modelled (above).
defineInspect(TransformStream, (stream) => ({ readable: stream.readable, writable: stream.writable, backpressure: true }));
defineInspect(TransformStreamDefaultController, (controller) => ({ stream: controller.stream }));

module.exports = { TransformStream, TransformStreamDefaultController };
