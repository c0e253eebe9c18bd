// internal/fs/utils: what every fs form shares: fs.constants, open-flag parsing, path and data
// argument checks, byte/string conversion, the Stats and Dirent classes, and turning the
// binding's thrown errno numbers into Node's errors (uvException).
'use strict';

const {
  codes: {
    ERR_INCOMPATIBLE_OPTION_PAIR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
  uvException,
} = require('internal/errors');
const {
  normalizeEncoding, parseFileMode, validateAbortSignal, validateBoolean, validateFunction, validateInt32, validateInteger, validateObject,
  validateUint32,
} = require('internal/validators');

const binding = internalBinding('fs');

// As Node's: a null-prototype object of read-only, non-configurable properties (not frozen).
const constants = Object.defineProperties(Object.create(null), Object.fromEntries(Object.entries({
  UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2,
  O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3,
  UV_DIRENT_FIFO: 4, UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7,
  EXTENSIONLESS_FORMAT_JAVASCRIPT: 0, EXTENSIONLESS_FORMAT_WASM: 1,
  S_IFMT: 61440, S_IFREG: 32768, S_IFDIR: 16384, S_IFCHR: 8192, S_IFBLK: 24576,
  S_IFIFO: 4096, S_IFLNK: 40960, S_IFSOCK: 49152,
  O_CREAT: 64, O_EXCL: 128, UV_FS_O_FILEMAP: 0, O_NOCTTY: 256, O_TRUNC: 512, O_APPEND: 1024,
  O_DIRECTORY: 65536, O_NOATIME: 262144, O_NOFOLLOW: 131072, O_SYNC: 1052672, O_DSYNC: 4096,
  O_DIRECT: 16384, O_NONBLOCK: 2048,
  S_IRWXU: 448, S_IRUSR: 256, S_IWUSR: 128, S_IXUSR: 64, S_IRWXG: 56, S_IRGRP: 32,
  S_IWGRP: 16, S_IXGRP: 8, S_IRWXO: 7, S_IROTH: 4, S_IWOTH: 2, S_IXOTH: 1,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
  UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1, UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2,
  UV_FS_COPYFILE_FICLONE_FORCE: 4, COPYFILE_FICLONE_FORCE: 4,
}).map(([k, value]) => [k, { value, enumerable: true }])));

const { O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_SYNC, S_IFMT, S_IFREG,
  S_IFDIR, S_IFLNK, S_IFCHR, S_IFBLK, S_IFIFO, S_IFSOCK } = constants;

// ----- errors -----

// Run a binding call; a thrown errno number becomes Node's error for `syscall`.
function call(fn, syscall, path, dest) {
  try {
    return fn();
  } catch (e) {
    if (typeof e === 'number') throw uvException({ errno: e, syscall, path, dest });
    throw e;
  }
}

// ----- Buffer, when the buffer module is there -----

let BufferCtor;
function getBuffer() {
  if (BufferCtor === undefined) {
    try {
      BufferCtor = require('buffer').Buffer;
      // The fast readFileSync makes its Buffers natively, as `new FastBuffer(arrayBuffer)`.
      binding.setClasses(require('internal/buffer').FastBuffer);
    } catch {
      BufferCtor = null;
    }
  }
  return BufferCtor;
}

// An ArrayBuffer's bytes as a Buffer (a Uint8Array until the buffer module exists).
function bufferOf(arrayBuffer) {
  const B = getBuffer();
  return B ? B.from(arrayBuffer) : new Uint8Array(arrayBuffer);
}

// Bytes (Uint8Array view) as text in `encoding`.
function decode(bytes, encoding) {
  if (encoding === 'utf8') {
    return binding.utf8Decode(bytes.buffer, bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  }
  const B = getBuffer();
  if (B) return B.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString(encoding);
  if (encoding === 'latin1' || encoding === 'ascii') {
    let s = '';
    for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(encoding === 'ascii' ? bytes[i] & 0x7f : bytes[i]);
    return s;
  }
  return decode(bytes, 'utf8');
}

// A string in `encoding` as bytes.
function encode(string, encoding = 'utf8') {
  if (encoding === 'utf8' || encoding == null) return new Uint8Array(binding.utf8Encode(string));
  const B = getBuffer();
  if (B) return B.from(string, encoding);
  return new Uint8Array(binding.utf8Encode(string));
}

function isArrayBufferView(v) {
  return ArrayBuffer.isView(v);
}

// A view's bytes as a Uint8Array over the same memory.
function bytesOf(view) {
  if (view instanceof Uint8Array) return view;
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

// ----- argument checks -----

// Node 20's isURL: an object with an href and a protocol that is not a legacy url.parse()
// result (which has auth and path); fs takes it as a file: URL.
function isURL(v) {
  return Boolean(v?.href && v.protocol && v.auth === undefined && v.path === undefined);
}

// A path argument (string, Buffer, or file: URL) as a string. As Node's, a URL becomes its path
// first (fileURLToPath's errors), and a null byte is reported in that path.
function getValidatedPath(path, name = 'path') {
  let p = path;
  if (isURL(p)) {
    p = require('internal/url').fileURLToPath(p);
  } else if (p instanceof Uint8Array) {
    if (p.includes(0)) {
      throw new ERR_INVALID_ARG_VALUE(name, path, 'must be a string, Uint8Array, or URL without null bytes');
    }
    p = decode(p, 'utf8');
  } else if (typeof p !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], path);
  }
  if (p.includes('\u0000')) {
    throw new ERR_INVALID_ARG_VALUE(name, p, 'must be a string, Uint8Array, or URL without null bytes');
  }
  return p;
}

// The path Node keeps for what it returns (Dir#path, Dirent#parentPath): a Buffer (any
// Uint8Array) as the caller gave it, anything else as the validated string.
function keptPath(path, validated) {
  return path instanceof Uint8Array ? path : validated;
}

const flagTable = {
  __proto__: null,
  r: O_RDONLY,
  rs: O_RDONLY | O_SYNC,
  sr: O_RDONLY | O_SYNC,
  'r+': O_RDWR,
  'rs+': O_RDWR | O_SYNC,
  'sr+': O_RDWR | O_SYNC,
  w: O_TRUNC | O_CREAT | O_WRONLY,
  wx: O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  xw: O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'w+': O_TRUNC | O_CREAT | O_RDWR,
  'wx+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'xw+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  a: O_APPEND | O_CREAT | O_WRONLY,
  ax: O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  xa: O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  as: O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  sa: O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'a+': O_APPEND | O_CREAT | O_RDWR,
  'ax+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'xa+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'as+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
  'sa+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
};

// Open flags ('r', 'w+', a number, ...) as a number.
function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') {
    validateInt32(flags, name);
    return flags;
  }
  if (flags == null) return O_RDONLY;
  const n = typeof flags === 'string' ? flagTable[flags] : undefined;
  if (n === undefined) throw new ERR_INVALID_ARG_VALUE(name, flags);
  return n;
}

