// internal/fs/filehandle: the FileHandle class that fs/promises.open() resolves to, and the
// promise plumbing the promise forms share (settle).
//
// A FileHandle is an event emitter without being an EventEmitter (as Node's: the emitter methods
// are copied onto a base class, so `instanceof EventEmitter` is false). It emits 'close' when
// close() is called. It keeps a reference count: the handle itself holds one, and a file stream
// or web stream reading through it holds another (kRef/kUnref), so close() waits for them to let
// go before the descriptor is really closed.
//
// NOTE: each operation runs against the VFS when called and its promise settles from the poll
// phase (binding.defer), in submission order. As in Node, an operation holds a reference until
// it settles, so a close() called meanwhile waits for it (and the descriptor stays usable until
// the last one settles).
'use strict';

const EventEmitter = require('events');
const fs = require('fs');
const { binding, defineShapes, getBuffer, internally, isArrayBufferView, kAsync } = require('internal/fs/utils');
const {
  codes: { ERR_INVALID_STATE, ERR_METHOD_NOT_IMPLEMENTED },
} = require('internal/errors');
const { validateObject, validateString } = require('internal/validators');

// A promise settled from the poll phase with what `op` returns or throws, after `trips` trips
// through the pool when it succeeds (one when it fails: Node's multi-step operations mostly fail
// at their first step); `done`, if given, is called just before it settles. An error that no
// system call raised (an argument or option check: it has no `syscall`) rejects at once, as
// Node's async functions throw it before their first await.
// `abort` ({ signal, until, after }), as fs's deliver: while no more than `until` trips are
// done, a signal found aborted rejects with an AbortError `after` trips later.
function settle(op, done, trips = 1, abort = undefined) {
  let err = null;
  let result;
  try {
    result = op();
  } catch (e) {
    err = e;
  }
  if (err !== null && (typeof err !== 'object' || !('syscall' in err))) {
    if (done) done();
    return Promise.reject(err);
  }
  return new Promise((resolve, reject) => {
    let left = err ? 1 : trips;
    let tripsDone = 0;
    const step = () => {
      tripsDone++;
      if (abort && err === null && tripsDone <= abort.until && abort.signal.aborted) {
        const { AbortError } = require('internal/errors');
        err = new AbortError(undefined, { cause: abort.signal.reason });
        left = abort.after + 1;
      }
      if (--left > 0) {
        binding.defer(step);
        return;
      }
      if (done) done();
      if (err) reject(err);
      else resolve(result);
    };
    binding.defer(step);
  });
}

// Node's isCustomIterable: data that writeFile writes chunk by chunk (an array, a generator, a
// Readable, any iterable or async iterable that is not a string or bytes).
function isCustomIterable(data) {
  return data != null && typeof data !== 'string' && !isArrayBufferView(data) &&
    (typeof data[Symbol.asyncIterator] === 'function' || typeof data[Symbol.iterator] === 'function');
}

// Write each chunk of `data` (bytes as they are, anything else through Buffer.from in
// `encoding`) to descriptor `fd` as it arrives, checking `signal` around each write.
async function writeChunks(fd, data, encoding, signal) {
  const checkAborted = () => {
    if (signal?.aborted) {
      const { AbortError } = require('internal/errors');
      throw new AbortError(undefined, { cause: signal.reason });
    }
  };
  for await (const chunk of data) {
    checkAborted();
    const bytes = isArrayBufferView(chunk) ? chunk : require('buffer').Buffer.from(chunk, encoding || 'utf8');
    await settle(() => fs.writeSync(fd, bytes, 0, bytes.byteLength));
    checkAborted();
  }
}

const kHandle = Symbol('kHandle');
const kFd = Symbol('kFd');
const kRefs = Symbol('kRefs');
const kClosePromise = Symbol('kClosePromise');
const kCloseResolve = Symbol('kCloseResolve');
const kCloseReject = Symbol('kCloseReject');
const kLocked = Symbol('kLocked');
const kRef = Symbol('kRef');
const kUnref = Symbol('kUnref');

// Size of each chunk readableWebStream() reads, as Node's file StreamBase.
const kWebChunkSize = 65536;

// As Node's FileHandle: an operation on a closed handle rejects with a plain Error 'file closed',
// code EBADF, named after the operation's syscall.
function settleOpen(handle, syscall, fn, trips = 1, abort = undefined) {
  if (handle[kFd] !== -1) {
    handle[kRef]();
    return settle(fn, () => handle[kUnref](), trips, abort);
  }
  const err = new Error('file closed');
  err.code = 'EBADF';
  err.syscall = syscall;
  return Promise.reject(err);
}

// As Node's checkAborted: options whose signal is already aborted fail with an AbortError.
function throwIfAborted(options) {
  const signal = options !== null && typeof options === 'object' ? options.signal : undefined;
  if (signal?.aborted) {
    const { AbortError } = require('internal/errors');
    throw new AbortError(undefined, { cause: signal.reason });
  }
}

function closeFd(fd) {
  return settle(() => fs.closeSync(fd));
}

