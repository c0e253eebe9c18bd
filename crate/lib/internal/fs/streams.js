// internal/fs/streams: fs.ReadStream and fs.WriteStream, streams over a VFS file descriptor
// (start, end, highWaterMark, flags, fd, autoClose, and the 'open'/'ready'/'close' events).
//
// NOTE: each open, read, write and close goes through fs's callback forms, so it completes in
// the poll phase like Node's libuv requests.
'use strict';

const { Readable, Writable } = require('stream');
const {
  codes: { ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateInteger } = require('internal/validators');
const { bufferOf, getOptions, getValidatedPath } = require('internal/fs/utils');

function lazyFs() {
  return require('fs');
}

function allocate(size) {
  return bufferOf(new ArrayBuffer(size));
}

class ReadStream extends Readable {
  constructor(path, options) {
    const opts = getOptions(options, {});
    if (opts.highWaterMark === undefined) opts.highWaterMark = 64 * 1024;
    if (opts.emitClose === undefined) opts.emitClose = true;
    // As Node, everything is validated before the stream exists (its construction schedules the
    // open): a bad argument throws and leaves nothing behind.
    const fd = opts.fd === undefined ? null : opts.fd;
    const validPath = fd === null ? getValidatedPath(path) : undefined;
    const end = opts.end === undefined ? Infinity : opts.end;
    if (opts.start !== undefined) validateInteger(opts.start, 'start', 0);
    if (end !== Infinity) {
      validateInteger(end, 'end', 0);
      if (opts.start !== undefined && opts.start > end) {
        throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${end})`, opts.start);
      }
    }
    super(opts);
    this.fd = fd;
    this.path = validPath;
    this.flags = opts.flags === undefined ? 'r' : opts.flags;
    this.mode = opts.mode === undefined ? 0o666 : opts.mode;
    this.start = opts.start;
    this.end = end;
    this.pos = opts.start;
    this.bytesRead = 0;
    this.autoClose = opts.autoClose === undefined ? true : opts.autoClose;
  }

  _read(n) {
    const toRead = Math.min(this.end - (this.pos ?? this.bytesRead) + 1, n);
    if (toRead <= 0) {
      this.push(null);
      return;
    }
    const buf = allocate(toRead);
    lazyFs().read(this.fd, buf, 0, toRead, this.pos ?? null, (err, bytesRead) => {
      if (err) {
        this.destroy(err);
        return;
      }
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      if (bytesRead === 0) this.push(null);
      else this.push(bytesRead === buf.length ? buf : buf.subarray(0, bytesRead));
    });
  }

  close(cb) {
    if (typeof cb === 'function') require('internal/streams/end-of-stream')(this, cb);
    this.destroy();
  }
}

class WriteStream extends Writable {
  constructor(path, options) {
    const opts = getOptions(options, {});
    if (opts.emitClose === undefined) opts.emitClose = true;
    if (opts.decodeStrings === undefined) opts.decodeStrings = true;
    // Validated before the stream exists, as ReadStream.
    const fd = opts.fd === undefined ? null : opts.fd;
    const validPath = fd === null ? getValidatedPath(path) : undefined;
    if (opts.start !== undefined) validateInteger(opts.start, 'start', 0);
    super(opts);
    this.fd = fd;
    this.path = validPath;
    this.flags = opts.flags === undefined ? 'w' : opts.flags;
    this.mode = opts.mode === undefined ? 0o666 : opts.mode;
    this.start = opts.start;
    this.pos = opts.start;
    this.bytesWritten = 0;
    this.autoClose = opts.autoClose === undefined ? true : opts.autoClose;
  }

  _write(chunk, encoding, callback) {
    const done = (err, written) => {
      if (err) {
        callback(err);
        return;
      }
      this.bytesWritten += written;
      if (this.pos !== undefined) this.pos += written;
      callback();
    };
    if (typeof chunk === 'string') lazyFs().write(this.fd, chunk, this.pos ?? null, encoding, done);
    else lazyFs().write(this.fd, chunk, 0, chunk.byteLength, this.pos ?? null, done);
  }

  close(cb) {
    if (cb) {
      if (this.closed) {
        process.nextTick(cb);
        return;
      }
      this.on('close', cb);
    }
    if (!this.autoClose) this.on('finish', this.destroy);
    this.end();
  }

  destroySoon() {
    this.end();
  }
}

// What both file streams do the same way: open the file when the stream is constructed (unless
// given an fd), report whether it is still opening, and close the fd on destroy.
const fileStreamMethods = {
  get pending() {
    return this.fd === null;
  },

  _construct(callback) {
    if (this.fd !== null) {
      callback();
      return;
    }
    lazyFs().open(this.path, this.flags, this.mode, (err, fd) => {
      if (err) {
        callback(err);
        return;
      }
      this.fd = fd;
      callback();
      this.emit('open', fd);
      this.emit('ready');
    });
  },

  _destroy(err, callback) {
    if (this.fd !== null && this.autoClose) {
      const fd = this.fd;
      this.fd = null;
      lazyFs().close(fd, (closeErr) => callback(err || closeErr));
    } else {
      callback(err);
    }
  },
};

for (const FileStream of [ReadStream, WriteStream]) {
  for (const [key, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(fileStreamMethods))) {
    Object.defineProperty(FileStream.prototype, key, { ...descriptor, enumerable: false });
  }
}

module.exports = { ReadStream, WriteStream };
