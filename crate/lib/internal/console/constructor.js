// internal/console/constructor: the `Console` class (console.Console) and the global console's
// making. Output goes to plain stream objects with a `write(string)` method, through
// internal/console/write; table, trace and the time*() clock load on first use.
'use strict';

const {
  formatFor,
  getInspectOptions,
  kColorMode,
  kDirectStdio,
  kGroupIndent,
  kIgnoreErrors,
  kInspectOptions,
  lazyInspect,
  writeToConsole,
} = require('internal/console/write');

function inspect(value, options) {
  return lazyInspect().inspect(value, options);
}

function lazyCodes() {
  return require('internal/errors').codes;
}

const kStdout = Symbol('kStdout');
const kStderr = Symbol('kStderr');
const kGroupIndentationWidth = Symbol('kGroupIndentationWidth');
const kCounts = Symbol('counts');

function invalidStream(name) {
  const codes = lazyCodes();
  if (codes.ERR_CONSOLE_WRITABLE_STREAM) return new codes.ERR_CONSOLE_WRITABLE_STREAM(name);
  return new codes.ERR_INVALID_ARG_TYPE(name, 'WritableStream', undefined);
}

function defineHidden(obj, key, value) {
  Object.defineProperty(obj, key, { value, writable: true, configurable: true, enumerable: false });
}

// new Console(stdout[, stderr][, ignoreErrors]) or new Console({ stdout, stderr, ... }).
function Console(options /* or: stdout, stderr, ignoreErrors */) {
  if (!new.target) return Reflect.construct(Console, arguments);

  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr: arguments[1], ignoreErrors: arguments[2] };
  }
  const {
    stdout,
    stderr = stdout,
    ignoreErrors = true,
    colorMode = 'auto',
    inspectOptions,
    groupIndentation = 2,
  } = options;

  if (!stdout || typeof stdout.write !== 'function') throw invalidStream('stdout');
  if (!stderr || typeof stderr.write !== 'function') throw invalidStream('stderr');
  if (typeof colorMode !== 'boolean' && colorMode !== 'auto') {
    const codes = lazyCodes();
    throw new codes.ERR_INVALID_ARG_VALUE('colorMode', colorMode);
  }
  if (inspectOptions !== undefined) {
    if (inspectOptions === null || typeof inspectOptions !== 'object') {
      const codes = lazyCodes();
      throw new codes.ERR_INVALID_ARG_TYPE('options.inspectOptions', 'object', inspectOptions);
    }
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      const codes = lazyCodes();
      throw new codes.ERR_INCOMPATIBLE_OPTION_PAIR('options.inspectOptions.color', 'colorMode');
    }
  }

  defineHidden(this, '_stdout', stdout);
  defineHidden(this, '_stderr', stderr);
  initConsole(this, ignoreErrors, colorMode, inspectOptions, groupIndentation);
}

function initConsole(console, ignoreErrors, colorMode, inspectOptions, groupIndentation) {
  defineHidden(console, '_times', new Map());
  defineHidden(console, kCounts, new Map());
  defineHidden(console, kGroupIndent, '');
  defineHidden(console, kGroupIndentationWidth, groupIndentation);
  defineHidden(console, kColorMode, colorMode);
  defineHidden(console, kInspectOptions, inspectOptions);
  defineHidden(console, kIgnoreErrors, ignoreErrors);

  // Bind every method so `const { log } = console` works.
  for (const key of Object.keys(Console.prototype)) {
    const bound = Console.prototype[key].bind(console);
    Object.defineProperty(bound, 'name', { value: key, configurable: true });
    console[key] = bound;
  }
}

// The global console. Its streams are process.stdout and process.stderr, read on first use as
// in Node. Until the program touches those, its output goes straight to the host, so that
// `console.log` needs no stream machinery at start-up; from then on it goes through the streams.
function createGlobalConsole() {
  const console = Object.create(Console.prototype);
  lazyStream(console, '_stdout', () => process.stdout);
  lazyStream(console, '_stderr', () => process.stderr);
  defineHidden(console, kDirectStdio, true);
  initConsole(console, true, 'auto', undefined, 2);
  return console;
}

function lazyStream(console, key, get) {
  let stream;
  Object.defineProperty(console, key, {
    get() {
      stream ??= get();
      return stream;
    },
    set(value) {
      stream = value;
    },
    configurable: true,
    enumerable: false,
  });
}

function emitWarning(message) {
  if (typeof process === 'object' && process && typeof process.emitWarning === 'function') {
    process.emitWarning(message);
  }
}

// The rarer methods' work loads on first use.
let time;
const lazyTime = () => (time ??= require('internal/console/time'));

// ---------------------------------------------------------------------------------------------
// The methods (enumerable, in Node's order).
// ---------------------------------------------------------------------------------------------

const consoleMethods = {
  log(...args) {
    writeToConsole(this, true, formatFor(this, true, args));
  },

  warn(...args) {
    writeToConsole(this, false, formatFor(this, false, args));
  },

  dir(object, options) {
    const text = inspect(object, {
      customInspect: false,
      ...getInspectOptions(this, this._stdout),
      ...options,
    });
    writeToConsole(this, true, text);
  },

  time(label = 'default') {
    label = `${label}`;
    if (this._times.has(label)) {
      emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this._times.set(label, lazyTime().now());
  },

  timeEnd(label = 'default') {
    label = `${label}`;
    if (lazyTime().timeLogImpl(this, 'timeEnd', label)) this._times.delete(label);
  },

  timeLog(label = 'default', ...data) {
    label = `${label}`;
    lazyTime().timeLogImpl(this, 'timeLog', label, data);
  },

  trace: function trace(...args) {
    const message = formatFor(this, false, args);
    this.error(require('internal/console/trace').traceText(message, trace));
  },

  assert(expression, ...args) {
    if (!expression) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      Reflect.apply(this.warn, this, args);
    }
  },

  clear() {
    const stream = this._stdout;
    if (stream && stream.isTTY && typeof stream.write === 'function') {
      // Cursor home, then clear the screen below it.
      stream.write('\u001b[1;1H\u001b[0J');
    }
  },

  count(label = 'default') {
    label = `${label}`;
    const counts = this[kCounts];
    let count = counts.get(label);
    count = count === undefined ? 1 : count + 1;
    counts.set(label, count);
    this.log(`${label}: ${count}`);
  },

  countReset(label = 'default') {
    const counts = this[kCounts];
    if (!counts.has(label)) {
      emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    counts.delete(`${label}`);
  },

  group(...data) {
    if (data.length > 0) Reflect.apply(this.log, this, data);
    this[kGroupIndent] += ' '.repeat(this[kGroupIndentationWidth]);
  },

  groupEnd() {
    this[kGroupIndent] = this[kGroupIndent].slice(0,
      this[kGroupIndent].length - this[kGroupIndentationWidth]);
  },

  table(tabularData, properties) {
    require('internal/console/table').table(this, tabularData, properties);
  },
};

consoleMethods.debug = consoleMethods.log;
consoleMethods.info = consoleMethods.log;
consoleMethods.dirxml = consoleMethods.log;
consoleMethods.error = consoleMethods.warn;
consoleMethods.groupCollapsed = consoleMethods.group;

for (const key of Object.keys(consoleMethods)) {
  Object.defineProperty(Console.prototype, key, {
    value: consoleMethods[key],
    writable: true,
    enumerable: true,
    configurable: true,
  });
}

module.exports = {
  Console,
  createGlobalConsole,
  emitWarning,
  get formatTime() { return lazyTime().formatTime; },
  getInspectOptions,
  kStdout,
  kStderr,
};
