// fs: the file system API over nodeboa's VFS (internalBinding('fs')), in sync and callback
// forms. The promise forms are in fs/promises; shared helpers in internal/fs/utils.
//
// NOTE: a callback operation runs against the VFS when it is called (the VFS lives on this
// thread), and its callback is delivered through the work pool's completion queue
// (binding.defer), so it runs in the poll phase as Node's do. See bindings/fs.rs.
'use strict';

const {
  codes: {
    ERR_FS_EISDIR,
    ERR_FS_FILE_TOO_LARGE,
    ERR_FS_INVALID_SYMLINK_TYPE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
  },
  uvException,
} = require('internal/errors');
const {
  validateEncoding,
  validateFunction,
  validateInt32,
  validateInteger,
  parseFileMode,
  validateBoolean,
  validateObject: validateOptionsObject,
} = require('internal/validators');
const pathModule = require('path');
const {
  binding,
  bufferOf,
  bytesOf,
  call,
  constants,
  decode,
  defineShapes,
  Dirent,
  encode,
  encodeResult,
  emitRecursiveRmdirWarning,
  getOptions,
  getStatsFromBinding,
  getValidatedPath,
  internally,
  isArrayBufferView,
  isInternal,
  isURL,
  keptPath,
  withoutFrames,
  makeDirectory,
  validateCpOptions,
  validateRmdirOptions,
  kCpAsync,
  mkdirpTrips,
  rimrafTrips,
  kAsync,
  kType,
  readdirRecursive,
  resultEncoding,
  Stats,
  stringToFlags,
  toUnixTimestamp,
} = require('internal/fs/utils');
const { Dir, opendir, opendirSync } = require('internal/fs/dir');

const {
  F_OK, O_RDONLY, UV_DIRENT_DIR, UV_DIRENT_LINK, S_IFMT, S_IFDIR, S_IFLNK,
} = constants;
const UV_ENOENT = -2;
const UV_ENOTDIR = -20;
const UV_EEXIST = -17;
const UV_EPERM = -1;
const UV_ENOTEMPTY = -39;
const UV_EISDIR = -21;
const UV_EINVAL = -22;
const UV_EFBIG = -27;
const UV_EBADF = -9;

// Node 20 checks access/copyFile modes in C++, with these messages.
function validateModeCpp(mode, def) {
  if (mode == null) return def;
  if (typeof mode !== 'number') {
    const e = new TypeError('mode must be int32 or null/undefined');
    e.code = 'ERR_INVALID_ARG_TYPE';
    throw e;
  }
  if (!Number.isFinite(mode)) {
    const e = new RangeError('mode is out of range');
    e.code = 'ERR_OUT_OF_RANGE';
    throw e;
  }
  // As node's C++: a fraction is cut off (1.5 is 1, -0.5 is 0) before the range check.
  const whole = Math.trunc(mode);
  if (whole < 0 || whole > 7) {
    const e = new RangeError('mode is out of range: >= 0 && <= 7');
    e.code = 'ERR_OUT_OF_RANGE';
    throw e;
  }
  return whole | 0;
}

// Node's isFd (validators' isInt32), BigInt TypeError and valueOf call included.
function isFdArg(v) {
  return v === (v | 0);
}

function validateFd(fd) {
  validateInt32(fd, 'fd', 0);
  return fd;
}

// Node 20 checks the descriptor of close, fstat, fsync, fdatasync, fchmod, fchown, ftruncate and
// futimes in C++ (GetValidatedFd): a plain TypeError or RangeError with a `code` (so no [code]
// in its name line), whose text describes a BigInt without its `n`, any function as
// `function`, an object by its constructor's name, and a number as it prints; the range comes
// before the integer check, except for an infinity.
function validateFdCpp(fd) {
  if (typeof fd !== 'number') {
    let received;
    if (typeof fd === 'bigint') received = `type bigint (${fd})`;
    else if (typeof fd === 'function') received = 'function';
    else if (fd !== null && typeof fd === 'object') {
      const proto = Object.getPrototypeOf(fd);
      const name = proto === null ? 'Object' : proto.constructor?.name;
      received = `an instance of ${typeof name === 'string' && name !== '' ? name : 'Object'}`;
    } else {
      // Everything else reads as Node's JavaScript check has it.
      received = new ERR_INVALID_ARG_TYPE('fd', 'number', fd).message.replace(/^.*? Received /, '');
    }
    throw require('internal/errors').cppError(TypeError, 'ERR_INVALID_ARG_TYPE',
      `The "fd" argument must be of type number. Received ${received}`);
  }
  const outOfRange = fd < 0 || fd > 2147483647;
  if (outOfRange || !Number.isInteger(fd)) {
    const range = outOfRange && Number.isFinite(fd) ? '>= 0 && <= 2147483647' : 'an integer';
    throw require('internal/errors').cppError(RangeError, 'ERR_OUT_OF_RANGE',
      `The value of "fd" is out of range. It must be ${range}. Received ${fd}`);
  }
  return fd;
}

// ----- existence and access -----

function existsSync(path) {
  if (typeof path === 'string') {
    // Fast path (bindings/fs_fast.rs); `undefined` leaves the call to the checks below.
    const r = binding.existsFast(path);
    if (r !== undefined) return r;
  }
  let p;
  try {
    p = getValidatedPath(path);
  } catch {
    return false;
  }
  try {
    binding.access(p, F_OK);
    return true;
  } catch {
    return false;
  }
}

function accessSync(path, mode = F_OK) {
  const p = getValidatedPath(path);
  const m = validateModeCpp(mode, F_OK);
  call(() => binding.access(p, m), 'access', p);
}

// ----- whole files -----

// Node's readFileSync, writeFileSync, appendFileSync and truncateSync go through the module's
// own openSync, readSync, writeSync, fsyncSync, ftruncateSync, closeSync and writeFileSync (its
// C++ 'utf8' paths aside), so a program or library that replaces one of them sees the calls.
// Ours reach the VFS directly, unless one was replaced: then they take Node's route.
// NOTE: fixed arguments, compared in line: this guards the hottest calls (readFileSync,
// writeFileSync), and a rest parameter and a loop cost Boa more than the rest of a 4 KB read.
function replaced(a, b, c, d) {
  if (fs[a] === ownFunctions[a] && fs[b] === ownFunctions[b] &&
      (c === undefined || fs[c] === ownFunctions[c]) && (d === undefined || fs[d] === ownFunctions[d])) {
    return false;
  }
  return !isInternal();
}

// The options object Node's getOptions returns: an object is kept as given (no defaults).
function nodeOptions(options, defaults) {
  if (options == null || typeof options === 'function') return defaults;
  if (typeof options === 'string') return { ...defaults, encoding: options };
  return options;
}

// Node's readFileSync past its 'utf8' path: open, fstat, read (the size, or 8 KiB at a time
// when the file reports none) and close, through the module's functions.
function readFileThroughModule(path, opts) {
  const userFd = isFdArg(path);
  const fd = userFd ? path : fs.openSync(path, opts.flag, 0o666);
  const closeOnError = (op) => {
    try {
      return op();
    } catch (e) {
      if (!userFd) fs.closeSync(fd);
      throw e;
    }
  };
  const st = closeOnError(() => fstatSync(fd));
  const size = st.isFile() ? st.size : 0;
  let pos = 0;
  let buffer;
  const chunks = [];
  if (size > 0) {
    buffer = Buffer.allocUnsafe(size);
    let n;
    do {
      n = closeOnError(() => fs.readSync(fd, buffer, pos, size - pos));
      pos += n;
    } while (n !== 0 && pos < size);
    if (pos < size) buffer = buffer.subarray(0, pos);
  } else {
    let n;
    do {
      const chunk = Buffer.allocUnsafe(8192);
      n = closeOnError(() => fs.readSync(fd, chunk, 0, 8192));
      if (n !== 0) chunks.push(chunk.subarray(0, n));
      pos += n;
    } while (n !== 0);
    buffer = Buffer.concat(chunks, pos);
  }
  if (!userFd) fs.closeSync(fd);
  const encoding = resultEncoding(opts.encoding);
  return encoding ? decode(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length), encoding) : buffer;
}

function readFileSync(path, options) {
  if (replaced('openSync', 'readSync', 'closeSync')) {
    getOptions(options, { flag: 'r' });
    const opts = nodeOptions(options, { flag: 'r' });
    if (opts.encoding !== 'utf8' && opts.encoding !== 'utf-8') return readFileThroughModule(path, opts);
  }
  return readWholeFile(path, options, true);
}

// The callback and promise forms: Node's ReadFileContext, whose utf8 has no path of its own.
// Not enumerable: inspecting the module shows no extra key.
Object.defineProperty(readFileSync, kAsync, {
  __proto__: null, value: (path, options) => readWholeFile(path, options, false),
});

