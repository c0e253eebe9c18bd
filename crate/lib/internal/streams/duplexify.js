'use strict';
// Duplex.from(body): a Duplex made from whatever `body` is: a Node stream (wrapped unless it
// is already a Duplex), a web ReadableStream/WritableStream, a Blob, an (async) iterable, a
// promise (its value becomes the only chunk), an async generator function (written chunks feed
// its source argument; what it yields is read), an async function (consumes the written
// chunks; its promise settles the writable side), or a `{ readable, writable }` pair.

const { AbortError, codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_RETURN_VALUE } } = require('internal/errors');
const { nextTick } = require('internal/process/task_queues');
const Duplex = require('internal/streams/duplex');
const Readable = require('internal/streams/readable');
const eos = require('internal/streams/end-of-stream');
const { destroyer } = require('internal/streams/destroy');
const from = require('internal/streams/from');
const { isReadableNodeStream, isWritableNodeStream, isNodeStream, isIterable } = require('internal/streams/utils');

class Duplexify extends Duplex {
  constructor(options) {
    super(options);
    if (options?.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }
    if (options?.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }
  }
}

function isDuplexNodeStream(obj) {
  return isReadableNodeStream(obj) && typeof obj.write === 'function';
}

function webStreams() {
  return require('stream/web');
}

function duplexify(body, name) {
  if (isDuplexNodeStream(body)) return body;
  if (isReadableNodeStream(body)) return pairToDuplex({ readable: body });
  if (isWritableNodeStream(body)) return pairToDuplex({ writable: body });
  if (isNodeStream(body)) return pairToDuplex({ writable: false, readable: false });
  const { ReadableStream, WritableStream } = webStreams();
  if (body instanceof ReadableStream) return pairToDuplex({ readable: Readable.fromWeb(body) });
  if (body instanceof WritableStream) {
    return pairToDuplex({ writable: require('internal/streams/writable').fromWeb(body) });
  }
  if (typeof body === 'function') {
    const { value, write, final, destroy } = fromAsyncGen(body);
    if (isIterable(value)) {
      return from(Duplexify, value, { objectMode: true, write, final, destroy });
    }
    const then = value?.then;
    if (typeof then === 'function') {
      let d;
      const promise = then.call(value, (val) => {
        if (val != null) throw new ERR_INVALID_RETURN_VALUE('nully', 'body', val);
      }, (err) => {
        destroyer(d, err);
      });
      d = new Duplexify({
        objectMode: true,
        readable: false,
        write,
        final(cb) {
          final(async () => {
            try {
              await promise;
              nextTick(cb, null);
            } catch (err) {
              nextTick(cb, err);
            }
          });
        },
        destroy,
      });
      return d;
    }
    throw new ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or AsyncFunction', name, value);
  }
  const { Blob } = require('internal/blob');
  if (body instanceof Blob) return duplexify(body.arrayBuffer(), name);
  if (isIterable(body)) return from(Duplexify, body, { objectMode: true, writable: false });
  if (typeof body?.writable === 'object' || typeof body?.readable === 'object') {
    const readable = body?.readable ?
      (isReadableNodeStream(body.readable) ? body.readable : duplexify(body.readable)) : undefined;
    const writable = body?.writable ?
      (isWritableNodeStream(body.writable) ? body.writable : duplexify(body.writable)) : undefined;
    return pairToDuplex({ readable, writable });
  }
  const then = body?.then;
  if (typeof then === 'function') {
    let d;
    then.call(body, (val) => {
      if (val != null) d.push(val);
      d.push(null);
    }, (err) => {
      destroyer(d, err);
    });
    d = new Duplexify({ objectMode: true, writable: false, read() {} });
    return d;
  }
  throw new ERR_INVALID_ARG_TYPE(name, ['Blob', 'ReadableStream', 'WritableStream', 'Stream', 'Iterable',
    'AsyncIterable', 'Function', '{ readable, writable } pair', 'Promise'], body);
}

// Runs `fn(source, { signal })` where `source` is an async generator fed by the Duplex's
// writes; returns what fn returned and the write/final/destroy hooks that feed it.
function fromAsyncGen(fn) {
  // `promise` is what the source awaits next; `resolve` settles it from write() or final().
  let { promise, resolve } = deferred();
  const controller = new AbortController();
  const signal = controller.signal;
  const source = (async function* source() {
    while (true) {
      const pending = promise;
      promise = null;
      const { chunk, done, cb } = await pending;
      nextTick(cb);
      if (done) return;
      if (signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
      ({ promise, resolve } = deferred());
      yield chunk;
    }
  })();
  const value = fn(source, { signal });
  return {
    value,
    write(chunk, encoding, cb) {
      const settle = resolve;
      resolve = null;
      settle({ chunk, done: false, cb });
    },
    final(cb) {
      const settle = resolve;
      resolve = null;
      settle({ done: true, cb });
    },
    destroy(err, cb) {
      controller.abort();
      cb(err);
    },
  };
}

function deferred() {
  let resolve;
  const promise = new Promise((res) => { resolve = res; });
  return { promise, resolve };
}

// A Duplex whose writes go to `pair.writable` and whose reads come from `pair.readable`.
function pairToDuplex(pair) {
  const r = pair.readable && typeof pair.readable.read !== 'function' ? Readable.wrap(pair.readable) : pair.readable;
  const w = pair.writable;
  let readable = !!(r && r.readable !== false && !r.destroyed);
  let writable = !!(w && w.writable !== false && !w.destroyed);
  let ondrain;
  let onfinish;
  let onreadable;
  let onclose;
  let d;

  function onfinished(err) {
    const cb = onclose;
    onclose = null;
    if (cb) cb(err);
    else if (err) d.destroy(err);
  }

  d = new Duplexify({
    readableObjectMode: !!r?.readableObjectMode,
    writableObjectMode: !!w?.writableObjectMode,
    readable,
    writable,
  });

  if (writable) {
    eos(w, (err) => {
      writable = false;
      if (err) destroyer(r, err);
      onfinished(err);
    });
    d._write = function(chunk, encoding, callback) {
      if (w.write(chunk, encoding)) callback();
      else ondrain = callback;
    };
    d._final = function(callback) {
      w.end();
      onfinish = callback;
    };
    w.on('drain', () => {
      if (ondrain) {
        const cb = ondrain;
        ondrain = null;
        cb();
      }
    });
    w.on('finish', () => {
      if (onfinish) {
        const cb = onfinish;
        onfinish = null;
        cb();
      }
    });
  }

  if (readable) {
    eos(r, (err) => {
      readable = false;
      if (err) destroyer(r, err);
      onfinished(err);
    });
    r.on('readable', () => {
      if (onreadable) {
        const cb = onreadable;
        onreadable = null;
        cb();
      }
    });
    r.on('end', () => d.push(null));
    d._read = function() {
      while (true) {
        const buf = r.read();
        if (buf === null) {
          onreadable = d._read;
          return;
        }
        if (!d.push(buf)) return;
      }
    };
  }

  d._destroy = function(err, callback) {
    if (!err && onclose !== null) err = new AbortError();
    onreadable = null;
    ondrain = null;
    onfinish = null;
    if (onclose === null) {
      callback(err);
    } else {
      onclose = callback;
      destroyer(w, err);
      destroyer(r, err);
    }
  };
  return d;
}

module.exports = duplexify;
