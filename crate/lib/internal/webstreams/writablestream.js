'use strict';
// WHATWG WritableStream (default controller and writer): writes queue up and go to the
// underlying sink's write() one at a time; close() waits for the queue; the writer's `ready`
// promise tracks backpressure against the strategy's high-water mark.

const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_STATE } } = require('internal/errors');
const { kState, deferred, handled, extractStrategy, lockedError, defineInspect } = require('internal/webstreams/util');

const kClosed = Symbol.for('nodeboa.webstream.closed');
const kCloseSentinel = Symbol('close');

class WritableStreamDefaultController {
  constructor(key, stream) {
    if (key !== kState) throw new TypeError('Illegal constructor');
    this[kState] = stream;
    this.abortController = typeof AbortController === 'function' ? new AbortController() : null;
  }

  get signal() {
    return this.abortController?.signal;
  }

  error(error) {
    const stream = this[kState];
    if (stream[kState].state !== 'writable') return;
    errorStream(stream, error);
  }
}

function errorStream(stream, error) {
  const s = stream[kState];
  if (s.state === 'errored' || s.state === 'closed') return;
  s.state = 'errored';
  s.storedError = error;
  for (const w of s.queue.splice(0)) w.reject(error);
  s.queueTotal = 0;
  if (s.closeRequest) {
    s.closeRequest.reject(error);
    s.closeRequest = null;
  }
  s.closedPromise.reject(error);
  if (s.writer) {
    s.writer.closedDeferred.reject(error);
    if (!s.writer.readySettled) {
      s.writer.readyDeferred.reject(error);
      s.writer.readySettled = true;
    } else {
      s.writer.readyDeferred = deferred();
      handled(s.writer.readyDeferred.promise);
      s.writer.readyDeferred.reject(error);
    }
  }
}

function updateBackpressure(stream) {
  const s = stream[kState];
  const writer = s.writer;
  if (!writer || s.state !== 'writable') return;
  const backpressure = s.hwm - s.queueTotal <= 0;
  if (backpressure && writer.readySettled) {
    writer.readyDeferred = deferred();
    handled(writer.readyDeferred.promise);
    writer.readySettled = false;
  } else if (!backpressure && !writer.readySettled) {
    writer.readyDeferred.resolve();
    writer.readySettled = true;
  }
}

function advance(stream) {
  const s = stream[kState];
  if (!s.started || s.inFlight || s.state !== 'writable') return;
  if (s.queue.length === 0) {
    if (s.closeRequest) {
      const req = s.closeRequest;
      s.inFlight = true;
      let result;
      try {
        result = s.sink.close ? s.sink.close.call(s.sink) : undefined;
      } catch (err) {
        result = Promise.reject(err);
      }
      Promise.resolve(result).then(() => {
        s.inFlight = false;
        s.closeRequest = null;
        s.state = 'closed';
        req.resolve();
        s.closedPromise.resolve();
        if (s.writer) s.writer.closedDeferred.resolve();
      }, (err) => {
        s.inFlight = false;
        errorStream(stream, err);
      });
    }
    return;
  }
  const write = s.queue[0];
  s.inFlight = true;
  let result;
  try {
    result = s.sink.write ? s.sink.write.call(s.sink, write.chunk, s.controller) : undefined;
  } catch (err) {
    result = Promise.reject(err);
  }
  Promise.resolve(result).then(() => {
    s.inFlight = false;
    if (s.state !== 'writable') return;
    s.queue.shift();
    s.queueTotal -= write.size;
    write.resolve();
    updateBackpressure(stream);
    advance(stream);
  }, (err) => {
    s.inFlight = false;
    s.queue.shift();
    write.reject(err);
    errorStream(stream, err);
  });
}

class WritableStream {
  constructor(sink = {}, strategy = {}) {
    if (sink === null || (typeof sink !== 'object' && typeof sink !== 'function')) {
      throw new ERR_INVALID_ARG_TYPE('sink', 'Object', sink);
    }
    const { hwm, size } = extractStrategy(strategy, 1);
    const closedPromise = deferred();
    handled(closedPromise.promise);
    this[kState] = {
      state: 'writable', queue: [], queueTotal: 0, hwm, size, sink, started: false, inFlight: false,
      closeRequest: null, writer: null, storedError: undefined, closedPromise, controller: null,
    };
    this[kClosed] = closedPromise.promise;
    const controller = new WritableStreamDefaultController(kState, this);
    this[kState].controller = controller;
    let startResult;
    startResult = sink.start ? sink.start.call(sink, controller) : undefined;
    Promise.resolve(startResult).then(() => {
      this[kState].started = true;
      advance(this);
    }, (err) => errorStream(this, err));
  }

  get locked() {
    return this[kState].writer !== null;
  }