function assertEncoding(encoding) {
  if (encoding && encoding !== 'buffer' && normalizeEncoding(encoding) === undefined) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
}

// Options as an object: a string is the encoding; checks the encoding.
function getOptions(options, defaults = {}) {
  if (options == null || typeof options === 'function') return defaults;
  if (typeof options === 'string') {
    assertEncoding(options);
    return { ...defaults, encoding: options };
  }
  if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  if (options.encoding !== undefined) assertEncoding(options.encoding);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  return { ...defaults, ...options };
}

// The encoding a result string is given in, or undefined for a Buffer.
function resultEncoding(encoding) {
  if (encoding == null || encoding === 'buffer') return undefined;
  return normalizeEncoding(encoding);
}

// A result string (path or name) in `encoding` ('buffer' gives a Buffer).
function encodeResult(string, encoding) {
  if (encoding === 'buffer') return bufferOf(encode(string).buffer);
  const enc = resultEncoding(encoding);
  if (enc === undefined || enc === 'utf8') return string;
  return decode(encode(string), enc);
}

// ----- Stats -----

const kNsPerMsBigInt = 1000000n;

function dateFromMs(ms) {
  return new Date(Math.round(Number(ms)));
}

// As Node's: constructor functions whose methods are assigned (enumerable and anonymous, so a
// for...in over a Stats lists them), Stats and BigIntStats inheriting from StatsBase, and
// Stats.prototype's own isFile being StatsBase's.
function StatsBase(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
}
StatsBase.prototype.isDirectory = function () {
  return this._checkModeProperty(S_IFDIR);
};
StatsBase.prototype.isFile = function () {
  return this._checkModeProperty(S_IFREG);
};
StatsBase.prototype.isBlockDevice = function () {
  return this._checkModeProperty(S_IFBLK);
};
StatsBase.prototype.isCharacterDevice = function () {
  return this._checkModeProperty(S_IFCHR);
};
StatsBase.prototype.isSymbolicLink = function () {
  return this._checkModeProperty(S_IFLNK);
};
StatsBase.prototype.isFIFO = function () {
  return this._checkModeProperty(S_IFIFO);
};
StatsBase.prototype.isSocket = function () {
  return this._checkModeProperty(S_IFSOCK);
};

