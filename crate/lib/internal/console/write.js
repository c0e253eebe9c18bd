// internal/console/write: how a console turns its arguments into text (strings and numbers
// without util.inspect, the rest through formatWithOptions) and writes an entry to its stream,
// or straight to the host while the global console's stream does not exist yet. The symbols of
// the console state it reads are defined here.
'use strict';

const { hasStream, writeIfNoStream } = require('internal/process/stdio');

// inspect (the largest built-in) loads on the first value that needs it: printing strings and
// numbers, the common case, does not.
let inspectModule;
function lazyInspect() {
  inspectModule ??= require('internal/util/inspect');
  return inspectModule;
}

const kGroupIndent = Symbol('kGroupIndent');
const kColorMode = Symbol('kColorMode');
const kInspectOptions = Symbol('kInspectOptions');
const kIgnoreErrors = Symbol('kIgnoreErrors');
const kDirectStdio = Symbol('kDirectStdio');

const kNoColorInspectOptions = {};
const kColorInspectOptions = { colors: true };

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

module.exports = {
  formatFor,
  getInspectOptions,
  kColorMode,
  kDirectStdio,
  kGroupIndent,
  kIgnoreErrors,
  kInspectOptions,
  lazyInspect,
  writeToConsole,
};
