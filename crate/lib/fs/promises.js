// fs/promises: the promise forms of fs, and FileHandle.
//
// NOTE: as with the callback forms, each operation runs against the VFS when called and its
// promise settles from the poll phase (binding.defer), in submission order.
'use strict';

const fs = require('fs');
const {
  binding, bytesOf, constants, emitRecursiveRmdirWarning, getBuffer, getOptions, getValidatedPath, isArrayBufferView,
  resolveCpFilter,
} = require('internal/fs/utils');
const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');

// A promise settled from the poll phase with what `op` returns or throws.
function settle(op) {
  return new Promise((resolve, reject) => {
    let err = null;
    let result;
    try {
      result = op();
    } catch (e) {
      err = e;
    }
    binding.defer(() => (err ? reject(err) : resolve(result)));
  });
}

const kFd = Symbol('kFd');
const kClosed = Symbol('kClosed');

// As Node's FileHandle: an operation on a closed handle rejects with a plain Error 'file closed',
// code EBADF, named after the operation's syscall.
function settleOpen(handle, syscall, fn) {
  if (handle[kFd] !== -1) return settle(fn);
  const err = new Error('file closed');
  err.code = 'EBADF';
  err.syscall = syscall;
  return Promise.reject(err);
}

class FileHandle {
  constructor(fd) {
    this[kFd] = fd;
    this[kClosed] = false;
  }

  get fd() {
    return this[kFd];
  }

  getAsyncId() {
    return this[kFd];
  }

  appendFile(data, options) {
    return settleOpen(this, 'writeFile', () => fs.appendFileSync(this[kFd], data, options));
  }

  chmod(mode) {
    return settleOpen(this, 'fchmod', () => fs.fchmodSync(this[kFd], mode));
  }

  chown(uid, gid) {
    return settleOpen(this, 'fchown', () => fs.fchownSync(this[kFd], uid, gid));
  }

  close() {
    if (this[kClosed]) return Promise.resolve();
    this[kClosed] = true;
    const fd = this[kFd];
    this[kFd] = -1;
    return settle(() => fs.closeSync(fd));
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
      if (b == null || (typeof b === 'object' && !isArrayBufferView(b))) {
        const opts = b || {};
        const B = getBuffer();
        b = opts.buffer || (B ? B.alloc(16384) : new Uint8Array(16384));
        o = opts.offset ?? 0;
        l = opts.length ?? b.byteLength - o;
        p = opts.position ?? null;
      } else if (o !== null && typeof o === 'object') {
        ({ offset: o = 0, length: l = b.byteLength - o, position: p = null } = o);
      }
      const bytesRead = fs.readSync(this[kFd], b, o ?? 0, l ?? b.byteLength - (o ?? 0), p ?? null);
      return { bytesRead, buffer: b };
    });
  }

  readv(buffers, position) {
    return settleOpen(this, 'readv', () => ({ bytesRead: fs.readvSync(this[kFd], buffers, position), buffers }));
  }

  readFile(options) {
    return settleOpen(this, 'readFile', () => fs.readFileSync(this[kFd], options));
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
      return { bytesWritten, buffer };
    });
  }

  writev(buffers, position) {
    return settleOpen(this, 'writev', () => ({ bytesWritten: fs.writevSync(this[kFd], buffers, position), buffers }));
  }

  writeFile(data, options) {
    return settleOpen(this, 'writeFile', () => fs.writeFileSync(this[kFd], data, options));
  }

  async* readLines() {
    const text = await this.readFile('utf8');
    const lines = text.split(/\r?\n/);
    if (lines[lines.length - 1] === '') lines.pop();
    yield* lines;
  }

  [Symbol.asyncDispose]() {
    return this.close();
  }
}

function open(path, flags, mode) {
  return settle(() => new FileHandle(fs.openSync(path, flags, mode)));
}

