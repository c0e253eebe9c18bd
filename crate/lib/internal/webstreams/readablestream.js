'use strict';
// WHATWG ReadableStream (default controller and reader only): an underlying source's
// start/pull/cancel feed a queue bounded by the strategy's high-water mark; readers take
// chunks with read(). Also async iteration, tee(), pipeTo() and pipeThrough().
//
// NOTE: byte streams (type: 'bytes', BYOB readers) are not implemented; the promise-job order
// follows the spec's shape but is not checked tick for tick against node.

const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE } } = require('internal/errors');
const { deferred, handled, extractStrategy, lockedError } = require('internal/webstreams/util');

const { kState } = require('internal/webstreams/util');
const kClosed = Symbol.for('nodeboa.webstream.closed');

class ReadableStreamDefaultController {
  constructor(key, stream) {
    if (key !== kState) throw new TypeError('Illegal constructor');
    this[kState] = stream;
  }

  get desiredSize() {
    const s = this[kState][kState];
    if (s.state === 'errored') return null;
    if (s.state === 'closed') return 0;
    return s.hwm - s.queueTotal;
  }

  enqueue(chunk) {
    const stream = this[kState];
    const s = stream[kState];
    if (s.closeRequested || s.state !== 'readable') {
      throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    }
    if (s.reader && s.reader.requests.length) {
      s.reader.requests.shift().resolve({ value: chunk, done: false });
    } else {
      let size;
      try {
        size = s.size(chunk);
      } catch (err) {
        errorStream(stream, err);
        throw err;
      }
      s.queue.push({ value: chunk, size });
      s.queueTotal += size;
    }
    pullIfNeeded(stream);
  }

  close() {
    const stream = this[kState];
    const s = stream[kState];
    if (s.closeRequested || s.state !== 'readable') {
      throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    }
    s.closeRequested = true;
    if (s.queue.length === 0) closeStream(stream);
  }

  error(error) {
    errorStream(this[kState], error);
  }
}

function closeStream(stream) {
  const s = stream[kState];
  if (s.state !== 'readable') return;
  s.state = 'closed';
  s.closedPromise.resolve();
  if (s.reader) {
    for (const req of s.reader.requests.splice(0)) req.resolve({ value: undefined, done: true });
    s.reader.closedDeferred.resolve();
  }
}

function errorStream(stream, error) {
  const s = stream[kState];
  if (s.state !== 'readable') return;
  s.state = 'errored';
  s.storedError = error;
  s.queue = [];
  s.queueTotal = 0;
  s.closedPromise.reject(error);
  if (s.reader) {
    for (const req of s.reader.requests.splice(0)) req.reject(error);
    s.reader.closedDeferred.reject(error);
  }
}

function pullIfNeeded(stream) {
  const s = stream[kState];
  if (!s.started || s.state !== 'readable' || s.closeRequested) return;
  const wanted = (s.reader && s.reader.requests.length > 0) || s.hwm - s.queueTotal > 0;
  if (!wanted) return;
  if (s.pulling) {
    s.pullAgain = true;
    return;
  }
  s.pulling = true;
  let result;
  try {
    result = s.source.pull ? s.source.pull.call(s.source, s.controller) : undefined;
  } catch (err) {
    errorStream(stream, err);
    return;
  }
  Promise.resolve(result).then(() => {
    s.pulling = false;
    if (s.pullAgain) {
      s.pullAgain = false;
      pullIfNeeded(stream);
    }
  }, (err) => errorStream(stream, err));
}

class ReadableStream {
  constructor(source = {}, strategy = {}) {
    if (source === null || (typeof source !== 'object' && typeof source !== 'function')) {
      throw new ERR_INVALID_ARG_TYPE('source', 'Object', source);
    }
    if (source.type !== undefined) {
      throw new ERR_INVALID_ARG_VALUE('source.type', source.type);
    }
    const { hwm, size } = extractStrategy(strategy, 1);
    const closedPromise = deferred();
    handled(closedPromise.promise);
    this[kState] = {
      state: 'readable', queue: [], queueTotal: 0, hwm, size, source, started: false, pulling: false,
      pullAgain: false, closeRequested: false, reader: null, storedError: undefined, disturbed: false,
      closedPromise, controller: null,
    };
    this[kClosed] = closedPromise.promise;
    const controller = new ReadableStreamDefaultController(kState, this);
    this[kState].controller = controller;
    const startResult = source.start ? source.start.call(source, controller) : undefined;
    Promise.resolve(startResult).then(() => {
      this[kState].started = true;
      pullIfNeeded(this);
    }, (err) => errorStream(this, err));
  }