// `sync`: readFileSync, whose utf8 reads the file into one string at once (binding.readFileUtf8
// in Node 20), so that a file over 2 GiB fails as the string's length, not as the file's size.
function readWholeFile(path, options, sync) {
  // Fast path (bindings/fs_fast.rs): a string path, no options or 'utf8'.
  if (typeof path === 'string' && (options === undefined || options === 'utf8')) {
    let r;
    try {
      r = binding.readFileFast(path, options === 'utf8');
    } catch (e) {
      if (e === UV_EISDIR) throw uvException({ errno: e, syscall: 'read' });
      if (e === UV_EFBIG) throw fileTooLarge(sync && options === 'utf8', binding.stat(path, true));
      if (typeof e === 'number') throw uvException({ errno: e, syscall: 'open', path });
      throw e;
    }
    if (r !== undefined) return r;
  }
  const opts = getOptions(options, { flag: 'r' });
  // As Node's (`if (options.encoding)`): an empty encoding gives a Buffer.
  const encoding = opts.encoding === '' ? undefined : resultEncoding(opts.encoding);
  const utf8 = sync && (opts.encoding === 'utf8' || opts.encoding === 'utf-8');
  let ab;
  if (isFdArg(path)) {
    // As Node 20's: readFileSync's 'utf8' reads any int32 at once (a negative one fails EBADF
    // there); otherwise the descriptor is fstat'ed first, checking it in C++.
    if (utf8 && path < 0) throw uvException({ errno: UV_EBADF, syscall: 'read' });
    if (!utf8) validateFdCpp(path);
    ab = readFd(path, utf8);
  } else {
    const p = getValidatedPath(path);
    const flags = stringToFlags(opts.flag);
    if (flags === O_RDONLY) {
      try {
        ab = binding.readFile(p);
      } catch (e) {
        if (e === UV_EISDIR) throw uvException({ errno: e, syscall: 'read' });
        if (e === UV_EFBIG) throw fileTooLarge(utf8, binding.stat(p, true));
        if (typeof e === 'number') throw uvException({ errno: e, syscall: 'open', path: p });
        throw e;
      }
    } else {
      const fd = call(() => binding.open(p, flags, 0o666), 'open', p);
      try {
        ab = readFd(fd, utf8);
      } finally {
        binding.close(fd);
      }
    }
  }
  const bytes = new Uint8Array(ab);
  return encoding ? decode(bytes, encoding) : bufferOf(ab);
}

// A file over kIoMaxLength (2 GiB) to be read whole, from its stat record: as Node's readFile,
// ERR_FS_FILE_TOO_LARGE; as its readFileSync utf8 path, V8's string length limit (an error its
// C++ makes, with a code but outside the ERR_* classes).
function fileTooLarge(utf8, statRecord) {
  if (!utf8) return new ERR_FS_FILE_TOO_LARGE(statRecord[8]);
  const e = new Error('Cannot create a string longer than 0x1fffffe8 characters');
  e.code = 'ERR_STRING_TOO_LONG';
  return e;
}

function readFd(fd, utf8 = false) {
  try {
    return binding.readFd(fd);
  } catch (e) {
    if (e === UV_EFBIG) throw fileTooLarge(utf8, binding.fstat(fd));
    if (typeof e !== 'number') throw e;
    // Node fstats the descriptor first: EBADF names fstat when it is not open, read when it is
    // open but not for reading. Its utf8 path (`utf8`) reads at once: always read.
    let open = true;
    if (e === -9 && !utf8) {
      try {
        binding.fstat(fd);
      } catch {
        open = false;
      }
    }
    throw uvException({ errno: e, syscall: open ? 'read' : 'fstat' });
  }
}

// Data for writeFile/appendFile as bytes.
function dataBytes(data, encoding) {
  if (isArrayBufferView(data)) return unshared(bytesOf(data));
  if (typeof data !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  return encode(data, resultEncoding(encoding) || 'utf8');
}

// As Node's: writeFileSync and the promise form make no write for no data (so no EBADF from
// a descriptor not open for writing, or not open); the callback forms write once anyway.
let writeEmptyOnce = false;
function writeAll(fd, bytes) {
  let off = 0;
  let once = writeEmptyOnce;
  while (off < bytes.byteLength || once) {
    once = false;
    const n = call(() => binding.write(fd, bytes.buffer, bytes.byteOffset + off, bytes.byteLength - off, null),
      'write');
    off += n;
  }
}

// As Node's, a flush goes through the module's fsyncSync, or fsync for the callback forms (a
// replaced one is called).
// NOTE: the callback forms run at the call, so fs.fsync is called then, ahead of the writes'
// own trips through the pool.
function flush(fd) {
  if (writeEmptyOnce) fs.fsync(fd, () => {});
  else fs.fsyncSync(fd);
}

// Node's writeFileSync past its 'utf8' string path: open, write until done, fsync when asked,
// close, through the module's functions.
function writeFileThroughModule(path, data, opts) {
  const flushing = opts.flush ?? false;
  let buffer = data;
  if (!isArrayBufferView(data)) {
    dataBytes(data, opts.encoding);
    buffer = Buffer.from(data, opts.encoding || 'utf8');
  }
  const userFd = isFdArg(path);
  const fd = userFd ? path : fs.openSync(path, opts.flag || 'w', opts.mode);
  let offset = 0;
  let length = buffer.byteLength;
  try {
    while (length > 0) {
      const n = fs.writeSync(fd, buffer, offset, length);
      offset += n;
      length -= n;
    }
    if (flushing) fs.fsyncSync(fd);
  } finally {
    if (!userFd) fs.closeSync(fd);
  }
}

function writeFileSync(path, data, options) {
  if (replaced('openSync', 'writeSync', 'fsyncSync', 'closeSync')) {
    const defaults = { encoding: 'utf8', mode: 0o666, flag: 'w' };
    getOptions(options, defaults);
    const opts = nodeOptions(options, defaults);
    validateBoolean(opts.flush ?? false, 'options.flush');
    if (typeof data !== 'string' || (opts.encoding !== 'utf8' && opts.encoding !== 'utf-8')) {
      writeFileThroughModule(path, data, opts);
      return;
    }
  }
  // Fast path (bindings/fs_fast.rs): a string path, TypedArray or string data, no options.
  if (typeof path === 'string' && options === undefined) {
    let r;
    try {
      r = binding.writeFileFast(path, data);
    } catch (e) {
      if (typeof e === 'number') throw uvException({ errno: e, syscall: 'open', path });
      throw e;
    }
    if (r === 0) return;
    if (r !== undefined) throw codeLast(uvException({ errno: r, syscall: 'write' }));
  }
  const opts = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  validateBoolean(opts.flush ?? false, 'options.flush');
  const bytes = dataBytes(data, opts.encoding);
  if (isFdArg(path)) {
    // As Node 20's: a string in 'utf8'/'utf-8' goes straight to the write (any int32 is a
    // descriptor, a negative one failing EBADF there); other data goes through writeSync,
    // which checks the descriptor, when there is any to write.
    const utf8 = typeof data === 'string' && (opts.encoding === 'utf8' || opts.encoding === 'utf-8');
    if (!utf8 && bytes.byteLength > 0) validateFd(path);
    try {
      writeAll(path, bytes);
    } catch (e) {
      // As Node 20's: other data is written through writeSync (see codeLast).
      throw utf8 ? e : syncWriteError(e);
    }
    if (opts.flush) flush(path);
    return;
  }
  const p = getValidatedPath(path);
  // As Node's (`options.flag || 'w'`): a falsy flag (0, null, '') opens for writing.
  const flags = stringToFlags(opts.flag || 'w');
  const mode = parseFileMode(opts.mode, 'mode', 0o666);
  const fd = call(() => binding.open(p, flags, mode), 'open', p);
  try {
    try {
      writeAll(fd, bytes);
    } catch (e) {
      // As Node 20's: a failed write to a file it opened is reported as writeSync's are.
      throw syncWriteError(e);
    }
    if (opts.flush) flush(fd);
  } finally {
    binding.close(fd);
  }
}

// appendFile's options as writeFile's: a flag given is kept (even 'w'); a descriptor is always
// appended to.
function appendOptions(path, options) {
  const opts = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  if (!opts.flag || isFdArg(path)) opts.flag = 'a';
  return opts;
}

function appendFileSync(path, data, options) {
  const defaults = { encoding: 'utf8', mode: 0o666, flag: 'a' };
  getOptions(options, defaults);
  // As Node's: a copy of the options (an object's own keys, no defaults); a flag given is kept
  // (even 'w'); a descriptor is always appended to. The write is the module's writeFileSync.
  const opts = { ...nodeOptions(options, defaults) };
  if (!opts.flag || isFdArg(path)) opts.flag = 'a';
  (isInternal() ? writeFileSync : fs.writeFileSync)(path, data, opts);
}

// ----- descriptors -----

function openSync(path, flags, mode) {
  const p = getValidatedPath(path);
  const f = stringToFlags(flags);
  const m = parseFileMode(mode, 'mode', 0o666);
  return call(() => binding.open(p, f, m), 'open', p);
}

function closeSync(fd) {
  validateFdCpp(fd);
  call(() => binding.close(fd), 'close');
}

function validateBuffer(buffer) {
  if (!isArrayBufferView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

// A read's position: null for the current one, an integer from -1, or a BigInt in int64 range
// (a negative one also means the current position).
function validatePosition(position) {
  if (position == null) return -1;
  if (typeof position === 'bigint') {
    if (!(position >= -(2n ** 63n) && position <= 2n ** 63n - 1n)) {
      throw new ERR_OUT_OF_RANGE('position', `>= ${-(2n ** 63n)} && <= ${2n ** 63n - 1n}`, position);
    }
    return position < 0n ? -1 : Number(position);
  }
  if (typeof position === 'number') {
    validateInteger(position, 'position', -1);
    return position;
  }
  throw new ERR_INVALID_ARG_TYPE('position', ['integer', 'bigint'], position);
}

// A write's (or readv's) position as node's C++ reads it, unvalidated: a safe integer is used;
// anything else (a fraction, a BigInt, a string, a negative number) means the current position (-1).
function writePosition(position) {
  return Number.isSafeInteger(position) && position >= 0 ? position : -1;
}

function readSync(fd, buffer, offsetOrOptions, length, position) {
  validateFd(fd);
  validateBuffer(buffer);
  let offset = offsetOrOptions;
  // As Node 20: with three arguments (or an object) the third is the options.
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) validateOptionsObject(offsetOrOptions, 'options', { nullable: true });
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? {});
  }
  if (offset === undefined) offset = 0;
  else validateInteger(offset, 'offset', 0);
  // Node truncates the length to an int32 (1.5 reads 1 byte, a non-number reads none).
  length |= 0;
  if (length === 0) return 0;
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > buffer.byteLength) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${buffer.byteLength - offset}`, length);
  }
  const pos = validatePosition(position);
  if (typeof position === 'bigint' && position + BigInt(length) > 2n ** 63n - 1n) {
    // As Linux's rw_verify_area: a read whose end would pass the largest offset is EINVAL.
    throw uvException({ errno: UV_EINVAL, syscall: 'read' });
  }
  if (isShared(buffer)) {
    // The binding reads into ArrayBuffers: a view of shared memory gets its bytes copied in.
    const into = new Uint8Array(length);
    const n = call(() => binding.read(fd, into.buffer, 0, length, pos), 'read');
    new Uint8Array(buffer.buffer, buffer.byteOffset + offset, n).set(into.subarray(0, n));
    return n;
  }
  return call(() => binding.read(fd, buffer.buffer, buffer.byteOffset + offset, length, pos), 'read');
}

// A view of a SharedArrayBuffer (which Node reads and writes like any other).
function isShared(view) {
  return typeof SharedArrayBuffer === 'function' && view.buffer instanceof SharedArrayBuffer;
}

// A view's bytes in an ArrayBuffer, as the binding takes them: a copy for shared memory.
function unshared(bytes) {
  return isShared(bytes) ? new Uint8Array(bytes) : bytes;
}

// As Node 20's writeSync, whose failure is built in JavaScript from the binding's context: its
// own keys are errno, syscall, then code (the other sync calls throw from C++: errno, code,
// syscall).
function writeSync(fd, buffer, offsetOrOptions, length, position) {
  try {
    return writeAnySync(fd, buffer, offsetOrOptions, length, position);
  } catch (e) {
    throw codeLast(e);
  }
}

// A failed write of writeFileSync as writeSync's (codeLast); the callback forms' failures come
// from the binding as they are.
function syncWriteError(e) {
  return writeEmptyOnce ? e : codeLast(e);
}

// A system error with `code` moved after `syscall`, as Node's uvException(ctx) orders them.
function codeLast(e) {
  if (e instanceof Error && Object.hasOwn(e, 'syscall') && Object.hasOwn(e, 'code')) {
    const { code } = e;
    delete e.code;
    e.code = code;
  }
  return e;
}

function writeAnySync(fd, buffer, offsetOrOptions, length, position) {
  validateFd(fd);
  if (isArrayBufferView(buffer)) {
    let offset = offsetOrOptions;
    // As Node 20 (fs.write and FileHandle.write too): a null offset counts as empty options, so
    // the length and position given after it are dropped (the whole buffer, at the current
    // position).
    if (typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset ?? {});
    }
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (offset > buffer.byteLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${buffer.byteLength}`, offset);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (length > buffer.byteLength - offset) {
      throw new ERR_OUT_OF_RANGE('length', `<= ${buffer.byteLength - offset}`, length);
    }
    if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
    validateInt32(length, 'length', 0);
    if (isShared(buffer)) {
      const bytes = new Uint8Array(new Uint8Array(buffer.buffer, buffer.byteOffset + offset, length));
      return call(() => binding.write(fd, bytes.buffer, 0, length, writePosition(position)), 'write');
    }
    return call(() => binding.write(fd, buffer.buffer, buffer.byteOffset + offset, length, writePosition(position)),
      'write');
  }
  if (typeof buffer !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  // writeSync(fd, string[, position[, encoding]])
  validateEncoding(buffer, length);
  const pos = writePosition(offsetOrOptions);
  const bytes = encode(buffer, resultEncoding(length) || 'utf8');
  return call(() => binding.write(fd, bytes.buffer, bytes.byteOffset, bytes.byteLength, pos), 'write');
}

