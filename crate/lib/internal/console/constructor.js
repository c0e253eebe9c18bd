// internal/console/constructor: the `Console` class (console.Console). Output goes to plain
// stream objects with a `write(string)` method; all formatting goes through formatWithOptions.
'use strict';

const { hasStream, writeIfNoStream } = require('internal/process/stdio');

// inspect (the largest built-in) loads on the first value that needs it: printing strings and
// numbers, the common case, does not.
let inspectModule;
function lazyInspect() {
  inspectModule ??= require('internal/util/inspect');
  return inspectModule;
}
function inspect(value, options) {
  return lazyInspect().inspect(value, options);
}
function getStringWidth(string) {
  return lazyInspect().getStringWidth(string);
}

function lazyTypes() {
  return require('internal/util/types');
}

function lazyCodes() {
  return require('internal/errors').codes;
}

const kStdout = Symbol('kStdout');
const kStderr = Symbol('kStderr');
const kGroupIndent = Symbol('kGroupIndent');
const kGroupIndentationWidth = Symbol('kGroupIndentationWidth');
const kCounts = Symbol('counts');
const kColorMode = Symbol('kColorMode');
const kInspectOptions = Symbol('kInspectOptions');
const kIgnoreErrors = Symbol('kIgnoreErrors');
const kDirectStdio = Symbol('kDirectStdio');

const kNoColorInspectOptions = {};
const kColorInspectOptions = { colors: true };

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

// The inspect options for values written to `stream` (colors only on color terminals).
function getInspectOptions(console, stream) {
  let color = console[kColorMode];
  if (color === 'auto') {
    color = Boolean(stream && stream.isTTY) &&
      (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true);
  }
  const options = console[kInspectOptions];
  if (options) {
    if (options.colors === undefined) return { ...options, colors: color };
    return options;
  }
  return color ? kColorInspectOptions : kNoColorInspectOptions;
}

function formatFor(console, useStdout, args) {
  if (console[kInspectOptions] === undefined && !mayColor(console, useStdout)) {
    const text = formatPrimitives(args);
    if (text !== undefined) return text;
  }
  const stream = useStdout ? console._stdout : console._stderr;
  return lazyInspect().formatWithOptions(getInspectOptions(console, stream), ...args);
}

// Whether output to that stream may be colored; answered without creating the stream while the
// global console still writes to the host directly (the host gives pipes or files: no colors).
function mayColor(console, useStdout) {
  const color = console[kColorMode];
  if (color !== 'auto') return color;
  if (console[kDirectStdio] && !hasStream(useStdout ? 1 : 2)) return false;
  return getInspectOptions(console, useStdout ? console._stdout : console._stderr).colors === true;
}

// format() of arguments that are all strings, numbers, booleans, null or undefined (no `%` in a
// leading string followed by more arguments), as util.format prints them without colors;
// undefined when inspect is needed.
function formatPrimitives(args) {
  let text = '';
  for (let i = 0; i < args.length; i++) {
    const value = args[i];
    let piece;
    switch (typeof value) {
      case 'string':
        if (i === 0 && args.length > 1 && value.includes('%')) return undefined;
        piece = value;
        break;
      case 'number':
        piece = Object.is(value, -0) ? '-0' : `${value}`;
        break;
      case 'boolean':
      case 'undefined':
        piece = `${value}`;
        break;
      case 'object':
        if (value !== null) return undefined;
        piece = 'null';
        break;
      default:
        return undefined;
    }
    text = i === 0 ? piece : `${text} ${piece}`;
  }
  return text;
}

