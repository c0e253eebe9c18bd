'use strict';
// Uncaught exceptions: the 'uncaughtExceptionMonitor' / 'uncaughtException' dispatch, and the
// text Node prints for a fatal error (`file:line`, the source line, a caret, the error).

// util.inspect is loaded only when an error is actually fatal: it is the largest built-in, and
// every object kept alive from bootstrap makes each garbage collection longer.
const inspect = (value) => require('internal/util/inspect').inspect(value);
const { readFileUtf8 } = internalBinding('fs');
const { nodeVersion } = internalBinding('config');

// Called by the loop for an error nobody caught. Returns true when a listener handled it.
function onUncaught(err, fromPromise) {
  const origin = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  process.emit('uncaughtExceptionMonitor', err, origin);
  if (process.listenerCount('uncaughtException') === 0) return false;
  process.emit('uncaughtException', err, origin);
  return true;
}

// The first `(file:line:col)` of a stack, with the source line it points at.
function sourceContext(stack) {
  const match = /\(?((?:\/|[A-Za-z]:\\|node:)[^():\n]*?|\[eval\]):(\d+):(\d+)\)?/.exec(stack);
  if (match === null) return '';
  const [, file, line, column] = match;
  if (file.startsWith('node:')) return '';
  const text = file === '[eval]' ? process._evalSource : readFileUtf8(file);
  if (typeof text !== 'string') return '';
  const sourceLine = text.split(/\r?\n/)[line - 1];
  if (sourceLine === undefined) return '';
  // The frame points at where the error was made; for `throw new Error()` Node's caret is on
  // the `throw` statement itself.
  let caret = Math.max(0, column - 1);
  const thrown = /\bthrow\s+$/.exec(sourceLine.slice(0, caret));
  if (thrown !== null) caret = thrown.index;
  return `${file}:${line}\n${sourceLine}\n${' '.repeat(caret)}^\n`;
}

function isErrorLike(value) {
  return value !== null && typeof value === 'object' && typeof value.stack === 'string';
}

// What Node writes to stderr before dying of `err`.
function formatFatal(err) {
  let text;
  if (isErrorLike(err)) {
    const context = err.sourceContext ?? sourceContext(err.stack);
    text = `${context}${context ? '\n' : ''}${inspect(err)}\n`;
  } else {
    text = `Uncaught ${inspect(err)}\n` +
      '(Use `node --trace-uncaught ...` to show where the exception was thrown)\n';
    text = text.replace(/^Uncaught /, '');
  }
  return `${text}\nNode.js v${nodeVersion}\n`;
}

module.exports = { onUncaught, formatFatal, sourceContext };