// Node's validateBufferArray: an array of ArrayBufferViews, or the whole argument is reported.
// Every index is looked at (a hole is no view), as Node's loop does.
function validateBufferArray(buffers) {
  let ok = Array.isArray(buffers);
  for (let i = 0; ok && i < buffers.length; i++) ok = isArrayBufferView(buffers[i]);
  if (!ok) throw new ERR_INVALID_ARG_TYPE('buffers', 'ArrayBufferView[]', buffers);
}

function readvSync(fd, buffers, position) {
  validateFd(fd);
  validateBufferArray(buffers);
  // libuv refuses a read into no buffers at all (a writev of none is Node's own no-op).
  if (buffers.length === 0) throw uvException({ errno: UV_EINVAL, syscall: 'read' });
  let total = 0;
  let pos = writePosition(position);
  for (const b of buffers) {
    const n = readSync(fd, b, 0, b.byteLength, pos);
    total += n;
    if (pos >= 0) pos += n;
    if (n < b.byteLength) break;
  }
  return total;
}

function writevSync(fd, buffers, position) {
  validateFd(fd);
  validateBufferArray(buffers);
  let total = 0;
  let pos = writePosition(position);
  for (const b of buffers) {
    const n = writeAnySync(fd, b, 0, b.byteLength, pos);
    total += n;
    if (pos >= 0) pos += n;
  }
  return total;
}

// Node reads `options.bigint` (only `true` asks for BigIntStats), then checks the fd.
function fstatSync(fd, options = { bigint: false }) {
  const bigint = options.bigint === true;
  validateFdCpp(fd);
  return getStatsFromBinding(call(() => binding.fstat(fd), 'fstat'), bigint);
}

function ftruncateSync(fd, len = 0) {
  // As Node's: the length is checked before the descriptor.
  validateInteger(len, 'len');
  validateFdCpp(fd);
  call(() => binding.ftruncate(fd, Math.max(0, len)), 'ftruncate');
}

function fsyncSync(fd) {
  validateFdCpp(fd);
  call(() => binding.fsync(fd), 'fsync');
}

function fdatasyncSync(fd) {
  validateFdCpp(fd);
  call(() => binding.fsync(fd), 'fdatasync');
}

// ----- metadata -----

// As Node's statSync and lstatSync: the path is checked, then `options.bigint` (only `true`
// asks for BigIntStats) and `options.throwIfNoEntry` (only `false` turns ENOENT into
// `undefined`) are read, once each.
function statImpl(path, options, follow, syscall) {
  const p = getValidatedPath(path);
  const bigint = options.bigint === true;
  const throwIfNoEntry = options.throwIfNoEntry;
  let a;
  try {
    a = binding.stat(p, follow);
  } catch (e) {
    if (typeof e !== 'number') throw e;
    if (throwIfNoEntry === false && e === UV_ENOENT) return undefined;
    throw uvException({ errno: e, syscall, path: p });
  }
  return getStatsFromBinding(a, bigint);
}

function statSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  return statImpl(path, options, true, 'stat');
}

function lstatSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  return statImpl(path, options, false, 'lstat');
}

// NOTE: the exported statSync, lstatSync and fstatSync are native functions
// (bindings/fs_fast.rs, makeStatSync): they build the Stats of a found file themselves and
// hand every other call (bigint, a bad argument, an error) to the JavaScript function above,
// with the options they have read. `String(fs.statSync)` shows `[native code]` and they have
// no `prototype`; names, lengths, results, errors and option reads are Node's.
const nativeStatSync = binding.makeStatSync(0, statSync, Stats.prototype);
const nativeLstatSync = binding.makeStatSync(1, lstatSync, Stats.prototype);
const nativeFstatSync = binding.makeStatSync(2, fstatSync, Stats.prototype);
const kBigintOptions = { bigint: true };

// The callback forms, as Node's: argument errors (the callback, the path, `options.bigint` of
// null) are thrown at the call; `throwIfNoEntry` does not apply.
function statCallback(syncFn, path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  validateFunction(callback, 'cb');
  const p = getValidatedPath(path);
  const bigint = options.bigint === true;
  deliver(callback, () => syncFn(p, bigint ? kBigintOptions : undefined));
}

function stat(path, options = { bigint: false }, callback) {
  statCallback(nativeStatSync, path, options, callback);
}

function lstat(path, options = { bigint: false }, callback) {
  statCallback(nativeLstatSync, path, options, callback);
}