// Writes one entry: every line gets the current group indentation, then a newline.
function writeToConsole(console, useStdout, string) {
  const indent = console[kGroupIndent];
  if (indent.length !== 0) {
    if (string.includes('\n')) string = string.replace(/\n/g, `\n${indent}`);
    string = indent + string;
  }
  string += '\n';
  if (console[kDirectStdio] && writeIfNoStream(useStdout ? 1 : 2, string)) return undefined;
  const stream = useStdout ? console._stdout : console._stderr;
  if (console[kIgnoreErrors] === false) return stream.write(string);
  try {
    stream.write(string);
  } catch (err) {
    // A console must not throw because its stream failed, except on stack exhaustion.
    if (err instanceof RangeError && /call stack|recursion/i.test(String(err.message))) throw err;
  }
  return undefined;
}

function emitWarning(message) {
  if (typeof process === 'object' && process && typeof process.emitWarning === 'function') {
    process.emitWarning(message);
  }
}

// ---------------------------------------------------------------------------------------------
// Timers: `label: 1.234ms`, `label: 1.500s`, `label: 1:02.345 (m:ss.mmm)`.
// ---------------------------------------------------------------------------------------------

const kSecond = 1000;
const kMinute = 60 * kSecond;
const kHour = 60 * kMinute;

function now() {
  if (typeof process === 'object' && process && typeof process.hrtime === 'function') {
    const [s, ns] = process.hrtime();
    return s * 1000 + ns / 1e6;
  }
  if (typeof performance === 'object' && performance && typeof performance.now === 'function') {
    return performance.now();
  }
  return Date.now();
}

function pad2(value) {
  return `${value}`.padStart(2, '0');
}

