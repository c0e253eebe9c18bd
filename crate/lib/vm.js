'use strict';
// vm: compiling and running code in this realm (`runInThisContext`) or in a context of its own
// (`createContext`, `runInContext`, `runInNewContext`, `Script`), and `compileFunction`.
//
// How and why
// -----------
// V8 contextifies the sandbox object itself: the context's global object is a proxy whose
// interceptors read and write the sandbox. Boa has no interceptors. Here a context is a Boa realm
// of its own (fresh intrinsics, its own global object), and the sandbox reaches its global this
// way, before every run:
// - each of the sandbox's own properties becomes an accessor of the global object that reads and
//   writes the sandbox, so a value the host changes between runs, or while the context's code
//   runs, is seen at once, and an assignment to it lands in the sandbox;
// - a property the sandbox no longer has is removed from the global;
// and after every run, what the code added to the global (a `var`, a function, an assignment to
// an undeclared name) is copied to the sandbox, and what it deleted is deleted there.
// NOTE: so a global the context creates reaches the sandbox when the run ends, not as it is
// assigned: a callback of the context's that assigns one later (from a timer) updates the sandbox
// at the next run. Inside the context, `Object.getOwnPropertyDescriptor(globalThis, k)` of a
// sandbox property shows the accessor.
// - As V8's, a new context has the language's globals and a `console` whose methods print
//   nothing (V8's console reports to an inspector), and no `require`, `process` or timers.
// - Objects made in a context come from its realm: `arr instanceof Array` is false outside.

const { createRealm, evalInRealm, evalScript, parseScript, compileFunction: compile } = internalBinding('contextify');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateArray, validateObject, validateString } = require('internal/validators');

const kDefaultFilename = 'evalmachine.<anonymous>';

// sandbox -> { handle, global, builtins: Set of the realm's own global keys, forwarded: Map }
const contexts = new WeakMap();

function isContext(object) {
  validateObject(object, 'object', { allowArray: true });
  return contexts.has(object);
}

function noop() {}

function createContext(contextObject = {}, options = undefined) {
  if (contextObject !== null && typeof contextObject === 'object' && contexts.has(contextObject)) return contextObject;
  validateObject(contextObject, 'object', { allowArray: true });
  if (options !== undefined) validateObject(options, 'options');
  const [handle, global] = createRealm();
  // V8's console of a new context: every method is there, none prints.
  const console = {};
  for (const key of Object.keys(globalThis.console)) {
    if (typeof globalThis.console[key] === 'function') console[key] = noop;
  }
  Object.defineProperty(global, 'console', { value: console, writable: true, configurable: true, enumerable: false });
  // V8's errors in every context: `stack` led by `Name: message`, Error.captureStackTrace and
  // Error.stackTraceLimit (internal/bootstrap/engine_shims gives this realm's; they read any
  // realm's errors).
  const { Error: ContextError } = global;
  Object.defineProperty(ContextError.prototype, 'stack', Object.getOwnPropertyDescriptor(Error.prototype, 'stack'));
  Object.defineProperty(ContextError, 'captureStackTrace', Object.getOwnPropertyDescriptor(Error, 'captureStackTrace'));
  ContextError.stackTraceLimit = Error.stackTraceLimit;
  contexts.set(contextObject, {
    handle,
    global,
    builtins: new Set(Reflect.ownKeys(global)),
    forwarded: new Map(), // key -> the getter that reads the sandbox
  });
  return contextObject;
}

// Before a run: the sandbox's properties as accessors of the global.
function syncIn(sandbox, context) {
  const { global, forwarded } = context;
  for (const [key, getter] of forwarded) {
    if (!Object.prototype.hasOwnProperty.call(sandbox, key)) {
      const desc = Object.getOwnPropertyDescriptor(global, key);
      if (desc?.get === getter) delete global[key];
      forwarded.delete(key);
    }
  }
  for (const key of Reflect.ownKeys(sandbox)) {
    const desc = Object.getOwnPropertyDescriptor(global, key);
    if (desc !== undefined && desc.get !== undefined && desc.get === forwarded.get(key)) continue;
    if (desc !== undefined && !desc.configurable) {
      // A `var` or function of an earlier run: it takes the sandbox's value.
      if (desc.writable) global[key] = sandbox[key];
      continue;
    }
    const get = () => sandbox[key];
    const set = (value) => { sandbox[key] = value; };
    const enumerable = Object.getOwnPropertyDescriptor(sandbox, key).enumerable;
    Object.defineProperty(global, key, { get, set, enumerable, configurable: true });
    forwarded.set(key, get);
  }
}

