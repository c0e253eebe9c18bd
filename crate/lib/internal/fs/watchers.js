// internal/fs/watchers: FSWatcher (fs.watch), StatWatcher (fs.watchFile) and the async
// iterator behind fs.promises.watch.
//
// How: fs.watch registers a watch on the VFS inode (binding.watchStart). The VFS queues
// inotify-like events as operations happen; the binding schedules one delivery from the poll
// phase, which calls `dispatch` here to hand each event to its FSWatcher. A persistent watcher
// holds a loop reference (binding.watchRef) until closed or unref'd, as a libuv handle does.
// fs.watchFile polls stat on a timer, as libuv's uv_fs_poll does: the first poll only records,
// later polls report a difference as listener(curr, prev); a failing stat reports zeroed Stats
// once per new error, and `prev` stays the last successful stat.
'use strict';

const EventEmitter = require('events');
const { AbortError, uvException } = require('internal/errors');
const { validateFunction, validateBoolean, validateAbortSignal, validateUint32 } = require('internal/validators');
const {
  binding,
  bufferOf,
  encode,
  getOptions,
  getStatsFromBinding,
  getValidatedPath,
} = require('internal/fs/utils');

// ----- fs.watch -----

const kId = Symbol('kId');
const kRefed = Symbol('kRefed');
const watchers = new Map();

class FSWatcher extends EventEmitter {
  constructor() {
    super();
    this[kId] = 0;
    this[kRefed] = false;
    this._encoding = 'utf8';
  }

  // Start watching `filename`; throws the system error for a missing path.
  start(filename, persistent, recursive, encoding) {
    const p = getValidatedPath(filename);
    if (this[kId]) return;
    try {
      this[kId] = binding.watchStart(p, !!recursive);
    } catch (e) {
      if (typeof e !== 'number') throw e;
      const err = uvException({ errno: e, syscall: 'watch', path: p });
      err.filename = p;
      throw err;
    }
    this._encoding = encoding || 'utf8';
    watchers.set(this[kId], this);
    if (persistent) this.ref();
  }

  close() {
    if (this[kId] <= 0) return;
    this.unref();
    binding.watchStop(this[kId]);
    watchers.delete(this[kId]);
    this[kId] = -1;
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    if (this[kId] > 0 && !this[kRefed]) {
      this[kRefed] = true;
      binding.watchRef(true);
    }
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      binding.watchRef(false);
    }
    return this;
  }

  [Symbol.dispose]() {
    this.close();
  }
}

// Hand queued VFS events to their watchers (called from the poll phase by the binding).
function dispatch() {
  const flat = binding.watchTake();
  for (let i = 0; i < flat.length; i += 3) {
    const w = watchers.get(flat[i]);
    if (!w) continue;
    const name = w._encoding === 'buffer' ? bufferOf(encode(flat[i + 2]).buffer) : flat[i + 2];
    w.emit('change', flat[i + 1], name);
  }
}

function watch(filename, options, listener) {
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  const opts = getOptions(options);
  if (opts.persistent === undefined) opts.persistent = true;
  if (opts.recursive === undefined) opts.recursive = false;
  validateBoolean(opts.recursive, 'options.recursive');
  if (opts.signal !== undefined) validateAbortSignal(opts.signal, 'options.signal');
  const w = new FSWatcher();
  w.start(filename, opts.persistent, opts.recursive, opts.encoding);
  if (listener) w.addListener('change', listener);
  if (opts.signal) {
    if (opts.signal.aborted) process.nextTick(() => w.close());
    else opts.signal.addEventListener('abort', () => w.close(), { once: true });
  }
  return w;
}

// ----- fs.promises.watch -----

