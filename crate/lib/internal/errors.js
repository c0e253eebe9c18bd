// internal/errors: the single table of Node error codes (`codes.ERR_*`), plus the builders for
// system errors (uvException, errnoException, exceptionWithHostPort), AbortError and helpers.
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
const messages = new Map();

function getMessage(code, args, self) {
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

function makeSystemErrorClass(code, prefix) {
  return class NodeError extends SystemError {
    constructor(context) {
      super(code, prefix, context);
    }
  };
}

// E(code, message, Base, ...more): `message` is a string or a function of the constructor
// arguments (called with the new error as `this`). `more` holds extra bases, exposed as
// `codes.X.RangeError` etc., and optionally one `{ name }` options object.
function E(code, message, Base, ...more) {
  messages.set(code, message);
  const options = more.find((m) => typeof m === 'object') || {};
  const extraBases = more.filter((m) => typeof m === 'function');
  let Cls;
  if (Base === SystemError) Cls = makeSystemErrorClass(code, message);
  else if (options.name) Cls = makeNamedErrorClass(Base, code, options.name);
  else Cls = makeNodeErrorClass(Base, code);
  for (const Extra of extraBases) Cls[Extra.name] = makeNodeErrorClass(Extra, code);
  codes[code] = Cls;
}

// ---------------------------------------------------------------------------------------------
// Message helpers.

const classRegExp = /^([A-Z][a-z0-9]*)+$/;
const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean',
  'bigint', 'symbol'];

