// internal/fs/streams: fs.ReadStream and fs.WriteStream, streams over a file descriptor (start,
// end, highWaterMark, flags, fd, autoClose, flush, and the 'open'/'ready'/'close' events).
//
// As Node's, the two are plain constructor functions (callable without `new`) over Readable and
// Writable, and all their I/O goes through one set of operations (kFs): fs itself, the caller's
// `options.fs` (open/read/write/writev/close/fsync replacements), or, when `options.fd` is a
// FileHandle, the handle's own promise methods. A stream over a FileHandle holds a reference to
// it, is closed when the handle is, and closes the handle when it closes (autoClose).
//
// NOTE: each open, read, write and close goes through fs's callback forms, so it completes in
// the poll phase like Node's libuv requests.
'use strict';

const { Readable, Writable, finished } = require('stream');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_METHOD_NOT_IMPLEMENTED, ERR_OUT_OF_RANGE, ERR_STREAM_DESTROYED, ERR_SYSTEM_ERROR },
} = require('internal/errors');
const { validateBoolean, validateFunction, validateInt32, validateInteger } = require('internal/validators');
const { bufferOf, getOptions, getValidatedPath } = require('internal/fs/utils');
const { errorOrDestroy } = require('internal/streams/destroy');

const kFs = Symbol('kFs');
const kHandle = Symbol('kHandle');
const kIsPerformingIO = Symbol('kIsPerformingIO');
const kIoDone = Symbol('kIoDone');

function lazyFs() {
  return require('fs');
}

function allocate(size) {
  return bufferOf(new ArrayBuffer(size));
}

// A copy of the options (inherited enumerable keys included, as Node's copyObject), so the
// defaults filled in below never touch the caller's object.
function copyOptions(options) {
  const copy = {};
  for (const key in options) copy[key] = options[key];
  return copy;
}

// As Node's getValidatedFd: an int32 >= 0 (-0 reads as 0).
function validatedFd(fd) {
  if (Object.is(fd, -0)) return 0;
  validateInt32(fd, 'fd', 0);
  return fd;
}

// A stream given `options.fd`: a number is used as is (with fs, or options.fs); a FileHandle
// makes the stream work through the handle.
function importFd(stream, options) {
  if (typeof options.fd === 'number') {
    stream[kFs] = options.fs || lazyFs();
    return options.fd;
  }
  const { FileHandle, fileHandleOperations, kRef } = require('internal/fs/filehandle');
  if (typeof options.fd === 'object' && options.fd instanceof FileHandle) {
    if (options.fs) throw new ERR_METHOD_NOT_IMPLEMENTED('FileHandle with fs');
    const handle = options.fd;
    stream[kHandle] = handle;
    stream[kFs] = fileHandleOperations(handle);
    handle[kRef]();
    handle.on('close', stream.close.bind(stream));
    return handle.fd;
  }
  throw new ERR_INVALID_ARG_TYPE('options.fd', ['number', 'FileHandle'], options.fd);
}

// The path or descriptor half of both constructors.
function setTarget(stream, path, options, defaultFlags) {
  if (options.fd == null) {
    stream.fd = null;
    stream[kFs] = options.fs || lazyFs();
    validateFunction(stream[kFs].open, 'options.fs.open');
    // path, flags, mode in Node's key order; the path is checked last, as Node's.
    stream.path = path;
    stream.flags = options.flags === undefined ? defaultFlags : options.flags;
    stream.mode = options.mode === undefined ? 0o666 : options.mode;
    // As Node's: a file: URL becomes its path, a Buffer path stays a Buffer.
    const checked = getValidatedPath(path);
    stream.path = path instanceof Uint8Array ? path : checked;
  } else {
    stream.fd = validatedFd(importFd(stream, options));
  }
}

// What both streams do when destroyed: wait for a read or write under way, then (when there is a
// descriptor) fsync it if `flush` asked for that, and close it.
function destroyFileStream(stream, err, cb) {
  if (stream[kIsPerformingIO]) stream.once(kIoDone, (ioErr) => closeStream(stream, err || ioErr, cb));
  else closeStream(stream, err, cb);
}

function closeStream(stream, err, cb) {
  if (!stream.fd) {
    cb(err);
  } else if (stream.flush) {
    stream[kFs].fsync(stream.fd, (syncErr) => closeFd(stream, err || syncErr, cb));
  } else {
    closeFd(stream, err, cb);
  }
}