// The emitter half: its constructor makes the own emitter fields (_events, _eventsCount,
// _maxListeners) and its prototype carries EventEmitter's methods.
class EmitterBase {
  constructor() {
    EventEmitter.call(this);
  }
}
{
  const methods = Object.getOwnPropertyDescriptors(EventEmitter.prototype);
  delete methods.constructor;
  Object.defineProperties(EmitterBase.prototype, methods);
}

// What Node's FileHandle keeps as kHandle, its native handle (an empty object to inspect).
const NativeFileHandle = class FileHandle {};

class FileHandle extends EmitterBase {
  constructor(fd) {
    super();
    this[kHandle] = new NativeFileHandle();
    this[kFd] = fd;
    this[kRefs] = 1;
    this[kClosePromise] = null;
  }

  getAsyncId() {
    return this[kFd];
  }

  get fd() {
    return this[kFd];
  }

  appendFile(data, options) {
    if (isCustomIterable(data) && this[kFd] !== -1) return this.writeFile(data, options);
    return settleOpen(this, 'writeFile', () => internally(() => fs.appendFileSync(this[kFd], data, options)));
  }

  chmod(mode) {
    return settleOpen(this, 'fchmod', () => fs.fchmodSync(this[kFd], mode));
  }

  chown(uid, gid) {
    return settleOpen(this, 'fchown', () => fs.fchownSync(this[kFd], uid, gid));
  }

  datasync() {
    return settleOpen(this, 'fdatasync', () => fs.fdatasyncSync(this[kFd]));
  }

  sync() {
    return settleOpen(this, 'fsync', () => fs.fsyncSync(this[kFd]));
  }

  read(buffer, offset, length, position) {
    return settleOpen(this, 'read', () => {
      let b = buffer;
      let o = offset;
      let l = length;
      let p = position;
      if (!isArrayBufferView(b)) {
        // read(options): an object (or null) with the buffer and where to read.
        if (b !== undefined) validateObject(b, 'options', { nullable: true });
        const opts = b || {};
        const B = getBuffer();
        b = opts.buffer || (B ? B.alloc(16384) : new Uint8Array(16384));
        o = opts.offset ?? 0;
        l = opts.length ?? b.byteLength - o;
        p = opts.position ?? null;
      } else if (o !== null && typeof o === 'object') {
        ({ offset: o = 0, length: l = b.byteLength - o, position: p = null } = o);
      }
      // As Node 20's FileHandle: the position is not validated; anything but a safe integer
      // reads from the current position (and so does a negative one, as libuv's read).
      const pos = Number.isSafeInteger(p) && p >= 0 ? p : -1;
      const bytesRead = fs.readSync(this[kFd], b, o ?? 0, l ?? b.byteLength - (o ?? 0), pos);
      return { __proto__: null, bytesRead, buffer: b };
    });
  }

  readv(buffers, position) {
    return settleOpen(this, 'readv', () => ({ __proto__: null, bytesRead: fs.readvSync(this[kFd], buffers, position), buffers }));
  }

  // As Node's readFileHandle: fstat, then read, the signal checked after the fstat too.
  readFile(options) {
    const signal = options !== null && typeof options === 'object' ? options.signal : undefined;
    const abort = signal ? { signal, until: 1, after: 0 } : undefined;
    return settleOpen(this, 'readFile', () => {
      throwIfAborted(options);
      return fs.readFileSync[kAsync](this[kFd], options);
    }, 2, abort);
  }

  // As Node's: a readline Interface over this.createReadStream(options), so the handle is
  // closed when the lines are done (the stream's autoClose).
  readLines(options = undefined) {
    const { Interface } = require('internal/readline/interface');
    return new Interface({ input: this.createReadStream(options), crlfDelay: Infinity });
  }

  stat(options) {
    return settleOpen(this, 'fstat', () => fs.fstatSync(this[kFd], options));
  }

  truncate(len = 0) {
    return settleOpen(this, 'ftruncate', () => fs.ftruncateSync(this[kFd], len));
  }

  utimes(atime, mtime) {
    return settleOpen(this, 'futimes', () => fs.futimesSync(this[kFd], atime, mtime));
  }

  write(buffer, ...rest) {
    return settleOpen(this, 'write', () => {
      const bytesWritten = fs.writeSync(this[kFd], buffer, ...rest);
      return { __proto__: null, bytesWritten, buffer };
    });
  }

  writev(buffers, position) {
    return settleOpen(this, 'writev', () => ({ __proto__: null, bytesWritten: fs.writevSync(this[kFd], buffers, position), buffers }));
  }

  writeFile(data, options) {
    if (isCustomIterable(data) && this[kFd] !== -1) {
      const opts = typeof options === 'string' ? { encoding: options } : options ?? {};
      this[kRef]();
      const unref = () => this[kUnref]();
      return writeChunks(this[kFd], data, opts.encoding, opts.signal).then(unref, (e) => {
        unref();
        throw e;
      });
    }
    return settleOpen(this, 'writeFile', () => {
      throwIfAborted(options);
      return internally(() => fs.writeFileSync(this[kFd], data, options));
    });
  }