function BigIntStats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
  atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeNs / kNsPerMsBigInt;
  this.mtimeMs = mtimeNs / kNsPerMsBigInt;
  this.ctimeMs = ctimeNs / kNsPerMsBigInt;
  this.birthtimeMs = birthtimeNs / kNsPerMsBigInt;
  this.atimeNs = atimeNs;
  this.mtimeNs = mtimeNs;
  this.ctimeNs = ctimeNs;
  this.birthtimeNs = birthtimeNs;
  this.atime = dateFromMs(this.atimeMs);
  this.mtime = dateFromMs(this.mtimeMs);
  this.ctime = dateFromMs(this.ctimeMs);
  this.birthtime = dateFromMs(this.birthtimeMs);
}
Object.setPrototypeOf(BigIntStats.prototype, StatsBase.prototype);
Object.setPrototypeOf(BigIntStats, StatsBase);
BigIntStats.prototype._checkModeProperty = function (property) {
  return (this.mode & BigInt(S_IFMT)) === BigInt(property);
};

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
  atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
  this.atime = dateFromMs(atimeMs);
  this.mtime = dateFromMs(mtimeMs);
  this.ctime = dateFromMs(ctimeMs);
  this.birthtime = dateFromMs(birthtimeMs);
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
Object.setPrototypeOf(Stats, StatsBase);
Stats.prototype.isFile = StatsBase.prototype.isFile;
Stats.prototype._checkModeProperty = function (property) {
  return (this.mode & S_IFMT) === property;
};

// Stats from the binding's stat array, built natively as the native statSync builds them
// (bindings/fs_fast.rs): the constructor above gives the same object at about six times the
// cost in Boa. `new fs.Stats(...)` still runs the constructor.
const statsFromArray = binding.makeStatsFromArray(Stats.prototype);

// The binding's stat array as Stats (or BigIntStats).
function getStatsFromBinding(a, bigint = false) {
  if (bigint) {
    const b = (i) => BigInt(a[i]);
    const ns = (i) => BigInt(a[i]) * 1000000000n + BigInt(a[i + 1]);
    return new BigIntStats(b(0), b(1), b(2), b(3), b(4), b(5), b(6), b(7), b(8), b(9),
      ns(10), ns(12), ns(14), ns(16));
  }
  return statsFromArray(a);
}

// ----- Dirent -----

const kType = Symbol('type');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }
  isDirectory() { return this[kType] === constants.UV_DIRENT_DIR; }
  isFile() { return this[kType] === constants.UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === constants.UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === constants.UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === constants.UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === constants.UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === constants.UV_DIRENT_SOCKET; }
}

// ----- times -----

// A time argument (seconds, a numeric string, or a Date) as seconds.
function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && +time == time) return +time;
  if (typeof time === 'number' && Number.isFinite(time)) return time < 0 ? Date.now() / 1000 : time;
  if (time instanceof Date) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

// As Node's: a libuv error that reaches a callback was made natively, on completion, so its
// stack is its first line alone (util.inspect shows it as `[Error: ENOENT: ...] { ... }`).
// Node's own JavaScript errors (ERR_* codes) keep their frames.
function withoutFrames(e) {
  if (e !== null && typeof e === 'object' && typeof e.errno === 'number' && typeof e.syscall === 'string' &&
      typeof e.code === 'string' && !e.code.startsWith('ERR_')) {
    e.stack = `${e.name}: ${e.message}`;
  }
  return e;
}

// ----- mkdir -----

const UV_ENOENT = -2;
const UV_EEXIST = -17;
const UV_ENOTDIR = -20;
const UV_EPERM = -1;
const UV_EACCES = -13;
const UV_ENOSPC = -28;

// mkdir in every form, as Node 20's: the path, then options.recursive, then the mode are
// checked. `async` (the callback and promise forms) follows Node's MKDirpAsync where it differs
// from the sync MKDirpSync.
function makeDirectory(path, options, async) {
  let mode = 0o777;
  let recursive = false;
  const p = getValidatedPath(path);
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) {
      validateBoolean(options.recursive, 'options.recursive');
      recursive = options.recursive;
    }
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'mode');
  }
  if (!recursive) {
    call(() => binding.mkdir(p, mode), 'mkdir', p);
    return undefined;
  }
  return mkdirp(p, mode, async);
}

