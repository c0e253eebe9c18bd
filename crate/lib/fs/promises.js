// fs/promises: the promise forms of fs. FileHandle is in internal/fs/filehandle.
//
// NOTE: as with the callback forms, each operation runs against the VFS when called and its
// promise settles from the poll phase (binding.defer), in submission order.
'use strict';

const fs = require('fs');
const {
  bytesOf, constants, emitRecursiveRmdirWarning, getOptions, getValidatedPath, isArrayBufferView,
  resolveCpFilter,
} = require('internal/fs/utils');
const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { FileHandle, settle } = require('internal/fs/filehandle');

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
