'use strict';
// Unhandled promise rejections, in Node 20's default mode ('throw'): 'unhandledRejection' is
// emitted; with no listener the reason becomes an uncaught exception (non-errors wrapped in
// ERR_UNHANDLED_REJECTION). The loop (Rust) tracks which promises are still unhandled.

const { codes: { ERR_UNHANDLED_REJECTION } } = require('internal/errors');

let rejectionId = 0;

// Returns the error to raise as uncaught, or undefined when a listener handled it.
function onUnhandledRejection(promise, reason) {
  rejectionId++;
  if (process.emit('unhandledRejection', reason, promise)) return undefined;
  if (reason instanceof Error) return reason;
  return new ERR_UNHANDLED_REJECTION(reason);
}

function onRejectionHandled(promise) {
  if (!process.emit('rejectionHandled', promise)) {
    process.emitWarning(
      `Promise rejection was handled asynchronously (rejection id: ${rejectionId})`,
      'PromiseRejectionHandledWarning');
  }
}

module.exports = { onUnhandledRejection, onRejectionHandled };
