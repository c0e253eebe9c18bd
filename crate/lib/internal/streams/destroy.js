'use strict';
// destroy() for every stream class, and errorOrDestroy(): the one path by which a stream fails.
// Order (checked against node): the destroy callback runs synchronously, then on the next tick
// 'error' (if any) and 'close' (if emitClose).

const { nextTick } = require('internal/process/task_queues');
const { aggregateTwoErrors, codes: { ERR_MULTIPLE_CALLBACK } } = require('internal/errors');

function states(stream) {
  return [stream._readableState, stream._writableState];
}

function recordError(err, r, w) {
  if (!err) return;
  void err.stack;
  if (w && !w.errored) w.errored = err;
  if (r && !r.errored) r.errored = err;
}

function destroy(err, cb) {
  const [r, w] = states(this);
  const s = w || r;
  if (w?.destroyed || r?.destroyed) {
    if (typeof cb === 'function') cb();
    return this;
  }
  recordError(err, r, w);
  if (w) w.destroyed = true;
  if (r) r.destroyed = true;
  if (s && !s.constructed) {
    this.once(kDestroy, (er) => runDestroy(this, aggregateTwoErrors(er, err), cb));
  } else {
    runDestroy(this, err, cb);
  }
  return this;
}

function runDestroy(self, err, cb) {
  let called = false;
  function onDestroy(er) {
    if (called) return;
    called = true;
    const [r, w] = states(self);
    recordError(er, r, w);
    if (w) w.closed = true;
    if (r) r.closed = true;
    if (typeof cb === 'function') cb(er);
    if (er) nextTick(emitErrorCloseNT, self, er);
    else nextTick(emitCloseNT, self);
  }
  try {
    self._destroy(err || null, onDestroy);
  } catch (e) {
    onDestroy(e);
  }
}

function emitErrorCloseNT(self, err) {
  emitErrorNT(self, err);
  emitCloseNT(self);
}

function emitCloseNT(self) {
  const [r, w] = states(self);
  if (w) w.closeEmitted = true;
  if (r) r.closeEmitted = true;
  if (w?.emitClose || r?.emitClose) self.emit('close');
}

function emitErrorNT(self, err) {
  const [r, w] = states(self);
  if (w?.errorEmitted || r?.errorEmitted) return;
  if (w) w.errorEmitted = true;
  if (r) r.errorEmitted = true;
  self.emit('error', err);
}

function undestroy() {
  const [r, w] = states(this);
  if (r) {
    r.constructed = true;
    r.closed = false;
    r.closeEmitted = false;
    r.destroyed = false;
    r.errored = null;
    r.errorEmitted = false;
    r.reading = false;
    r.ended = r.readable === false;
    r.endEmitted = r.readable === false;
  }
  if (w) {
    w.constructed = true;
    w.destroyed = false;
    w.closed = false;
    w.closeEmitted = false;
    w.errored = null;
    w.errorEmitted = false;
    w.finalCalled = false;
    w.prefinished = false;
    w.ended = w.writable === false;
    w.ending = w.writable === false;
    w.finished = w.writable === false;
  }
}

// Fails a stream: destroys it if it auto-destroys, else records the error and emits 'error'.
function errorOrDestroy(stream, err, sync) {
  const [r, w] = states(stream);
  if (w?.destroyed || r?.destroyed) return;
  if (r?.autoDestroy || w?.autoDestroy) {
    stream.destroy(err);
  } else if (err) {
    recordError(err, r, w);
    if (sync) nextTick(emitErrorNT, stream, err);
    else emitErrorNT(stream, err);
  }
}

const kDestroy = Symbol('kDestroy');

// Runs `_construct` (if any) on the next tick; until it calls back, the stream buffers.
function construct(stream, cb) {
  if (typeof stream._construct !== 'function') return;
  const [r, w] = states(stream);
  if (r) r.constructed = false;
  if (w) w.constructed = false;
  stream.once(kConstruct, cb);
  if (stream.listenerCount(kConstruct) > 1) return;
  nextTick(constructNT, stream);
}

const kConstruct = Symbol('kConstruct');

function constructNT(stream) {
  let called = false;
  function onConstruct(err) {
    if (called) {
      errorOrDestroy(stream, err ?? new ERR_MULTIPLE_CALLBACK());
      return;
    }
    called = true;
    const [r, w] = states(stream);
    const s = w || r;
    if (r) r.constructed = true;
    if (w) w.constructed = true;
    if (s.destroyed) stream.emit(kDestroy, err);
    else if (err) errorOrDestroy(stream, err, true);
    else nextTick(() => stream.emit(kConstruct));
  }
  try {
    stream._construct((err) => nextTick(onConstruct, err));
  } catch (err) {
    nextTick(onConstruct, err);
  }
}

// Destroys any stream-like thing (used by pipeline and the async iterator).
function destroyer(stream, err) {
  if (!stream) return;
  if (typeof stream.destroy === 'function') stream.destroy(err);
  else if (typeof stream.close === 'function') stream.close();
}

module.exports = { construct, destroy, destroyer, undestroy, errorOrDestroy, kDestroy };