// An async iterator of { eventType, filename } until `signal` aborts (then an AbortError).
function watchIterable(filename, options = {}) {
  const opts = getOptions(options);
  if (opts.signal !== undefined) validateAbortSignal(opts.signal, 'options.signal');
  if (opts.persistent === undefined) opts.persistent = true;
  if (opts.recursive !== undefined) validateBoolean(opts.recursive, 'options.recursive');
  const { signal } = opts;
  const queue = [];
  const waiting = [];
  let done = false;
  let failure = null;
  let w = null;
  const finish = (err) => {
    if (done) return;
    done = true;
    failure = err;
    queue.length = 0;
    if (w) w.close();
    while (waiting.length) {
      const { resolve, reject } = waiting.shift();
      if (err) reject(err);
      else resolve({ value: undefined, done: true });
    }
  };
  const abortError = () => new AbortError(undefined, { cause: signal?.reason });
  if (signal?.aborted) {
    done = true;
    failure = abortError();
  } else {
    w = watch(filename, opts, (eventType, name) => {
      const value = { eventType, filename: name };
      if (waiting.length) waiting.shift().resolve({ value, done: false });
      else queue.push(value);
    });
    signal?.addEventListener('abort', () => finish(abortError()), { once: true });
  }
  return {
    next() {
      if (queue.length) return Promise.resolve({ value: queue.shift(), done: false });
      if (done) {
        if (failure) {
          const err = failure;
          failure = null;
          return Promise.reject(err);
        }
        return Promise.resolve({ value: undefined, done: true });
      }
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      finish(null);
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(err) {
      finish(null);
      return Promise.reject(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

// ----- fs.watchFile -----

const kTimer = Symbol('kTimer');
const kPrev = Symbol('kPrev');
const kStatus = Symbol('kStatus');
const kBigint = Symbol('kBigint');
const statWatchers = new Map();
const kZeroStat = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

// Do two stat arrays differ in what uv_fs_poll compares?
function statChanged(a, b) {
  for (const i of [1, 3, 4, 7, 8, 0, 12, 13, 14, 15, 16, 17]) {
    if (a[i] !== b[i]) return true;
  }
  return false;
}

class StatWatcher extends EventEmitter {
  constructor(bigint) {
    super();
    this._handle = null;
    this[kTimer] = null;
    this[kPrev] = kZeroStat;
    this[kStatus] = 0;
    this[kBigint] = bigint;
  }

  start(path, persistent, interval) {
    if (this._handle) return;
    this._handle = { path };
    const poll = () => {
      if (!this._handle) return;
      let cur;
      let status = 1;
      try {
        cur = binding.stat(path, true);
      } catch (e) {
        if (typeof e !== 'number') throw e;
        cur = kZeroStat;
        status = e;
      }
      // As uv_fs_poll: a failing stat keeps the last good one as `prev` (so a file that comes
      // back is compared with what it was before it went).
      const prev = this[kPrev];
      const last = this[kStatus];
      this[kStatus] = status;
      if (status > 0) this[kPrev] = cur;
      const report = status < 0 ? last !== status : last !== 0 && (last < 0 || statChanged(prev, cur));
      if (report) {
        this.emit('change', getStatsFromBinding(cur, this[kBigint]), getStatsFromBinding(prev, this[kBigint]));
      }
    };
    binding.defer(poll);
    this[kTimer] = setInterval(poll, interval);
    if (!persistent) this[kTimer].unref();
  }

  stop() {
    if (!this._handle) return;
    this._handle = null;
    clearInterval(this[kTimer]);
    this[kTimer] = null;
    process.nextTick(() => this.emit('stop'));
  }

  ref() {
    if (this[kTimer]) this[kTimer].ref();
    return this;
  }

  unref() {
    if (this[kTimer]) this[kTimer].unref();
    return this;
  }
}

function watchFile(filename, options, listener) {
  const p = getValidatedPath(filename);
  const key = require('path').resolve(p);
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  const opts = { interval: 5007, persistent: true, ...(options || {}) };
  validateFunction(listener, 'listener');
  let w = statWatchers.get(key);
  if (w === undefined) {
    w = new StatWatcher(!!opts.bigint);
    // As Node's StatWatcher start: a new watcher's interval is a uint32.
    validateUint32(opts.interval, 'interval');
    w.start(p, opts.persistent, opts.interval);
    statWatchers.set(key, w);
  }
  w.addListener('change', listener);
  return w;
}

function unwatchFile(filename, listener) {
  const p = getValidatedPath(filename);
  const key = require('path').resolve(p);
  const w = statWatchers.get(key);
  if (w === undefined) return;
  if (typeof listener === 'function') w.removeListener('change', listener);
  else w.removeAllListeners('change');
  if (w.listenerCount('change') === 0) {
    w.stop();
    statWatchers.delete(key);
  }
}

module.exports = { dispatch, FSWatcher, StatWatcher, unwatchFile, watch, watchFile, watchIterable };