  abort(reason) {
    if (this.locked) return Promise.reject(lockedError('WritableStream'));
    return abortStream(this, reason);
  }

  close() {
    if (this.locked) return Promise.reject(lockedError('WritableStream'));
    return closeStream(this);
  }

  getWriter() {
    return new WritableStreamDefaultWriter(this);
  }

  get [Symbol.toStringTag]() {
    return 'WritableStream';
  }
}

function abortStream(stream, reason) {
  const s = stream[kState];
  if (s.state === 'closed' || s.state === 'errored') return Promise.resolve();
  s.controller.abortController?.abort(reason);
  errorStream(stream, reason);
  let result;
  try {
    result = s.sink.abort ? s.sink.abort.call(s.sink, reason) : undefined;
  } catch (err) {
    return Promise.reject(err);
  }
  return Promise.resolve(result).then(() => undefined);
}

function closeStream(stream) {
  const s = stream[kState];
  if (s.state === 'closed' || s.state === 'errored' || s.closeRequest) {
    return Promise.reject(new ERR_INVALID_STATE.TypeError('WritableStream is closed'));
  }
  const req = deferred();
  s.closeRequest = req;
  if (s.writer && !s.writer.readySettled) {
    s.writer.readyDeferred.resolve();
    s.writer.readySettled = true;
  }
  advance(stream);
  return req.promise;
}

class WritableStreamDefaultWriter {
  constructor(stream) {
    if (!(stream instanceof WritableStream)) throw new ERR_INVALID_ARG_TYPE('stream', 'WritableStream', stream);
    if (stream.locked) throw lockedError('WritableStream');
    this.stream = stream;
    const s = stream[kState];
    s.writer = this;
    this.closedDeferred = deferred();
    handled(this.closedDeferred.promise);
    this.readyDeferred = deferred();
    handled(this.readyDeferred.promise);
    this.readySettled = false;
    if (s.state === 'writable') {
      if (s.hwm - s.queueTotal > 0 || s.closeRequest) {
        this.readyDeferred.resolve();
        this.readySettled = true;
      }
    } else if (s.state === 'closed') {
      this.readyDeferred.resolve();
      this.readySettled = true;
      this.closedDeferred.resolve();
    } else {
      this.readyDeferred.reject(s.storedError);
      this.readySettled = true;
      this.closedDeferred.reject(s.storedError);
    }
  }

  get closed() {
    return this.closedDeferred.promise;
  }

  get ready() {
    return this.readyDeferred.promise;
  }

  get desiredSize() {
    if (!this.stream) throw new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream');
    const s = this.stream[kState];
    if (s.state === 'errored') return null;
    if (s.state === 'closed') return 0;
    return s.hwm - s.queueTotal;
  }

  write(chunk) {
    if (!this.stream) return Promise.reject(new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream'));
    const stream = this.stream;
    const s = stream[kState];
    if (s.state === 'errored') return Promise.reject(s.storedError);
    if (s.state === 'closed' || s.closeRequest) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('WritableStream is closed'));
    }
    let size;
    try {
      size = s.size(chunk);
    } catch (err) {
      errorStream(stream, err);
      return Promise.reject(err);
    }
    const req = deferred();
    s.queue.push({ chunk, size, resolve: req.resolve, reject: req.reject });
    s.queueTotal += size;
    updateBackpressure(stream);
    advance(stream);
    return req.promise;
  }

  close() {
    if (!this.stream) return Promise.reject(new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream'));
    return closeStream(this.stream);
  }

  abort(reason) {
    if (!this.stream) return Promise.reject(new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream'));
    return abortStream(this.stream, reason);
  }

  releaseLock() {
    const stream = this.stream;
    if (!stream) return;
    // As the spec's release steps: `ready` and `closed` both end rejected (a settled one is
    // replaced by a rejected promise).
    const err = new ERR_INVALID_STATE.TypeError('Writer has been released');
    if (this.readySettled) {
      this.readyDeferred = deferred();
      handled(this.readyDeferred.promise);
    }
    this.readyDeferred.reject(err);
    this.readySettled = true;
    this.closedDeferred = deferred();
    handled(this.closedDeferred.promise);
    this.closedDeferred.reject(err);
    stream[kState].writer = null;
    this.stream = undefined;
  }

  get [Symbol.toStringTag]() {
    return 'WritableStreamDefaultWriter';
  }
}

defineInspect(WritableStream, (stream) => ({ locked: stream.locked, state: stream[kState].state }));
defineInspect(WritableStreamDefaultWriter, (writer) => ({
  stream: writer.stream ?? undefined, close: writer.closed, ready: writer.ready,
  desiredSize: writer.desiredSize, // throws once released, as node's does
}));
defineInspect(WritableStreamDefaultController, (controller) => ({ stream: controller[kState] }));

module.exports = { WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController };
