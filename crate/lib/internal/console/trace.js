// internal/console/trace: the text of console.trace: `Trace: message` followed by the caller's
// stack frames. Loaded on the first console.trace() call.
'use strict';


function stackFramesOf(err) {
  const stack = err && typeof err.stack === 'string' ? err.stack : '';
  const lines = stack.split('\n');
  const first = lines.findIndex((line) => /^\s+at /.test(line));
  return first === -1 ? [] : lines.slice(first);
}

function traceText(message, caller) {
  const header = message === '' ? 'Trace' : `Trace: ${message}`;
  let frames;
  if (typeof Error.captureStackTrace === 'function') {
    const holder = {};
    try {
      Error.captureStackTrace(holder, caller);
      frames = stackFramesOf(holder);
    } catch {
      frames = undefined;
    }
  }
  if (frames === undefined || frames.length === 0) frames = stackFramesOf(new Error());
  // Stack-capture shims may not skip the frames of the console itself (and of the shim):
  // keep only what follows the last frame inside internal/console/.
  let last = -1;
  for (let i = 0; i < frames.length; i++) {
    if (frames[i].includes('internal/console/')) last = i;
  }
  frames = frames.slice(last + 1);
  return frames.length === 0 ? header : `${header}\n${frames.join('\n')}`;
}

module.exports = { traceText };
