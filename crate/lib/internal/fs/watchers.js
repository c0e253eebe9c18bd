// internal/fs/watchers: FSWatcher (fs.watch), StatWatcher (fs.watchFile) and the async
// iterator behind fs.promises.watch.
//
// How: fs.watch registers a watch on the VFS inode (binding.watchStart). The VFS queues
// inotify-like events as operations happen; the binding schedules one delivery from the poll
// phase, which calls `dispatch` here to hand each event to its FSWatcher. A persistent watcher
// holds a loop reference (binding.watchRef) until closed or unref'd, as a libuv handle does.
// fs.watchFile polls stat on a timer, as libuv's uv_fs_poll does (see StatWatcherHandle).
'use strict';

const EventEmitter = require('events');
const { AbortError, codes: { ERR_INVALID_ARG_VALUE }, uvException } = require('internal/errors');
const {
  validateAbortSignal, validateBoolean, validateFunction, validateObject, validateUint32,
} = require('internal/validators');
const {
  binding,
  bufferOf,
  encode,
  getOptions,
  getStatsFromBinding,
  getValidatedPath,
} = require('internal/fs/utils');

// ----- fs.watch -----

// As Node's: a watcher's `_handle` is a handle object (FSEvent for fs.watch, StatWatcher for
// fs.watchFile) with an `onchange` callback and the owner symbol; the state the native handle
// would keep lives in `handleState`, out of sight.
const owner_symbol = Symbol('owner_symbol');
const handleState = new WeakMap();
const watchers = new Map();

class FSEvent {
  constructor() {
    handleState.set(this, { id: 0, refed: false });
  }

  get initialized() {
    return handleState.get(this).id > 0;
  }

  // Start watching path `p`: 0, or the errno of a path that cannot be watched.
  start(p, persistent, recursive) {
    const st = handleState.get(this);
    try {
      st.id = binding.watchStart(p, !!recursive);
    } catch (e) {
      if (typeof e !== 'number') throw e;
      return e;
    }
    watchers.set(st.id, this);
    if (persistent) this.ref();
    return 0;
  }

  close() {
    const st = handleState.get(this);
    this.unref();
    if (st.id > 0) {
      binding.watchStop(st.id);
      watchers.delete(st.id);
    }
    st.id = -1;
  }

  ref() {
    const st = handleState.get(this);
    if (st.id > 0 && !st.refed) {
      st.refed = true;
      binding.watchRef(true);
    }
  }

  unref() {
    const st = handleState.get(this);
    if (st.refed) {
      st.refed = false;
      binding.watchRef(false);
    }
  }
}

function emitCloseNT(self) {
  self.emit('close');
}

function FSWatcher() {
  EventEmitter.call(this);
  this._handle = new FSEvent();
  this._handle[owner_symbol] = this;
  this._handle.onchange = (status, eventType, filename) => {
    this.emit('change', eventType, filename);
  };
}
Object.setPrototypeOf(FSWatcher.prototype, EventEmitter.prototype);
Object.setPrototypeOf(FSWatcher, EventEmitter);

const kFSWatchStart = Symbol('kFSWatchStart');

// Start watching `filename`; throws the system error for a path that cannot be watched.
FSWatcher.prototype[kFSWatchStart] = function (filename, persistent, recursive, encoding) {
  if (this._handle === null || this._handle.initialized) return;
  const p = getValidatedPath(filename, 'filename');
  const err = this._handle.start(p, persistent, recursive);
  if (err) {
    const error = uvException({ errno: err, syscall: 'watch', path: p });
    error.filename = p;
    throw error;
  }
  handleState.get(this._handle).encoding = encoding || 'utf8';
};

// As Node's: a no-op kept for compatibility.
FSWatcher.prototype.start = () => {};

FSWatcher.prototype.close = function () {
  if (this._handle === null) return;
  this._handle.close();
  this._handle = null;
  process.nextTick(emitCloseNT, this);
};

FSWatcher.prototype.ref = function () {
  if (this._handle) this._handle.ref();
  return this;
};

FSWatcher.prototype.unref = function () {
  if (this._handle) this._handle.unref();
  return this;
};

// Hand queued VFS events to their watchers (called from the poll phase by the binding).
function dispatch() {
  const flat = binding.watchTake();
  for (let i = 0; i < flat.length; i += 3) {
    const h = watchers.get(flat[i]);
    if (!h) continue;
    const name = handleState.get(h).encoding === 'buffer' ? bufferOf(encode(flat[i + 2]).buffer) : flat[i + 2];
    h.onchange(0, flat[i + 1], name);
  }
}