function fstat(fd, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  validateFunction(callback, 'cb');
  const bigint = options.bigint === true;
  validateFdCpp(fd);
  deliver(callback, () => nativeFstatSync(fd, bigint ? kBigintOptions : undefined));
}

function chmodSync(path, mode) {
  const p = getValidatedPath(path);
  const m = parseFileMode(mode, 'mode');
  call(() => binding.chmod(p, m, true), 'chmod', p);
}

// As Node 20's: the mode is checked before the descriptor.
function fchmodSync(fd, mode) {
  const m = parseFileMode(mode, 'mode');
  validateFdCpp(fd);
  call(() => binding.chmod(fd, m, true), 'fchmod');
}

function validateId(id, name) {
  validateInteger(id, name, -1, 4294967295);
  return id;
}

function chownSync(path, uid, gid) {
  const p = getValidatedPath(path);
  validateId(uid, 'uid');
  validateId(gid, 'gid');
  call(() => binding.chown(p, uid, gid, true), 'chown', p);
}

function lchownSync(path, uid, gid) {
  const p = getValidatedPath(path);
  validateId(uid, 'uid');
  validateId(gid, 'gid');
  call(() => binding.chown(p, uid, gid, false), 'lchown', p);
}

// As Node 20's: the ids are checked before the descriptor.
function fchownSync(fd, uid, gid) {
  validateId(uid, 'uid');
  validateId(gid, 'gid');
  validateFdCpp(fd);
  call(() => binding.chown(fd, uid, gid, true), 'fchown');
}

function utimesSync(path, atime, mtime) {
  const p = getValidatedPath(path);
  const a = toUnixTimestamp(atime);
  const m = toUnixTimestamp(mtime);
  call(() => binding.utimes(p, a, m, true), 'utime', p);
}

function lutimesSync(path, atime, mtime) {
  const p = getValidatedPath(path);
  const a = toUnixTimestamp(atime);
  const m = toUnixTimestamp(mtime);
  call(() => binding.utimes(p, a, m, false), 'lutime', p);
}

// As Node 20's: the times are checked (and named) before the descriptor.
function futimesSync(fd, atime, mtime) {
  const a = toUnixTimestamp(atime, 'atime');
  const m = toUnixTimestamp(mtime, 'mtime');
  validateFdCpp(fd);
  call(() => binding.utimes(fd, a, m, true), 'futime');
}

// DEP0081, once per process: truncate given a descriptor.
let truncateFdWarned = false;
function warnTruncateFd() {
  if (truncateFdWarned) return;
  truncateFdWarned = true;
  process.emitWarning('Using fs.truncate with a file descriptor is deprecated. Please use fs.ftruncate with a ' +
    'file descriptor instead.', 'DeprecationWarning', 'DEP0081');
}

function truncateSync(path, len = 0) {
  if (typeof path === 'number') {
    warnTruncateFd();
    return fs.ftruncateSync(path, len);
  }
  if (replaced('openSync', 'ftruncateSync', 'closeSync')) {
    const fd = fs.openSync(path, 'r+');
    try {
      fs.ftruncateSync(fd, len);
    } finally {
      fs.closeSync(fd);
    }
    return;
  }
  // As Node: the file is opened first (ENOENT before a bad length), then ftruncate validates.
  const p = getValidatedPath(path);
  const fd = call(() => binding.open(p, constants.O_RDWR, 0o666), 'open', p);
  try {
    ftruncateSync(fd, len);
  } finally {
    binding.close(fd);
  }
}

// ----- directories -----

function mkdirSync(path, options) {
  return makeDirectory(path, options, false);
}

const kTempChars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

// Node's warnOnNonPortableTemplate: once per process, for a prefix ending with X.
let nonPortableTemplateWarned = false;
function warnOnNonPortableTemplate(pre) {
  if (nonPortableTemplateWarned || !pre.endsWith('X')) return;
  nonPortableTemplateWarned = true;
  process.emitWarning('mkdtemp() templates ending with X are not portable. For details see: https://nodejs.org/api/fs.html');
}

function mkdtempSync(prefix, options) {
  return makeTempDirectory(prefix, options, false);
}

// The callback and promise forms' mkdtemp: a failure names the template as libuv filled it in
// (`prefix` and the six characters tried), where the sync form names `prefixXXXXXX`.
// Not enumerable: inspecting the module shows no extra key.
Object.defineProperty(mkdtempSync, kAsync, {
  __proto__: null, value: (prefix, options) => makeTempDirectory(prefix, options, true),
});

function makeTempDirectory(prefix, options, async) {
  const opts = getOptions(options);
  const pre = getValidatedPath(prefix, 'prefix');
  warnOnNonPortableTemplate(pre);
  if (pre === '') {
    // NOTE: Node 20 fails an empty prefix so, naming a five-X template: matched on purpose.
    throw uvException({ errno: UV_EINVAL, syscall: 'mkdtemp', path: 'XXXXX' });
  }
  for (;;) {
    let suffix = '';
    for (let i = 0; i < 6; i++) suffix += kTempChars[Math.floor(Math.random() * kTempChars.length)];
    const p = pre + suffix;
    try {
      binding.mkdir(p, 0o700);
      return encodeResult(p, opts.encoding);
    } catch (e) {
      if (e === UV_EEXIST) continue;
      if (typeof e === 'number') throw uvException({ errno: e, syscall: 'mkdtemp', path: async ? p : pre + 'XXXXXX' });
      throw e;
    }
  }
}

// The Dirents of a listing in one native call (bindings/fs_dirent.rs): Node's own keys and
// order, without a JavaScript constructor call per entry.
const readdirDirents = binding.makeReaddirDirents(Dirent.prototype, kType);

function readdirSync(path, options) {
  const opts = getOptions(options);
  const p = getValidatedPath(path);
  if (opts.recursive != null) validateBoolean(opts.recursive, 'options.recursive');
  if (opts.recursive) return readdirRecursive(keptPath(path, p), opts);
  const enc = opts.encoding;
  const asIs = enc == null || resultEncoding(enc) === 'utf8';
  if (!opts.withFileTypes) {
    const names = call(() => binding.readdir(p, true), 'scandir', p);
    return asIs ? names : names.map((n) => encodeResult(n, enc));
  }
  const parent = keptPath(path, p);
  if (asIs) return call(() => readdirDirents(p, parent), 'scandir', p);
  const [names, types] = call(() => binding.readdir(p), 'scandir', p);
  return names.map((n, i) => new Dirent(encodeResult(n, enc), types[i], parent));
}

// Node 20's order: the top level first, then each directory's contents as it is reached.
function rmdirSync(path, options) {
  return rmdirPath(path, options, false);
}

// `async`: the callback form's rmdir, whose `recursive` removal is rmrf's async behaviour.
function rmdirPath(path, options, async) {
  const p = getValidatedPath(path);
  if (!options?.recursive) {
    validateRmdirOptions(options);
  } else {
    // As Node: the options are checked (`force` is ignored), then the path is lstat'ed (ENOENT
    // names lstat); a non-directory falls through to rmdir (ENOTDIR).
    emitRecursiveRmdirWarning();
    validateRmdirOptions({ ...options, force: false });
    const st = call(() => binding.stat(p, false), 'lstat', p);
    if ((st[1] & S_IFMT) === S_IFDIR) return rmrf(p, async);
  }
  call(() => binding.rmdir(p), 'rmdir', p);
}

// Node's rimraf, behaviour for behaviour: a path that does not lstat is unlinked anyway (the
// async form fails with the lstat error instead); a directory is rmdir'ed first, and only when
// that says it is not empty are its children removed (as `path + '/' + name`, unnormalized) and
// the rmdir retried. ENOENT on the way is success (the entry is gone), as is ENOTDIR from the
// async form's rmdir ('link-to-dir/').
function rmrf(p, async) {
  let st;
  try {
    st = binding.stat(p, false);
  } catch (e) {
    if (typeof e !== 'number') throw e;
    if (e === UV_ENOENT) return;
    if (async) throw uvException({ errno: e, syscall: 'lstat', path: p });
  }
  if (st === undefined || (st[1] & S_IFMT) !== S_IFDIR) {
    try {
      binding.unlink(p);
    } catch (e) {
      if (typeof e !== 'number') throw e;
      if (e !== UV_ENOENT) throw uvException({ errno: e, syscall: 'unlink', path: p });
    }
    return;
  }
  try {
    binding.rmdir(p);
    return;
  } catch (e) {
    if (typeof e !== 'number') throw e;
    if (e === UV_ENOENT || (e === UV_ENOTDIR && async)) return;
    if (e !== UV_ENOTEMPTY && e !== UV_EEXIST && e !== UV_EPERM) throw uvException({ errno: e, syscall: 'rmdir', path: p });
  }
  const [names] = call(() => binding.readdir(p), 'scandir', p);
  for (const n of names) rmrf(`${p}/${n}`, async);
  try {
    binding.rmdir(p);
  } catch (e) {
    if (typeof e !== 'number') throw e;
    if (e !== UV_ENOENT) throw uvException({ errno: e, syscall: 'rmdir', path: p });
  }
}

function rmSync(path, options) {
  return rmPath(path, options, false);
}

