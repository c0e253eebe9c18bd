// internal/errors: the single table of Node error codes (`codes.ERR_*`: each code's class; its
// message lives in internal/errors/messages.js, parsed only when a first error is built), plus
// the builders for system errors (uvException, errnoException, exceptionWithHostPort),
// AbortError and helpers.
'use strict';

const kIsNodeError = Symbol('kIsNodeError');

// ---------------------------------------------------------------------------------------------
// Lazy access to util.inspect (internal/util/inspect requires this module, so never load it
// eagerly). A tiny fallback keeps messages buildable if the inspect module is unavailable.

let inspectFn;
function inspect(value, options) {
  if (inspectFn === undefined) {
    try {
      inspectFn = require('internal/util/inspect').inspect;
    } catch {
      inspectFn = null;
    }
  }
  if (typeof inspectFn === 'function') return inspectFn(value, options);
  return fallbackInspect(value);
}

function fallbackInspect(value) {
  switch (typeof value) {
    case 'string': return value.includes("'") && !value.includes('"') ?
      `"${value}"` : `'${value.replace(/'/g, "\\'")}'`;
    case 'number': return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint': return `${value}n`;
    case 'function': return `[Function: ${value.name || '(anonymous)'}]`;
    case 'symbol': return value.toString();
    case 'object':
      if (value === null) return 'null';
      if (Array.isArray(value)) return `[ ${value.map(fallbackInspect).join(', ')} ]`;
      return Object.prototype.toString.call(value);
    default: return String(value);
  }
}

// `%s`-style conversion used by simple message templates.
function str(value) {
  if (typeof value === 'string') return value;
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'number' && Object.is(value, -0)) return '-0';
  if (typeof value === 'symbol') return value.toString();
  if (value !== null && typeof value === 'object') {
    const own = typeof value.toString === 'function' &&
      value.toString !== Object.prototype.toString &&
      value.toString !== Error.prototype.toString;
    if (!own) return inspect(value, { depth: 0, colors: false, compact: 3 });
  }
  return String(value);
}

// ---------------------------------------------------------------------------------------------
// Stacks. Boa's `new Error().stack` holds only `    at ...` lines (the runtime's shim, like V8,
// adds a header line); keep just the frame lines, dropping the ones inside this file. The
// frames are recorded when the error is made but only formatted when `stack` is first read.

function framesOf(holder) {
  let raw;
  try {
    raw = holder.stack;
  } catch {
    return '';
  }
  if (typeof raw !== 'string') return '';
  const frames = raw.split('\n').filter(
    (line) => line.trimStart().startsWith('at ') && !line.includes('internal/errors'));
  return frames.length ? `\n${frames.join('\n')}` : '';
}

// Installs an own, non-enumerable `stack` whose first line is `header(err)`, computed on first
// read (so later edits of `message` show up, as in V8) and replaceable by assignment.
function installStack(err, header) {
  const holder = new Error();
  let value;
  let computed = false;
  try {
    Object.defineProperty(err, 'stack', {
      get() {
        if (!computed) {
          computed = true;
          value = header(err) + framesOf(holder);
        }
        return value;
      },
      set(v) {
        computed = true;
        value = v;
      },
      enumerable: false,
      configurable: true,
    });
  } catch {
    try { err.stack = header(err) + framesOf(holder); } catch { /* keep the engine's stack */ }
  }
}

function plainHeader(err) {
  const name = err.name === undefined ? 'Error' : String(err.name);
  const msg = err.message === undefined ? '' : String(err.message);
  if (!name) return msg;
  return msg ? `${name}: ${msg}` : name;
}

function defineHidden(obj, key, value) {
  Object.defineProperty(obj, key, { value, writable: true, enumerable: false, configurable: true });
}

function defineVisible(obj, key, value) {
  Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
}

// ---------------------------------------------------------------------------------------------
// Classes produced by the table.

const codes = {};
let messages;

function getMessage(code, args, self) {
  messages ??= require('internal/errors/messages').messages;
  const msg = messages.get(code);
  if (typeof msg === 'function') return msg.apply(self, args);
  return msg;
}