// A path, or a FileHandle (as its descriptor), for readFile/writeFile/appendFile.
function target(pathOrHandle) {
  return pathOrHandle instanceof FileHandle ? pathOrHandle.fd : pathOrHandle;
}

function readFile(path, options) {
  const opts = getOptions(options);
  if (opts.signal?.aborted) {
    const { AbortError } = require('internal/errors');
    return Promise.reject(new AbortError(undefined, { cause: opts.signal.reason }));
  }
  return settle(() => fs.readFileSync(target(path), options));
}

function writeFile(path, data, options) {
  return settle(() => {
    if (data != null && typeof data === 'object' && !isArrayBufferView(data) &&
        typeof data[Symbol.iterator] === 'function') {
      let text = '';
      for (const chunk of data) text += typeof chunk === 'string' ? chunk : String.fromCharCode(...bytesOf(chunk));
      return fs.writeFileSync(target(path), text, options);
    }
    if (!isArrayBufferView(data) && typeof data !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
    }
    return fs.writeFileSync(target(path), data, options);
  });
}

function appendFile(path, data, options) {
  return settle(() => fs.appendFileSync(target(path), data, options));
}

function wrap(syncFn) {
  return (...args) => settle(() => syncFn(...args));
}

// As Node's fs/promises: with `recursive`, the path is stat'ed (symlinks followed; ENOENT names
// stat), and a non-directory falls through to rmdir (ENOTDIR).
function rmdir(path, options) {
  return settle(() => {
    if (options?.recursive) {
      emitRecursiveRmdirWarning();
      if (fs.statSync(path).isDirectory()) return fs.rmdirSync(path, options);
    }
    return fs.rmdirSync(path);
  });
}

// stat and lstat, as Node's: every error rejects, `options.bigint` is read after the path is
// checked, and `throwIfNoEntry` does not apply.
function statPromise(syncFn, path, options) {
  return settle(() => {
    const p = getValidatedPath(path);
    return syncFn(p, options.bigint === true ? { bigint: true } : undefined);
  });
}

function opendir(path, options) {
  return settle(() => fs.opendirSync(path, options));
}

// Linux has no lchmod: Node's promise form exists and rejects.
function lchmod() {
  const { codes: { ERR_METHOD_NOT_IMPLEMENTED } } = require('internal/errors');
  return Promise.reject(new ERR_METHOD_NOT_IMPLEMENTED('lchmod()'));
}

function watch(filename, options) {
  return require('internal/fs/watchers').watchIterable(filename, options);
}

module.exports = {
  access: wrap(fs.accessSync),
  appendFile,
  chmod: wrap(fs.chmodSync),
  chown: wrap(fs.chownSync),
  constants,
  copyFile: wrap(fs.copyFileSync),
  cp: (src, dest, options) => resolveCpFilter(src, dest, options).then((opts) => settle(() => fs.cpSync(src, dest, opts))),
  lchown: wrap(fs.lchownSync),
  link: wrap(fs.linkSync),
  lstat: (path, options = { bigint: false }) => statPromise(fs.lstatSync, path, options),
  lutimes: wrap(fs.lutimesSync),
  mkdir: wrap(fs.mkdirSync),
  mkdtemp: wrap(fs.mkdtempSync),
  open,
  opendir,
  readdir: wrap(fs.readdirSync),
  readFile,
  readlink: wrap(fs.readlinkSync),
  realpath: wrap(fs.realpathSync.native),
  rename: wrap(fs.renameSync),
  rm: wrap(fs.rmSync),
  rmdir,
  stat: (path, options = { bigint: false }) => statPromise(fs.statSync, path, options),
  symlink: wrap(fs.symlinkSync),
  truncate: wrap(fs.truncateSync),
  unlink: wrap(fs.unlinkSync),
  utimes: wrap(fs.utimesSync),
  statfs: wrap(fs.statfsSync),
  lchmod,
  watch,
  writeFile,
};