// The callback and promise forms' rm: rmrf's async behaviour.
Object.defineProperty(rmSync, kAsync, {
  __proto__: null, value: (path, options) => rmPath(path, options, true),
});

function rmPath(path, options, async) {
  const p = getValidatedPath(path);
  const opts = validateRmdirOptions(options, { recursive: false, force: false, retryDelay: 100, maxRetries: 0 });
  validateBoolean(opts.force, 'options.force');
  // As Node's: only `recursive` with `force` goes straight to rimraf.
  if (!(opts.recursive && opts.force)) {
    let st;
    try {
      st = binding.stat(p, false);
    } catch (e) {
      if (typeof e !== 'number') throw e;
      if (e === UV_ENOENT && opts.force) return;
      throw uvException({ errno: e, syscall: 'lstat', path: p });
    }
    if ((st[1] & S_IFMT) === S_IFDIR && !opts.recursive) {
      // As Node's validateRmOptions (wrapped in hideStackFrames): its constructor is SystemError.
      throw new ERR_FS_EISDIR.HideStackFramesError({
        code: 'EISDIR', message: 'is a directory', path: p, syscall: 'rm', errno: 21,
      });
    }
  }
  rmrf(p, async);
}

function unlinkSync(path) {
  const p = getValidatedPath(path);
  call(() => binding.unlink(p), 'unlink', p);
}

function renameSync(oldPath, newPath) {
  const o = getValidatedPath(oldPath, 'oldPath');
  const n = getValidatedPath(newPath, 'newPath');
  call(() => binding.rename(o, n), 'rename', o, n);
}

function copyFileSync(src, dest, mode = 0) {
  const s = getValidatedPath(src, 'src');
  const d = getValidatedPath(dest, 'dest');
  const m = validateModeCpp(mode, 0);
  call(() => binding.copyFile(s, d, m), 'copyfile', s, d);
}

function symlinkSync(target, path, type) {
  const t = getValidatedPath(target, 'target');
  const p = getValidatedPath(path);
  if (typeof type === 'string' && type !== 'dir' && type !== 'file' && type !== 'junction') {
    throw new ERR_FS_INVALID_SYMLINK_TYPE(type);
  }
  call(() => binding.symlink(t, p), 'symlink', t, p);
}

function readlinkSync(path, options) {
  const opts = getOptions(options);
  // As Node 20's, a bad path is reported as "oldPath".
  const p = getValidatedPath(path, 'oldPath');
  return encodeResult(call(() => binding.readlink(p), 'readlink', p), opts.encoding);
}

function linkSync(existingPath, newPath) {
  const e = getValidatedPath(existingPath, 'existingPath');
  const n = getValidatedPath(newPath, 'newPath');
  call(() => binding.link(e, n), 'link', e, n);
}

// realpath as Node's JS implementation reports errors: lstat of the first missing component.
function realpathSync(path, options) {
  const opts = getOptions(options);
  // NOTE: Node's JavaScript realpath turns any non-string, non-URL path into a string
  // (`null` → 'null', a Buffer → its text) before validating it; the native one does not.
  const p = getValidatedPath(typeof path === 'string' || isURL(path) ? path : `${path}`);
  // As Node's: the path is resolved first ('' is the cwd, a trailing slash goes).
  const full = pathModule.resolve(p);
  try {
    return encodeResult(binding.realpath(full), opts.encoding);
  } catch (e) {
    if (typeof e !== 'number') throw e;
    // As Node's walk: each component is lstat'ed under its real parent (a failure names lstat
    // and that absolute path); a symlink is stat'ed (a dangling link or a loop names stat and
    // the link's own path), then read, and the walk starts again from its target with the rest
    // appended. A link whose inode was read before in this walk (a hard link of one) is taken
    // as read: no stat.
    const seenLinks = new Map();
    let rest = full.split('/').filter(Boolean);
    let resolved = '';
    for (let hops = 0; rest.length > 0 && hops < 4096; hops++) {
      const next = resolved + '/' + rest.shift();
      const st = call(() => binding.stat(next, false), 'lstat', next);
      if ((st[1] & S_IFMT) !== S_IFLNK) {
        resolved = next;
        continue;
      }
      const id = `${st[0]}:${st[7]}`;
      let target = seenLinks.get(id);
      if (target === undefined) {
        call(() => binding.stat(next, true), 'stat', next);
        target = call(() => binding.readlink(next), 'readlink', next);
        seenLinks.set(id, target);
      }
      rest = pathModule.resolve(resolved || '/', target, ...rest).split('/').filter(Boolean);
      resolved = '';
    }
    throw uvException({ errno: e, syscall: 'lstat', path: p });
  }
}

// As Node's: an arrow function (no name, no prototype).
realpathSync.native = (path, options) => {
  const opts = getOptions(options);
  const p = getValidatedPath(path);
  const real = call(() => binding.realpath(p), 'realpath', p);
  // As realpath(3): a trailing slash asks for a directory.
  if (p.length > 1 && p.endsWith('/') && (binding.stat(real, true)[1] & S_IFMT) !== S_IFDIR) {
    throw uvException({ errno: UV_ENOTDIR, syscall: 'realpath', path: p });
  }
  return encodeResult(real, opts.encoding);
};

// ----- cp -----

function cpSync(src, dest, options) {
  return lazyCp().cpSync(src, dest, options);
}

function lazyCp() {
  return require('internal/fs/cp');
}

// ----- callback forms -----

function maybeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

// Argument errors are thrown at the call, as Node's; operation errors go to the callback.
function isArgumentError(e) {
  return e && typeof e.code === 'string' && /^ERR_(INVALID_ARG|OUT_OF_RANGE|INVALID_URL|INVALID_FILE_URL)/.test(e.code);
}

// Run `op` now and deliver `(err, ...results)` to `cb` from the poll phase, after `hops` trips
// through the pool: Node's readFile takes 4 (open, fstat, read, close), writeFile 3.
// `abort` ({ signal, until, after }): while no more than `until` trips are done, a signal found
// aborted turns the outcome into an AbortError delivered `after` trips later (Node checks its
// signal between the steps of a readFile or writeFile, and then still closes the file).
function deliver(cb, op, spread = false, hops = 1, abort = undefined) {
  let err = null;
  let result;
  try {
    result = op();
  } catch (e) {
    if (isArgumentError(e)) throw e;
    err = withoutFrames(e);
  }
  const fire = () => {
    if (err) cb(err);
    else if (spread) cb(null, ...result);
    else if (result === undefined) cb(null);
    else cb(null, result);
  };
  let left = err ? 1 : hops;
  let trips = 0;
  const step = () => {
    trips++;
    if (abort && !err && trips <= abort.until && abort.signal.aborted) {
      err = abortErrorOf(abort.signal);
      left = abort.after + 1;
    }
    if (--left > 0) binding.defer(step);
    else fire();
  };
  binding.defer(step);
}

function abortErrorOf(signal) {
  const { AbortError } = require('internal/errors');
  return new AbortError(undefined, { cause: signal.reason });
}

// As Node's: through the module's access (a replaced one is called); a path that access
// rejects calls back with false at once, not from the loop.
function exists(path, cb) {
  validateFunction(cb, 'cb');
  try {
    fs.access(path, F_OK, (err) => cb(!err));
  } catch {
    cb(false);
  }
}

// As Node's read, write, readv and writev: a failure calls back with 0 bytes and the buffers.
function ioCallback(cb, buffers) {
  return (err, ...results) => (err ? cb(err, 0, buffers) : cb(null, ...results));
}

// Node 20's argument forms: read(fd, cb), read(fd, options, cb), read(fd, buffer, cb),
// read(fd, buffer, options, cb) and read(fd, buffer, offset, length, position, cb).
function read(fd, buffer, offsetOrOptions, length, position, callback) {
  validateFd(fd);
  let offset = offsetOrOptions;
  if (arguments.length <= 4) {
    let params;
    if (arguments.length === 4) {
      validateOptionsObject(offsetOrOptions, 'options', { nullable: true });
      callback = length;
      params = offsetOrOptions;
    } else if (arguments.length === 3) {
      if (!isArrayBufferView(buffer)) {
        params = buffer;
        ({ buffer = bufferOf(new ArrayBuffer(16384)) } = params ?? {});
      }
      callback = offsetOrOptions;
    } else {
      callback = buffer;
      buffer = bufferOf(new ArrayBuffer(16384));
      params = null;
    }
    if (params !== undefined) validateOptionsObject(params, 'options', { nullable: true });
    ({ offset = 0, length = buffer?.byteLength - offset, position = null } = params ?? {});
  }
  validateBuffer(buffer);
  validateFunction(callback, 'cb');
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  if ((length | 0) === 0) {
    process.nextTick(() => callback(null, 0, buffer));
    return;
  }
  const b = buffer;
  deliver(ioCallback(callback, b), () => [readSync(fd, b, offset, length, position), b], true);
}

