'use strict';
// WHATWG ReadableStream: an underlying source's start/pull/cancel feed a queue bounded by the
// strategy's high-water mark; readers take chunks with read(). Also async iteration, tee(),
// pipeTo() and pipeThrough().
//
// Byte streams (`type: 'bytes'`): the queue holds Uint8Array views over buffers transferred
// from the enqueued chunks (the caller's buffer is detached, as the spec says). A BYOB reader's
// read(view) transfers the view's buffer into a "pull-into" descriptor, fills it from the
// queue, or else leaves it pending: the source then sees it as `controller.byobRequest` and
// fills it with respond(n) / respondWithNewView(view). `autoAllocateChunkSize` makes such a
// descriptor for default readers too. A read commits once at least one whole element is
// filled; leftover bytes of a partial element go back to the queue.
//
// NOTE: the promise-job order follows the spec's shape but is not checked tick for tick
// against node.

const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE } } = require('internal/errors');
const { deferred, handled, extractStrategy, lockedError, defineInspect } = require('internal/webstreams/util');

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

class ReadableStreamBYOBRequest {
  constructor(key, controller, pullInto) {
    if (key !== kState) throw new TypeError('Illegal constructor');
    this[kState] = { controller, pullInto };
  }

  get view() {
    const p = this[kState].pullInto;
    if (p === null) return null;
    return new Uint8Array(p.buffer, p.byteOffset + p.bytesFilled, p.byteLength - p.bytesFilled);
  }

  respond(bytesWritten) {
    const { controller, pullInto: p } = this[kState];
    if (p === null) throw new ERR_INVALID_STATE.TypeError('This BYOB request has been invalidated');
    const n = Number(bytesWritten);
    const stream = controller[kState];
    const s = stream[kState];
    if (s.state === 'closed') {
      if (n !== 0) throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
    } else if (!(n > 0) || p.bytesFilled + n > p.byteLength) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
    }
    p.bytesFilled += n;
    afterRespond(stream);
  }

  respondWithNewView(view) {
    const { controller, pullInto: p } = this[kState];
    if (p === null) throw new ERR_INVALID_STATE.TypeError('This BYOB request has been invalidated');
    if (!ArrayBuffer.isView(view)) throw new ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view);
    if (view.byteOffset !== p.byteOffset + p.bytesFilled) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('view', view, 'has an invalid offset');
    }
    const stream = controller[kState];
    const added = view.byteLength;
    p.buffer = transferBuffer(view.buffer);
    p.bytesFilled += added;
    afterRespond(stream);
  }

  get [Symbol.toStringTag]() {
    return 'ReadableStreamBYOBRequest';
  }
}

class ReadableByteStreamController {
  constructor(key, stream) {
    if (key !== kState) throw new TypeError('Illegal constructor');
    this[kState] = stream;
    this.request = null;
  }

  get byobRequest() {
    const s = this[kState][kState];
    const p = s.pendingPullIntos[0];
    if (p === undefined) return null;
    if (this.request === null || this.request[kState].pullInto !== p) {
      this.request = new ReadableStreamBYOBRequest(kState, this, p);
    }
    return this.request;
  }

  get desiredSize() {
    return ReadableStreamDefaultController.prototype.__lookupGetter__('desiredSize').call(this);
  }

