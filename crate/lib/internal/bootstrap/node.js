'use strict';
// Node's bootstrap: builds the global object (process, console, timers, queueMicrotask, global)
// and hands the loop the process-level hooks it calls (uncaught errors, rejections, exit).
//
// It runs in stages, one per `step()` call (src/runtime.rs `Runtime::boot_step`), so that a page
// can give the thread back between them: the whole bootstrap is ~70 ms of work, no stage more than
// ~12 ms. The first stages load what `internal/process/object` loads first, in the same order; the
// hooks are exported by the last stage.

let process;
const stages = [
  () => require('internal/errors'),
  () => require('internal/validators'),
  () => require('events'),
  setupProcessAndTimers,
  setupConsole,
  setupLazyGlobals,
  // Loaded by the CommonJS loader first thing; on their own they keep its stage short.
  () => require('path'),
  () => require('internal/modules/cjs/loader'),
  exportHooks,
];
let nextStage = 0;

/** Run the next stage; true once the bootstrap is complete. */
function step() {
  if (nextStage < stages.length) stages[nextStage++]();
  return nextStage === stages.length;
}

function defineGlobal(name, value) {
  Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
}

const { defineLazyProperty } = require('internal/util/lazy');

// A global whose module loads on first use.
function defineLazyGlobal(name, load) {
  defineLazyProperty(globalThis, name, load);
}

function setupProcessAndTimers() {
  const { createProcess } = require('internal/process/object');
  process = createProcess();
  defineGlobal('global', globalThis);
  defineGlobal('process', process);

  const timers = require('internal/timers');
  for (const name of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate']) {
    Object.defineProperty(globalThis, name, { value: timers[name], writable: true, configurable: true, enumerable: true });
  }
  const { queueMicrotask } = require('internal/process/task_queues');
  Object.defineProperty(globalThis, 'queueMicrotask', { value: queueMicrotask, writable: true, configurable: true, enumerable: true });
}

// Eager, as in Node: nearly every program prints, and a first console.log then costs no module
// load in the middle of the program (a long task in a page). Printing strings and numbers needs
// neither inspect nor the stdout stream (see internal/console/constructor).
function setupConsole() {
  defineGlobal('console', require('console'));
}

function setupLazyGlobals() {
  for (const name of ['ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamDefaultController', 'WritableStream',
    'WritableStreamDefaultWriter', 'WritableStreamDefaultController', 'TransformStream',
    'TransformStreamDefaultController', 'CountQueuingStrategy', 'ByteLengthQueuingStrategy', 'TextEncoderStream',
    'TextDecoderStream', 'ReadableStreamBYOBReader', 'ReadableStreamBYOBRequest', 'ReadableByteStreamController']) {
    defineLazyGlobal(name, () => require('stream/web')[name]);
  }
  defineLazyGlobal('Intl', () => require('internal/intl/index').Intl);
  require('internal/intl/install');
  defineLazyGlobal('URL', () => require('internal/url').URL);
  defineLazyGlobal('crypto', () => require('internal/crypto/webcrypto').crypto);
  for (const name of ['Crypto', 'CryptoKey', 'SubtleCrypto']) {
    defineLazyGlobal(name, () => require('internal/crypto/webcrypto')[name]);
  }
  defineLazyGlobal('URLSearchParams', () => require('internal/url').URLSearchParams);
  defineLazyGlobal('Buffer', () => require('buffer').Buffer);
  defineLazyGlobal('atob', () => require('buffer').atob);
  defineLazyGlobal('btoa', () => require('buffer').btoa);
  for (const name of ['atob', 'btoa']) Object.defineProperty(globalThis, name, { enumerable: true });
  defineLazyGlobal('Blob', () => require('internal/blob').Blob);
  defineLazyGlobal('TextEncoder', () => require('internal/encoding').TextEncoder);
  defineLazyGlobal('TextDecoder', () => require('internal/encoding').TextDecoder);
  defineLazyGlobal('EventTarget', () => require('internal/event_target').EventTarget);
  defineLazyGlobal('Event', () => require('internal/event_target').Event);
  defineLazyGlobal('CustomEvent', () => require('internal/event_target').CustomEvent);
  defineLazyGlobal('AbortController', () => require('internal/abort_controller').AbortController);
  defineLazyGlobal('AbortSignal', () => require('internal/abort_controller').AbortSignal);
  defineLazyGlobal('DOMException', () => require('internal/domexception').DOMException);
  defineLazyGlobal('structuredClone', () => require('internal/structured_clone').structuredClone);
  defineLazyGlobal('performance', () => require('perf_hooks').performance);

  require('internal/bootstrap/engine_shims');
  require('internal/util/iterator_preview').install();
}

function emitBeforeExit(code) {
  process.emit('beforeExit', code);
}

function emitExit(code) {
  if (code !== undefined && code !== process.exitCode) process.exitCode = code;
  if (!process._exiting) {
    process._exiting = true;
    internalBinding('task_queue').setExiting();
    process.emit('exit', +(process.exitCode ?? 0) | 0);
  }
  return +(process.exitCode ?? 0) | 0;
}

function exportHooks() {
  const { onUncaught, formatFatal } = require('internal/process/execution');
  const { onUnhandledRejection, onRejectionHandled } = require('internal/process/promises');
  const { runMain, evalMain } = require('internal/modules/run_main');
  Object.assign(module.exports, {
    onUncaught,
    onUnhandledRejection,
    onRejectionHandled,
    formatFatal,
    emitBeforeExit,
    emitExit,
    runMain,
    evalMain,
  });
}

module.exports = { step };