  get locked() {
    return this[kState].reader !== null;
  }

  cancel(reason) {
    if (this.locked) return Promise.reject(lockedError('ReadableStream'));
    return cancelStream(this, reason);
  }

  getReader(options) {
    if (options?.mode !== undefined && options.mode !== 'byob') {
      throw new ERR_INVALID_ARG_VALUE('options.mode', options.mode);
    }
    if (options?.mode === 'byob') throw new ERR_INVALID_ARG_VALUE('options.mode', options.mode);
    return new ReadableStreamDefaultReader(this);
  }

  pipeThrough(transform, options = {}) {
    if (this.locked) throw lockedError('The ReadableStream');
    if (transform.writable.locked) throw lockedError('The WritableStream');
    handled(this.pipeTo(transform.writable, options));
    return transform.readable;
  }

  pipeTo(dest, options = {}) {
    if (this.locked) return Promise.reject(lockedError('The ReadableStream'));
    if (dest.locked) return Promise.reject(lockedError('The WritableStream'));
    return pipeTo(this, dest, options);
  }

  tee() {
    if (this.locked) throw lockedError('The ReadableStream');
    const reader = this.getReader();
    let c1;
    let c2;
    let canceled1 = false;
    let canceled2 = false;
    let reading = false;
    const cancelDone = deferred();
    let reasons = [];
    const pull = () => {
      if (reading) return Promise.resolve();
      reading = true;
      reader.read().then(({ value, done }) => {
        reading = false;
        if (done) {
          if (!canceled1) c1.close();
          if (!canceled2) c2.close();
          cancelDone.resolve();
          return;
        }
        if (!canceled1) c1.enqueue(value);
        if (!canceled2) c2.enqueue(value);
      }, (err) => {
        c1.error(err);
        c2.error(err);
        cancelDone.resolve();
      });
      return Promise.resolve();
    };
    const cancelBranch = (which) => (reason) => {
      if (which === 1) canceled1 = true;
      else canceled2 = true;
      reasons[which - 1] = reason;
      if (canceled1 && canceled2) {
        reader.cancel(reasons).then(cancelDone.resolve, cancelDone.resolve);
        reasons = [];
      }
      return cancelDone.promise;
    };
    const b1 = new ReadableStream({ start(c) { c1 = c; }, pull, cancel: cancelBranch(1) });
    const b2 = new ReadableStream({ start(c) { c2 = c; }, pull, cancel: cancelBranch(2) });
    return [b1, b2];
  }

  values(options) {
    return createAsyncIterator(this, options?.preventCancel === true);
  }

  [Symbol.asyncIterator](options) {
    return createAsyncIterator(this, options?.preventCancel === true);
  }

  static from(iterable) {
    const iterator = iterable?.[Symbol.asyncIterator] ? iterable[Symbol.asyncIterator]() :
      iterable?.[Symbol.iterator] ? iterable[Symbol.iterator]() : null;
    if (!iterator) throw new ERR_INVALID_ARG_TYPE('iterable', ['Iterable', 'AsyncIterable'], iterable);
    return new ReadableStream({
      async pull(controller) {
        const { value, done } = await iterator.next();
        if (done) controller.close();
        else controller.enqueue(await value);
      },
      async cancel(reason) {
        if (typeof iterator.return === 'function') await iterator.return(reason);
      },
    }, { highWaterMark: 0 });
  }

  get [Symbol.toStringTag]() {
    return 'ReadableStream';
  }
}

function cancelStream(stream, reason) {
  const s = stream[kState];
  s.disturbed = true;
  if (s.state === 'closed') return Promise.resolve();
  if (s.state === 'errored') return Promise.reject(s.storedError);
  s.queue = [];
  s.queueTotal = 0;
  closeStream(stream);
  let result;
  try {
    result = s.source.cancel ? s.source.cancel.call(s.source, reason) : undefined;
  } catch (err) {
    return Promise.reject(err);
  }
  return Promise.resolve(result).then(() => undefined);
}

