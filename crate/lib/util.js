// util: the public `util` module (format, inspect, types, promisify, callbackify, inherits,
// deprecate, debuglog, isDeepStrictEqual and the legacy is* helpers).
'use strict';

const { defineLazyProperty } = require('internal/util/lazy');
const types = require('internal/util/types');

// internal/util/inspect is the largest built-in; many packages require('util') only for
// inherits, promisify, deprecate or types, so it loads on first use (see the exports below).
let inspectModule;
function lazyInspect() {
  inspectModule ??= require('internal/util/inspect');
  return inspectModule;
}

function lazyCodes() {
  return require('internal/errors').codes;
}

function lazyValidators() {
  return require('internal/validators');
}

// ---------------------------------------------------------------------------------------------
// promisify / callbackify
// ---------------------------------------------------------------------------------------------

const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');
// Functions whose callbacks get several result values set this to the list of names; the
// promise then resolves to an object with those keys.
const { kCustomPromisifyArgs: kCustomPromisifyArgsSymbol } = require('internal/util/promisify_args');

function promisify(original) {
  lazyValidators().validateFunction(original, 'original');

  if (original[kCustomPromisifiedSymbol]) {
    const fn = original[kCustomPromisifiedSymbol];
    lazyValidators().validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisifiedSymbol, {
      value: fn, enumerable: false, writable: false, configurable: true,
    });
  }

  const argumentNames = original[kCustomPromisifyArgsSymbol];

  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      Reflect.apply(original, this, args);
    });
  }

  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisifiedSymbol, {
    value: fn, enumerable: false, writable: false, configurable: true,
  });
  const descriptors = Object.getOwnPropertyDescriptors(original);
  for (const key of Reflect.ownKeys(descriptors)) {
    try {
      Object.defineProperty(fn, key, descriptors[key]);
    } catch {
      // Non-configurable own properties of `fn` (e.g. engine-specific ones) stay as they are.
    }
  }
  return fn;
}

promisify.custom = kCustomPromisifiedSymbol;

function callbackifyOnRejected(reason, cb) {
  // A falsy rejection reason would read as "no error" to the callback: wrap it.
  if (!reason) {
    const { ERR_FALSY_VALUE_REJECTION } = lazyCodes();
    const newReason = new ERR_FALSY_VALUE_REJECTION(reason);
    newReason.reason = reason;
    reason = newReason;
  }
  return cb(reason);
}

function callbackify(original) {
  lazyValidators().validateFunction(original, 'original');

  function callbackified(...args) {
    const maybeCb = args.pop();
    lazyValidators().validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    Reflect.apply(original, this, args).then(
      (ret) => process.nextTick(cb, null, ret),
      (rej) => process.nextTick(callbackifyOnRejected, rej, cb));
  }

  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (descriptors.length && typeof descriptors.length.value === 'number') {
    descriptors.length.value++;
  }
  if (descriptors.name && typeof descriptors.name.value === 'string') {
    descriptors.name.value += 'Callbackified';
  }
  const propertiesValues = Object.values(descriptors);
  for (let i = 0; i < propertiesValues.length; i++) {
    // Own properties copied from the original must not be read-only traps for the caller.
    Object.setPrototypeOf(propertiesValues[i], null);
  }
  for (const key of Reflect.ownKeys(descriptors)) {
    try {
      Object.defineProperty(callbackified, key, descriptors[key]);
    } catch {
      // Keep the engine's own non-configurable properties.
    }
  }
  Object.setPrototypeOf(callbackified, Object.getPrototypeOf(original));
  return callbackified;
}

// ---------------------------------------------------------------------------------------------
// inherits / deprecate
// ---------------------------------------------------------------------------------------------

function inherits(ctor, superCtor) {
  const { ERR_INVALID_ARG_TYPE } = lazyCodes();
  if (ctor === undefined || ctor === null) {
    throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  }
  if (superCtor === undefined || superCtor === null) {
    throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', {
    value: superCtor, writable: true, configurable: true,
  });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

// Codes already warned about; a deprecation without a code warns once per wrapped function.
const warnedCodes = new Set();