// The trips Node's MKDirpAsync takes through the pool: with k directories to make, 2k - 1 (a
// failing mkdir for each missing one below the first that exists, then a mkdir for each); when
// all exist, two (mkdir fails with EEXIST, then a stat).
function mkdirpTrips(p) {
  let missing = 0;
  let cur = require('path').resolve(p);
  for (;;) {
    try {
      binding.stat(cur, true);
      break;
    } catch (e) {
      if (e !== UV_ENOENT) break;
    }
    missing++;
    const parent = require('path').dirname(cur);
    if (parent === cur) break;
    cur = parent;
  }
  return missing === 0 ? 2 : 2 * missing - 1;
}

// The trips Node's callback rimraf takes through the pool for the tree at `p` (the longest
// chain; children are removed in parallel): an entry's lstat, then a file's unlink, or a
// directory's rmdir (which fails when it has entries: then readdir, the children, rmdir again).
function rimrafTrips(p) {
  let st;
  try {
    st = binding.stat(p, false);
  } catch {
    return 1;
  }
  if ((st[1] & S_IFMT) !== S_IFDIR) return 2;
  let names;
  try {
    [names] = binding.readdir(p);
  } catch {
    return 2;
  }
  if (names.length === 0) return 2;
  let longest = 0;
  for (const n of names) longest = Math.max(longest, rimrafTrips(require('path').join(p, n)));
  return 3 + longest + 1;
}

// mkdir -p as Node's MKDirp: try the path itself first; on ENOENT make its parent (the path cut
// at its last '/', as written) and try again. The first directory made is returned in the
// caller's spelling ('x/y/' makes and returns 'x'), or undefined when it all existed. An entry
// that exists fails with what its stat says (ENOTDIR for 'file/'), EEXIST when no directory;
// the async form names an entry below the last one with ENOTDIR.
function mkdirp(p, mode, async) {
  let first;
  const stack = [p];
  while (stack.length > 0) {
    const next = stack.pop();
    let err = 0;
    try {
      binding.mkdir(next, mode);
    } catch (e) {
      if (typeof e !== 'number') throw e;
      err = e;
    }
    if (err === 0) {
      if (first === undefined) first = next;
      continue;
    }
    if (err === UV_ENOENT) {
      const cut = next.lastIndexOf('/');
      if (cut < 0 || next.slice(0, cut) === next) throw uvException({ errno: err, syscall: 'mkdir', path: p });
      stack.push(next, next.slice(0, cut));
      continue;
    }
    if (err === UV_EACCES || err === UV_ENOSPC || err === UV_ENOTDIR || err === UV_EPERM) {
      throw uvException({ errno: err, syscall: 'mkdir', path: p });
    }
    let st;
    let statErr = 0;
    try {
      st = binding.stat(next, true);
    } catch (e) {
      if (typeof e !== 'number') throw e;
      statErr = e;
    }
    const isDir = statErr === 0 && (st[1] & S_IFMT) === S_IFDIR;
    if (isDir) continue;
    if (async && next !== p) throw uvException({ errno: UV_ENOTDIR, syscall: 'mkdir', path: next });
    throw uvException({ errno: statErr || UV_EEXIST, syscall: 'mkdir', path: p });
  }
  return first;
}

// ----- cp -----

// Node's validateCpOptions: the options merged over the defaults, each checked.
function validateCpOptions(options) {
  const defaults = { dereference: false, errorOnExist: false, filter: undefined, force: true,
    preserveTimestamps: false, recursive: false, verbatimSymlinks: false };
  if (options === undefined) return defaults;
  validateObject(options, 'options');
  const opts = { ...defaults, ...options };
  for (const name of ['dereference', 'errorOnExist', 'force', 'preserveTimestamps', 'recursive', 'verbatimSymlinks']) {
    validateBoolean(opts[name], `options.${name}`);
  }
  if (opts.mode == null) opts.mode = 0;
  else validateInteger(opts.mode, 'mode', 0, 7);
  if (opts.dereference === true && opts.verbatimSymlinks === true) {
    throw new ERR_INCOMPATIBLE_OPTION_PAIR('dereference', 'verbatimSymlinks');
  }
  if (opts.filter !== undefined) validateFunction(opts.filter, 'options.filter');
  return opts;
}

