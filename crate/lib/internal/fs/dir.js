// internal/fs/dir: fs.Dir (opendir), a directory handle read entry by entry, in sync,
// callback, promise and async-iterator forms.
//
// As Node's: a Dir reads its handle `bufferSize` entries at a time and hands them out one by one
// from a buffer; an asynchronous read or close in flight queues the next ones (and makes the sync
// forms throw ERR_DIR_CONCURRENT_OPERATION); with `recursive`, a directory entry, when handed
// out, appends the first batch of that directory's entries to the buffer (Node 20 reads one batch
// of a subdirectory only: a subdirectory of more than `bufferSize` entries is cut short there
// too).
//
// NOTE: the handle lists the directory from the VFS when it is opened (a snapshot), where libuv
// reads it as it goes; entries added or removed later are not seen.
'use strict';

const pathModule = require('path');
const {
  codes: { ERR_DIR_CLOSED, ERR_DIR_CONCURRENT_OPERATION, ERR_MISSING_ARGS },
  uvException,
} = require('internal/errors');
const { validateFunction, validateUint32 } = require('internal/validators');
const {
  binding, Dirent, encodeResult, getOptions, getValidatedPath, keptPath, withoutFrames,
} = require('internal/fs/utils');

const kDirHandle = Symbol('kDirHandle');
const kDirBufferedEntries = Symbol('kDirBufferedEntries');
const kDirPath = Symbol('kDirPath');
const kDirClosed = Symbol('kDirClosed');
const kDirOperationQueue = Symbol('kDirOperationQueue');
const kDirOptions = Symbol('kDirOptions');
const kDirReadImpl = Symbol('kDirReadImpl');
const kDirReadPromisified = Symbol('kDirReadPromisified');
const kDirClosePromisified = Symbol('kDirClosePromisified');

// An open directory: its listing, handed out a batch at a time.
class DirHandle {
  #names;
  #types;
  #next = 0;

  constructor(names, types) {
    this.#names = names;
    this.#types = types;
  }