function closeFd(stream, err, cb) {
  stream[kFs].close(stream.fd, (closeErr) => cb(closeErr || err));
  stream.fd = null;
}

// Open the file when the stream is constructed, unless it was given a descriptor.
function construct(callback) {
  if (typeof this.fd === 'number') {
    callback();
    return;
  }
  if (this.open !== openReadStream && this.open !== openWriteStream) {
    openPatched(this, callback);
    return;
  }
  this[kFs].open(this.path, this.flags, this.mode, (err, fd) => {
    if (err) {
      callback(err);
      return;
    }
    this.fd = fd;
    callback();
    this.emit('open', fd);
    this.emit('ready');
  });
}

// As Node's, for code from before streams opened themselves: an `open` put over the deprecated
// one (on a subclass's prototype or the stream itself) is called instead, and the first 'open'
// or 'error' it emits ends the construction (an 'open' emitted only after it has).
function openPatched(stream, callback) {
  const emit = stream.emit;
  stream.emit = function(...args) {
    const event = args[0];
    if (event === 'open' || event === 'error') this.emit = emit;
    if (event === 'error') {
      callback(args[1]);
      return;
    }
    if (event === 'open') callback();
    Reflect.apply(emit, this, args);
  };
  stream.open();
}

// `autoClose` is the stream state's autoDestroy, as in Node.
function defineAutoClose(FileStream, state) {
  Object.defineProperty(FileStream.prototype, 'autoClose', {
    __proto__: null,
    get() { return this[state].autoDestroy; },
    set(value) { this[state].autoDestroy = value; },
  });
}

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  const opts = copyOptions(getOptions(options, {}));
  if (opts.highWaterMark === undefined) opts.highWaterMark = 64 * 1024;
  // Everything is validated before Readable runs (construction schedules the open): a bad
  // argument throws and leaves nothing behind.
  setTarget(this, path, opts, 'r');
  opts.autoDestroy = opts.autoClose === undefined ? true : opts.autoClose;
  validateFunction(this[kFs].read, 'options.fs.read');
  if (opts.autoDestroy) validateFunction(this[kFs].close, 'options.fs.close');
  this.start = opts.start;
  this.end = opts.end ?? Infinity;
  this.pos = undefined;
  this.bytesRead = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  if (this.end !== Infinity) {
    validateInteger(this.end, 'end', 0);
    if (this.start !== undefined && this.start > this.end) {
      throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`, this.start);
    }
  }
  Readable.call(this, opts);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);
defineAutoClose(ReadStream, '_readableState');

// As Node's: a deprecated no-op kept from before streams opened themselves (DEP0135).
const openReadStream = require('util').deprecate(function() {},
  'ReadStream.prototype.open() is deprecated', 'DEP0135');
ReadStream.prototype.open = openReadStream;
ReadStream.prototype._construct = construct;

ReadStream.prototype._read = function(n) {
  const toRead = Math.min(this.end - (this.pos !== undefined ? this.pos : this.bytesRead) + 1, n);
  if (toRead <= 0) {
    this.push(null);
    return;
  }
  const buf = allocate(toRead);
  this[kIsPerformingIO] = true;
  this[kFs].read(this.fd, buf, 0, toRead, this.pos, (err, bytesRead) => {
    this[kIsPerformingIO] = false;
    // Destroyed meanwhile: _destroy is waiting for this read before it closes the descriptor.
    if (this.destroyed) {
      this.emit(kIoDone, err);
      return;
    }
    if (err) {
      errorOrDestroy(this, err);
    } else if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      let chunk = buf;
      if (bytesRead !== buf.length) {
        // A short read is copied out, so the chunk does not keep the whole buffer alive.
        chunk = allocate(bytesRead);
        buf.copy(chunk, 0, 0, bytesRead);
      }
      this.push(chunk);
    } else {
      this.push(null);
    }
  });
};

ReadStream.prototype._destroy = function(err, cb) {
  destroyFileStream(this, err, cb);
};

ReadStream.prototype.close = function(cb) {
  if (typeof cb === 'function') finished(this, cb);
  this.destroy();
};

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  const opts = copyOptions(getOptions(options, {}));
  // Chunks always reach _write as Buffers.
  opts.decodeStrings = true;
  setTarget(this, path, opts, 'w');
  opts.autoDestroy = opts.autoClose === undefined ? true : opts.autoClose;
  const ops = this[kFs];
  if (!ops.write && !ops.writev) throw new ERR_INVALID_ARG_TYPE('options.fs.write', 'function', ops.write);
  if (ops.write) validateFunction(ops.write, 'options.fs.write');
  if (ops.writev) validateFunction(ops.writev, 'options.fs.writev');
  if (opts.autoDestroy) validateFunction(ops.close, 'options.fs.close');
  // Either write or writev is enough; the stream then uses only that one.
  if (!ops.write) this._write = null;
  if (!ops.writev) this._writev = null;
  this.flush = opts.flush;
  if (this.flush == null) this.flush = false;
  else validateBoolean(this.flush, 'options.flush');
  this.start = opts.start;
  this.pos = undefined;
  this.bytesWritten = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  Writable.call(this, opts);
  if (opts.encoding) this.setDefaultEncoding(opts.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);
defineAutoClose(WriteStream, '_writableState');

const openWriteStream = require('util').deprecate(function() {},
  'WriteStream.prototype.open() is deprecated', 'DEP0135');
WriteStream.prototype.open = openWriteStream;
WriteStream.prototype._construct = construct;

// Write all of `data` (one buffer with `syscall` 'write', a list of them with 'writev'),
// retrying short writes and giving up after five writes in a row that wrote nothing; then call
// back.
function writeAll(stream, syscall, data, size, pos, cb, retries = 0) {
  const done = (err, bytesWritten, written) => {
    if (err?.code === 'EAGAIN') {
      err = null;
      bytesWritten = 0;
    }
    if (stream.destroyed || err) {
      cb(err || new ERR_STREAM_DESTROYED(syscall));
      return;
    }
    stream.bytesWritten += bytesWritten;
    retries = bytesWritten ? 0 : retries + 1;
    size -= bytesWritten;
    pos += bytesWritten;
    if (retries > 5) {
      cb(new ERR_SYSTEM_ERROR(`${syscall} failed`));
    } else if (size) {
      const rest = syscall === 'write' ? written.slice(bytesWritten) : remainingBuffers(written, bytesWritten);
      writeAll(stream, syscall, rest, size, pos, cb, retries);
    } else {
      cb();
    }
  };
  if (syscall === 'write') stream[kFs].write(stream.fd, data, 0, size, pos, done);
  else stream[kFs].writev(stream.fd, data, pos, done);
}

function remainingBuffers(buffers, written) {
  let i = 0;
  while (i < buffers.length && written >= buffers[i].length) written -= buffers[i++].length;
  const rest = buffers.slice(i);
  if (written > 0 && rest.length > 0) rest[0] = rest[0].slice(written);
  return rest;
}

// The end of a write or writev: tell a waiting _destroy the descriptor is free.
function afterIO(stream, cb) {
  return (err) => {
    stream[kIsPerformingIO] = false;
    cb(err);
    if (stream.destroyed) stream.emit(kIoDone, err);
  };
}

WriteStream.prototype._write = function(data, encoding, cb) {
  this[kIsPerformingIO] = true;
  writeAll(this, 'write', data, data.length, this.pos, afterIO(this, cb));
  if (this.pos !== undefined) this.pos += data.length;
};

WriteStream.prototype._writev = function(data, cb) {
  const chunks = new Array(data.length);
  let size = 0;
  for (let i = 0; i < data.length; i++) {
    chunks[i] = data[i].chunk;
    size += chunks[i].length;
  }
  this[kIsPerformingIO] = true;
  writeAll(this, 'writev', chunks, size, this.pos, afterIO(this, cb));
  if (this.pos !== undefined) this.pos += size;
};

WriteStream.prototype._destroy = function(err, cb) {
  destroyFileStream(this, err, cb);
};

WriteStream.prototype.close = function(cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  // Without autoClose, finishing does not destroy: do it here.
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

WriteStream.prototype.destroySoon = WriteStream.prototype.end;

// Both: still opening?
for (const FileStream of [ReadStream, WriteStream]) {
  Object.defineProperty(FileStream.prototype, 'pending', {
    __proto__: null,
    get() { return this.fd === null; },
    configurable: true,
  });
}

module.exports = { ReadStream, WriteStream };