// As Node's: the callback is the first function among the trailing arguments, and a function
// in the place of offset, length or position stands for its default.
function write(fd, buffer, offsetOrOptions, length, position, callback) {
  validateFd(fd);
  const fn = (v) => typeof v === 'function';
  if (isArrayBufferView(buffer)) {
    callback = maybeCallback(callback || position || length || offsetOrOptions);
    const offset = fn(offsetOrOptions) ? undefined : offsetOrOptions;
    const len = fn(length) ? undefined : length;
    const pos = fn(position) ? null : position;
    deliver(ioCallback(callback, buffer), () => [writeAnySync(fd, buffer, offset, len, pos), buffer], true);
    return;
  }
  if (typeof buffer !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  // write(fd, string[, position[, encoding]], callback)
  let pos = offsetOrOptions;
  let encoding = length;
  if (!fn(position)) {
    if (fn(offsetOrOptions)) {
      position = offsetOrOptions;
      pos = null;
    } else {
      position = length;
    }
    encoding = 'utf8';
  }
  validateEncoding(buffer, encoding);
  callback = maybeCallback(position);
  deliver(ioCallback(callback, buffer), () => [writeAnySync(fd, buffer, pos, encoding), buffer], true);
}

function readv(fd, buffers, position, callback) {
  validateFd(fd);
  validateBufferArray(buffers);
  callback = maybeCallback(callback || position);
  const pos = typeof position === 'number' ? position : null;
  deliver(ioCallback(callback, buffers), () => [readvSync(fd, buffers, pos), buffers], true);
}

function writev(fd, buffers, position, callback) {
  validateFd(fd);
  validateBufferArray(buffers);
  callback = maybeCallback(callback || position);
  const pos = typeof position === 'number' ? position : null;
  deliver(ioCallback(callback, buffers), () => [writevSync(fd, buffers, pos), buffers], true);
}

// util.promisify resolves these to objects of their results, as Node's (whose writev names its
// buffers `buffer`: matched on purpose).
const { kCustomPromisifyArgs } = require('internal/util/promisify_args');
for (const [fn, names] of [[read, ['bytesRead', 'buffer']], [write, ['bytesWritten', 'buffer']],
  [readv, ['bytesRead', 'buffers']], [writev, ['bytesWritten', 'buffer']]]) {
  Object.defineProperty(fn, kCustomPromisifyArgs, { __proto__: null, value: names, enumerable: false });
}
// exists calls back with a boolean, not an error: promisified, it resolves to it.
Object.defineProperty(exists, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  value: function exists(path) {
    return new Promise((resolve) => fs.exists(path, resolve));
  },
});

// As Node's: the callback is the last argument given (`callback ||= options`), checked first.
function readFile(path, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  const opts = typeof options === 'function' ? undefined : options;
  // As Node's checkAborted: an already aborted signal calls back at once with an AbortError.
  const signal = opts !== null && typeof opts === 'object' ? opts.signal : undefined;
  if (signal?.aborted) {
    const { AbortError } = require('internal/errors');
    callback(new AbortError(undefined, { cause: signal.reason }));
    return;
  }
  if (typeof path === 'number' && (path | 0) === path) {
    readUserFd(path, opts, callback);
    return;
  }
  // Node's ReadFileContext checks the signal before it reads (after open and fstat), then
  // closes the file.
  const abort = signal ? { signal, until: 2, after: 1 } : undefined;
  deliver(callback, () => readFileSync[kAsync](path, opts), false, 4, abort);
}

// As Node 20's readFile of a descriptor: a descriptor out of range throws from a later tick
// (uncaught); past its fstat, every error is dropped and the data read so far (often none) is
// the result; a failing fstat calls back with the TypeError of Buffer.concat(null).
function readUserFd(fd, opts, callback) {
  const enc = getOptions(opts).encoding;
  try {
    fstatSync(fd);
  } catch (e) {
    if (isArgumentError(e)) {
      process.nextTick(() => {
        throw e;
      });
      return;
    }
    const err = new ERR_INVALID_ARG_TYPE('list', 'Array', null);
    binding.defer(() => callback(err));
    return;
  }
  let result;
  try {
    result = readFileSync[kAsync](fd, opts);
  } catch (e) {
    if (isArgumentError(e)) throw e;
    if (e?.code === 'ERR_FS_FILE_TOO_LARGE') {
      // Node's context closes without a buffer and then slices it: V8's TypeError.
      const err = new TypeError("Cannot read properties of null (reading 'slice')");
      deliver(callback, () => { throw err; }, false, 4);
      return;
    }
    result = enc && enc !== 'buffer' ? '' : Buffer.alloc(0);
  }
  deliver(callback, () => result, false, 4);
}

function readdir(path, options, callback) {
  callback = maybeCallback(typeof options === 'function' ? options : callback);
  const opts = getOptions(options);
  const p = getValidatedPath(path);
  if (opts.recursive != null) validateBoolean(opts.recursive, 'options.recursive');
  // NOTE: Node 20 lists a tree (`recursive`) synchronously and calls back at once (an error
  // throws); matched on purpose, as programs may depend on it.
  if (opts.recursive) {
    callback(null, readdirRecursive(keptPath(path, p), opts));
    return;
  }
  deliver(callback, () => readdirSync(path, typeof options === 'function' ? undefined : options));
}

function cp(src, dest, options, cb) {
  if (typeof options === 'function') {
    cb = options;
    options = undefined;
  }
  validateFunction(cb, 'cb');
  const opts = validateCpOptions(options);
  getValidatedPath(src, 'src');
  getValidatedPath(dest, 'dest');
  // Every error of the copy itself (a Buffer path's included) goes to the callback. As Node's
  // (a callbackified promise), success calls back with (null, undefined): two arguments.
  const copy = (o) => {
    let err = null;
    try {
      lazyCp().cpSync(src, dest, { ...o, [kCpAsync]: true });
    } catch (e) {
      err = e;
    }
    binding.defer(() => (err ? cb(err) : cb(null, undefined)));
  };
  if (opts.filter === undefined) {
    copy(opts);
    return;
  }
  lazyCp().cpAsync(src, dest, opts).then(() => binding.defer(() => cb(null, undefined)), (e) => {
    if (e && Object.prototype.hasOwnProperty.call(e, 'filterError')) process.nextTick(cb, e.filterError);
    else binding.defer(() => cb(e));
  });
}

function lazyStreams() {
  return require('internal/fs/streams');
}

function createReadStream(path, options) {
  const { ReadStream } = lazyStreams();
  return new ReadStream(path, options);
}

function lazyWatchers() {
  return require('internal/fs/watchers');
}

function watch(filename, options, listener) {
  return lazyWatchers().watch(filename, options, listener);
}

function watchFile(filename, options, listener) {
  return lazyWatchers().watchFile(filename, options, listener);
}

function unwatchFile(filename, listener) {
  return lazyWatchers().unwatchFile(filename, listener);
}

// ----- statfs, openAsBlob -----

// NOTE: the VFS lives in memory, so statfs reports fixed figures for a tmpfs-like filesystem
// (type TMPFS_MAGIC, 4 KiB blocks, 1 GiB of which 512 MiB free) instead of the host's disk.
function StatFs(type, bsize, blocks, bfree, bavail, files, ffree) {
  this.type = type;
  this.bsize = bsize;
  this.blocks = blocks;
  this.bfree = bfree;
  this.bavail = bavail;
  this.files = files;
  this.ffree = ffree;
}

function statfsSync(path, options = { bigint: false }) {
  const p = getValidatedPath(path);
  const bigint = options.bigint === true;
  call(() => binding.stat(p, true), 'statfs', p);
  const figures = [0x01021994, 4096, 262144, 131072, 131072, 1048576, 1048000];
  const values = bigint ? figures.map(BigInt) : figures;
  return new StatFs(...values);
}

function statfs(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = { bigint: false };
  }
  validateFunction(callback, 'cb');
  const p = getValidatedPath(path);
  const bigint = options.bigint === true;
  deliver(callback, () => statfsSync(p, { bigint }));
}

// A Blob of the file's bytes, read when called.
// NOTE: Node's blob reads the file lazily (and fails with NotReadableError if it changed since);
// this one holds the bytes read at the call.
function openAsBlob(path, options = {}) {
  validateOptionsObject(options, 'options');
  const type = options.type || '';
  if (typeof type !== 'string') throw new ERR_INVALID_ARG_TYPE('options.type', 'string', type);
  const p = getValidatedPath(path);
  let bytes;
  try {
    bytes = internally(() => readFileSync(p));
  } catch (e) {
    if (typeof e.errno !== 'number') throw e;
    // As Node's C++: a file that cannot be opened is a TypeError with this code, thrown at once.
    const err = new TypeError('Unable to open file as blob');
    err.code = 'ERR_INVALID_ARG_VALUE';
    throw err;
  }
  // As Node's file-backed Blob: a read fails once the file is gone or its size or mtime changed.
  const stamp = (st) => `${st.size}:${st.mtimeNs}`;
  const opened = stamp(statSync(p, { bigint: true }));
  const check = () => {
    let now;
    try {
      now = stamp(statSync(p, { bigint: true }));
    } catch {
      now = undefined;
    }
    if (now === opened) return undefined;
    const { DOMException } = require('internal/domexception');
    return new DOMException('The blob could not be read', 'NotReadableError');
  };
  const { createBlob } = require('internal/blob');
  return Promise.resolve(createBlob(bytes, type, check));
}

function createWriteStream(path, options) {
  const { WriteStream } = lazyStreams();
  return new WriteStream(path, options);
}