// Marks the options of fs.cp and fsPromises.cp when they run the synchronous copy: the few
// errors whose fields differ between Node's cp and cp-sync read it.
const kCpAsync = Symbol('kCpAsync');
// fs.rmSync[kAsync], fs.mkdtempSync[kAsync]: the operation as its callback and promise forms
// behave, where they differ from the sync form.
const kAsync = Symbol('kAsync');

// DEP0147, once per process: fs.rmdir's `recursive` option (all three forms share the flag).
let recursiveRmdirWarned = false;
function emitRecursiveRmdirWarning() {
  if (recursiveRmdirWarned) return;
  recursiveRmdirWarned = true;
  process.emitWarning('In future versions of Node.js, fs.rmdir(path, { recursive: true }) will be removed. ' +
    'Use fs.rm(path, { recursive: true }) instead', 'DeprecationWarning', 'DEP0147');
}

// Node's validateRmdirOptions: the options of rm and rmdir, merged over `defaults`.
function validateRmdirOptions(options, defaults = { recursive: false, retryDelay: 100, maxRetries: 0 }) {
  if (options === undefined) return defaults;
  validateObject(options, 'options');
  const merged = { ...defaults, ...options };
  validateBoolean(merged.recursive, 'options.recursive');
  validateInt32(merged.retryDelay, 'options.retryDelay', 0);
  validateUint32(merged.maxRetries, 'options.maxRetries');
  return merged;
}

// Node 20's recursive readdir: breadth first (the sync and callback forms), or last in, first
// out with `lifo` (the promise form pops its queue). Without withFileTypes an entry is entered
// when it *stats* as a directory, so links to directories are followed (a loop ends at ELOOP);
// with withFileTypes only real directories are.
//
// As Node 20's, names come in the asked encoding and are joined onto their directory as they
// are: a Buffer base path or Buffer names (encoding 'buffer') make path.join throw once there is
// something to join, and names in another encoding (hex, ...) name no real entry below the top.
function readdirRecursive(base, opts, lifo = false) {
  const pathModule = require('path');
  const result = [];
  const queue = [base];
  for (let next = 0; lifo ? queue.length > 0 : next < queue.length; next++) {
    const dir = lifo ? queue.pop() : queue[next];
    const dirPath = dir instanceof Uint8Array ? decode(dir, 'utf8') : dir;
    const [names, types] = call(() => binding.readdir(dirPath), 'scandir', dirPath);
    for (let i = 0; i < names.length; i++) {
      const name = encodeResult(names[i], opts.encoding);
      if (opts.withFileTypes) {
        result.push(new Dirent(name, types[i], dir));
        if (types[i] === constants.UV_DIRENT_DIR) queue.push(pathModule.join(dir, name));
      } else {
        const full = pathModule.join(dir, name);
        result.push(pathModule.relative(base, full));
        if (binding.internalModuleStat(full) === 1) queue.push(full);
      }
    }
  }
  return result;
}

// Give functions Node's `name` and `length` (`shapes`: { key: length } or { key: [name, length] }
// for `target[key]`): the generic wrappers that build fs's callback and promise forms have none.
// How many callback or promise forms are running a sync form right now: those take the
// direct route even when a program has replaced fs.openSync and the like (fs.js `replaced`),
// as Node's callback and promise forms never call the module's sync functions.
let internalDepth = 0;
function internally(op) {
  internalDepth++;
  try {
    return op();
  } finally {
    internalDepth--;
  }
}
function isInternal() {
  return internalDepth > 0;
}

function defineShapes(target, shapes) {
  for (const [key, shape] of Object.entries(shapes)) {
    const [name, length] = typeof shape === 'number' ? [key, shape] : shape;
    Object.defineProperty(target[key], 'name', { __proto__: null, value: name, configurable: true });
    Object.defineProperty(target[key], 'length', { __proto__: null, value: length, configurable: true });
  }
}

module.exports = {
  binding,
  emitRecursiveRmdirWarning,
  validateCpOptions,
  bufferOf,
  bytesOf,
  call,
  constants,
  decode,
  defineShapes,
  internally,
  isInternal,
  Dirent,
  encode,
  encodeResult,
  getBuffer,
  getOptions,
  getStatsFromBinding,
  getValidatedPath,
  isArrayBufferView,
  isURL,
  keptPath,
  withoutFrames,
  makeDirectory,
  kType,
  readdirRecursive,
  resultEncoding,
  Stats,
  BigIntStats,
  stringToFlags,
  toUnixTimestamp,
  validateObject,
  validateRmdirOptions,
  kCpAsync,
  mkdirpTrips,
  rimrafTrips,
  kAsync,
};