function watch(filename, options, listener) {
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  // As Node 20's order of checks: the options (encoding), signal, path, then recursive.
  const opts = { ...getOptions(options) };
  if (opts.persistent === undefined) opts.persistent = true;
  if (opts.recursive === undefined) opts.recursive = false;
  if (opts.signal !== undefined) validateAbortSignal(opts.signal, 'options.signal');
  const path = getValidatedPath(filename);
  validateBoolean(opts.recursive, 'options.recursive');
  const w = new FSWatcher();
  w[kFSWatchStart](path, opts.persistent, opts.recursive, opts.encoding);
  if (listener) w.addListener('change', listener);
  if (opts.signal) {
    if (opts.signal.aborted) process.nextTick(() => w.close());
    else opts.signal.addEventListener('abort', () => w.close(), { once: true });
  }
  return w;
}

// ----- fs.promises.watch -----

function createDeferredPromise() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

// As Node 20's: the options are checked when iteration starts (its invalid-encoding error has
// the name and value swapped, and 'buffer' is refused), and one pending promise takes the next
// event: events that come while the consumer has not asked for the next one are lost.
async function* watchIterable(filename, options = {}) {
  const p = getValidatedPath(filename);
  validateObject(options, 'options');
  const { persistent = true, recursive = false, encoding = 'utf8', signal } = options;
  validateBoolean(persistent, 'options.persistent');
  validateBoolean(recursive, 'options.recursive');
  validateAbortSignal(signal, 'options.signal');
  if (encoding && !Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE(encoding, 'encoding', 'is invalid encoding');
  }
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });
  const handle = new FSEvent();
  let deferred = createDeferredPromise();
  const oncancel = () => {
    handle.close();
    deferred.reject(new AbortError(undefined, { cause: signal?.reason }));
  };
  try {
    signal?.addEventListener('abort', oncancel, { once: true });
    handle.onchange = (status, eventType, name) => deferred.resolve({ eventType, filename: name });
    const err = handle.start(p, persistent, recursive);
    if (err) {
      const error = uvException({ errno: err, syscall: 'watch', path: p });
      error.filename = p;
      handle.close();
      throw error;
    }
    handleState.get(handle).encoding = encoding;
    while (!signal?.aborted) {
      yield await deferred.promise;
      deferred = createDeferredPromise();
    }
    throw new AbortError(undefined, { cause: signal?.reason });
  } finally {
    handle.close();
    signal?.removeEventListener('abort', oncancel);
  }
}

// ----- fs.watchFile -----

const kOldStatus = Symbol('kOldStatus');
const kUseBigint = Symbol('kUseBigint');
const kFSStatWatcherStart = Symbol('kFSStatWatcherStart');
const KFSStatWatcherRefCount = Symbol('KFSStatWatcherRefCount');
const KFSStatWatcherMaxRefCount = Symbol('KFSStatWatcherMaxRefCount');
const kFSStatWatcherAddOrCleanRef = Symbol('kFSStatWatcherAddOrCleanRef');
const statWatchers = new Map();
const kZeroStat = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

// Do two stat arrays differ in what uv_fs_poll compares?
function statChanged(a, b) {
  for (const i of [1, 3, 4, 7, 8, 0, 12, 13, 14, 15, 16, 17]) {
    if (a[i] !== b[i]) return true;
  }
  return false;
}

// The handle behind a StatWatcher: uv_fs_poll's timer. The first poll only records; later
// polls report a difference as onchange(curr, prev); a failing stat reports zeroed Stats once
// per new error, and `prev` stays the last successful stat.
class StatWatcherHandle {
  constructor(bigint) {
    handleState.set(this, { bigint, timer: null, prev: kZeroStat, status: 0 });
  }

  start(path, interval) {
    const st = handleState.get(this);
    const poll = () => {
      if (st.timer === null) return;
      let cur;
      let status = 1;
      try {
        cur = binding.stat(path, true);
      } catch (e) {
        if (typeof e !== 'number') throw e;
        cur = kZeroStat;
        status = e;
      }
      const prev = st.prev;
      const last = st.status;
      st.status = status;
      if (status > 0) st.prev = cur;
      const report = status < 0 ? last !== status : last !== 0 && (last < 0 || statChanged(prev, cur));
      if (report) {
        this.onchange(getStatsFromBinding(cur, st.bigint), getStatsFromBinding(prev, st.bigint));
      }
    };
    st.timer = setInterval(poll, interval);
    if (st.unrefed) st.timer.unref();
    binding.defer(poll);
    return 0;
  }

  close() {
    const st = handleState.get(this);
    if (st.timer) clearInterval(st.timer);
    st.timer = null;
  }

