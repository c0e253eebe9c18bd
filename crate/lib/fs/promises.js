// fs/promises: the promise forms of fs. FileHandle is in internal/fs/filehandle.
//
// NOTE: as with the callback forms, each operation runs against the VFS when called and its
// promise settles from the poll phase (binding.defer), in submission order.
'use strict';

const fs = require('fs');
const {
  constants, defineShapes, emitRecursiveRmdirWarning, getOptions, getValidatedPath, isArrayBufferView, keptPath,
  validateRmdirOptions, kCpAsync, mkdirpTrips, rimrafTrips, kAsync,
  makeDirectory, internally,
  readdirRecursive, validateCpOptions,
} = require('internal/fs/utils');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_METHOD_NOT_IMPLEMENTED },
} = require('internal/errors');
const { FileHandle, isCustomIterable, settle, writeChunks } = require('internal/fs/filehandle');
const { validateAbortSignal, validateBoolean } = require('internal/validators');

function open(path, flags, mode) {
  return settle(() => new FileHandle(fs.openSync(path, flags, mode)));
}

// A path, or a FileHandle (as its descriptor), for readFile/writeFile/appendFile.
// As Node's, a descriptor number is no path here.
function target(pathOrHandle) {
  if (pathOrHandle instanceof FileHandle) return pathOrHandle.fd;
  getValidatedPath(pathOrHandle);
  return pathOrHandle;
}

function readFile(path, options) {
  // As Node's (an async function): bad options reject.
  let opts;
  try {
    opts = getOptions(options);
  } catch (e) {
    return Promise.reject(e);
  }
  if (opts.signal?.aborted) {
    const { AbortError } = require('internal/errors');
    return Promise.reject(new AbortError(undefined, { cause: opts.signal.reason }));
  }
  // As Node's: open, fstat, read and close (a FileHandle's: fstat and read), its signal checked
  // after open and fstat (an abort then closes the file first).
  const handle = path instanceof FileHandle;
  const abort = opts.signal ? { signal: opts.signal, until: handle ? 1 : 2, after: handle ? 0 : 1 } : undefined;
  return settle(() => fs.readFileSync[kAsync](target(path), options), undefined, handle ? 2 : 4, abort);
}

// An iterable or async iterable (an array of chunks, a generator, a Readable) is written chunk
// by chunk as it arrives, to a file opened first (with `flag`) and closed after, as Node does;
// so is data with an abort `signal`, which is checked again once the file is open.
function writeFile(path, data, options) {
  const iterable = isCustomIterable(data);
  let opts;
  try {
    opts = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
    validateBoolean(opts.flush ?? false, 'options.flush');
  } catch (e) {
    return Promise.reject(e);
  }
  if (iterable || opts.signal !== undefined) {
    return (async () => {
      if (!iterable && !isArrayBufferView(data) && typeof data !== 'string') {
        throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
      }
      validateAbortSignal(opts.signal, 'options.signal');
      const chunks = iterable ? data : [data];
      if (path instanceof FileHandle) return path.writeFile(chunks, opts);
      if (opts.signal?.aborted) {
        const { AbortError } = require('internal/errors');
        throw new AbortError(undefined, { cause: opts.signal.reason });
      }
      const handle = await open(path, opts.flag || 'w', opts.mode);
      try {
        await writeChunks(handle.fd, chunks, opts.encoding, opts.signal);
      } finally {
        await handle.close();
      }
    })();
  }
  return settle(() => {
    if (!isArrayBufferView(data) && typeof data !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
    }
    return internally(() => fs.writeFileSync(target(path), data, options));
  }, undefined, path instanceof FileHandle ? 1 : 3);
}

// As Node's, an async function that checks its options and returns writeFile's promise: what
// writeFile rejects (the data, flush, the path) settles two microtask turns later than the
// options' own errors.
async function appendFile(path, data, options) {
  const opts = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  // Chunks, or a signal (checked once the file is open), take writeFile's stepwise path.
  if (isCustomIterable(data) || opts.signal !== undefined) {
    return writeFile(path, data, { ...opts, flag: opts.flag || 'a' });
  }
  return settle(() => {
    validateBoolean(opts.flush ?? false, 'options.flush');
    if (!isArrayBufferView(data) && typeof data !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
    }
    return internally(() => fs.appendFileSync(target(path), data, options));
  }, undefined, path instanceof FileHandle ? 1 : 3);
}

// As Node's fs/promises, a recursive listing pops its queue (last in, first out), where the
// sync and callback forms go breadth first.
function readdir(path, options) {
  return settle(() => {
    const opts = getOptions(options);
    if (!opts.recursive) return fs.readdirSync(path, options);
    return readdirRecursive(keptPath(path, getValidatedPath(path)), opts, true);
  });
}

// As Node's: the options, then the paths, are checked (a rejection); a filter is awaited for
// each entry as the copy reaches it.
async function cp(src, dest, options) {
  const opts = validateCpOptions(options);
  getValidatedPath(src, 'src');
  getValidatedPath(dest, 'dest');
  const cpModule = require('internal/fs/cp');
  if (opts.filter === undefined) return settle(() => cpModule.cpSync(src, dest, { ...opts, [kCpAsync]: true }));
  try {
    await cpModule.cpAsync(src, dest, opts);
  } catch (e) {
    if (e && Object.prototype.hasOwnProperty.call(e, 'filterError')) throw e.filterError;
    throw e;
  }
}