  enqueue(chunk) {
    if (!ArrayBuffer.isView(chunk)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], chunk);
    }
    if (chunk.byteLength === 0 || chunk.buffer.byteLength === 0) {
      throw new ERR_INVALID_STATE.TypeError('chunk ArrayBuffer is zero-length or detached');
    }
    const stream = this[kState];
    const s = stream[kState];
    if (s.closeRequested || s.state !== 'readable') {
      throw new ERR_INVALID_STATE.TypeError('ReadableStream is already closed');
    }
    const { byteOffset, byteLength } = chunk;
    const bytes = new Uint8Array(transferBuffer(chunk.buffer), byteOffset, byteLength);
    const first = s.pendingPullIntos[0];
    if (first !== undefined && first.type === 'default') {
      // An auto-allocated buffer the source did not use: the chunk is read instead.
      s.pendingPullIntos.shift();
    }
    if (s.reader instanceof ReadableStreamDefaultReader && s.reader.requests.length > 0) {
      s.reader.requests.shift().resolve({ value: bytes, done: false });
    } else {
      s.queue.push({ value: bytes, size: bytes.byteLength });
      s.queueTotal += bytes.byteLength;
      fillPullIntosFromQueue(stream);
    }
    pullIfNeeded(stream);
  }

  close() {
    const stream = this[kState];
    const s = stream[kState];
    if (s.closeRequested || s.state !== 'readable') {
      throw new ERR_INVALID_STATE.TypeError('ReadableStream is already closed');
    }
    if (s.queueTotal > 0) {
      s.closeRequested = true;
      return;
    }
    const first = s.pendingPullIntos[0];
    if (first !== undefined && first.bytesFilled % first.elementSize !== 0) {
      const err = new ERR_INVALID_STATE.TypeError('Partial read');
      errorStream(stream, err);
      throw err;
    }
    s.closeRequested = true;
    closeStream(stream);
  }

  error(error) {
    errorStream(this[kState], error);
  }

  get [Symbol.toStringTag]() {
    return 'ReadableByteStreamController';
  }
}

function transferBuffer(buffer) {
  return structuredClone(buffer, { transfer: [buffer] });
}

// Copies queued bytes into pending BYOB descriptors and commits those holding a whole element.
function fillPullIntosFromQueue(stream) {
  const s = stream[kState];
  while (s.pendingPullIntos.length > 0 && s.queueTotal > 0) {
    const p = s.pendingPullIntos[0];
    if (p.type !== 'byob') return;
    fillFromQueue(s, p);
    if (p.bytesFilled < p.elementSize) return;
    s.pendingPullIntos.shift();
    commitPullInto(stream, p, false);
  }
  if (s.closeRequested && s.queueTotal === 0) closeStream(stream);
}

function fillFromQueue(s, p) {
  const room = p.byteLength - p.bytesFilled;
  const wanted = Math.min(room, s.queueTotal);
  const target = wanted - ((p.bytesFilled + wanted) % p.elementSize);
  let copied = 0;
  while (copied < target) {
    const head = s.queue[0];
    const n = Math.min(head.value.byteLength, target - copied);
    new Uint8Array(p.buffer, p.byteOffset + p.bytesFilled, n).set(head.value.subarray(0, n));
    p.bytesFilled += n;
    copied += n;
    s.queueTotal -= n;
    if (n === head.value.byteLength) s.queue.shift();
    else head.value = head.value.subarray(n), head.size -= n;
  }
}

// Resolves a descriptor's read with the filled whole elements; a partial element's bytes go
// back to the front of the queue.
function commitPullInto(stream, p, done) {
  const s = stream[kState];
  const whole = p.bytesFilled - (p.bytesFilled % p.elementSize);
  const rest = p.bytesFilled - whole;
  if (rest > 0 && !done) {
    const leftover = new Uint8Array(p.buffer.slice(p.byteOffset + whole, p.byteOffset + p.bytesFilled));
    s.queue.unshift({ value: leftover, size: rest });
    s.queueTotal += rest;
  }
  if (p.type === 'default') {
    const value = new Uint8Array(p.buffer, p.byteOffset, p.bytesFilled);
    if (s.reader instanceof ReadableStreamDefaultReader && s.reader.requests.length > 0) {
      s.reader.requests.shift().resolve({ value, done: false });
    } else {
      s.queue.push({ value, size: value.byteLength });
      s.queueTotal += value.byteLength;
    }
    return;
  }
  const length = whole / p.elementSize;
  const value = p.ctor === DataView ? new DataView(p.buffer, p.byteOffset, whole) : new p.ctor(p.buffer, p.byteOffset, length);
  p.deferred.resolve({ value, done });
}