function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= kSecond) {
    if (ms >= kMinute) {
      if (ms >= kHour) {
        hours = Math.floor(ms / kHour);
        ms %= kHour;
      }
      minutes = Math.floor(ms / kMinute);
      ms %= kMinute;
    }
    seconds = ms / kSecond;
  }
  if (hours !== 0 || minutes !== 0) {
    const [wholeSeconds, millis] = seconds.toFixed(3).split('.');
    const lead = hours !== 0 ? `${hours}:${pad2(minutes)}` : minutes;
    return `${lead}:${pad2(wholeSeconds)}.${millis} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

function timeLogImpl(console, name, label, data) {
  const start = console._times.get(label);
  if (start === undefined) {
    emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const formatted = formatTime(now() - start);
  if (data === undefined) console.log('%s: %s', label, formatted);
  else console.log('%s: %s', label, formatted, ...data);
  return true;
}

// ---------------------------------------------------------------------------------------------
// console.table
// ---------------------------------------------------------------------------------------------

const tableChars = {
  middleMiddle: '─',
  rowMiddle: '┼',
  topRight: '┐',
  topLeft: '┌',
  leftMiddle: '├',
  topMiddle: '┬',
  bottomRight: '┘',
  bottomLeft: '└',
  bottomMiddle: '┴',
  rightMiddle: '┤',
  left: '│ ',
  right: ' │',
  middle: ' │ ',
};

// One row: every cell left-aligned and padded to its column's width.
function renderRow(row, columnWidths) {
  let out = tableChars.left;
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    out += cell + ' '.repeat(columnWidths[i] - getStringWidth(cell));
    if (i !== row.length - 1) out += tableChars.middle;
  }
  return out + tableChars.right;
}

// head: the column titles; columns: one (possibly sparse) array of cell strings per column.
function renderTable(head, columns) {
  const rows = [];
  const columnWidths = head.map((h) => getStringWidth(h));
  const longestColumn = Math.max(...columns.map((column) => column.length));
  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < longestColumn; j++) {
      if (rows[j] === undefined) rows[j] = [];
      const value = Object.prototype.hasOwnProperty.call(column, j) ? column[j] : '';
      rows[j][i] = value;
      columnWidths[i] = Math.max(columnWidths[i] || 0, getStringWidth(value));
    }
  }
  const divider = columnWidths.map((width) => tableChars.middleMiddle.repeat(width + 2));
  let result = `${tableChars.topLeft}${divider.join(tableChars.topMiddle)}${tableChars.topRight}\n` +
    `${renderRow(head, columnWidths)}\n` +
    `${tableChars.leftMiddle}${divider.join(tableChars.rowMiddle)}${tableChars.rightMiddle}\n`;
  for (const row of rows) result += `${renderRow(row, columnWidths)}\n`;
  result += `${tableChars.bottomLeft}${divider.join(tableChars.bottomMiddle)}${tableChars.bottomRight}`;
  return result;
}

function tableInspect(console, value) {
  // Objects with more than two keys collapse to [Object]; arrays show at most 3 items.
  const depth = value !== null && typeof value === 'object' && !Array.isArray(value) &&
    Object.keys(value).length > 2 ? -1 : 0;
  const options = {
    depth,
    maxArrayLength: 3,
    breakLength: Infinity,
    ...getInspectOptions(console, console._stdout),
  };
  return inspect(value, options);
}

function table(console, tabularData, properties) {
  if (properties !== undefined && !Array.isArray(properties)) {
    const codes = lazyCodes();
    throw new codes.ERR_INVALID_ARG_TYPE('properties', 'Array', properties);
  }
  if (tabularData === null || typeof tabularData !== 'object') return console.log(tabularData);

  const show = (v) => tableInspect(console, v);
  const indexColumn = (length) => Array.from({ length }, (_, i) => show(i));
  const final = (head, columns) => console.log(renderTable(head, columns));

  if (lazyTypes().isMap(tabularData)) {
    const keys = [];
    const values = [];
    for (const [k, v] of tabularData) {
      keys.push(show(k));
      values.push(show(v));
    }
    return final(['(iteration index)', 'Key', 'Values'], [indexColumn(keys.length), keys, values]);
  }
  if (lazyTypes().isSet(tabularData) || lazyTypes().isSetIterator(tabularData) ||
      lazyTypes().isMapIterator(tabularData)) {
    const values = [];
    for (const v of tabularData) values.push(show(v));
    return final(['(iteration index)', 'Values'], [indexColumn(values.length), values]);
  }

  const map = Object.create(null);
  let hasPrimitives = false;
  const primitiveValues = [];
  const indexKeys = Object.keys(tabularData);
  for (let i = 0; i < indexKeys.length; i++) {
    const item = tabularData[indexKeys[i]];
    const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      primitiveValues[i] = show(item);
    } else {
      const keys = properties || Object.keys(item);
      for (const key of keys) {
        if (map[key] === undefined) map[key] = [];
        if ((primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key)) {
          map[key][i] = '';
        } else {
          map[key][i] = show(item[key]);
        }
      }
    }
  }
  const head = Object.keys(map);
  const columns = Object.values(map);
  if (hasPrimitives) {
    head.push('Values');
    columns.push(primitiveValues);
  }
  head.unshift('(index)');
  columns.unshift(indexKeys);
  return final(head, columns);
}

// ---------------------------------------------------------------------------------------------
// console.trace: `Trace: message` followed by the caller's stack frames.
// ---------------------------------------------------------------------------------------------

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
  // keep only what follows the last frame inside this module.
  let last = -1;
  for (let i = 0; i < frames.length; i++) {
    if (frames[i].includes('internal/console/constructor')) last = i;
  }
  frames = frames.slice(last + 1);
  return frames.length === 0 ? header : `${header}\n${frames.join('\n')}`;
}

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
    this._times.set(label, now());
  },

  timeEnd(label = 'default') {
    label = `${label}`;
    if (timeLogImpl(this, 'timeEnd', label)) this._times.delete(label);
  },

  timeLog(label = 'default', ...data) {
    label = `${label}`;
    timeLogImpl(this, 'timeLog', label, data);
  },

  trace: function trace(...args) {
    const message = formatFor(this, false, args);
    this.error(traceText(message, trace));
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
    table(this, tabularData, properties);
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
  formatTime,
  kStdout,
  kStderr,
};