// After a run: what the code added to or deleted from the global, in the sandbox.
function syncOut(sandbox, context) {
  const { global, builtins, forwarded } = context;
  for (const [key, getter] of forwarded) {
    const desc = Object.getOwnPropertyDescriptor(global, key);
    if (desc === undefined) {
      forwarded.delete(key);
      delete sandbox[key];
    } else if (desc.get !== getter) {
      forwarded.delete(key);
    }
  }
  for (const key of Reflect.ownKeys(global)) {
    if (builtins.has(key) || forwarded.has(key)) continue;
    const desc = Object.getOwnPropertyDescriptor(global, key);
    if (!('value' in desc)) continue;
    if (!Object.is(sandbox[key], desc.value) || !Object.prototype.hasOwnProperty.call(sandbox, key)) {
      sandbox[key] = desc.value;
    }
  }
}

function runIn(sandbox, code, filename) {
  const context = contexts.get(sandbox);
  syncIn(sandbox, context);
  try {
    return evalInRealm(context.handle, code, filename);
  } finally {
    syncOut(sandbox, context);
  }
}

function filenameOf(options) {
  if (typeof options === 'string') return options;
  if (options === undefined || options === null) return kDefaultFilename;
  validateObject(options, 'options');
  const { filename = kDefaultFilename } = options;
  validateString(filename, 'options.filename');
  return filename;
}

function checkContext(contextifiedObject) {
  if (!isContext(contextifiedObject)) {
    throw new ERR_INVALID_ARG_TYPE('contextifiedObject', 'vm.Context', contextifiedObject);
  }
}

class Script {
  #code;
  #filename;

  constructor(code, options = {}) {
    code = `${code}`;
    if (typeof options === 'string') options = { filename: options };
    else validateObject(options, 'options');
    this.#filename = filenameOf(options);
    this.#code = code;
    parseScript(code, this.#filename);
    this.sourceMapURL = undefined;
  }

  runInThisContext(options = undefined) {
    return evalScript(this.#code, this.#filename);
  }

  runInContext(contextifiedObject, options = undefined) {
    checkContext(contextifiedObject);
    return runIn(contextifiedObject, this.#code, this.#filename);
  }

  runInNewContext(contextObject = {}, options = undefined) {
    return this.runInContext(createContext(contextObject), options);
  }
}

function createScript(code, options) {
  return new Script(code, options);
}

function runInThisContext(code, options) {
  return new Script(code, options).runInThisContext(options);
}

function runInContext(code, contextifiedObject, options) {
  checkContext(contextifiedObject);
  return new Script(code, options).runInContext(contextifiedObject, options);
}

function runInNewContext(code, contextObject = {}, options = undefined) {
  return new Script(code, options).runInNewContext(contextObject, options);
}

// The body `code` as a function of `params`, in this realm.
function compileFunction(code, params = [], options = {}) {
  validateString(code, 'code');
  validateArray(params, 'params');
  params.forEach((p, i) => validateString(p, `params[${i}]`));
  validateObject(options, 'options');
  const { filename = '' } = options;
  validateString(filename, 'options.filename');
  return compile(code, filename, params);
}

// NOTE: no measurement to report: it resolves with the heap figures of process.memoryUsage().
function measureMemory() {
  process.emitWarning('vm.measureMemory is an experimental feature and might change at any time', 'ExperimentalWarning');
  const { heapUsed, heapTotal } = process.memoryUsage();
  return Promise.resolve({ total: { jsMemoryEstimate: heapUsed, jsMemoryRange: [heapUsed, heapTotal] } });
}

const constants = Object.freeze(Object.assign(Object.create(null), {
  USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
  DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
}));

module.exports = {
  Script,
  createContext,
  createScript,
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory,
  constants,
};