function afterRespond(stream) {
  const s = stream[kState];
  const p = s.pendingPullIntos[0];
  if (s.state === 'closed') {
    s.pendingPullIntos.shift();
    if (p.type === 'byob') commitPullInto(stream, p, true);
    return;
  }
  if (p.bytesFilled < p.elementSize) {
    pullIfNeeded(stream);
    return;
  }
  s.pendingPullIntos.shift();
  commitPullInto(stream, p, false);
  fillPullIntosFromQueue(stream);
  pullIfNeeded(stream);
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
  for (const p of s.pendingPullIntos.splice(0)) p.deferred?.reject(error);
  if (s.reader) {
    for (const req of s.reader.requests.splice(0)) req.reject(error);
    s.reader.closedDeferred.reject(error);
  }
}

function pullIfNeeded(stream) {
  const s = stream[kState];
  if (!s.started || s.state !== 'readable' || s.closeRequested) return;
  const wanted = (s.reader && s.reader.requests.length > 0) || s.hwm - s.queueTotal > 0 ||
    s.pendingPullIntos.some((p) => p.type === 'byob');
  if (!wanted) return;
  if (s.isBytes && s.autoAllocateChunkSize !== undefined && s.pendingPullIntos.length === 0 &&
      s.reader instanceof ReadableStreamDefaultReader && s.reader.requests.length > 0) {
    const size = s.autoAllocateChunkSize;
    s.pendingPullIntos.push({ type: 'default', buffer: new ArrayBuffer(size), byteOffset: 0, byteLength: size,
      bytesFilled: 0, elementSize: 1, ctor: Uint8Array });
  }
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
    const isBytes = source.type !== undefined && `${source.type}` === 'bytes';
    if (source.type !== undefined && !isBytes) {
      throw new ERR_INVALID_ARG_VALUE('source.type', source.type);
    }
    let autoAllocateChunkSize;
    if (isBytes) {
      if (strategy?.size !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.size', strategy.size);
      autoAllocateChunkSize = source.autoAllocateChunkSize;
      if (autoAllocateChunkSize !== undefined &&
          (!Number.isInteger(autoAllocateChunkSize) || autoAllocateChunkSize <= 0)) {
        throw new ERR_INVALID_ARG_VALUE('source.autoAllocateChunkSize', autoAllocateChunkSize);
      }
    }
    const { hwm, size } = isBytes ? extractStrategy({ highWaterMark: strategy?.highWaterMark }, 0) :
      extractStrategy(strategy, 1);
    const closedPromise = deferred();
    handled(closedPromise.promise);
    this[kState] = {
      state: 'readable', queue: [], queueTotal: 0, hwm, size, source, started: false, pulling: false,
      pullAgain: false, closeRequested: false, reader: null, storedError: undefined, disturbed: false,
      closedPromise, controller: null, isBytes, autoAllocateChunkSize, pendingPullIntos: [],
    };
    this[kClosed] = closedPromise.promise;
    const controller = isBytes ? new ReadableByteStreamController(kState, this) :
      new ReadableStreamDefaultController(kState, this);
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
    if (options?.mode === 'byob') return new ReadableStreamBYOBReader(this);
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
        // A byte stream's branches each get their own copy of the bytes (enqueue detaches).
        const copy = isBytes && !canceled1 && !canceled2 ? new Uint8Array(value) : value;
        if (!canceled1) c1.enqueue(value);
        if (!canceled2) c2.enqueue(copy);
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
    const isBytes = this[kState].isBytes;
    const type = isBytes ? 'bytes' : undefined;
    const b1 = new ReadableStream({ type, start(c) { c1 = c; }, pull, cancel: cancelBranch(1) });
    const b2 = new ReadableStream({ type, start(c) { c2 = c; }, pull, cancel: cancelBranch(2) });
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
  for (const p of s.pendingPullIntos.splice(0)) p.deferred?.resolve({ value: undefined, done: true });
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
    // As the spec's release steps: `closed` first, then the pending reads, each with its error.
    const err = new ERR_INVALID_STATE.TypeError('Reader released');
    if (stream[kState].state === 'readable') this.closedDeferred.reject(err);
    else {
      this.closedDeferred = deferred();
      handled(this.closedDeferred.promise);
      this.closedDeferred.reject(err);
    }
    const requests = this.requests.splice(0);
    if (requests.length) {
      const releasing = new ERR_INVALID_STATE.TypeError('Releasing reader');
      for (const req of requests) req.reject(releasing);
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

class ReadableStreamBYOBReader {
  constructor(stream) {
    if (!(stream instanceof ReadableStream)) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    if (!stream[kState].isBytes) {
      throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be a byte stream');
    }
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

  read(view) {
    if (!ArrayBuffer.isView(view)) {
      return Promise.reject(new ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view));
    }
    if (view.byteLength === 0 || view.buffer.byteLength === 0) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('View or Viewed ArrayBuffer is zero-length or detached'));
    }
    const stream = this.stream;
    if (!stream) return Promise.reject(new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream'));
    const s = stream[kState];
    s.disturbed = true;
    if (s.state === 'errored') return Promise.reject(s.storedError);
    const isDataView = view instanceof DataView;
    const { byteOffset, byteLength } = view;
    const p = {
      type: 'byob', buffer: transferBuffer(view.buffer), byteOffset, byteLength,
      bytesFilled: 0, elementSize: isDataView ? 1 : view.BYTES_PER_ELEMENT,
      ctor: isDataView ? DataView : view.constructor, deferred: deferred(),
    };
    if (s.state === 'closed') {
      commitPullInto(stream, p, true);
      return p.deferred.promise;
    }
    s.pendingPullIntos.push(p);
    if (s.pendingPullIntos.length === 1 && s.queueTotal > 0) {
      fillFromQueue(s, p);
      if (p.bytesFilled >= p.elementSize) {
        s.pendingPullIntos.shift();
        commitPullInto(stream, p, false);
        if (s.closeRequested && s.queueTotal === 0) closeStream(stream);
        else pullIfNeeded(stream);
        return p.deferred.promise;
      }
      if (s.closeRequested) {
        const err = new ERR_INVALID_STATE.TypeError('Partial read');
        errorStream(stream, err);
        return p.deferred.promise;
      }
    }
    pullIfNeeded(stream);
    return p.deferred.promise;
  }

  releaseLock() {
    ReadableStreamDefaultReader.prototype.releaseLock.call(this);
  }

  cancel(reason) {
    if (!this.stream) return Promise.reject(new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream'));
    return cancelStream(this.stream, reason);
  }

  get [Symbol.toStringTag]() {
    return 'ReadableStreamBYOBReader';
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

defineInspect(ReadableStreamDefaultController, () => ({}));
defineInspect(ReadableByteStreamController, () => ({}));
defineInspect(ReadableStream, (stream) => ({
  locked: stream.locked, state: stream[kState].state, supportsBYOB: stream[kState].isBytes,
}));
defineInspect(ReadableStreamDefaultReader, (reader) => ({
  stream: reader.stream ?? undefined, readRequests: reader.requests.length, close: reader.closed,
}));
defineInspect(ReadableStreamBYOBReader, (reader) => ({
  stream: reader.stream ?? undefined, readIntoRequests: reader.requests.length, close: reader.closed,
}));

module.exports = {
  ReadableStream, ReadableStreamDefaultReader, ReadableStreamDefaultController, ReadableStreamBYOBReader,
  ReadableByteStreamController, ReadableStreamBYOBRequest,
  // As Node's internal readableStreamCancel: cancels even a locked stream (FileHandle's
  // readableWebStream when the handle closes).
  readableStreamCancel: cancelStream,
};