class ReadableStreamDefaultReader {
  constructor(stream) {
    if (!(stream instanceof ReadableStream)) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    if (stream.locked) throw lockedError('ReadableStream');
    this.stream = stream;
    this.requests = [];
    this.closedDeferred = deferred();
    handled(this.closedDeferred.promise);
    const s = stream[kState];
    s.reader = this;
    if (s.state === 'closed') this.closedDeferred.resolve();
    else if (s.state === 'errored') this.closedDeferred.reject(s.storedError);
  }

  get closed() {
    return this.closedDeferred.promise;
  }

  read() {
    const stream = this.stream;
    if (!stream) return Promise.reject(new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream'));
    const s = stream[kState];
    s.disturbed = true;
    if (s.state === 'closed') return Promise.resolve({ value: undefined, done: true });
    if (s.state === 'errored') return Promise.reject(s.storedError);
    if (s.queue.length) {
      const { value, size } = s.queue.shift();
      s.queueTotal -= size;
      if (s.queue.length === 0) s.queueTotal = 0;
      if (s.closeRequested && s.queue.length === 0) closeStream(stream);
      else pullIfNeeded(stream);
      return Promise.resolve({ value, done: false });
    }
    const req = deferred();
    this.requests.push(req);
    pullIfNeeded(stream);
    return req.promise;
  }

  releaseLock() {
    const stream = this.stream;
    if (!stream) return;
    const err = new ERR_INVALID_STATE.TypeError('Reader released');
    for (const req of this.requests.splice(0)) req.reject(err);
    if (stream[kState].state === 'readable') this.closedDeferred.reject(err);
    else {
      this.closedDeferred = deferred();
      handled(this.closedDeferred.promise);
      this.closedDeferred.reject(err);
    }
    stream[kState].reader = null;
    this.stream = undefined;
  }

  cancel(reason) {
    if (!this.stream) return Promise.reject(new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream'));
    return cancelStream(this.stream, reason);
  }

  get [Symbol.toStringTag]() {
    return 'ReadableStreamDefaultReader';
  }
}

function createAsyncIterator(stream, preventCancel) {
  const reader = stream.getReader();
  let finished = false;
  return {
    next() {
      if (finished) return Promise.resolve({ value: undefined, done: true });
      return reader.read().then((result) => {
        if (result.done) {
          finished = true;
          reader.releaseLock();
        }
        return result;
      }, (err) => {
        finished = true;
        reader.releaseLock();
        throw err;
      });
    },
    return(value) {
      if (finished) return Promise.resolve({ value, done: true });
      finished = true;
      if (!preventCancel) {
        const p = reader.cancel(value);
        reader.releaseLock();
        return p.then(() => ({ value, done: true }));
      }
      reader.releaseLock();
      return Promise.resolve({ value, done: true });
    },
    [Symbol.asyncIterator]() { return this; },
  };
}

async function pipeTo(source, dest, { preventClose = false, preventAbort = false, preventCancel = false, signal } = {}) {
  const reader = source.getReader();
  const writer = dest.getWriter();
  let aborted = false;
  const onAbort = () => {
    aborted = true;
  };
  signal?.addEventListener?.('abort', onAbort, { once: true });
  try {
    for (;;) {
      if (aborted || signal?.aborted) {
        const reason = signal.reason;
        if (!preventAbort) await writer.abort(reason);
        if (!preventCancel) await reader.cancel(reason);
        throw reason;
      }
      await writer.ready;
      let result;
      try {
        result = await reader.read();
      } catch (err) {
        if (!preventAbort) await writer.abort(err).catch(() => {});
        throw err;
      }
      if (result.done) {
        if (!preventClose) await writer.close();
        return undefined;
      }
      writer.write(result.value).catch(() => {});
    }
  } catch (err) {
    if (!preventCancel && dest[kState]?.state === 'errored') await reader.cancel(err).catch(() => {});
    throw err;
  } finally {
    signal?.removeEventListener?.('abort', onAbort);
    reader.releaseLock();
    writer.releaseLock();
  }
}

module.exports = { ReadableStream, ReadableStreamDefaultReader, ReadableStreamDefaultController };
