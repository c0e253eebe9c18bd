// internal/errors: the single table of Node error codes (`codes.ERR_*`: each code's class, made
// by internal/errors/classes; its message lives in internal/errors/messages.js, parsed only when
// a first error is built). The builders of system errors (uvException, errnoException,
// exceptionWithHostPort: internal/errors/system) and the rarer helpers (AbortError, ...:
// internal/errors/helpers) load on first use.
'use strict';

const {
  SystemError,
  defineVisible,
  getMessage,
  kIsNodeError,
  makeNamedErrorClass,
  makeNodeErrorClass,
  makeSystemErrorClass,
} = require('internal/errors/classes');

let system;
const lazySystem = () => (system ??= require('internal/errors/system'));
let helpers;
const lazyHelpers = () => (helpers ??= require('internal/errors/helpers'));

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
  return lazyHelpers().fallbackInspect(value);
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
// The table's entries.

const codes = {};

// E(code, Base, ...more): the class of `code`. `more` holds extra bases, exposed as
// `codes.X.RangeError` etc., and optionally one `{ name }` options object. The message (for a
// SystemError, its prefix) is `code`'s entry in internal/errors/messages.js.
// NOTE: `codes.X` is an accessor that makes its class on the first read, not here: building 124
// classes took most of this module's load, the longest step of a runtime's creation in a page,
// and a program meets a handful of codes. The accessor stays (the class is kept in `made`):
// a getter that replaces itself with a data property changes the object's shape under the read,
// and Boa 0.22's inline cache then calls the new value as the getter at that read site next time
// (`if (o.k) o.k` throws "class constructor cannot be invoked without 'new'" on the second call).
const made = new Map();
function E(code, Base, ...more) {
  Object.defineProperty(codes, code, {
    get() {
      let Cls = made.get(code);
      if (Cls === undefined) {
        Cls = makeCodeClass(code, Base, more);
        made.set(code, Cls);
      }
      return Cls;
    },
    set(value) { made.set(code, value); },
    enumerable: true,
    configurable: true,
  });
}

function makeCodeClass(code, Base, more) {
  const options = more.find((m) => typeof m === 'object') || {};
  const extraBases = more.filter((m) => typeof m === 'function');
  let Cls;
  if (Base === SystemError) Cls = makeSystemErrorClass(code);
  else if (options.name) Cls = makeNamedErrorClass(Base, code, options.name);
  else Cls = makeNodeErrorClass(Base, code);
  for (const Extra of extraBases) Cls[Extra.name] = makeNodeErrorClass(Extra, code);
  return Cls;
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
E('ERR_INVALID_MIME_SYNTAX', TypeError);
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

// The other exports load their module on first read (every user destructures them when it loads,
// none of the boot's modules does).
module.exports = {
  get AbortError() { return lazyHelpers().AbortError; },
  SystemError,
  get aggregateTwoErrors() { return lazyHelpers().aggregateTwoErrors; },
  codes,
  get cppError() { return lazyHelpers().cppError; },
  defineVisible,
  E,
  get errnoException() { return lazySystem().errnoException; },
  get ErrnoException() { return lazySystem().errnoException; },
  get exceptionWithHostPort() { return lazySystem().exceptionWithHostPort; },
  get genericNodeError() { return lazyHelpers().genericNodeError; },
  getMessage,
  get hideStackFrames() { return lazyHelpers().hideStackFrames; },
  inspect,
  get isErrorStackTraceLimitWritable() { return lazyHelpers().isErrorStackTraceLimitWritable; },
  kIsNodeError,
  str,
  get uvErrmapGet() { return lazySystem().uvErrmapGet; },
  get getUvMap() { return lazySystem().getUvMap; },
  get uvErrname() { return lazySystem().uvErrname; },
  get uvException() { return lazySystem().uvException; },
  get UVException() { return lazySystem().uvException; },
  get uvExceptionWithHostPort() { return lazySystem().exceptionWithHostPort; },
};
