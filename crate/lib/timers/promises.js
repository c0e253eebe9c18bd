'use strict';
// `timers/promises`: setTimeout, setImmediate and the setInterval async iterator.

const timers = require('internal/timers');
const { codes: { ERR_INVALID_ARG_TYPE }, AbortError } = require('internal/errors');
const { validateObject, validateBoolean } = require('internal/validators');

function checkOptions(options) {
  validateObject(options, 'options');
  const { signal, ref = true } = options;
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }
  validateBoolean(ref, 'options.ref');
  return { signal, ref };
}

function abortError(signal) {
  return new AbortError(undefined, { cause: signal.reason });
}

// One promise settled by a timer handle, cancelled by an AbortSignal.
function schedule(start, value, options) {
  let opts;
  try {
    opts = checkOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  const { signal, ref } = opts;
  if (signal?.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    const handle = start(() => {
      if (signal) signal.removeEventListener('abort', onAbort);
      resolve(value);
    });
    if (!ref) handle.unref();
    function onAbort() {
      handle.close ? handle.close() : timers.clearImmediate(handle);
      reject(abortError(signal));
    }
    if (signal) signal.addEventListener('abort', onAbort, { once: true });
  });
}

function setTimeout(after, value, options = {}) {
  return schedule((done) => timers.setTimeout(done, after), value, options);
}

function setImmediate(value, options = {}) {
  return schedule((done) => timers.setImmediate(done), value, options);
}

async function* setInterval(after, value, options = {}) {
  const { signal, ref } = checkOptions(options);
  if (signal?.aborted) throw abortError(signal);
  let pending = 0;
  let wake = null;
  const interval = timers.setInterval(() => {
    pending++;
    if (wake) { wake(); wake = null; }
  }, after);
  if (!ref) interval.unref();
  let aborted = false;
  const onAbort = () => {
    aborted = true;
    if (wake) { wake(); wake = null; }
  };
  if (signal) signal.addEventListener('abort', onAbort, { once: true });
  try {
    while (true) {
      if (pending === 0 && !aborted) await new Promise((resolve) => { wake = resolve; });
      if (aborted) throw abortError(signal);
      for (; pending > 0; pending--) yield value;
    }
  } finally {
    timers.clearInterval(interval);
    if (signal) signal.removeEventListener('abort', onAbort);
  }
}

const scheduler = {
  wait: (delay, options) => setTimeout(delay, undefined, options),
  yield: setImmediate,
};

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