function addNumericalSeparator(val) {
  let res = '';
  let i = val.length;
  const start = val[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = `_${val.slice(i - 3, i)}${res}`;
  return `${val.slice(0, i)}${res}`;
}

// "one of type a, b, or c" style lists.
function formatList(array, type = 'and') {
  if (array.length < 3) return array.join(` ${type} `);
  return `${array.slice(0, -1).join(', ')}, ${type} ${array[array.length - 1]}`;
}

// Describes a received value: `undefined`, `function f`, `an instance of Foo`,
// `type number (42)`.
function determineSpecificType(value) {
  if (value == null) return String(value);
  if (typeof value === 'function' && value.name !== undefined) return `function ${value.name}`;
  if (typeof value === 'object') {
    const ctor = value.constructor;
    if ((typeof ctor === 'function' || (typeof ctor === 'object' && ctor !== null)) &&
        'name' in ctor) {
      return `an instance of ${ctor.name}`;
    }
    return inspect(value, { depth: -1 });
  }
  let shown;
  if (typeof value === 'string') {
    shown = value.length > 28 ? `${value.slice(0, 25)}...` : value;
    shown = shown.includes("'") ? JSON.stringify(shown) : `'${shown}'`;
  } else {
    shown = inspect(value, { colors: false });
  }
  return `type ${typeof value} (${shown})`;
}

function describeExpected(expected) {
  const list = Array.isArray(expected) ? expected : [expected];
  const types = [];
  const instances = [];
  const other = [];
  for (const value of list) {
    if (kTypes.includes(value)) types.push(value.toLowerCase());
    else if (classRegExp.test(value)) instances.push(value);
    else other.push(value);
  }
  // With instances listed, `object` is named among them as `Object`.
  if (instances.length > 0 && types.includes('object')) {
    types.splice(types.indexOf('object'), 1);
    instances.push('Object');
  }
  const parts = [];
  if (types.length > 0) {
    parts.push(types.length > 1 ?
      `one of type ${formatList(types, 'or')}` : `of type ${types[0]}`);
  }
  if (instances.length > 0) parts.push(`an instance of ${formatList(instances, 'or')}`);
  if (other.length > 0) {
    if (other.length > 1) {
      parts.push(`one of ${formatList(other, 'or')}`);
    } else {
      parts.push(other[0].toLowerCase() !== other[0] ? `an ${other[0]}` : other[0]);
    }
  }
  return parts.join(' or ');
}

function invalidArgType(name, expected, actual) {
  let subject;
  if (name.endsWith(' argument')) subject = `The ${name}`;
  else subject = `The "${name}" ${name.includes('.') ? 'property' : 'argument'}`;
  return `${subject} must be ${describeExpected(expected)}. ` +
    `Received ${determineSpecificType(actual)}`;
}

function invalidArgValue(name, value, reason = 'is invalid') {
  let inspected = inspect(value);
  if (inspected.length > 128) inspected = `${inspected.slice(0, 128)}...`;
  const type = name.includes('.') ? 'property' : 'argument';
  return `The ${type} '${name}' ${reason}. Received ${inspected}`;
}

function outOfRange(str, range, input, replaceDefaultBoolean = false) {
  const msg = replaceDefaultBoolean ? str : `The value of "${str}" is out of range.`;
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = addNumericalSeparator(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else {
    received = inspect(input);
  }
  return `${msg} It must be ${range}. Received ${received}`;
}

function missingArgs(...args) {
  if (args.length === 0) throw new Error('At least one arg needs to be specified');
  const wrap = (a) => `"${a}"`;
  const names = args.map((a) => (Array.isArray(a) ? a.map(wrap).join(' or ') : wrap(a)));
  const noun = names.length === 1 ? 'argument' : 'arguments';
  return `The ${formatList(names)} ${noun} must be specified`;
}

// How V8 describes a non-Error rejection reason without running user code.
function describeRejection(reason) {
  if (typeof reason === 'function') return Function.prototype.toString.call(reason);
  if (typeof reason === 'symbol') return reason.toString();
  if (reason === null || typeof reason !== 'object') return String(reason);
  if (reason.toString === Object.prototype.toString) {
    const ctor = reason.constructor;
    if (typeof ctor === 'function' && ctor.name) return `#<${ctor.name}>`;
  }
  return Object.prototype.toString.call(reason);
}

function setProps(err, props) {
  for (const key of Object.keys(props)) {
    if (props[key] !== undefined) defineVisible(err, key, props[key]);
  }
}

// ---------------------------------------------------------------------------------------------
// THE table. Keep it sorted by code.

E('ERR_AMBIGUOUS_ARGUMENT', (name, reason) => `The "${name}" argument is ambiguous. ${reason}`,
  TypeError);
E('ERR_ARG_NOT_ITERABLE', (name) => `${name} must be iterable`, TypeError);
E('ERR_ASSERTION', (message) => str(message), Error);
E('ERR_ASYNC_CALLBACK', (name) => `${name} must be a function`, TypeError);
E('ERR_ASYNC_TYPE', (type) => `Invalid name for async "type": ${type}`, TypeError);
E('ERR_BROTLI_INVALID_PARAM', (p) => `${p} is not a valid Brotli parameter`, RangeError);
E('ERR_BUFFER_OUT_OF_BOUNDS', (name = undefined) => (name ?
  `"${name}" is outside of buffer bounds` : 'Attempt to access memory outside buffer bounds'),
RangeError);
E('ERR_BUFFER_TOO_LARGE', (max) => `Cannot create a Buffer larger than ${max} bytes`, RangeError);
E('ERR_CHILD_PROCESS_IPC_REQUIRED', (name) =>
  `Forked processes must have an IPC channel, missing value 'ipc' in ${name}`, Error);
E('ERR_CHILD_PROCESS_STDIO_MAXBUFFER', (name) => `${name} maxBuffer length exceeded`,
  RangeError);
E('ERR_CONSOLE_WRITABLE_STREAM', (name) =>
  `Console expects a writable stream instance for ${name}`, TypeError);
E('ERR_CRYPTO_HASH_FINALIZED', 'Digest already called', Error);
E('ERR_CRYPTO_HASH_UPDATE_FAILED', 'Hash update failed', Error);
E('ERR_CRYPTO_INVALID_AUTH_TAG', (tag) => `Invalid authentication tag length: ${str(tag)}`, TypeError);
E('ERR_CRYPTO_INVALID_DIGEST', (digest) => `Invalid digest: ${str(digest)}`, TypeError);
E('ERR_CRYPTO_INVALID_IV', 'Invalid initialization vector', TypeError);
E('ERR_CRYPTO_INVALID_JWK', 'Invalid JWK data', TypeError);
E('ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', (type, expected) =>
  `Invalid key object type ${str(type)}, expected ${str(expected)}.`, TypeError);
E('ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length', RangeError);
E('ERR_CRYPTO_INVALID_SCRYPT_PARAMS',
  (detail) => (detail ? `Invalid scrypt params: ${detail}` : 'Invalid scrypt params'), RangeError);
E('ERR_CRYPTO_INVALID_STATE', (op) => (op === undefined ? 'Invalid state' : `Invalid state for operation ${op}`),
  Error);
E('ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', 'Invalid scrypt parameter', Error);
E('ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length', RangeError);
E('ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher', Error);
E('ERR_DIR_CLOSED', 'Directory handle was closed', Error);
E('ERR_DIR_CONCURRENT_OPERATION', 'Cannot do synchronous work on directory handle with ' +
  'concurrent asynchronous operations', Error);
E('ERR_ENCODING_INVALID_ENCODED_DATA', function(encoding, ret) {
  defineVisible(this, 'errno', ret);
  return `The encoded data was not valid for encoding ${encoding}`;
}, TypeError);
E('ERR_ENCODING_NOT_SUPPORTED', (encoding) => `The "${encoding}" encoding is not supported`,
  RangeError);
E('ERR_EVENT_RECURSION', (type) => `The event "${type}" is already being dispatched`, Error);
E('ERR_FALSY_VALUE_REJECTION', function(reason) {
  defineVisible(this, 'reason', reason);
  return 'Promise was rejected with falsy value';
}, Error);
E('ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', (feature) =>
  `The feature ${feature} is unavailable on the current platform, which is being used to run ` +
  'Node.js', TypeError);
E('ERR_FS_CP_DIR_TO_NON_DIR', 'Cannot overwrite non-directory with directory', SystemError);
E('ERR_FS_CP_EEXIST', 'Target already exists', SystemError);
E('ERR_FS_CP_EINVAL', 'Invalid src or dest', SystemError);
E('ERR_FS_CP_FIFO_PIPE', 'Cannot copy a FIFO pipe', SystemError);
E('ERR_FS_CP_NON_DIR_TO_DIR', 'Cannot overwrite directory with non-directory', SystemError);
E('ERR_FS_CP_SOCKET', 'Cannot copy a socket file', SystemError);
E('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', 'Cannot overwrite symlink in subdirectory of self',
  SystemError);
E('ERR_FS_CP_UNKNOWN', 'Cannot copy an unknown file type', SystemError);
E('ERR_FS_EISDIR', 'Path is a directory', SystemError);
E('ERR_FS_FILE_TOO_LARGE', (size) => `File size (${str(size)}) is greater than 2 GiB`,
  RangeError);
E('ERR_FS_INVALID_SYMLINK_TYPE', (type) =>
  `Symlink type must be one of "dir", "file", or "junction". Received "${type}"`, Error);
E('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError);
E('ERR_INCOMPATIBLE_OPTION_PAIR', (a, b) =>
  `Option "${a}" cannot be used in combination with option "${b}"`, TypeError);
E('ERR_INTERNAL_ASSERTION', (message) => {
  const suffix = 'This is caused by either a bug in Node.js ' +
    'or incorrect usage of Node.js internals.\n' +
    'Please open an issue with this stack trace at https://github.com/nodejs/node/issues\n';
  return message === undefined ? suffix : `${message}\n${suffix}`;
}, Error);
E('ERR_INVALID_ARG_TYPE', invalidArgType, TypeError);
E('ERR_INVALID_ARG_VALUE', invalidArgValue, TypeError, RangeError);
E('ERR_INVALID_ASYNC_ID', (type, id) => `Invalid ${type} value: ${str(id)}`, RangeError);
E('ERR_INVALID_BUFFER_SIZE', (size) => `Buffer size must be a multiple of ${size}`, RangeError);
E('ERR_INVALID_CHAR', (name, field = undefined) => {
  let msg = `Invalid character in ${name}`;
  if (field !== undefined) msg += ` ["${field}"]`;
  return msg;
}, TypeError);
E('ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column', TypeError);
E('ERR_INVALID_FD', (fd) => `"fd" must be a positive integer: ${str(fd)}`, RangeError);
E('ERR_INVALID_FD_TYPE', (type) => `Unsupported fd type: ${type}`, TypeError);
E('ERR_INVALID_FILE_URL_HOST', (platform) =>
  `File URL host must be "localhost" or empty on ${platform}`, TypeError);
E('ERR_INVALID_FILE_URL_PATH', (reason) => `File URL path ${reason}`, TypeError);
E('ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent', TypeError);
E('ERR_INVALID_HTTP_TOKEN', (name, field) => `${name} must be a valid HTTP token ["${field}"]`,
  TypeError);
E('ERR_INVALID_IP_ADDRESS', (ip) => `Invalid IP address: ${ip}`, TypeError);
E('ERR_INVALID_MODULE_SPECIFIER', (request, reason, base = undefined) =>
  `Invalid module "${request}" ${reason}${base ? ` imported from ${base}` : ''}`, TypeError);
E('ERR_INVALID_OPT_VALUE_ENCODING', (value) =>
  `The value "${str(value)}" is invalid for option "encoding"`, TypeError);
E('ERR_INVALID_PACKAGE_CONFIG', (path, base, message) =>
  `Invalid package config ${path}${base ? ` while importing ${base}` : ''}` +
  `${message ? `. ${message}` : ''}`, Error);
E('ERR_INVALID_PACKAGE_TARGET', (pkgDir, key, target, isImport = false, base = undefined) => {
  const pjson = `${pkgDir.endsWith('/') ? pkgDir : `${pkgDir}/`}package.json`;
  const relError = typeof target === 'string' && !isImport && target.length > 0 && !target.startsWith('./');
  let message;
  if (key === '.') {
    message = `Invalid "exports" main target ${JSON.stringify(target)} defined in the package config ${pjson}`;
  } else {
    message = `Invalid "${isImport ? 'imports' : 'exports'}" target ${JSON.stringify(target)} defined for ` +
      `'${key}' in the package config ${pjson}`;
  }
  if (base) message += ` imported from ${base}`;
  if (relError) message += '; targets must start with "./"';
  return message;
}, Error);
E('ERR_INVALID_PROTOCOL', (protocol, expected) =>
  `Protocol "${protocol}" not supported. Expected "${expected}"`, TypeError);
E('ERR_INVALID_RETURN_VALUE', (input, name, value) =>
  `Expected ${input} to be returned from the "${name}" function but got ` +
  `${determineSpecificType(value)}.`, TypeError, RangeError);
E('ERR_INVALID_STATE', (reason) => `Invalid state: ${str(reason)}`, Error, TypeError, RangeError);
E('ERR_INVALID_SYNC_FORK_INPUT', (value) => 'Asynchronous forks do not support Buffer, ' +
  `TypedArray, DataView or string input: ${str(value)}`, TypeError);
E('ERR_INVALID_THIS', (type) => `Value of "this" must be of type ${type}`, TypeError);
E('ERR_INVALID_TRANSFER_OBJECT', 'Found invalid object in transferList', TypeError);
E('ERR_INVALID_TUPLE', (name, tuple) => `${name} must be an iterable ${tuple} tuple`, TypeError);
E('ERR_INVALID_URI', 'URI malformed', URIError);
E('ERR_INVALID_URL', function(input, base = null) {
  setProps(this, { input, base: base === null ? undefined : base });
  return 'Invalid URL';
}, TypeError);
E('ERR_INVALID_URL_SCHEME', (expected) => {
  const list = typeof expected === 'string' ? [expected] : expected;
  if (list.length > 2) throw new TypeError('ERR_INVALID_URL_SCHEME expects at most 2 schemes');
  const res = list.length === 2 ? `one of scheme ${list[0]} or ${list[1]}` : `of scheme ${list[0]}`;
  return `The URL must be ${res}`;
}, TypeError);
E('ERR_IPC_CHANNEL_CLOSED', 'Channel closed', Error);
E('ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected', Error);
E('ERR_IPC_ONE_PIPE', 'Child process can have only one IPC pipe', Error);
E('ERR_IPC_SYNC_FORK', 'IPC cannot be used with synchronous forks', Error);
E('ERR_METHOD_NOT_IMPLEMENTED', (method) => `The ${method} method is not implemented`, Error);
E('ERR_MISSING_ARGS', missingArgs, TypeError);
E('ERR_MISSING_OPTION', (option) => `${option} is required`, TypeError);
E('ERR_MODULE_NOT_FOUND', function(path, base, exactUrl = undefined) {
  if (exactUrl) setProps(this, { url: String(exactUrl) });
  return `Cannot find ${exactUrl ? 'module' : 'package'} '${path}' imported from ${base}`;
}, Error);
E('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times', Error);
E('ERR_NO_CRYPTO', 'Node.js is not compiled with OpenSSL crypto support', Error);
E('ERR_NO_ICU', (feature) => `${feature} is not supported on Node.js compiled without ICU`,
  TypeError);
E('ERR_OPERATION_FAILED', (reason) => `Operation failed: ${reason}`, Error, TypeError);
E('ERR_OUT_OF_RANGE', outOfRange, RangeError);
E('ERR_PERFORMANCE_INVALID_TIMESTAMP', (t) => `${t} is not a valid timestamp`, TypeError);
E('ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', (msg) => msg, TypeError);
E('ERR_PACKAGE_IMPORT_NOT_DEFINED', (specifier, packagePath, base) =>
  `Package import specifier "${specifier}" is not defined` +
  `${packagePath ? ` in package ${packagePath}package.json` : ''} imported from ${base}`,
TypeError);
E('ERR_PACKAGE_PATH_NOT_EXPORTED', (pkgPath, subpath, base = undefined) => {
  const from = base ? ` imported from ${base}` : '';
  if (subpath === '.') return `No "exports" main defined in ${pkgPath}package.json${from}`;
  return `Package subpath '${subpath}' is not defined by "exports" in ` +
    `${pkgPath}package.json${from}`;
}, Error);
E('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', (message) => message, TypeError);
E('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', (arg) =>
  `Unexpected argument '${arg}'. This command does not take positional arguments`, TypeError);
E('ERR_PARSE_ARGS_UNKNOWN_OPTION', (option, allowPositionals) => {
  const suggest = allowPositionals ? '. To specify a positional argument starting with a ' +
    `'-', place it at the end of the command after '--', as in '-- ${JSON.stringify(option)}` : '';
  return `Unknown option '${option}'${suggest}`;
}, TypeError);
E('ERR_REQUIRE_ASYNC_MODULE', (filename = undefined, parentFilename = undefined) => {
  let message = 'require() cannot be used on an ESM graph with top-level await. Use import() instead. To see ' +
    'where the top-level await comes from, use --experimental-print-required-tla.';
  if (parentFilename) message += `\n  From ${parentFilename} `;
  if (filename) message += `\n  Requiring ${filename} `;
  return message;
}, Error);
E('ERR_REQUIRE_ESM', (filename, hasEsmSyntax, parentPath = null, packageJsonPath = null) => {
  let msg = `require() of ES Module ${filename}${parentPath ? ` from ${parentPath}` : ''} ` +
    'not supported.';
  const dynamicImport = 'to a dynamic import() which is available in all CommonJS modules.';
  if (!packageJsonPath) {
    if (String(filename).endsWith('.mjs')) {
      msg += `\nInstead change the require of ${filename} ${dynamicImport}`;
    }
    return msg;
  }
  const base = String(filename).split(/[/\\]/).pop();
  if (hasEsmSyntax) {
    return `${msg}\nInstead change the require of ${base} in ${parentPath} ${dynamicImport}`;
  }
  return `${msg}\n${base} is treated as an ES module file as it is a .js file whose nearest ` +
    'parent package.json contains "type": "module" which declares all .js files in that ' +
    `package scope as ES modules.\nInstead either rename ${base} to end in .cjs, change the ` +
    'requiring code to use dynamic import() which is available in all CommonJS modules, or ' +
    `change "type": "module" to "type": "commonjs" in ${packageJsonPath} to treat all .js ` +
    'files as CommonJS (using .mjs for all ES modules instead).\n';
}, Error);
E('ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.',
  Error);
E('ERR_SERVER_NOT_RUNNING', 'Server is not running.', Error);
E('ERR_SOCKET_ALREADY_BOUND', 'Socket is already bound', Error);
E('ERR_SOCKET_BAD_PORT', (name, port, allowZero = true) => {
  const op = allowZero ? '>=' : '>';
  return `${name} should be ${op} 0 and < 65536. Received ${determineSpecificType(port)}.`;
}, RangeError);
E('ERR_SOCKET_CLOSED', 'Socket is closed', Error);
E('ERR_STREAM_ALREADY_FINISHED', (method) => `Cannot call ${method} after a stream was finished`,
  Error);
E('ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable', Error);
E('ERR_STREAM_DESTROYED', (method) => `Cannot call ${method} after a stream was destroyed`,
  Error);
E('ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError);
E('ERR_STREAM_PREMATURE_CLOSE', 'Premature close', Error);
E('ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF', Error);
E('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event', Error);
E('ERR_STREAM_WRAP', 'Stream has StringDecoder set or is in objectMode', Error);
E('ERR_STREAM_WRITE_AFTER_END', 'write after end', Error);
E('ERR_SYSTEM_ERROR', 'A system error occurred', SystemError);
E('ERR_UNAVAILABLE_DURING_EXIT', 'Cannot call function in process exit handler', Error);
E('ERR_UNESCAPED_CHARACTERS', (name) => `${name} contains unescaped characters`, TypeError);
E('ERR_UNHANDLED_ERROR', (err = undefined) => {
  const msg = 'Unhandled error.';
  if (err === undefined) return msg;
  return `${msg} (${err})`;
}, Error);
E('ERR_UNHANDLED_REJECTION', (reason) => 'This error originated either by throwing inside of ' +
  'an async function without a catch block, or by rejecting a promise which was not handled ' +
  `with .catch(). The promise rejected with the reason "${describeRejection(reason)}".`,
Error, { name: 'UnhandledPromiseRejection' });
E('ERR_UNKNOWN_BUILTIN_MODULE', (name) => `No such built-in module: ${name}`, Error);
E('ERR_UNKNOWN_CREDENTIAL', (type, id) => `${type} identifier does not exist: ${id}`, Error);
E('ERR_UNKNOWN_ENCODING', (encoding) => `Unknown encoding: ${str(encoding)}`, TypeError);
E('ERR_UNKNOWN_FILE_EXTENSION', (ext, path) => `Unknown file extension "${ext}" for ${path}`,
  TypeError);
E('ERR_UNKNOWN_MODULE_FORMAT', (format, url) => `Unknown module format: ${format} for URL ${url}`,
  RangeError);
E('ERR_UNKNOWN_SIGNAL', (signal) => `Unknown signal: ${str(signal)}`, TypeError);
E('ERR_UNSUPPORTED_DIR_IMPORT', function(path, base, exactUrl = undefined) {
  defineVisible(this, 'url', exactUrl);
  return `Directory import '${path}' is not supported resolving ES modules imported from ${base}`;
}, Error);
E('ERR_UNSUPPORTED_ESM_URL_SCHEME', (url, supported) => {
  return `Only URLs with a scheme in: ${formatList(supported)} are supported by the default ` +
    `ESM loader. Received protocol '${url.protocol}'`;
}, Error);
E('ERR_USE_AFTER_CLOSE', (name) => `${name} was closed`, Error);
E('ERR_WORKER_UNSUPPORTED_OPERATION', (name) => `${name} is not supported in workers`,
  TypeError);
E('ERR_ZLIB_INITIALIZATION_FAILED', 'Initialization failed', Error);

// ---------------------------------------------------------------------------------------------
// System errors from libuv / errno. Every lookup goes through getUvMap(): the native
// `internalBinding('uv')` table when present, over the Linux fallback table below.

const UV_TABLE = (
  '-1 EPERM operation not permitted;-2 ENOENT no such file or directory;' +
  '-3 ESRCH no such process;-4 EINTR interrupted system call;-5 EIO i/o error;' +
  '-6 ENXIO no such device or address;-7 E2BIG argument list too long;' +
  '-9 EBADF bad file descriptor;-11 EAGAIN resource temporarily unavailable;' +
  '-12 ENOMEM not enough memory;-13 EACCES permission denied;' +
  '-14 EFAULT bad address in system call argument;-16 EBUSY resource busy or locked;' +
  '-17 EEXIST file already exists;-18 EXDEV cross-device link not permitted;' +
  '-19 ENODEV no such device;-20 ENOTDIR not a directory;' +
  '-21 EISDIR illegal operation on a directory;-22 EINVAL invalid argument;' +
  '-23 ENFILE file table overflow;-24 EMFILE too many open files;' +
  '-25 ENOTTY inappropriate ioctl for device;-26 ETXTBSY text file is busy;' +
  '-27 EFBIG file too large;-28 ENOSPC no space left on device;-29 ESPIPE invalid seek;' +
  '-30 EROFS read-only file system;-31 EMLINK too many links;-32 EPIPE broken pipe;' +
  '-34 ERANGE result too large;-36 ENAMETOOLONG name too long;' +
  '-38 ENOSYS function not implemented;-39 ENOTEMPTY directory not empty;' +
  '-40 ELOOP too many symbolic links encountered;-49 EUNATCH protocol driver not attached;' +
  '-61 ENODATA no data available;-64 ENONET machine is not on the network;' +
  '-71 EPROTO protocol error;-75 EOVERFLOW value too large for defined data type;' +
  '-84 EILSEQ illegal byte sequence;-88 ENOTSOCK socket operation on non-socket;' +
  '-89 EDESTADDRREQ destination address required;-90 EMSGSIZE message too long;' +
  '-91 EPROTOTYPE protocol wrong type for socket;-92 ENOPROTOOPT protocol not available;' +
  '-93 EPROTONOSUPPORT protocol not supported;-94 ESOCKTNOSUPPORT socket type not supported;' +
  '-95 ENOTSUP operation not supported on socket;-97 EAFNOSUPPORT address family not supported;' +
  '-98 EADDRINUSE address already in use;-99 EADDRNOTAVAIL address not available;' +
  '-100 ENETDOWN network is down;-101 ENETUNREACH network is unreachable;' +
  '-103 ECONNABORTED software caused connection abort;-104 ECONNRESET connection reset by peer;' +
  '-105 ENOBUFS no buffer space available;-106 EISCONN socket is already connected;' +
  '-107 ENOTCONN socket is not connected;' +
  '-108 ESHUTDOWN cannot send after transport endpoint shutdown;' +
  '-110 ETIMEDOUT connection timed out;-111 ECONNREFUSED connection refused;' +
  '-112 EHOSTDOWN host is down;-113 EHOSTUNREACH host is unreachable;' +
  '-114 EALREADY connection already in progress;-121 EREMOTEIO remote I/O error;' +
  '-125 ECANCELED operation canceled;-3000 EAI_ADDRFAMILY address family not supported;' +
  '-3001 EAI_AGAIN temporary failure;-3002 EAI_BADFLAGS bad ai_flags value;' +
  '-3003 EAI_CANCELED request canceled;-3004 EAI_FAIL permanent failure;' +
  '-3005 EAI_FAMILY ai_family not supported;-3006 EAI_MEMORY out of memory;' +
  '-3007 EAI_NODATA no address;-3008 EAI_NONAME unknown node or service;' +
  '-3009 EAI_OVERFLOW argument buffer overflow;' +
  '-3010 EAI_SERVICE service not available for socket type;' +
  '-3011 EAI_SOCKTYPE socket type not supported;-3013 EAI_BADHINTS invalid value for hints;' +
  '-3014 EAI_PROTOCOL resolved protocol is unknown;' +
  '-4028 EFTYPE inappropriate file type or format;-4080 ECHARSET invalid Unicode character;' +
  '-4094 UNKNOWN unknown error;-4095 EOF end of file');

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

// errno -> [name, description]: the fallback table, overridden by the native
// `internalBinding('uv').errors` ({ ENOENT: [-2, 'no such file or directory'], ... }).
let uvMap;
function getUvMap() {
  if (uvMap === undefined) {
    uvMap = new Map();
    for (const entry of UV_TABLE.split(';')) {
      const [errno, name, ...desc] = entry.split(' ');
      uvMap.set(Number(errno), [name, desc.join(' ')]);
    }
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
  determineSpecificType,
  E,
  errnoException,
  ErrnoException: errnoException,
  exceptionWithHostPort,
  formatList,
  genericNodeError,
  getMessage,
  hideStackFrames,
  isErrorStackTraceLimitWritable,
  kIsNodeError,
  uvErrmapGet,
  uvErrname,
  uvException,
  UVException: uvException,
  uvExceptionWithHostPort: exceptionWithHostPort,
};