  // Up to `max` entries as [name, type, name, type, ...]; null once none are left.
  read(max) {
    if (this.#next >= this.#names.length) return null;
    const end = Math.min(this.#names.length, this.#next + max);
    const batch = [];
    for (; this.#next < end; this.#next++) batch.push(this.#names[this.#next], this.#types[this.#next]);
    return batch;
  }

  close() {
    this.#names = [];
    this.#types = [];
  }
}

// Open `path` as a directory handle; errors name `opendir`, and the path only when `withPath`
// (Node's synchronous opendirSync leaves it out of the message).
function openHandle(path, withPath) {
  let listing;
  try {
    listing = binding.readdir(path);
  } catch (e) {
    if (typeof e === 'number') throw uvException({ errno: e, syscall: 'opendir', path: withPath ? path : undefined });
    throw e;
  }
  return new DirHandle(listing[0], listing[1]);
}

// Node's getOptions for opendir: an options object is kept as it is (not merged over defaults).
function dirOptions(options) {
  const validated = getOptions(options, { encoding: 'utf8' });
  return options !== null && typeof options === 'object' ? options : validated;
}

class Dir {
  constructor(handle, path, options) {
    if (handle == null) throw new ERR_MISSING_ARGS('handle');
    this[kDirHandle] = handle;
    this[kDirBufferedEntries] = [];
    this[kDirPath] = path;
    this[kDirClosed] = false;
    // null, or the operations waiting for the one in flight to finish.
    this[kDirOperationQueue] = null;
    this[kDirOptions] = { bufferSize: 32, ...dirOptions(options) };
    validateUint32(this[kDirOptions].bufferSize, 'options.bufferSize', true);
    const { promisify } = require('util');
    this[kDirReadPromisified] = promisify(this[kDirReadImpl]).bind(this, false);
    this[kDirClosePromisified] = promisify(this.close).bind(this);
  }

  get path() {
    return this[kDirPath];
  }

  read(callback) {
    return this[kDirReadImpl](true, callback);
  }

  // `maybeSync`: an entry already buffered is delivered on the next tick (the callback form)
  // rather than at once (the promise form, which settles asynchronously anyway).
  [kDirReadImpl](maybeSync, callback) {
    if (this[kDirClosed] === true) throw new ERR_DIR_CLOSED();
    if (callback === undefined) return this[kDirReadPromisified]();
    validateFunction(callback, 'callback');
    if (this[kDirOperationQueue] !== null) {
      this[kDirOperationQueue].push(() => this[kDirReadImpl](maybeSync, callback));
      return undefined;
    }
    if (this[kDirBufferedEntries].length > 0) {
      let dirent;
      try {
        dirent = this.#takeBuffered();
      } catch (error) {
        return callback(error);
      }
      if (maybeSync) process.nextTick(callback, null, dirent);
      else callback(null, dirent);
      return undefined;
    }
    this[kDirOperationQueue] = [];
    binding.defer(() => {
      process.nextTick(() => {
        const queue = this[kDirOperationQueue];
        this[kDirOperationQueue] = null;
        for (const op of queue) op();
      });
      const result = this[kDirHandle].read(this[kDirOptions].bufferSize);
      if (result === null) return callback(null, null);
      let dirent;
      try {
        this.processReadResult(this[kDirPath], result);
        dirent = this.#takeBuffered();
      } catch (error) {
        return callback(error);
      }
      return callback(null, dirent);
    });
    return undefined;
  }

  processReadResult(path, result) {
    const encoding = this[kDirOptions].encoding;
    for (let i = 0; i < result.length; i += 2) {
      this[kDirBufferedEntries].push(new Dirent(encodeResult(result[i], encoding), result[i + 1], path));
    }
  }

  // With `recursive`: the first batch of the directory `dirent` names joins the buffer.
  readSyncRecursive(dirent) {
    const path = pathModule.join(dirent.parentPath, dirent.name);
    const handle = openHandle(path, true);
    const result = handle.read(this[kDirOptions].bufferSize);
    if (result) this.processReadResult(path, result);
    handle.close();
  }

  readSync() {
    if (this[kDirClosed] === true) throw new ERR_DIR_CLOSED();
    if (this[kDirOperationQueue] !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    if (this[kDirBufferedEntries].length === 0) {
      const result = this[kDirHandle].read(this[kDirOptions].bufferSize);
      if (result === null) return null;
      this.processReadResult(this[kDirPath], result);
    }
    return this.#takeBuffered();
  }

  // The next buffered entry (a directory's own entries join the buffer with `recursive`).
  #takeBuffered() {
    const dirent = this[kDirBufferedEntries].shift();
    if (this[kDirOptions].recursive && dirent.isDirectory()) this.readSyncRecursive(dirent);
    return dirent;
  }

  close(callback) {
    if (callback === undefined) {
      if (this[kDirClosed] === true) return Promise.reject(new ERR_DIR_CLOSED());
      return this[kDirClosePromisified]();
    }
    validateFunction(callback, 'callback');
    if (this[kDirClosed] === true) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return undefined;
    }
    if (this[kDirOperationQueue] !== null) {
      this[kDirOperationQueue].push(() => this.close(callback));
      return undefined;
    }
    this[kDirClosed] = true;
    binding.defer(() => {
      this[kDirHandle].close();
      callback(null);
    });
    return undefined;
  }

  closeSync() {
    if (this[kDirClosed] === true) throw new ERR_DIR_CLOSED();
    if (this[kDirOperationQueue] !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    this[kDirClosed] = true;
    this[kDirHandle].close();
    return undefined;
  }

  async* entries() {
    try {
      for (;;) {
        const dirent = await this[kDirReadPromisified]();
        if (dirent === null) break;
        yield dirent;
      }
    } finally {
      await this[kDirClosePromisified]();
    }
  }
}

Object.defineProperty(Dir.prototype, Symbol.asyncIterator, {
  __proto__: null,
  value: Dir.prototype.entries,
  enumerable: false,
  writable: true,
  configurable: true,
});

function opendir(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'callback');
  const p = getValidatedPath(path);
  const opts = dirOptions(options);
  binding.defer(() => {
    let handle;
    try {
      handle = openHandle(p, true);
    } catch (error) {
      return callback(withoutFrames(error));
    }
    // As Node's, options are checked only here: a bad bufferSize throws from the completion.
    return callback(null, new Dir(handle, keptPath(path, p), opts));
  });
}

function opendirSync(path, options) {
  const p = getValidatedPath(path);
  const opts = dirOptions(options);
  return new Dir(openHandle(p, false), keptPath(path, p), opts);
}

module.exports = { Dir, opendir, opendirSync };