// As Node's: a path only (no descriptor); the length is checked once the file is open.
function truncate(path, len = 0) {
  // As Node's: open, ftruncate, close.
  return settle(() => {
    getValidatedPath(path);
    return internally(() => fs.truncateSync(path, len));
  }, undefined, 3);
}

// As Node's: `options.bigint` is read once the path is checked (a null options object throws).
function statfs(path, options = { bigint: false }) {
  return settle(() => {
    const p = getValidatedPath(path);
    const bigint = options.bigint === true;
    return fs.statfsSync(p, { bigint });
  });
}

// As Node's: a recursive mkdir takes MKDirpAsync's trips through the pool.
function mkdir(path, options) {
  let trips = 1;
  if (options?.recursive === true) {
    try {
      trips = mkdirpTrips(getValidatedPath(path));
    } catch {
      // The settled call reports it.
    }
  }
  return settle(() => makeDirectory(path, options, true), undefined, trips);
}

// As Node's: the option check's lstat, then rimraf's trips (a file: lstat, unlink).
function rm(path, options) {
  let trips = 1;
  try {
    trips = 1 + rimrafTrips(getValidatedPath(path));
  } catch {
    // The settled call reports it.
  }
  return settle(() => {
    try {
      return fs.rmSync[kAsync](path, options);
    } catch (e) {
      // As Node's: the ERR_FS_EISDIR of a directory without `recursive` is made in a completion
      // (the option check's lstat), with no frames.
      if (e?.code === 'ERR_FS_EISDIR') e.stack = String(e.stack).split('\n')[0];
      throw e;
    }
  }, undefined, trips);
}

function wrap(syncFn) {
  return (...args) => settle(() => syncFn(...args));
}

// As Node's fs/promises: the path and options are checked, then with `recursive` the path is
// stat'ed (symlinks followed; ENOENT names stat): a directory goes to rimraf, and a
// non-directory falls through to rmdir (ENOTDIR).
function rmdir(path, options) {
  return settle(() => {
    getValidatedPath(path);
    if (validateRmdirOptions(options).recursive) {
      emitRecursiveRmdirWarning();
      // A symlink to a directory is removed (the link), as Node's rimraf does.
      if (fs.statSync(path).isDirectory()) return fs.rmSync[kAsync](path, { recursive: true });
    }
    return fs.rmdirSync(path, options);
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

// As Node 20's (util.promisify of the callback form): the callback is appended to the
// arguments as given, so with none at all the callback check fails first.
function opendir(...args) {
  return new Promise((resolve, reject) => {
    fs.opendir(...args, (err, dir) => (err ? reject(err) : resolve(dir)));
  });
}

// Linux has no lchmod: Node's promise form exists and rejects.
function lchmod() {
  return Promise.reject(new ERR_METHOD_NOT_IMPLEMENTED('lchmod()'));
}

// As Node's, an async generator: the arguments are checked, and the watch started, by the
// first next().
async function* watch(filename, options = {}) {
  yield* require('internal/fs/watchers').watchIterable(filename, options);
}

// In Node's order of keys.
const promises = {
  access: wrap(fs.accessSync),
  copyFile: wrap(fs.copyFileSync),
  cp,
  open,
  opendir,
  rename: wrap(fs.renameSync),
  truncate,
  rm,
  rmdir,
  mkdir,
  readdir,
  readlink: wrap(fs.readlinkSync),
  symlink: wrap(fs.symlinkSync),
  lstat: (path, options = { bigint: false }) => statPromise(fs.lstatSync, path, options),
  stat: (path, options = { bigint: false }) => statPromise(fs.statSync, path, options),
  statfs,
  link: wrap(fs.linkSync),
  unlink: wrap(fs.unlinkSync),
  chmod: wrap(fs.chmodSync),
  lchmod,
  lchown: wrap(fs.lchownSync),
  chown: wrap(fs.chownSync),
  utimes: wrap(fs.utimesSync),
  lutimes: wrap(fs.lutimesSync),
  realpath: wrap(fs.realpathSync.native),
  mkdtemp: (prefix, options) => settle(() => fs.mkdtempSync[kAsync](prefix, options)),
  writeFile,
  appendFile,
  readFile,
  watch,
  constants,
};

// NOTE: as Node's, these are async functions to util.types and util.inspect; they are plain
// functions returning a promise here, so that it settles on the loop's schedule.
{
  const { markAsync } = require('internal/util/declared_async');
  for (const key of Object.keys(promises)) {
    if (typeof promises[key] === 'function' && key !== 'opendir' && key !== 'watch' && key !== 'cp') {
      markAsync(promises[key]);
    }
  }
}

defineShapes(promises, {
  access: 1, chmod: 2, chown: 3, copyFile: 3, lchmod: 2, lchown: 3, link: 2, lutimes: 3, mkdir: 2, mkdtemp: 2,
  opendir: 3, readlink: 2, realpath: 2, rename: 2, rm: 2, statfs: 1, symlink: 3, truncate: 1, unlink: 1,
  utimes: 3, watch: ['_watch', 1],
});

module.exports = promises;
