// internal/errors/messages: the message of each code in internal/errors.js (a string, or a
// function of the error's constructor arguments called with the new error as `this`), with the
// helpers that build them. Loaded when the first Node error is built, not at start-up.
'use strict';

const { defineVisible, inspect, str } = require('internal/errors');

const messages = new Map();

function M(code, message) {
  messages.set(code, message);
}

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
// The messages. Keep them sorted by code, the same codes as the table in internal/errors.js.

M('ERR_AMBIGUOUS_ARGUMENT', (name, reason) => `The "${name}" argument is ambiguous. ${reason}`);
M('ERR_ARG_NOT_ITERABLE', (name) => `${name} must be iterable`);
M('ERR_ASSERTION', (message) => str(message));
M('ERR_ASYNC_CALLBACK', (name) => `${name} must be a function`);
M('ERR_ASYNC_TYPE', (type) => `Invalid name for async "type": ${type}`);
M('ERR_BROTLI_INVALID_PARAM', (p) => `${p} is not a valid Brotli parameter`);
M('ERR_BUFFER_OUT_OF_BOUNDS', (name = undefined) => (name ?
  `"${name}" is outside of buffer bounds` : 'Attempt to access memory outside buffer bounds'));
M('ERR_BUFFER_TOO_LARGE', (max) => `Cannot create a Buffer larger than ${max} bytes`);
M('ERR_CHILD_PROCESS_IPC_REQUIRED', (name) =>
  `Forked processes must have an IPC channel, missing value 'ipc' in ${name}`);
M('ERR_CHILD_PROCESS_STDIO_MAXBUFFER', (name) => `${name} maxBuffer length exceeded`);
M('ERR_CONSOLE_WRITABLE_STREAM', (name) =>
  `Console expects a writable stream instance for ${name}`);
