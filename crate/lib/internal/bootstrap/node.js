'use strict';
// Node's bootstrap: builds the global object (process, console, timers, queueMicrotask, global)
// and hands the loop the process-level hooks it calls (uncaught errors, rejections, exit).
//
// It runs in stages, one per `step()` call (src/runtime.rs `Runtime::boot_step`), so that a page
// can give the thread back between them. Nearly all of a stage's time is Boa parsing and
// compiling the modules it loads (~0.5 ms per KB natively, 2.5-3x that in a page), so each stage
// loads one module of at most ~10 KB whose own requires are already loaded: leaves first, in
// dependency order (each stage 1-4 ms natively). The boot loads ~132 KB of library source in 20
// stages; what a program rarely needs (console.table, events.on, system errors, ...) loads on
// first use. `NODEBOA_TRACE_BOOT=1` prints each stage's milliseconds (README, Development).

let process;
const stages = [
  () => require('internal/errors/classes'),
  () => require('internal/errors'),
  () => require('internal/validators'),
  () => require('internal/events/listeners'),
  () => require('internal/events/emit'),
  () => require('events'),
  () => {
    require('internal/process/task_queues');
    require('internal/process/warning');
    require('internal/process/stdio');
  },
  setupProcess,
  setupTimers,
  () => require('internal/console/write'),
  setupConsole,
  () => require('internal/bootstrap/lazy_globals'),
  () => require('internal/bootstrap/engine_shims'),
  () => require('internal/util/iterator_preview').install(),
  // The CommonJS loader's dependencies, then the loader.
  () => require('internal/path/shared'),
  () => require('path'),
  () => require('internal/modules/package_json_reader'),
  () => require('internal/modules/cjs/resolve'),
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

function setupProcess() {
  const { createProcess } = require('internal/process/object');
  process = createProcess();
  defineGlobal('global', globalThis);
  defineGlobal('process', process);
}

function setupTimers() {
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

// The process's identity and what derives from it: called by the runtime after the bootstrap
// (src/runtime.rs `Runtime::configure`), when it knows its embedder's options.
function configure() {
  require('internal/process/object').applyIdentity(process);
  require('internal/modules/cjs/loader')._initPaths();
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
    configure,
  });
}

module.exports = { step };
