'use strict';
// util's smaller Node 20 helpers: system error names and map (from the one errno table,
// src/errno.rs), styleText, aborted, and the transferable AbortSignal/AbortController markers.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
  getUvMap,
  uvErrmapGet,
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateNumber,
  validateObject,
  validateOneOf,
  validateString,
  kValidateObjectAllowObjects,
} = require('internal/validators');

function getSystemErrorName(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) {
    throw new ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  }
  return uvErrmapGet(err)?.[0] ?? `Unknown system error ${err}`;
}

// errno -> [name, message], in libuv's order; a fresh Map per call.
function getSystemErrorMap() {
  return new Map(getUvMap());
}

// Whether output to `stream` gets colours: FORCE_COLOR decides when set, else a TTY does.
// NOTE: our stdout and stderr are never TTYs (see README), so without FORCE_COLOR a single
// format is returned as plain text, as Node does when its output is piped.
function shouldColorize(stream) {
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return Boolean(stream?.isTTY) && (typeof stream.getColorDepth !== 'function' || stream.getColorDepth() > 2);
}

function isStreamLike(stream) {
  return stream !== null && typeof stream === 'object' &&
    (typeof stream.pipe === 'function' || (typeof stream.write === 'function' && typeof stream.on === 'function') ||
      typeof stream.getReader === 'function' || typeof stream.getWriter === 'function');
}

function styleCodes(key) {
  const { colors } = require('internal/util/inspect').inspect;
  const codes = typeof key === 'string' || typeof key === 'symbol' ? colors[key] : undefined;
  if (codes == null) validateOneOf(key, 'format', Object.keys(colors));
  return codes;
}

function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');
  if (validateStream && !isStreamLike(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  if (Array.isArray(format)) {
    // A list of formats is always applied, outermost first.
    let open = '';
    let close = '';
    for (const key of format) {
      const [on, off] = styleCodes(key);
      open += `\u001b[${on}m`;
      close = `\u001b[${off}m${close}`;
    }
    return `${open}${text}${close}`;
  }
  const [on, off] = styleCodes(format);
  if (validateStream && !shouldColorize(stream)) return text;
  return `\u001b[${on}m${text}\u001b[${off}m`;
}

// Resolves once `signal` aborts (at once if it has). NOTE: Node also lets go of the promise when
// `resource` is collected; here it stays pending with the signal.
async function aborted(signal, resource) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateObject(resource, 'resource', kValidateObjectAllowObjects);
  // Returning a promise (not awaiting it) settles as late as Node's does.
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}

// There is one thread here, so every signal can already cross to a (simulated) worker.
function transferableAbortSignal(signal) {
  if (signal?.constructor?.name !== 'AbortSignal' && !(signal instanceof AbortSignal)) {
    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  return signal;
}

function transferableAbortController() {
  return new AbortController();
}

module.exports = {
  getSystemErrorName,
  getSystemErrorMap,
  styleText,
  aborted,
  transferableAbortSignal,
  transferableAbortController,
};