function deprecate(fn, msg, code, useEmitSync) {
  void useEmitSync;
  if (process.noDeprecation === true) return fn;
  if (code !== undefined) lazyValidators().validateString(code, 'code');

  let warned = false;
  function deprecated(...args) {
    if (!warned && !process.noDeprecation) {
      warned = true;
      if (code !== undefined) {
        if (!warnedCodes.has(code)) {
          warnedCodes.add(code);
          process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
        }
      } else {
        process.emitWarning(msg, 'DeprecationWarning', deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }

  // The wrapper keeps the original's prototype chain (so `instanceof` keeps working).
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

// ---------------------------------------------------------------------------------------------
// debuglog: `NODE_DEBUG=net,http*` enables sections; output is `SECTION PID: message`.
// ---------------------------------------------------------------------------------------------

let debugEnvRegExp;

function debugSectionEnabled(set) {
  if (debugEnvRegExp === undefined) {
    const env = (typeof process === 'object' && process.env && process.env.NODE_DEBUG) || '';
    if (env) {
      const pattern = env
        .replace(/[|\\{}()[\]^$+?.]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/,/g, '$|^')
        .toUpperCase();
      debugEnvRegExp = new RegExp(`^${pattern}$`, 'i');
    } else {
      debugEnvRegExp = null;
    }
  }
  return debugEnvRegExp !== null && debugEnvRegExp.test(set);
}

function noop() {}

function debuglog(set, cb) {
  const upperSet = String(set).toUpperCase();
  let impl;

  function init() {
    if (debugSectionEnabled(upperSet)) {
      const pid = process.pid;
      impl = function debug(...args) {
        const msg = lazyInspect().formatWithOptions({ colors: false }, ...args);
        process.stderr.write(`${upperSet} ${pid}: ${msg}\n`);
      };
    } else {
      impl = noop;
    }
    if (typeof cb === 'function') cb(impl);
  }

  function logger(...args) {
    if (impl === undefined) init();
    Reflect.apply(impl, this, args);
  }

  Object.defineProperty(logger, 'enabled', {
    get() {
      if (impl === undefined) init();
      return impl !== noop;
    },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

// ---------------------------------------------------------------------------------------------
// Small helpers.
// ---------------------------------------------------------------------------------------------

function isDeepStrictEqual(a, b) {
  return require('internal/util/comparisons').isDeepStrictEqual(a, b);
}

// Replaces lone surrogates with U+FFFD.
function toUSVString(input) {
  const str = `${input}`;
  if (typeof str.toWellFormed === 'function') return str.toWellFormed();
  let out = '';
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = str.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += str[i] + str[i + 1];
        i++;
        continue;
      }
      out += '\ufffd';
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      out += '\ufffd';
    } else {
      out += str[i];
    }
  }
  return out;
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function pad2(n) {
  return n.toString().padStart(2, '0');
}

// `26 Nov 05:09:08`
function timestamp() {
  const d = new Date();
  const time = [pad2(d.getHours()), pad2(d.getMinutes()), pad2(d.getSeconds())].join(':');
  return `${d.getDate()} ${months[d.getMonth()]} ${time}`;
}

function log(...args) {
  process.stdout.write(`${timestamp()} - ${lazyInspect().format(...args)}\n`);
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

function isBoolean(arg) {
  return typeof arg === 'boolean';
}

function isBuffer(arg) {
  const B = globalThis.Buffer;
  return typeof B === 'function' && typeof B.isBuffer === 'function' ? B.isBuffer(arg) : false;
}

function isNull(arg) {
  return arg === null;
}

function isNullOrUndefined(arg) {
  return arg === null || arg === undefined;
}

function isNumber(arg) {
  return typeof arg === 'number';
}

function isString(arg) {
  return typeof arg === 'string';
}

function isSymbol(arg) {
  return typeof arg === 'symbol';
}

function isUndefined(arg) {
  return arg === undefined;
}

function isObject(arg) {
  return arg !== null && typeof arg === 'object';
}

function isError(arg) {
  return types.isNativeError(arg) || arg instanceof Error;
}

function isFunction(arg) {
  return typeof arg === 'function';
}

function isPrimitive(arg) {
  return arg === null || (typeof arg !== 'object' && typeof arg !== 'function');
}

// The entries of `.env` text (internal/dotenv), as an object.
function parseEnv(content) {
  lazyValidators().validateString(content, 'content');
  return require('internal/dotenv').parseEnv(content);
}

const system = require('internal/util/system');
const { errnoException, exceptionWithHostPort } = require('internal/errors');

// In Node's key order (`Object.keys(require('util'))`).
const utilExports = {
  _errnoException: errnoException,
  _exceptionWithHostPort: exceptionWithHostPort,
  _extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format: undefined,
  styleText: system.styleText,
  formatWithOptions: undefined,
  getSystemErrorMap: system.getSystemErrorMap,
  getSystemErrorName: system.getSystemErrorName,
  inherits,
  inspect: undefined,
  isArray: Array.isArray,
  isBoolean,
  isBuffer,
  isDeepStrictEqual,
  isNull,
  isNullOrUndefined,
  isNumber,
  isString,
  isSymbol,
  isUndefined,
  isRegExp: types.isRegExp,
  isObject,
  isDate: types.isDate,
  isError,
  isFunction,
  isPrimitive,
  log,
  promisify,
  stripVTControlCharacters: undefined,
  toUSVString,
  transferableAbortSignal: system.transferableAbortSignal,
  transferableAbortController: system.transferableAbortController,
  aborted: system.aborted,
  types,
  parseEnv,
};

// NOTE: these are accessors (enumerable, in the same key order), not data properties as in
// Node: their modules load on first read.
for (const name of ['format', 'formatWithOptions', 'inspect', 'stripVTControlCharacters']) {
  defineLazyProperty(utilExports, name, () => lazyInspect()[name], true);
}
defineLazyProperty(utilExports, 'parseArgs', () => require('internal/util/parse_args').parseArgs, true);
for (const name of ['TextDecoder', 'TextEncoder']) {
  defineLazyProperty(utilExports, name, () => require('internal/encoding')[name], true);
}
for (const name of ['MIMEType', 'MIMEParams']) {
  defineLazyProperty(utilExports, name, () => require('internal/mime')[name], true);
}

module.exports = utilExports;