  // A WHATWG ReadableStream of the file from its current position; the handle is locked to it
  // and closing the handle cancels it. By default its chunks are ArrayBuffers of up to 64 KiB,
  // as Node's; `type: 'bytes'` makes a byte stream read into the consumer's views.
  // NOTE: Node feeds the default stream from the handle's native StreamBase; here it is a pull
  // source reading 64 KiB at a time through read(), the same chunks (and one chunk read ahead,
  // as the default highWaterMark of 1 asks).
  readableWebStream(options = {}) {
    if (this[kFd] === -1) throw new ERR_INVALID_STATE('The FileHandle is closed');
    if (this[kClosePromise]) throw new ERR_INVALID_STATE('The FileHandle is closing');
    if (this[kLocked]) throw new ERR_INVALID_STATE('The FileHandle is locked');
    this[kLocked] = true;
    if (options.type !== undefined) validateString(options.type, 'options.type');

    const { ReadableStream, readableStreamCancel } = require('internal/webstreams/readablestream');
    let done = false;
    const ondone = () => {
      if (done) return;
      done = true;
      this[kUnref]();
    };
    let readable;
    if (options.type !== 'bytes') {
      readable = new ReadableStream({
        pull: async (controller) => {
          const chunk = new ArrayBuffer(kWebChunkSize);
          const { bytesRead } = await this.read(new Uint8Array(chunk), 0, kWebChunkSize, null);
          if (bytesRead === 0) {
            controller.close();
            ondone();
            return;
          }
          controller.enqueue(bytesRead === kWebChunkSize ? chunk : chunk.slice(0, bytesRead));
        },
        cancel: ondone,
      });
    } else {
      readable = new ReadableStream({
        type: 'bytes',
        autoAllocateChunkSize: 16384,
        pull: async (controller) => {
          const view = controller.byobRequest.view;
          const { bytesRead } = await this.read(view, view.byteOffset, view.byteLength, null);
          if (bytesRead === 0) {
            ondone();
            controller.close();
          }
          controller.byobRequest.respond(bytesRead);
        },
        cancel: ondone,
      });
    }
    this[kRef]();
    this.once('close', () => {
      readableStreamCancel(readable);
    });
    return readable;
  }

  createReadStream(options = undefined) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }

  // As Node's: close() is an own property (a class field), bound to its handle. The descriptor is
  // closed once no stream holds the handle any more; 'close' is emitted at once either way.
  close = () => {
    if (this[kFd] === -1) return Promise.resolve();
    if (this[kClosePromise]) return this[kClosePromise];
    this[kRefs]--;
    if (this[kRefs] === 0) {
      const fd = this[kFd];
      this[kFd] = -1;
      this[kClosePromise] = closeFd(fd).finally(() => {
        this[kClosePromise] = undefined;
      });
    } else {
      this[kClosePromise] = new Promise((resolve, reject) => {
        this[kCloseResolve] = resolve;
        this[kCloseReject] = reject;
      }).finally(() => {
        this[kClosePromise] = undefined;
        this[kCloseResolve] = undefined;
        this[kCloseReject] = undefined;
      });
    }
    this.emit('close');
    return this[kClosePromise];
  };

  [Symbol.asyncDispose]() {
    return this.close();
  }

  [kRef]() {
    this[kRefs]++;
  }

  [kUnref]() {
    this[kRefs]--;
    if (this[kRefs] === 0) {
      const fd = this[kFd];
      this[kFd] = -1;
      closeFd(fd).then(this[kCloseResolve], this[kCloseReject]);
    }
  }
}

// The open/read/write/writev/fsync/close a file stream uses when its `fd` is a FileHandle: everything
// goes through the handle's promise methods, and closing lets go of the stream's reference.
function fileHandleOperations(handle) {
  return {
    open() {
      throw new ERR_METHOD_NOT_IMPLEMENTED('open()');
    },
    close(fd, cb) {
      handle[kUnref]();
      handle.close().then(() => cb(), cb);
    },
    read(fd, buffer, offset, length, position, cb) {
      handle.read(buffer, offset, length, position).then(
        (r) => cb(null, r.bytesRead, r.buffer),
        (err) => cb(err, 0, buffer));
    },
    write(fd, buffer, offset, length, position, cb) {
      handle.write(buffer, offset, length, position).then(
        (r) => cb(null, r.bytesWritten, r.buffer),
        (err) => cb(err, 0, buffer));
    },
    fsync(fd, cb) {
      handle.sync().then(() => cb(), cb);
    },
    writev(fd, buffers, position, cb) {
      handle.writev(buffers, position).then(
        (r) => cb(null, r.bytesWritten, r.buffers),
        (err) => cb(err, 0, buffers));
    },
  };
}

defineShapes(FileHandle.prototype, { write: 4 });

module.exports = { FileHandle, fileHandleOperations, isCustomIterable, kRef, kUnref, settle, writeChunks };