// ----- the callback forms of the other operations -----
//
// Each checks its arguments in Node 20's order, the callback taken from its own position
// (never "the last argument"), then runs the sync operation and delivers the outcome.

function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = F_OK;
  }
  const p = getValidatedPath(path);
  validateFunction(callback, 'cb');
  const m = validateModeCpp(mode, F_OK);
  deliver(callback, () => accessSync(p, m));
}

function appendFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  const opts = typeof options === 'function' ? undefined : options;
  if (fs.writeFile !== writeFile || replaced('open', 'write', 'fsync', 'close') || hasSignal(opts)) {
    // As Node's: a copy of the options with flag 'a', to the module's writeFile.
    const defaults = { encoding: 'utf8', mode: 0o666, flag: 'a' };
    getOptions(opts, defaults);
    const copy = { ...nodeOptions(opts, defaults) };
    if (!copy.flag || isFdArg(path)) copy.flag = 'a';
    fs.writeFile(path, data, copy, callback);
    return;
  }
  if (abortedWrite(path, data, opts, callback)) return;
  // As Node's: the callback form's first write checks the descriptor, at the call.
  if (isFdArg(path)) validateFd(path);
  deliver(callback, () => writingEmptyOnce(() => internally(() => writeFileSync(path, data, appendOptions(path, opts)))), false, 3);
}

function writeFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  const opts = typeof options === 'function' ? undefined : options;
  // With a signal, Node's steps (open, then a check before each write) decide what is written.
  if (replaced('open', 'write', 'fsync', 'close') || hasSignal(opts)) {
    writeFileThroughModuleCb(path, data, opts, callback);
    return;
  }
  if (abortedWrite(path, data, opts, callback)) return;
  // As Node's: the callback form's first write checks the descriptor, at the call.
  if (isFdArg(path)) validateFd(path);
  deliver(callback, () => writingEmptyOnce(() => internally(() => writeFileSync(path, data, opts))), false, 3);
}

// Node's callback writeFile: open, write until done (at least once), fsync when asked and
// close, through the module's callback functions (see `replaced`).
function hasSignal(options) {
  return options !== null && typeof options === 'object' && options.signal !== undefined;
}

function writeFileThroughModuleCb(path, data, options, callback) {
  const defaults = { encoding: 'utf8', mode: 0o666, flag: 'w' };
  getOptions(options, defaults);
  const opts = nodeOptions(options, defaults);
  const flush = opts.flush ?? false;
  validateBoolean(flush, 'options.flush');
  let buffer = data;
  if (!isArrayBufferView(data)) {
    dataBytes(data, opts.encoding);
    buffer = Buffer.from(data, opts.encoding || 'utf8');
  }
  const signal = opts.signal;
  if (isFdArg(path)) {
    writeAllThroughModule(path, true, buffer, 0, buffer.byteLength, signal, flush, callback);
    return;
  }
  if (signal?.aborted) {
    callback(abortErrorOf(signal));
    return;
  }
  fs.open(path, opts.flag || 'w', opts.mode, (openErr, fd) => {
    if (openErr) callback(openErr);
    else writeAllThroughModule(fd, false, buffer, 0, buffer.byteLength, signal, flush, callback);
  });
}

function writeAllThroughModule(fd, userFd, buffer, offset, length, signal, flush, callback) {
  const { aggregateTwoErrors } = require('internal/errors');
  // Ends with `err` (or success), closing a descriptor the call opened.
  const finish = (err) => {
    if (userFd) callback(err);
    else if (err) fs.close(fd, (closeErr) => callback(aggregateTwoErrors(closeErr, err)));
    else fs.close(fd, callback);
  };
  if (signal?.aborted) {
    finish(abortErrorOf(signal));
    return;
  }
  fs.write(fd, buffer, offset, length, null, (writeErr, written) => {
    if (writeErr) {
      finish(writeErr);
    } else if (written === length) {
      if (flush) fs.fsync(fd, (syncErr) => finish(syncErr || null));
      else finish(null);
    } else {
      writeAllThroughModule(fd, userFd, buffer, offset + written, length - written, signal, flush, callback);
    }
  });
}

function writingEmptyOnce(op) {
  writeEmptyOnce = true;
  try {
    return op();
  } finally {
    writeEmptyOnce = false;
  }
}

// As Node's writeFile: with the options and data checked, a path (not a descriptor) whose
// signal is already aborted calls back at once with an AbortError, writing nothing.
function abortedWrite(path, data, options, callback) {
  const opts = getOptions(options);
  if (!opts.signal?.aborted || isFdArg(path)) return false;
  validateBoolean(opts.flush ?? false, 'options.flush');
  dataBytes(data, opts.encoding);
  const { AbortError } = require('internal/errors');
  callback(new AbortError(undefined, { cause: opts.signal.reason }));
  return true;
}

function chown(path, uid, gid, callback) {
  validateFunction(callback, 'cb');
  const p = getValidatedPath(path);
  validateId(uid, 'uid');
  validateId(gid, 'gid');
  deliver(callback, () => chownSync(p, uid, gid));
}

function lchown(path, uid, gid, callback) {
  validateFunction(callback, 'cb');
  const p = getValidatedPath(path);
  validateId(uid, 'uid');
  validateId(gid, 'gid');
  deliver(callback, () => lchownSync(p, uid, gid));
}

function fchown(fd, uid, gid, callback) {
  validateId(uid, 'uid');
  validateId(gid, 'gid');
  validateFunction(callback, 'cb');
  validateFdCpp(fd);
  deliver(callback, () => fchownSync(fd, uid, gid));
}

function chmod(path, mode, callback) {
  const p = getValidatedPath(path);
  const m = parseFileMode(mode, 'mode');
  validateFunction(callback, 'cb');
  deliver(callback, () => chmodSync(p, m));
}

function fchmod(fd, mode, callback) {
  const m = parseFileMode(mode, 'mode');
  validateFunction(callback, 'cb');
  validateFdCpp(fd);
  deliver(callback, () => fchmodSync(fd, m));
}

// As Node's: without a callback, an error is thrown from the completion.
function defaultCloseCallback(err) {
  if (err != null) throw err;
}

function close(fd, callback = defaultCloseCallback) {
  if (callback !== defaultCloseCallback) validateFunction(callback, 'cb');
  validateFdCpp(fd);
  deliver(callback, () => closeSync(fd));
}

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  const s = getValidatedPath(src, 'src');
  const d = getValidatedPath(dest, 'dest');
  validateFunction(callback, 'cb');
  deliver(callback, () => copyFileSync(s, d, mode));
}

function fdatasync(fd, callback) {
  validateFunction(callback, 'cb');
  validateFdCpp(fd);
  deliver(callback, () => fdatasyncSync(fd));
}

function fsync(fd, callback) {
  validateFunction(callback, 'cb');
  validateFdCpp(fd);
  deliver(callback, () => fsyncSync(fd));
}

function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  validateInteger(len, 'len');
  validateFunction(callback, 'cb');
  validateFdCpp(fd);
  deliver(callback, () => ftruncateSync(fd, len));
}

function truncate(path, len, callback) {
  if (typeof path === 'number') {
    warnTruncateFd();
    ftruncate(path, len, callback);
    return;
  }
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  } else if (len === undefined) {
    len = 0;
  }
  validateInteger(len, 'len');
  validateFunction(callback, 'cb');
  if (replaced('open', 'close')) {
    // As Node's: the module's open and close around the native ftruncate.
    len = Math.max(0, len);
    fs.open(path, 'r+', (openErr, fd) => {
      if (openErr) {
        callback(openErr);
        return;
      }
      deliver((err) => {
        fs.close(fd, (closeErr) => callback(require('internal/errors').aggregateTwoErrors(closeErr, err)));
      }, () => ftruncateSync(fd, len));
    });
    return;
  }
  const p = getValidatedPath(path);
  // As Node's: three trips through the pool (open, ftruncate, close).
  deliver(callback, () => internally(() => truncateSync(p, len)), false, 3);
}

function futimes(fd, atime, mtime, callback) {
  toUnixTimestamp(atime, 'atime');
  toUnixTimestamp(mtime, 'mtime');
  validateFunction(callback, 'cb');
  validateFdCpp(fd);
  deliver(callback, () => futimesSync(fd, atime, mtime));
}

function utimes(path, atime, mtime, callback) {
  validateFunction(callback, 'cb');
  const p = getValidatedPath(path);
  toUnixTimestamp(atime);
  toUnixTimestamp(mtime);
  deliver(callback, () => utimesSync(p, atime, mtime));
}

function lutimes(path, atime, mtime, callback) {
  validateFunction(callback, 'cb');
  const p = getValidatedPath(path);
  toUnixTimestamp(atime);
  toUnixTimestamp(mtime);
  deliver(callback, () => lutimesSync(p, atime, mtime));
}

function link(existingPath, newPath, callback) {
  validateFunction(callback, 'cb');
  const e = getValidatedPath(existingPath, 'existingPath');
  const n = getValidatedPath(newPath, 'newPath');
  deliver(callback, () => linkSync(e, n));
}

function rename(oldPath, newPath, callback) {
  validateFunction(callback, 'cb');
  const o = getValidatedPath(oldPath, 'oldPath');
  const n = getValidatedPath(newPath, 'newPath');
  deliver(callback, () => renameSync(o, n));
}

