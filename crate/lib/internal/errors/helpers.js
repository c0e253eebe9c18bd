// internal/errors/helpers: the rarer exports of internal/errors (AbortError, aggregateTwoErrors,
// genericNodeError, ...) and the fallback inspect of error messages. Loaded by internal/errors
// on first use.
'use strict';

const { defineVisible, installStack, plainHeader } = require('internal/errors/classes');

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

// An error as Node's C++ THROW_ERR_* macros make it: the engine's class, the C++ layer's own
// wording (not the code's message in the table), and a `code` added.
function cppError(Ctor, code, message) {
  const e = new Ctor(message);
  e.code = code;
  return e;
}

function isErrorStackTraceLimitWritable() {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (desc === undefined) return Object.isExtensible(Error);
  return desc.writable !== false || typeof desc.set === 'function';
}

module.exports = {
  AbortError,
  aggregateTwoErrors,
  cppError,
  fallbackInspect,
  genericNodeError,
  hideStackFrames,
  isErrorStackTraceLimitWritable,
};