M('ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
M('ERR_CRYPTO_HASH_UPDATE_FAILED', 'Hash update failed');
M('ERR_CRYPTO_INVALID_AUTH_TAG', (tag) => `Invalid authentication tag length: ${str(tag)}`);
M('ERR_CRYPTO_INVALID_DIGEST', (digest) => `Invalid digest: ${str(digest)}`);
M('ERR_CRYPTO_INVALID_IV', 'Invalid initialization vector');
M('ERR_CRYPTO_INVALID_JWK', 'Invalid JWK data');
M('ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', (type, expected) =>
  `Invalid key object type ${str(type)}, expected ${str(expected)}.`);
M('ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length');
M('ERR_CRYPTO_INVALID_SCRYPT_PARAMS', (detail) => (detail ? `Invalid scrypt params: ${detail}` : 'Invalid scrypt params'));
M('ERR_CRYPTO_INVALID_STATE', (op) => (op === undefined ? 'Invalid state' : `Invalid state for operation ${op}`));
M('ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', 'Invalid scrypt parameter');
M('ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length');
M('ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher');
M('ERR_DIR_CLOSED', 'Directory handle was closed');
M('ERR_DIR_CONCURRENT_OPERATION', 'Cannot do synchronous work on directory handle with ' +
  'concurrent asynchronous operations');
M('ERR_ENCODING_INVALID_ENCODED_DATA', function(encoding, ret) {
  defineVisible(this, 'errno', ret);
  return `The encoded data was not valid for encoding ${encoding}`;
});
M('ERR_ENCODING_NOT_SUPPORTED', (encoding) => `The "${encoding}" encoding is not supported`);
M('ERR_EVENT_RECURSION', (type) => `The event "${type}" is already being dispatched`);
M('ERR_FALSY_VALUE_REJECTION', function(reason) {
  defineVisible(this, 'reason', reason);
  return 'Promise was rejected with falsy value';
});
M('ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', (feature) =>
  `The feature ${feature} is unavailable on the current platform, which is being used to run ` +
  'Node.js');
M('ERR_FS_CP_DIR_TO_NON_DIR', 'Cannot overwrite non-directory with directory');
M('ERR_FS_CP_EEXIST', 'Target already exists');
M('ERR_FS_CP_EINVAL', 'Invalid src or dest');
M('ERR_FS_CP_FIFO_PIPE', 'Cannot copy a FIFO pipe');
M('ERR_FS_CP_NON_DIR_TO_DIR', 'Cannot overwrite directory with non-directory');
M('ERR_FS_CP_SOCKET', 'Cannot copy a socket file');
M('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', 'Cannot overwrite symlink in subdirectory of self');
M('ERR_FS_CP_UNKNOWN', 'Cannot copy an unknown file type');
M('ERR_FS_EISDIR', 'Path is a directory');
M('ERR_FS_FILE_TOO_LARGE', (size) => `File size (${str(size)}) is greater than 2 GiB`);
M('ERR_FS_INVALID_SYMLINK_TYPE', (type) =>
  `Symlink type must be one of "dir", "file", or "junction". Received "${type}"`);
M('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
M('ERR_INCOMPATIBLE_OPTION_PAIR', (a, b) =>
  `Option "${a}" cannot be used in combination with option "${b}"`);
M('ERR_INTERNAL_ASSERTION', (message) => {
  const suffix = 'This is caused by either a bug in Node.js ' +
    'or incorrect usage of Node.js internals.\n' +
    'Please open an issue with this stack trace at https://github.com/nodejs/node/issues\n';
  return message === undefined ? suffix : `${message}\n${suffix}`;
});
M('ERR_INVALID_ARG_TYPE', invalidArgType);
M('ERR_INVALID_ARG_VALUE', invalidArgValue);
M('ERR_INVALID_ASYNC_ID', (type, id) => `Invalid ${type} value: ${str(id)}`);
M('ERR_INVALID_BUFFER_SIZE', (size) => `Buffer size must be a multiple of ${size}`);
M('ERR_INVALID_CHAR', (name, field = undefined) => {
  let msg = `Invalid character in ${name}`;
  if (field !== undefined) msg += ` ["${field}"]`;
  return msg;
});
M('ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column');
M('ERR_INVALID_FD', (fd) => `"fd" must be a positive integer: ${str(fd)}`);
M('ERR_INVALID_FD_TYPE', (type) => `Unsupported fd type: ${type}`);
M('ERR_INVALID_FILE_URL_HOST', (platform) =>
  `File URL host must be "localhost" or empty on ${platform}`);
M('ERR_INVALID_FILE_URL_PATH', (reason) => `File URL path ${reason}`);
M('ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent');
M('ERR_INVALID_HTTP_TOKEN', (name, field) => `${name} must be a valid HTTP token ["${field}"]`);
M('ERR_INVALID_IP_ADDRESS', (ip) => `Invalid IP address: ${ip}`);
M('ERR_INVALID_MIME_SYNTAX', (production, str, invalidIndex) =>
  `The MIME syntax for a ${production} in "${str}" is invalid` +
  (invalidIndex === -1 ? '' : ` at ${invalidIndex}`));
M('ERR_INVALID_MODULE_SPECIFIER', (request, reason, base = undefined) =>
  `Invalid module "${request}" ${reason}${base ? ` imported from ${base}` : ''}`);
M('ERR_INVALID_OPT_VALUE_ENCODING', (value) =>
  `The value "${str(value)}" is invalid for option "encoding"`);
M('ERR_INVALID_PACKAGE_CONFIG', (path, base, message) =>
  `Invalid package config ${path}${base ? ` while importing ${base}` : ''}` +
  `${message ? `. ${message}` : ''}`);
M('ERR_INVALID_PACKAGE_TARGET', (pkgDir, key, target, isImport = false, base = undefined) => {
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
});
M('ERR_INVALID_PROTOCOL', (protocol, expected) =>
  `Protocol "${protocol}" not supported. Expected "${expected}"`);
M('ERR_INVALID_RETURN_VALUE', (input, name, value) =>
  `Expected ${input} to be returned from the "${name}" function but got ` +
  `${determineSpecificType(value)}.`);
M('ERR_INVALID_STATE', (reason) => `Invalid state: ${str(reason)}`);
M('ERR_INVALID_SYNC_FORK_INPUT', (value) => 'Asynchronous forks do not support Buffer, ' +
  `TypedArray, DataView or string input: ${str(value)}`);
M('ERR_INVALID_THIS', (type) => `Value of "this" must be of type ${type}`);
M('ERR_INVALID_TRANSFER_OBJECT', 'Found invalid object in transferList');
M('ERR_INVALID_TUPLE', (name, tuple) => `${name} must be an iterable ${tuple} tuple`);
M('ERR_INVALID_URI', 'URI malformed');
M('ERR_INVALID_URL', function(input, base = null) {
  setProps(this, { input, base: base === null ? undefined : base });
  return 'Invalid URL';
});
M('ERR_INVALID_URL_SCHEME', (expected) => {
  const list = typeof expected === 'string' ? [expected] : expected;
  if (list.length > 2) throw new TypeError('ERR_INVALID_URL_SCHEME expects at most 2 schemes');
  const res = list.length === 2 ? `one of scheme ${list[0]} or ${list[1]}` : `of scheme ${list[0]}`;
  return `The URL must be ${res}`;
});
M('ERR_IPC_CHANNEL_CLOSED', 'Channel closed');
M('ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected');
M('ERR_IPC_ONE_PIPE', 'Child process can have only one IPC pipe');
M('ERR_IPC_SYNC_FORK', 'IPC cannot be used with synchronous forks');
M('ERR_METHOD_NOT_IMPLEMENTED', (method) => `The ${method} method is not implemented`);
M('ERR_MISSING_ARGS', missingArgs);
M('ERR_MISSING_OPTION', (option) => `${option} is required`);
M('ERR_MODULE_NOT_FOUND', function(path, base, exactUrl = undefined) {
  if (exactUrl) setProps(this, { url: String(exactUrl) });
  return `Cannot find ${exactUrl ? 'module' : 'package'} '${path}' imported from ${base}`;
});
M('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times');
M('ERR_NO_CRYPTO', 'Node.js is not compiled with OpenSSL crypto support');
M('ERR_NO_ICU', (feature) => `${feature} is not supported on Node.js compiled without ICU`);
M('ERR_OPERATION_FAILED', (reason) => `Operation failed: ${reason}`);
M('ERR_OUT_OF_RANGE', outOfRange);
M('ERR_PERFORMANCE_INVALID_TIMESTAMP', (t) => `${t} is not a valid timestamp`);
M('ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', (msg) => msg);
M('ERR_PACKAGE_IMPORT_NOT_DEFINED', (specifier, packagePath, base) =>
  `Package import specifier "${specifier}" is not defined` +
  `${packagePath ? ` in package ${packagePath}package.json` : ''} imported from ${base}`);
M('ERR_PACKAGE_PATH_NOT_EXPORTED', (pkgPath, subpath, base = undefined) => {
  const from = base ? ` imported from ${base}` : '';
  if (subpath === '.') return `No "exports" main defined in ${pkgPath}package.json${from}`;
  return `Package subpath '${subpath}' is not defined by "exports" in ` +
    `${pkgPath}package.json${from}`;
});
M('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', (message) => message);
M('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', (arg) =>
  `Unexpected argument '${arg}'. This command does not take positional arguments`);
M('ERR_PARSE_ARGS_UNKNOWN_OPTION', (option, allowPositionals) => {
  const suggest = allowPositionals ? '. To specify a positional argument starting with a ' +
    `'-', place it at the end of the command after '--', as in '-- ${JSON.stringify(option)}` : '';
  return `Unknown option '${option}'${suggest}`;
});
M('ERR_REQUIRE_ASYNC_MODULE', (filename = undefined, parentFilename = undefined) => {
  let message = 'require() cannot be used on an ESM graph with top-level await. Use import() instead. To see ' +
    'where the top-level await comes from, use --experimental-print-required-tla.';
  if (parentFilename) message += `\n  From ${parentFilename} `;
  if (filename) message += `\n  Requiring ${filename} `;
  return message;
});
M('ERR_REQUIRE_ESM', (filename, hasEsmSyntax, parentPath = null, packageJsonPath = null) => {
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
});
M('ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.');
M('ERR_SERVER_NOT_RUNNING', 'Server is not running.');
M('ERR_SOCKET_ALREADY_BOUND', 'Socket is already bound');
M('ERR_SOCKET_BAD_PORT', (name, port, allowZero = true) => {
  const op = allowZero ? '>=' : '>';
  return `${name} should be ${op} 0 and < 65536. Received ${determineSpecificType(port)}.`;
});
M('ERR_SOCKET_CLOSED', 'Socket is closed');
M('ERR_STREAM_ALREADY_FINISHED', (method) => `Cannot call ${method} after a stream was finished`);
M('ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable');
M('ERR_STREAM_DESTROYED', (method) => `Cannot call ${method} after a stream was destroyed`);
M('ERR_STREAM_NULL_VALUES', 'May not write null values to stream');
M('ERR_STREAM_PREMATURE_CLOSE', 'Premature close');
M('ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF');
M('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event');
M('ERR_STREAM_WRAP', 'Stream has StringDecoder set or is in objectMode');
M('ERR_STREAM_WRITE_AFTER_END', 'write after end');
M('ERR_SYSTEM_ERROR', 'A system error occurred');
M('ERR_UNAVAILABLE_DURING_EXIT', 'Cannot call function in process exit handler');
M('ERR_UNESCAPED_CHARACTERS', (name) => `${name} contains unescaped characters`);
M('ERR_UNHANDLED_ERROR', (err = undefined) => {
  const msg = 'Unhandled error.';
  if (err === undefined) return msg;
  return `${msg} (${err})`;
});
M('ERR_UNHANDLED_REJECTION', (reason) => 'This error originated either by throwing inside of ' +
  'an async function without a catch block, or by rejecting a promise which was not handled ' +
  `with .catch(). The promise rejected with the reason "${describeRejection(reason)}".`);
M('ERR_UNKNOWN_BUILTIN_MODULE', (name) => `No such built-in module: ${name}`);
M('ERR_UNKNOWN_CREDENTIAL', (type, id) => `${type} identifier does not exist: ${id}`);
M('ERR_UNKNOWN_ENCODING', (encoding) => `Unknown encoding: ${str(encoding)}`);
M('ERR_UNKNOWN_FILE_EXTENSION', (ext, path) => `Unknown file extension "${ext}" for ${path}`);
M('ERR_UNKNOWN_MODULE_FORMAT', (format, url) => `Unknown module format: ${format} for URL ${url}`);
M('ERR_UNKNOWN_SIGNAL', (signal) => `Unknown signal: ${str(signal)}`);
M('ERR_UNSUPPORTED_DIR_IMPORT', function(path, base, exactUrl = undefined) {
  defineVisible(this, 'url', exactUrl);
  return `Directory import '${path}' is not supported resolving ES modules imported from ${base}`;
});
M('ERR_UNSUPPORTED_ESM_URL_SCHEME', (url, supported) => {
  return `Only URLs with a scheme in: ${formatList(supported)} are supported by the default ` +
    `ESM loader. Received protocol '${url.protocol}'`;
});
M('ERR_USE_AFTER_CLOSE', (name) => `${name} was closed`);
M('ERR_WORKER_UNSUPPORTED_OPERATION', (name) => `${name} is not supported in workers`);
M('ERR_ZLIB_INITIALIZATION_FAILED', 'Initialization failed');

module.exports = { messages, determineSpecificType, formatList };