// `[name] [code]: message` errors (the common case).
function makeNodeErrorClass(Base, code) {
  const NodeError = class NodeError extends Base {
    constructor(...args) {
      super();
      defineVisible(this, 'code', code);
      defineHidden(this, 'message', getMessage(code, args, this));
      Object.defineProperty(this, kIsNodeError, { value: true, configurable: true });
      installStack(this, (err) => `${err.name} [${err.code}]: ${err.message}`);
    }

    toString() {
      return `${this.name} [${code}]: ${this.message}`;
    }
  };
  return NodeError;
}

// Errors carrying their own enumerable `name` (e.g. UnhandledPromiseRejection), printed as
// `name: message` like a plain Error.
function makeNamedErrorClass(Base, code, name) {
  return class NodeError extends Base {
    constructor(...args) {
      super();
      defineHidden(this, 'message', getMessage(code, args, this));
      defineVisible(this, 'code', code);
      defineVisible(this, 'name', name);
      installStack(this, plainHeader);
    }
  };
}

// Node's SystemError: `prefix: syscall returned CODE (message) path => dest`, with an `info`
// object and accessors for errno/syscall/path/dest that read and write `info`.
class SystemError extends Error {
  constructor(code, prefix, context) {
    super();
    const ctx = context || {};
    let message = `${prefix}: ${ctx.syscall} returned ${ctx.code} (${ctx.message})`;
    if (ctx.path !== undefined) message += ` ${ctx.path}`;
    if (ctx.dest !== undefined) message += ` => ${ctx.dest}`;
    defineVisible(this, 'code', code);
    defineHidden(this, 'name', 'SystemError');
    defineHidden(this, 'message', message);
    Object.defineProperty(this, 'info', {
      value: ctx, enumerable: true, configurable: true, writable: false,
    });
    for (const key of ['errno', 'syscall', 'path', 'dest']) {
      if (key !== 'errno' && key !== 'syscall' && ctx[key] === undefined) continue;
      Object.defineProperty(this, key, {
        get() { return ctx[key]; },
        set(value) { ctx[key] = value; },
        enumerable: true,
        configurable: true,
      });
    }
    Object.defineProperty(this, kIsNodeError, { value: true, configurable: true });
    installStack(this, (err) => `${err.name} [${err.code}]: ${err.message}`);
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

function makeSystemErrorClass(code) {
  return class NodeError extends SystemError {
    constructor(context) {
      super(code, getMessage(code, [], undefined), context);
    }
  };
}

// E(code, Base, ...more): the class of `code`. `more` holds extra bases, exposed as
// `codes.X.RangeError` etc., and optionally one `{ name }` options object. The message (for a
// SystemError, its prefix) is `code`'s entry in internal/errors/messages.js.
function E(code, Base, ...more) {
  const options = more.find((m) => typeof m === 'object') || {};
  const extraBases = more.filter((m) => typeof m === 'function');
  let Cls;
  if (Base === SystemError) Cls = makeSystemErrorClass(code);
  else if (options.name) Cls = makeNamedErrorClass(Base, code, options.name);
  else Cls = makeNodeErrorClass(Base, code);
  for (const Extra of extraBases) Cls[Extra.name] = makeNodeErrorClass(Extra, code);
  codes[code] = Cls;
}

// ---------------------------------------------------------------------------------------------
// THE table. Keep it sorted by code, and in step with internal/errors/messages.js.

E('ERR_AMBIGUOUS_ARGUMENT', TypeError);
E('ERR_ARG_NOT_ITERABLE', TypeError);
E('ERR_ASSERTION', Error);
E('ERR_ASYNC_CALLBACK', TypeError);
E('ERR_ASYNC_TYPE', TypeError);
E('ERR_BROTLI_INVALID_PARAM', RangeError);
E('ERR_BUFFER_OUT_OF_BOUNDS', RangeError);
E('ERR_BUFFER_TOO_LARGE', RangeError);
E('ERR_CHILD_PROCESS_IPC_REQUIRED', Error);
E('ERR_CHILD_PROCESS_STDIO_MAXBUFFER', RangeError);
E('ERR_CONSOLE_WRITABLE_STREAM', TypeError);
E('ERR_CRYPTO_HASH_FINALIZED', Error);
E('ERR_CRYPTO_HASH_UPDATE_FAILED', Error);
E('ERR_CRYPTO_INVALID_AUTH_TAG', TypeError);
E('ERR_CRYPTO_INVALID_DIGEST', TypeError);
E('ERR_CRYPTO_INVALID_IV', TypeError);
E('ERR_CRYPTO_INVALID_JWK', TypeError);
E('ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', TypeError);
E('ERR_CRYPTO_INVALID_KEYLEN', RangeError);
E('ERR_CRYPTO_INVALID_SCRYPT_PARAMS', RangeError);
E('ERR_CRYPTO_INVALID_STATE', Error);
E('ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', Error);
E('ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', RangeError);
E('ERR_CRYPTO_UNKNOWN_CIPHER', Error);
E('ERR_DIR_CLOSED', Error);
E('ERR_DIR_CONCURRENT_OPERATION', Error);
E('ERR_ENCODING_INVALID_ENCODED_DATA', TypeError);
E('ERR_ENCODING_NOT_SUPPORTED', RangeError);
E('ERR_EVENT_RECURSION', Error);
E('ERR_FALSY_VALUE_REJECTION', Error);
E('ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', TypeError);
E('ERR_FS_CP_DIR_TO_NON_DIR', SystemError);
E('ERR_FS_CP_EEXIST', SystemError);
E('ERR_FS_CP_EINVAL', SystemError);
E('ERR_FS_CP_FIFO_PIPE', SystemError);
E('ERR_FS_CP_NON_DIR_TO_DIR', SystemError);
E('ERR_FS_CP_SOCKET', SystemError);
E('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', SystemError);
E('ERR_FS_CP_UNKNOWN', SystemError);
E('ERR_FS_EISDIR', SystemError);
E('ERR_FS_FILE_TOO_LARGE', RangeError);
E('ERR_FS_INVALID_SYMLINK_TYPE', Error);
E('ERR_ILLEGAL_CONSTRUCTOR', TypeError);
E('ERR_INCOMPATIBLE_OPTION_PAIR', TypeError);
E('ERR_INTERNAL_ASSERTION', Error);
E('ERR_INVALID_ARG_TYPE', TypeError);
E('ERR_INVALID_ARG_VALUE', TypeError, RangeError);
E('ERR_INVALID_ASYNC_ID', RangeError);
E('ERR_INVALID_BUFFER_SIZE', RangeError);
E('ERR_INVALID_CHAR', TypeError);
E('ERR_INVALID_CURSOR_POS', TypeError);
E('ERR_INVALID_FD', RangeError);
E('ERR_INVALID_FD_TYPE', TypeError);
E('ERR_INVALID_FILE_URL_HOST', TypeError);
E('ERR_INVALID_FILE_URL_PATH', TypeError);
E('ERR_INVALID_HANDLE_TYPE', TypeError);
E('ERR_INVALID_HTTP_TOKEN', TypeError);
E('ERR_INVALID_IP_ADDRESS', TypeError);
E('ERR_INVALID_MODULE_SPECIFIER', TypeError);
E('ERR_INVALID_OPT_VALUE_ENCODING', TypeError);
E('ERR_INVALID_PACKAGE_CONFIG', Error);
E('ERR_INVALID_PACKAGE_TARGET', Error);
E('ERR_INVALID_PROTOCOL', TypeError);
E('ERR_INVALID_RETURN_VALUE', TypeError, RangeError);
E('ERR_INVALID_STATE', Error, TypeError, RangeError);
E('ERR_INVALID_SYNC_FORK_INPUT', TypeError);
E('ERR_INVALID_THIS', TypeError);
E('ERR_INVALID_TRANSFER_OBJECT', TypeError);
E('ERR_INVALID_TUPLE', TypeError);
E('ERR_INVALID_URI', URIError);
E('ERR_INVALID_URL', TypeError);
E('ERR_INVALID_URL_SCHEME', TypeError);
E('ERR_IPC_CHANNEL_CLOSED', Error);
E('ERR_IPC_DISCONNECTED', Error);
E('ERR_IPC_ONE_PIPE', Error);
E('ERR_IPC_SYNC_FORK', Error);
E('ERR_METHOD_NOT_IMPLEMENTED', Error);
E('ERR_MISSING_ARGS', TypeError);
E('ERR_MISSING_OPTION', TypeError);
E('ERR_MODULE_NOT_FOUND', Error);
E('ERR_MULTIPLE_CALLBACK', Error);
E('ERR_NO_CRYPTO', Error);
E('ERR_NO_ICU', TypeError);
E('ERR_OPERATION_FAILED', Error, TypeError);
E('ERR_OUT_OF_RANGE', RangeError);
E('ERR_PERFORMANCE_INVALID_TIMESTAMP', TypeError);
E('ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', TypeError);
E('ERR_PACKAGE_IMPORT_NOT_DEFINED', TypeError);
E('ERR_PACKAGE_PATH_NOT_EXPORTED', Error);
E('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', TypeError);
E('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', TypeError);
E('ERR_PARSE_ARGS_UNKNOWN_OPTION', TypeError);
E('ERR_REQUIRE_ASYNC_MODULE', Error);
E('ERR_REQUIRE_ESM', Error);
E('ERR_SERVER_ALREADY_LISTEN', Error);
E('ERR_SERVER_NOT_RUNNING', Error);
E('ERR_SOCKET_ALREADY_BOUND', Error);
E('ERR_SOCKET_BAD_PORT', RangeError);
E('ERR_SOCKET_CLOSED', Error);
E('ERR_STREAM_ALREADY_FINISHED', Error);
E('ERR_STREAM_CANNOT_PIPE', Error);
E('ERR_STREAM_DESTROYED', Error);
E('ERR_STREAM_NULL_VALUES', TypeError);
E('ERR_STREAM_PREMATURE_CLOSE', Error);
E('ERR_STREAM_PUSH_AFTER_EOF', Error);
E('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', Error);
E('ERR_STREAM_WRAP', Error);
E('ERR_STREAM_WRITE_AFTER_END', Error);
E('ERR_SYSTEM_ERROR', SystemError);
E('ERR_UNAVAILABLE_DURING_EXIT', Error);
E('ERR_UNESCAPED_CHARACTERS', TypeError);
E('ERR_UNHANDLED_ERROR', Error);
E('ERR_UNHANDLED_REJECTION', Error, { name: 'UnhandledPromiseRejection' });
E('ERR_UNKNOWN_BUILTIN_MODULE', Error);
E('ERR_UNKNOWN_CREDENTIAL', Error);
E('ERR_UNKNOWN_ENCODING', TypeError);
E('ERR_UNKNOWN_FILE_EXTENSION', TypeError);
E('ERR_UNKNOWN_MODULE_FORMAT', RangeError);
E('ERR_UNKNOWN_SIGNAL', TypeError);
E('ERR_UNSUPPORTED_DIR_IMPORT', Error);
E('ERR_UNSUPPORTED_ESM_URL_SCHEME', Error);
E('ERR_USE_AFTER_CLOSE', Error);
E('ERR_WORKER_UNSUPPORTED_OPERATION', TypeError);
E('ERR_ZLIB_INITIALIZATION_FAILED', Error);

// ---------------------------------------------------------------------------------------------
// System errors from libuv / errno. Every lookup goes through getUvMap(), over the native table.

let uvBinding;
function getUvBinding() {
  if (uvBinding === undefined) {
    try {
      uvBinding = (typeof internalBinding === 'function' && internalBinding('uv')) || null;
    } catch {
      uvBinding = null;
    }
  }
  return uvBinding;
}

// errno -> [name, description], in libuv's order: the one table (src/errno.rs), read through
// `internalBinding('uv').errors` ({ E2BIG: [-7, 'argument list too long'], ... }).
let uvMap;
function getUvMap() {
  if (uvMap === undefined) {
    uvMap = new Map();
    const errors = getUvBinding()?.errors;
    if (errors !== null && typeof errors === 'object') {
      for (const name of Object.keys(errors)) {
        const [errno, desc] = errors[name];
        uvMap.set(errno, [name, desc]);
      }
    }
  }
  return uvMap;
}

// The one lookup: errno (negative number) -> [name, description], or undefined.
function uvErrmapGet(errno) {
  return getUvMap().get(errno);
}

// Reverse lookup: 'ENOENT' -> -2.
function uvErrnoFromName(name) {
  for (const [errno, [n]] of getUvMap()) if (n === name) return errno;
  return undefined;
}

function uvErrname(errno) {
  const info = uvErrmapGet(errno);
  if (info) return info[0];
  const binding = getUvBinding();
  if (typeof binding?.errname === 'function') return binding.errname(errno);
  return `Unknown system error ${errno}`;
}

function uvErrorInfo(errno, code) {
  let info = typeof errno === 'number' ? uvErrmapGet(errno) : undefined;
  if (info === undefined && typeof code === 'string') {
    const n = uvErrnoFromName(code);
    if (n !== undefined) info = uvErrmapGet(n);
  }
  return info || ['UNKNOWN', 'unknown error'];
}

// uvException({ errno, code, syscall, path, dest, message }): fs-style system error,
// e.g. "ENOENT: no such file or directory, open '/a'".
function uvException(ctx) {
  let errno = ctx.errno;
  if (typeof errno !== 'number' && typeof ctx.code === 'string') errno = uvErrnoFromName(ctx.code);
  const [name, desc] = uvErrorInfo(errno, ctx.code);
  const code = name === 'UNKNOWN' && typeof ctx.code === 'string' ? ctx.code : name;
  // Buffer/URL paths are reported as strings.
  const path = ctx.path == null ? undefined : String(ctx.path);
  const dest = ctx.dest == null ? undefined : String(ctx.dest);
  let message = `${code}: ${ctx.message || desc}, ${ctx.syscall}`;
  if (path !== undefined) message += ` '${path}'`;
  if (dest !== undefined) message += ` -> '${dest}'`;
  const err = new Error(message);
  defineVisible(err, 'errno', errno);
  defineVisible(err, 'code', code);
  defineVisible(err, 'syscall', ctx.syscall);
  if (path !== undefined) defineVisible(err, 'path', path);
  if (dest !== undefined) defineVisible(err, 'dest', dest);
  installStack(err, plainHeader);
  return err;
}

// errnoException(errno, syscall, original): "open ENOENT" style.
function errnoException(errno, syscall, original = undefined) {
  const code = uvErrname(errno);
  const message = original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`;
  const err = new Error(message);
  defineVisible(err, 'errno', errno);
  defineVisible(err, 'code', code);
  defineVisible(err, 'syscall', syscall);
  installStack(err, plainHeader);
  return err;
}

// exceptionWithHostPort(errno, syscall, address, port, additional): net-style errors,
// e.g. "connect ECONNREFUSED 127.0.0.1:80".
function exceptionWithHostPort(errno, syscall, address, port, additional = undefined) {
  const code = uvErrname(errno);
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  if (additional) details += ` - Local (${additional})`;
  const err = new Error(`${syscall} ${code}${details}`);
  defineVisible(err, 'errno', errno);
  defineVisible(err, 'code', code);
  defineVisible(err, 'syscall', syscall);
  defineVisible(err, 'address', address);
  if (port) defineVisible(err, 'port', port);
  installStack(err, plainHeader);
  return err;
}

// ---------------------------------------------------------------------------------------------
// Other exported helpers.

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    defineVisible(this, 'code', 'ABORT_ERR');
    defineVisible(this, 'name', 'AbortError');
    installStack(this, plainHeader);
  }
}

function hideStackFrames(fn) {
  return fn;
}

// Combines two errors: returns the one that is set, or an AggregateError of both
// (outerError first) carrying outerError's code.
function aggregateTwoErrors(innerError, outerError) {
  if (innerError && outerError && innerError !== outerError) {
    if (Array.isArray(outerError.errors)) {
      outerError.errors.push(innerError);
      return outerError;
    }
    const err = new AggregateError([outerError, innerError], outerError.message);
    defineVisible(err, 'code', outerError.code);
    installStack(err, plainHeader);
    return err;
  }
  return innerError || outerError;
}

// Plain Error with extra enumerable properties (e.g. MaxListenersExceededWarning).
function genericNodeError(message, props) {
  const err = new Error(message);
  Object.assign(err, props);
  installStack(err, plainHeader);
  return err;
}

function isErrorStackTraceLimitWritable() {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (desc === undefined) return Object.isExtensible(Error);
  return desc.writable !== false || typeof desc.set === 'function';
}

module.exports = {
  AbortError,
  SystemError,
  aggregateTwoErrors,
  codes,
  defineVisible,
  E,
  errnoException,
  ErrnoException: errnoException,
  exceptionWithHostPort,
  genericNodeError,
  getMessage,
  hideStackFrames,
  inspect,
  isErrorStackTraceLimitWritable,
  kIsNodeError,
  str,
  uvErrmapGet,
  getUvMap,
  uvErrname,
  uvException,
  UVException: uvException,
  uvExceptionWithHostPort: exceptionWithHostPort,
};