  ref() {
    const st = handleState.get(this);
    st.unrefed = false;
    if (st.timer) st.timer.ref();
  }

  unref() {
    const st = handleState.get(this);
    st.unrefed = true;
    if (st.timer) st.timer.unref();
  }
}
Object.defineProperty(StatWatcherHandle, 'name', { value: 'StatWatcher' });

function emitStop(self) {
  self.emit('stop');
}

function onchange(curr, prev) {
  const self = this[owner_symbol];
  self.emit('change', curr, prev);
}

function StatWatcher(bigint) {
  EventEmitter.call(this);
  this._handle = null;
  this[kOldStatus] = -1;
  this[kUseBigint] = bigint;
  this[KFSStatWatcherRefCount] = 1;
  this[KFSStatWatcherMaxRefCount] = 1;
}
Object.setPrototypeOf(StatWatcher.prototype, EventEmitter.prototype);
Object.setPrototypeOf(StatWatcher, EventEmitter);

StatWatcher.prototype[kFSStatWatcherStart] = function (filename, persistent, interval) {
  if (this._handle) return;
  this._handle = new StatWatcherHandle(!!this[kUseBigint]);
  this._handle[owner_symbol] = this;
  this._handle.onchange = onchange;
  if (!persistent) this.unref();
  this[kOldStatus] = -1;
  const p = getValidatedPath(filename, 'filename');
  // As Node's StatWatcher start: a new watcher's interval is a uint32.
  validateUint32(interval, 'interval');
  this._handle.start(p, interval);
};

// As Node's: a no-op kept for compatibility.
StatWatcher.prototype.start = () => {};

StatWatcher.prototype.stop = function () {
  if (!this._handle) return;
  process.nextTick(emitStop, this);
  this._handle.close();
  this._handle = null;
};

// As Node's: each listener holds a reference; ref() and unref() move between 0 and their count.
StatWatcher.prototype[kFSStatWatcherAddOrCleanRef] = function (operate) {
  if (operate === 'add') {
    this[KFSStatWatcherRefCount]++;
    this[KFSStatWatcherMaxRefCount]++;
  } else if (operate === 'clean') {
    this[KFSStatWatcherMaxRefCount]--;
    this.unref();
  } else if (operate === 'cleanAll') {
    this[KFSStatWatcherMaxRefCount] = 0;
    this[KFSStatWatcherRefCount] = 0;
    this._handle?.unref();
  }
};

StatWatcher.prototype.ref = function () {
  if (this[KFSStatWatcherRefCount] === this[KFSStatWatcherMaxRefCount]) return this;
  if (this._handle && this[KFSStatWatcherRefCount]++ === 0) this._handle.ref();
  return this;
};

StatWatcher.prototype.unref = function () {
  if (this[KFSStatWatcherRefCount] === 0) return this;
  if (this._handle && --this[KFSStatWatcherRefCount] === 0) this._handle.unref();
  return this;
};

// As Node's: the checked path is resolved (a Buffer path fails there: path.resolve takes
// strings).
function resolvedWatchPath(filename) {
  const checked = getValidatedPath(filename);
  return require('path').resolve(filename instanceof Uint8Array ? filename : checked);
}

function watchFile(filename, options, listener) {
  const key = resolvedWatchPath(filename);
  if (options === null || typeof options !== 'object') {
    listener = options;
    options = null;
  }
  const opts = { interval: 5007, persistent: true, ...options };
  validateFunction(listener, 'listener');
  let w = statWatchers.get(key);
  if (w === undefined) {
    w = new StatWatcher(opts.bigint);
    w[kFSStatWatcherStart](key, opts.persistent, opts.interval);
    statWatchers.set(key, w);
  } else {
    w[kFSStatWatcherAddOrCleanRef]('add');
  }
  w.addListener('change', listener);
  return w;
}

function unwatchFile(filename, listener) {
  const key = resolvedWatchPath(filename);
  const w = statWatchers.get(key);
  if (w === undefined) return;
  if (typeof listener === 'function') {
    const before = w.listenerCount('change');
    w.removeListener('change', listener);
    if (w.listenerCount('change') < before) w[kFSStatWatcherAddOrCleanRef]('clean');
  } else {
    w.removeAllListeners('change');
    w[kFSStatWatcherAddOrCleanRef]('cleanAll');
  }
  if (w.listenerCount('change') === 0) {
    w.stop();
    statWatchers.delete(key);
  }
}

module.exports = { dispatch, FSWatcher, StatWatcher, unwatchFile, watch, watchFile, watchIterable };