function unlink(path, callback) {
  validateFunction(callback, 'cb');
  const p = getValidatedPath(path);
  deliver(callback, () => unlinkSync(p));
}

// As Node's: the callback is the last argument, whatever the count.
function symlink(target, path, type, callback) {
  const cb = arguments[arguments.length - 1];
  validateFunction(cb, 'cb');
  const t = getValidatedPath(target, 'target');
  const p = getValidatedPath(path);
  const ty = typeof type === 'string' ? type : undefined;
  // As Node's: a bad type throws here, not through the callback.
  if (ty !== undefined && ty !== 'dir' && ty !== 'file' && ty !== 'junction') throw new ERR_FS_INVALID_SYMLINK_TYPE(ty);
  deliver(cb, () => symlinkSync(t, p, ty));
}

// As Node 20's: the callback, then the path, then the options (mode, recursive).
function mkdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'cb');
  const p = getValidatedPath(path);
  deliver(callback, () => makeDirectory(p, options, true), false, options?.recursive === true ? mkdirpTrips(p) : 1);
}

function mkdtemp(prefix, options, callback) {
  callback = maybeCallback(typeof options === 'function' ? options : callback);
  const opts = getOptions(options);
  getValidatedPath(prefix, 'prefix');
  deliver(callback, () => makeTempDirectory(prefix, opts, true));
}

function open(path, flags, mode, callback) {
  const p = getValidatedPath(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  } else {
    mode = parseFileMode(mode, 'mode', 0o666);
  }
  const f = stringToFlags(flags);
  validateFunction(callback, 'cb');
  deliver(callback, () => openSync(p, f, mode));
}

function readlink(path, options, callback) {
  callback = maybeCallback(typeof options === 'function' ? options : callback);
  const opts = getOptions(options);
  getValidatedPath(path, 'oldPath');
  deliver(callback, () => readlinkSync(path, opts));
}

// As Node's JavaScript realpath, the callback comes after one trip through the pool per
// component lstat'ed (three for a symlink: lstat, stat, readlink), up to the one that fails.
function realpath(path, options, callback) {
  callback = typeof options === 'function' ? options : maybeCallback(callback);
  const opts = getOptions(options);
  let err = null;
  let result;
  try {
    result = realpathSync(path, opts);
  } catch (e) {
    if (isArgumentError(e)) throw e;
    err = withoutFrames(e);
  }
  let left = realpathTrips(pathModule.resolve(typeof path === 'string' ? path : getValidatedPath(`${path}`)));
  const step = () => {
    if (--left > 0) binding.defer(step);
    else if (err) callback(err);
    else callback(null, result);
  };
  binding.defer(step);
}

// The pool trips of Node's callback realpath for the absolute path `full`.
function realpathTrips(full) {
  const known = new Set();
  let parts = full.split('/').filter(Boolean);
  let current = '';
  let trips = 0;
  for (let guard = 0; parts.length > 0 && guard < 256; guard++) {
    const next = current + '/' + parts.shift();
    current = next;
    if (known.has(next)) continue;
    trips++;
    let st;
    try {
      st = binding.stat(next, false);
    } catch {
      return trips;
    }
    if ((st[1] & S_IFMT) !== S_IFLNK) {
      known.add(next);
      continue;
    }
    trips += 2;
    let target;
    try {
      binding.stat(next, true);
      target = binding.readlink(next);
    } catch {
      return trips - 1;
    }
    parts = pathModule.resolve(pathModule.dirname(next), target, ...parts).split('/').filter(Boolean);
    current = '';
  }
  return Math.max(trips, 1);
}

// As Node's: an arrow function (no name, no prototype).
realpath.native = (path, options, callback) => {
  callback = maybeCallback(typeof options === 'function' ? options : callback);
  const opts = getOptions(options);
  getValidatedPath(path);
  deliver(callback, () => realpathSync.native(path, opts));
};

// NOTE: Node 20's rm checks the path and options but never its callback: without one, the
// removal happens and its completion throws.
function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const p = getValidatedPath(path);
  const opts = validateRmdirOptions(options, { recursive: false, force: false, retryDelay: 100, maxRetries: 0 });
  validateBoolean(opts.force, 'options.force');
  const cb = typeof callback === 'function' ? callback : () => {
    throw new TypeError('callback is not a function');
  };
  // Node's rimraf of a file takes three trips through the pool (lstat, lstat, unlink), of a
  // missing path with `force` two (lstat, lstat); its ERR_FS_EISDIR is made in a completion
  // too, with no frames.
  // A directory removed with `recursive`: the lstat of the option check, then rimraf's trips.
  let trips = 3;
  try {
    const st = binding.stat(p, false);
    if (opts.recursive && (st[1] & S_IFMT) === S_IFDIR) trips = 1 + rimrafTrips(p);
  } catch {
    trips = 2;
  }
  deliver(cb, () => {
    try {
      return rmPath(p, opts, true);
    } catch (e) {
      if (e?.code === 'ERR_FS_EISDIR') e.stack = String(e.stack).split('\n')[0];
      throw e;
    }
  }, false, trips);
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'cb');
  const p = getValidatedPath(path);
  deliver(callback, () => rmdirPath(p, options, true));
}

// In Node's order of keys; the streams, Dir and opendir are accessors (defined below).
// The module's own functions, to tell when a program has replaced one (see `replaced`).
const ownFunctions = {
  openSync, readSync, writeSync, fsyncSync, ftruncateSync, closeSync, open, write, fsync, close,
};

const fs = {
  appendFile,
  appendFileSync,
  access,
  accessSync,
  chown,
  chownSync,
  chmod,
  chmodSync,
  close,
  closeSync,
  copyFile,
  copyFileSync,
  cp,
  cpSync,
  createReadStream,
  createWriteStream,
  exists,
  existsSync,
  fchown,
  fchownSync,
  fchmod,
  fchmodSync,
  fdatasync,
  fdatasyncSync,
  fstat,
  fstatSync: nativeFstatSync,
  fsync,
  fsyncSync,
  ftruncate,
  ftruncateSync,
  futimes,
  futimesSync,
  lchown,
  lchownSync,
  lchmod: undefined,
  lchmodSync: undefined,
  link,
  linkSync,
  lstat,
  lstatSync: nativeLstatSync,
  lutimes,
  lutimesSync,
  mkdir,
  mkdirSync,
  mkdtemp,
  mkdtempSync,
  open,
  openSync,
  openAsBlob,
  readdir,
  readdirSync,
  read,
  readSync,
  readv,
  readvSync,
  readFile,
  readFileSync,
  readlink,
  readlinkSync,
  realpath,
  realpathSync,
  rename,
  renameSync,
  rm,
  rmSync,
  rmdir,
  rmdirSync,
  stat,
  statfs,
  statSync: nativeStatSync,
  statfsSync,
  symlink,
  symlinkSync,
  truncate,
  truncateSync,
  unwatchFile,
  unlink,
  unlinkSync,
  utimes,
  utimesSync,
  watch,
  watchFile,
  writeFile,
  writeFileSync,
  write,
  writeSync,
  writev,
  writevSync,
  Dirent,
  Stats,
  ReadStream: undefined,
  WriteStream: undefined,
  FileReadStream: undefined,
  FileWriteStream: undefined,
  _toUnixTimestamp: toUnixTimestamp,
  Dir: undefined,
  opendir: undefined,
  opendirSync: undefined,
  F_OK: constants.F_OK,
  R_OK: constants.R_OK,
  W_OK: constants.W_OK,
  X_OK: constants.X_OK,
  constants,
  promises: undefined,
};


Object.defineProperty(fs, 'promises', {
  enumerable: true,
  configurable: true,
  get() {
    return require('fs/promises');
  },
});

// As Node's: accessors whose setter replaces what the getter returns.
{
  const values = { __proto__: null, Dir, opendir, opendirSync };
  const lazy = { __proto__: null, ReadStream: 'ReadStream', WriteStream: 'WriteStream',
    FileReadStream: 'ReadStream', FileWriteStream: 'WriteStream' };
  for (const key of ['ReadStream', 'WriteStream', 'FileReadStream', 'FileWriteStream', 'Dir', 'opendir', 'opendirSync']) {
    Object.defineProperty(fs, key, {
      __proto__: null,
      enumerable: true,
      configurable: true,
      get() {
        if (!(key in values)) values[key] = lazyStreams()[lazy[key]];
        return values[key];
      },
      set(value) {
        values[key] = value;
      },
    });
  }
}

defineShapes(fs, {
  Dir: 3, access: 3, accessSync: 2, appendFile: 4, chmod: 3, chown: 4, close: 1, copyFile: 4, copyFileSync: 3,
  fchmod: 3, fchown: 4, fdatasync: 2, fsync: 2, ftruncate: 1, futimes: 4, lchown: 4, link: 3, lutimes: 4, mkdir: 3,
  mkdtemp: 3, open: 4, readlink: 3, readv: 4, realpath: 3, rename: 3, rm: 3, rmdir: 3, statfs: 1, symlink: 4,
  truncate: 3, truncateSync: 2, unlink: 2, utimes: 4, write: 6, writeFile: 4, writev: 4,
});

module.exports = fs;
