// internal/util/inspect: util.inspect(), util.format() and util.formatWithOptions().
// Written from scratch against the observed output of Node 20 (real `node` is the spec);
// every rule below was checked by printing values in node and comparing byte for byte.
'use strict';

const utilBinding = internalBinding('util');
const types = require('internal/util/types');

let lazyErrorsModule;
function lazyErrors() {
  if (lazyErrorsModule === undefined) lazyErrorsModule = require('internal/errors');
  return lazyErrorsModule;
}

// ---------------------------------------------------------------------------------------------
// Captured built-ins (user code may later patch the prototypes).
// ---------------------------------------------------------------------------------------------
const objectHasOwn = Object.prototype.hasOwnProperty;
const objectIsEnumerable = Object.prototype.propertyIsEnumerable;
const objectToString = Object.prototype.toString;
const functionToString = Function.prototype.toString;
const errorToString = Error.prototype.toString;
const regExpToString = RegExp.prototype.toString;
const dateGetTime = Date.prototype.getTime;
const dateToISOString = Date.prototype.toISOString;
const dateToString = Date.prototype.toString;
const mapEntries = Map.prototype.entries;
const setValues = Set.prototype.values;
const mapSizeGetter = Object.getOwnPropertyDescriptor(Map.prototype, 'size').get;
const setSizeGetter = Object.getOwnPropertyDescriptor(Set.prototype, 'size').get;
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTagGetter =
  Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
const typedArrayLengthGetter = Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'length').get;
const numberValueOf = Number.prototype.valueOf;
const stringValueOf = String.prototype.valueOf;
const booleanValueOf = Boolean.prototype.valueOf;
const bigintValueOf = typeof BigInt === 'function' ? BigInt.prototype.valueOf : undefined;
const symbolValueOf = Symbol.prototype.valueOf;
const symbolToString = Symbol.prototype.toString;
const jsonStringify = JSON.stringify;

function hasOwn(obj, key) {
  return objectHasOwn.call(obj, key);
}

function isEnumerable(obj, key) {
  return objectIsEnumerable.call(obj, key);
}

// ---------------------------------------------------------------------------------------------
// Options, colors and styles.
// ---------------------------------------------------------------------------------------------
const inspectDefaultOptions = Object.seal({
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
});

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

// Kinds of entries a formatter produces. Array indices print without a key; the extra
// (non-index) keys of arrays and typed arrays are grouped with the indices.
const kObjectType = 0;
const kArrayType = 1;
const kArrayExtrasType = 2;

// Strings shorter than this never get split at their newlines.
const kMinLineWidth = 16;

function makeColors() {
  const colors = Object.create(null);
  const table = [
    ['reset', 0, 0], ['bold', 1, 22], ['dim', 2, 22], ['italic', 3, 23],
    ['underline', 4, 24], ['blink', 5, 25], ['inverse', 7, 27], ['hidden', 8, 28],
    ['strikethrough', 9, 29], ['doubleunderline', 21, 24],
    ['black', 30, 39], ['red', 31, 39], ['green', 32, 39], ['yellow', 33, 39],
    ['blue', 34, 39], ['magenta', 35, 39], ['cyan', 36, 39], ['white', 37, 39],
    ['bgBlack', 40, 49], ['bgRed', 41, 49], ['bgGreen', 42, 49], ['bgYellow', 43, 49],
    ['bgBlue', 44, 49], ['bgMagenta', 45, 49], ['bgCyan', 46, 49], ['bgWhite', 47, 49],
    ['framed', 51, 54], ['overlined', 53, 55],
    ['gray', 90, 39], ['redBright', 91, 39], ['greenBright', 92, 39],
    ['yellowBright', 93, 39], ['blueBright', 94, 39], ['magentaBright', 95, 39],
    ['cyanBright', 96, 39], ['whiteBright', 97, 39],
    ['bgGray', 100, 49], ['bgRedBright', 101, 49], ['bgGreenBright', 102, 49],
    ['bgYellowBright', 103, 49], ['bgBlueBright', 104, 49], ['bgMagentaBright', 105, 49],
    ['bgCyanBright', 106, 49], ['bgWhiteBright', 107, 49],
  ];
  for (const [name, open, close] of table) colors[name] = [open, close];
  const aliases = [
    ['grey', 'gray'], ['blackBright', 'gray'], ['bgGrey', 'bgGray'],
    ['bgBlackBright', 'bgGray'], ['faint', 'dim'], ['crossedout', 'strikethrough'],
    ['strikeThrough', 'strikethrough'], ['crossedOut', 'strikethrough'],
    ['conceal', 'hidden'], ['swapColors', 'inverse'], ['swapcolors', 'inverse'],
    ['doubleUnderline', 'doubleunderline'],
  ];
  for (const [alias, target] of aliases) {
    Object.defineProperty(colors, alias, {
      get() { return this[target]; },
      set(value) { this[target] = value; },
      configurable: true,
      enumerable: false,
    });
  }
  return colors;
}

const inspectColors = makeColors();

const inspectStyles = Object.assign(Object.create(null), {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
});

function stylizeWithColor(str, styleType) {
  const style = inspectStyles[styleType];
  if (style !== undefined) {
    const color = inspectColors[style];
    if (color !== undefined) return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
  }
  return str;
}

function stylizeNoColor(str) {
  return str;
}

// Names of the global constructors (Object, Array, Map, ...). Objects whose constructor is
// one of these count as "built-in" for `%s` and for the showHidden prototype listing.
let builtInNames;
// Node collects the engine's capitalised globals before it adds its own, so these do not count
// as built-in (`util.format('%s', buf)` calls Buffer's own toString). `TypedArray` is no V8
// global either (Boa's is removed at bootstrap).
const HOST_GLOBALS = new Set([
  'Buffer', 'URL', 'URLSearchParams', 'AbortController', 'AbortSignal', 'EventTarget', 'Event',
  'CustomEvent', 'DOMException', 'TextEncoder', 'TextDecoder', 'Blob', 'File', 'BroadcastChannel',
  'MessageChannel', 'MessagePort', 'MessageEvent', 'ReadableStream', 'WritableStream',
  'TransformStream', 'Performance', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure',
  'PerformanceObserver', 'PerformanceObserverEntryList', 'PerformanceResourceTiming', 'Crypto',
  'CryptoKey', 'SubtleCrypto', 'Headers', 'Request', 'Response', 'FormData', 'WebSocket', 'TypedArray',
]);

function isBuiltInName(name) {
  if (builtInNames === undefined) {
    builtInNames = new Set();
    for (const key of Object.getOwnPropertyNames(globalThis)) {
      if (/^[A-Z][a-zA-Z0-9]+$/.test(key) && !HOST_GLOBALS.has(key)) builtInNames.add(key);
    }
  }
  return builtInNames.has(name);
}

// ---------------------------------------------------------------------------------------------
// Strings: quoting, escaping and display width.
// ---------------------------------------------------------------------------------------------

// The escape for one UTF-16 unit, or undefined when it prints as itself. C0 controls, DEL and
// the C1 controls become \xNN (upper-case hex) except the usual short escapes.
function escapeCode(code) {
  switch (code) {
    case 8: return '\\b';
    case 9: return '\\t';
    case 10: return '\\n';
    case 12: return '\\f';
    case 13: return '\\r';
    case 39: return "\\'";
    case 92: return '\\\\';
    default:
      if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) {
        return `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
      }
      return undefined;
  }
}

function needsEscape(code) {
  return code < 0x20 || code === 39 || code === 92 || (code >= 0x7f && code <= 0x9f) ||
    (code >= 0xd800 && code <= 0xdfff);
}

// Escapes `str` for display. `escapeQuote` says whether a single quote gets a backslash.
// Lone surrogates print as \uXXXX (lower-case hex); well-formed pairs stay as they are.
function escapeText(str, escapeQuote) {
  let out = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if (!needsEscape(code)) continue;
    let replacement;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = i + 1 < str.length ? str.charCodeAt(i + 1) : 0;
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      replacement = `\\u${code.toString(16)}`;
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      replacement = `\\u${code.toString(16)}`;
    } else if (code === 39 && !escapeQuote) {
      continue;
    } else {
      replacement = escapeCode(code);
    }
    out += str.slice(last, i) + replacement;
    last = i + 1;
  }
  return last === 0 ? str : out + str.slice(last);
}

// Quotes a string the way Node does: single quotes by default; double quotes when the string
// has a single quote but no double quote; backticks when it has both but neither a backtick
// nor `${`; otherwise single quotes with the single quotes escaped.
function strEscape(str) {
  let quote = "'";
  if (str.includes("'")) {
    if (!str.includes('"')) quote = '"';
    else if (!str.includes('`') && !str.includes('${')) quote = '`';
  }
  return `${quote}${escapeText(str, quote === "'")}${quote}`;
}

// Escapes a key printed without quotes (symbols and non-enumerable keys).
function escapeKeyText(str) {
  return escapeText(str, true);
}

// The ANSI escape sequence pattern (same pattern as the `ansi-regex` package).
const ansiPattern = '[\\u001B\\u009B][[\\]()#;?]*' +
  '(?:(?:(?:(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]+)*' +
  '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]*)*)?' +
  '(?:\\u0007|\\u001B\\u005C|\\u009C))' +
  '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~]))';
const ansiRegExp = new RegExp(ansiPattern, 'g');

function stripVTControlCharacters(str) {
  if (typeof str !== 'string') {
    const { codes } = lazyErrors();
    throw new codes.ERR_INVALID_ARG_TYPE('str', 'string', str);
  }
  return str.replace(ansiRegExp, '');
}

function removeColors(str) {
  return str.replace(ansiRegExp, '');
}

function isFullWidthCodePoint(code) {
  return code >= 0x1100 && (
    code <= 0x115f ||
    code === 0x2329 || code === 0x232a ||
    (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) ||
    (code >= 0x3250 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0xa4c6) ||
    (code >= 0xa960 && code <= 0xa97c) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe10 && code <= 0xfe19) ||
    (code >= 0xfe30 && code <= 0xfe6b) ||
    (code >= 0xff01 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1b000 && code <= 0x1b001) ||
    (code >= 0x1f200 && code <= 0x1f251) ||
    (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

function isZeroWidthCodePoint(code) {
  return code <= 0x1f ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    (code >= 0xfe20 && code <= 0xfe2f) ||
    (code >= 0xe0100 && code <= 0xe01ef);
}

// Number of terminal columns `str` takes (wide East Asian characters count twice, combining
// marks and controls count zero).
function getStringWidth(str, removeControlChars = true) {
  if (removeControlChars) str = removeColors(str);
  // ASCII (the common case, multi-line output included): printable characters count one,
  // control characters none. Only other text pays for normalization and code point walking.
  let ascii = true;
  let printable = 0;
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if (code > 0x7e) {
      ascii = false;
      break;
    }
    if (code >= 0x20) printable++;
  }
  if (ascii) return printable;
  try {
    str = str.normalize('NFC');
  } catch {
    // Engines without normalization data: measure the string as it is.
  }
  let width = 0;
  for (const char of str) {
    const code = char.codePointAt(0);
    if (isFullWidthCodePoint(code)) width += 2;
    else if (!isZeroWidthCodePoint(code)) width++;
  }
  return width;
}

// ---------------------------------------------------------------------------------------------
// Primitives.
// ---------------------------------------------------------------------------------------------

// Inserts `_` every three digits counting from the right ("1234567" -> "1_234_567").
function groupDigitsFromRight(digits) {
  const start = digits.startsWith('-') ? 1 : 0;
  let end = digits.length;
  let tail = '';
  while (end - start >= 4) {
    tail = `_${digits.slice(end - 3, end)}${tail}`;
    end -= 3;
  }
  return end === digits.length ? digits : `${digits.slice(0, end)}${tail}`;
}

// Inserts `_` every three digits counting from the left (fraction digits).
function groupDigitsFromLeft(digits) {
  let out = '';
  let i = 0;
  for (; i < digits.length - 3; i += 3) out += `${digits.slice(i, i + 3)}_`;
  return i === 0 ? digits : `${out}${digits.slice(i)}`;
}

function formatNumber(fn, number, numericSeparator) {
  if (!numericSeparator) {
    if (Object.is(number, -0)) return fn('-0', 'number');
    return fn(`${number}`, 'number');
  }
  const integer = Math.trunc(number);
  const integerText = String(integer);
  if (integer === number) {
    if (!Number.isFinite(number) || integerText.includes('e')) return fn(integerText, 'number');
    return fn(groupDigitsFromRight(integerText), 'number');
  }
  if (Number.isNaN(number)) return fn(integerText, 'number');
  // Split the printed number at its '.'. Numbers printed without one (1e-7) split oddly, but
  // exactly as Node does: everything but the last char, then the whole text.
  const text = String(number);
  const dot = text.indexOf('.');
  const whole = text.slice(0, dot);
  const fraction = text.slice(dot + 1);
  return fn(`${groupDigitsFromRight(whole)}.${groupDigitsFromLeft(fraction)}`, 'number');
}

function formatBigInt(fn, bigint, numericSeparator) {
  const text = String(bigint);
  if (!numericSeparator) return fn(`${text}n`, 'bigint');
  return fn(`${groupDigitsFromRight(text)}n`, 'bigint');
}

function formatPrimitive(fn, value, ctx) {
  switch (typeof value) {
    case 'string':
      return formatString(fn, value, ctx);
    case 'number':
      return formatNumber(fn, value, ctx.numericSeparator);
    case 'bigint':
      return formatBigInt(fn, value, ctx.numericSeparator);
    case 'boolean':
      return fn(`${value}`, 'boolean');
    case 'undefined':
      return fn('undefined', 'undefined');
    default:
      return fn(symbolToString.call(value), 'symbol');
  }
}

// Long strings (over 16 chars and wider than the room left on the line) that contain newlines
// are printed as one quoted piece per line, joined with ` +` line continuations.
function formatString(fn, value, ctx) {
  let trailer = '';
  if (value.length > ctx.maxStringLength) {
    const remaining = value.length - ctx.maxStringLength;
    value = value.slice(0, Math.max(0, ctx.maxStringLength));
    trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
  }
  if (ctx.compact !== true && value.length > kMinLineWidth &&
      value.length > ctx.breakLength - ctx.indentationLvl - 4) {
    const lines = splitKeepingNewlines(value);
    const joiner = ` +\n${' '.repeat(ctx.indentationLvl + 2)}`;
    return lines.map((line) => fn(strEscape(line), 'string')).join(joiner) + trailer;
  }
  return fn(strEscape(value), 'string') + trailer;
}

// "a\nb\n" -> ["a\n", "b\n"]; "a\nb" -> ["a\n", "b"].
function splitKeepingNewlines(str) {
  const lines = [];
  let start = 0;
  for (let i = str.indexOf('\n'); i !== -1; i = str.indexOf('\n', start)) {
    lines.push(str.slice(start, i + 1));
    start = i + 1;
  }
  if (start < str.length || lines.length === 0) lines.push(str.slice(start));
  return lines;
}

// ---------------------------------------------------------------------------------------------
// inspect()
// ---------------------------------------------------------------------------------------------

function inspect(value, opts) {
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    showHidden: inspectDefaultOptions.showHidden,
    depth: inspectDefaultOptions.depth,
    colors: inspectDefaultOptions.colors,
    customInspect: inspectDefaultOptions.customInspect,
    showProxy: inspectDefaultOptions.showProxy,
    maxArrayLength: inspectDefaultOptions.maxArrayLength,
    maxStringLength: inspectDefaultOptions.maxStringLength,
    breakLength: inspectDefaultOptions.breakLength,
    compact: inspectDefaultOptions.compact,
    sorted: inspectDefaultOptions.sorted,
    getters: inspectDefaultOptions.getters,
    numericSeparator: inspectDefaultOptions.numericSeparator,
  };
  if (arguments.length > 1) {
    // Legacy signature: inspect(value, showHidden, depth, colors).
    if (arguments.length > 2) {
      if (arguments[2] !== undefined) ctx.depth = arguments[2];
      if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    }
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      for (const key of Object.keys(opts)) {
        if (hasOwn(inspectDefaultOptions, key) || key === 'stylize') {
          ctx[key] = opts[key];
        } else if (ctx.userOptions === undefined) {
          // Unknown options are handed on to custom inspect functions.
          ctx.userOptions = opts;
        }
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}

Object.defineProperty(inspect, 'custom', {
  value: customInspectSymbol,
  enumerable: false,
  configurable: false,
  writable: false,
});

Object.defineProperty(inspect, 'defaultOptions', {
  get() {
    return inspectDefaultOptions;
  },
  set(options) {
    if (options === null || typeof options !== 'object') {
      const { codes } = lazyErrors();
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    Object.assign(inspectDefaultOptions, options);
  },
  enumerable: true,
  configurable: true,
});

inspect.colors = inspectColors;
inspect.styles = inspectStyles;

// The options object handed to a `[util.inspect.custom]` function.
function getUserOptions(ctx) {
  return {
    stylize: ctx.stylize,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: ctx.colors,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: ctx.getters,
    numericSeparator: ctx.numericSeparator,
    ...ctx.userOptions,
  };
}

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize('null', 'null');

  const context = value;
  const proxy = utilBinding.getProxyDetails(value);
  if (proxy !== undefined) {
    if (proxy === null || proxy[0] === null) return ctx.stylize('<Revoked Proxy>', 'special');
    if (ctx.showProxy) return formatProxy(ctx, proxy, recurseTimes);
    // Without showProxy, a proxy prints as its (innermost) target.
    value = proxy[0];
    let inner = utilBinding.getProxyDetails(value);
    while (inner !== undefined) {
      if (inner === null || inner[0] === null) return ctx.stylize('<Revoked Proxy>', 'special');
      value = inner[0];
      inner = utilBinding.getProxyDetails(value);
    }
  }

  if (ctx.customInspect) {
    const custom = value[customInspectSymbol];
    if (typeof custom === 'function' && custom !== inspect &&
        !(value.constructor && value.constructor.prototype === value)) {
      const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      const result = custom.call(context, depth, getUserOptions(ctx), inspect);
      if (result !== context) {
        if (typeof result !== 'string') return formatValue(ctx, result, recurseTimes);
        return result.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
      }
    }
  }

  if (ctx.seen.includes(value)) return formatCircularMarker(ctx, value);
  return formatRaw(ctx, value, recurseTimes, typedArray);
}

// `[Circular *N]`: N numbers the objects that are referenced circularly, in order of discovery.
function formatCircularMarker(ctx, value) {
  if (ctx.circular === undefined) ctx.circular = new Map();
  let index = ctx.circular.get(value);
  if (index === undefined) {
    index = ctx.circular.size + 1;
    ctx.circular.set(value, index);
  }
  return ctx.stylize(`[Circular *${index}]`, 'special');
}

function formatProxy(ctx, proxy, recurseTimes) {
  if (ctx.depth !== null && recurseTimes > ctx.depth) {
    return ctx.stylize('Proxy [Array]', 'special');
  }
  recurseTimes += 1;
  ctx.indentationLvl += 2;
  const parts = [formatValue(ctx, proxy[0], recurseTimes), formatValue(ctx, proxy[1], recurseTimes)];
  ctx.indentationLvl -= 2;
  return reduceToSingleString(ctx, parts, '', ['Proxy [', ']'], kArrayExtrasType, recurseTimes);
}

// ---------------------------------------------------------------------------------------------
// Constructor names, prefixes and keys.
// ---------------------------------------------------------------------------------------------

function safeInstanceof(obj, ctor) {
  try {
    return obj instanceof ctor;
  } catch {
    return false;
  }
}

// A rough stand-in for the engine's own class name of an object without a usable constructor.
function internalClassName(obj) {
  if (typeof obj === 'function') return 'Function';
  const tag = objectToString.call(obj).slice(8, -1);
  return tag === '' ? 'Object' : tag;
}

// The name of the nearest constructor in the prototype chain that `obj` is an instance of;
// null for objects whose chain has no such constructor and ends in null immediately.
function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  let firstProto;
  const original = obj;
  while (obj) {
    const descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (descriptor !== undefined && typeof descriptor.value === 'function' &&
        descriptor.value.name !== '' && safeInstanceof(original, descriptor.value)) {
      if (protoProps !== undefined &&
          (firstProto !== obj || !isBuiltInName(descriptor.value.name))) {
        addPrototypeProperties(ctx, original, firstProto || original, recurseTimes, protoProps);
      }
      return String(descriptor.value.name);
    }
    obj = Object.getPrototypeOf(obj);
    if (firstProto === undefined) firstProto = obj;
  }
  if (firstProto === null) return null;

  const fallback = internalClassName(original);
  if (ctx.depth !== null && recurseTimes > ctx.depth) return `${fallback} <Complex prototype>`;
  const protoName = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoName === null) {
    const shown = inspect(firstProto, { ...ctx, customInspect: false, depth: -1 });
    return `${fallback} <${shown}>`;
  }
  return `${fallback} <${protoName}>`;
}

// %IteratorPrototype%. NOTE: Boa implements ES2025 iterator helpers, so it carries accessor
// `constructor` and `Symbol.toStringTag` properties that Node 20's V8 lacks; it counts as a
// built-in prototype here so showHidden does not list them.
const kIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

// showHidden: lists the accessors and data (non-function) properties found on up to three
// user-defined prototypes, as `[name]: value`.
function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  let depth = 0;
  let keySet;
  do {
    if (depth !== 0 || main === obj) {
      obj = Object.getPrototypeOf(obj);
      if (obj === null || obj === kIteratorPrototype) return;
      const descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
      if (descriptor !== undefined && typeof descriptor.value === 'function' &&
          isBuiltInName(descriptor.value.name)) {
        return;
      }
    }
    if (depth === 0) {
      keySet = new Set();
    } else {
      for (const key of Object.keys(obj)) keySet.add(key);
    }
    const keys = Reflect.ownKeys(obj);
    ctx.seen.push(main);
    for (const key of keys) {
      if (key === 'constructor' || hasOwn(main, key) || (depth !== 0 && keySet.has(key))) continue;
      const desc = Object.getOwnPropertyDescriptor(obj, key);
      if (typeof desc.value === 'function') continue;
      output.push(formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main));
    }
    ctx.seen.pop();
  } while (++depth !== 3);
}

// The `Foo ` / `Foo(3) [tag] ` / `[Object: null prototype] ` prefix before the braces.
function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag) return `${constructor}${size} [${tag}] `;
  return `${constructor}${size} `;
}

// Own keys to print: enumerable string keys then enumerable symbols (everything with showHidden).
function getKeys(value, showHidden) {
  const symbols = Object.getOwnPropertySymbols(value);
  let keys;
  if (showHidden) {
    keys = Object.getOwnPropertyNames(value);
    if (symbols.length !== 0) keys.push(...symbols);
  } else {
    try {
      keys = Object.keys(value);
    } catch {
      keys = Object.getOwnPropertyNames(value);
    }
    for (const symbol of symbols) {
      if (isEnumerable(value, symbol)) keys.push(symbol);
    }
  }
  return keys;
}

function isArrayIndexKey(key) {
  if (typeof key !== 'string' || key === '') return false;
  const n = Number(key);
  return Number.isInteger(n) && n >= 0 && n < 4294967295 && String(n) === key;
}

// Own keys of an array-like that are not indices.
function getNonIndexKeys(value, showHidden) {
  const keys = [];
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key === 'string' && isArrayIndexKey(key)) continue;
    if (!showHidden && !isEnumerable(value, key)) continue;
    keys.push(key);
  }
  // Strings first, then symbols (the order Reflect.ownKeys already guarantees).
  return keys;
}

// The Symbol.toStringTag to print, or '' when it is absent or already shown as a key.
function getVisibleTag(value, ctx) {
  let tag;
  try {
    tag = value[Symbol.toStringTag];
  } catch {
    return '';
  }
  if (typeof tag !== 'string') return '';
  if (tag !== '') {
    const shownAsKey = ctx.showHidden ? hasOwn(value, Symbol.toStringTag) :
      isEnumerable(value, Symbol.toStringTag);
    if (shownAsKey) return '';
  }
  return tag;
}

// ---------------------------------------------------------------------------------------------
// formatRaw: decides how an object looks (prefix, braces, entry formatter), then prints it.
// ---------------------------------------------------------------------------------------------

function formatRaw(ctx, value, recurseTimes, typedArray) {
  let protoProps;
  if (ctx.showHidden && (ctx.depth === null || recurseTimes <= ctx.depth)) protoProps = [];
  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;
  const tag = getVisibleTag(value, ctx);

  const plan = {
    keys: undefined,
    braces: undefined,
    base: '',
    formatter: formatNothing,
    extrasType: kObjectType,
    done: undefined,
  };
  const noEntries = () => plan.keys.length === 0 && protoProps === undefined;
  planIterable(ctx, value, constructor, tag, plan, noEntries);
  if (plan.done !== undefined) return plan.done;
  if (plan.keys === undefined) {
    planPlainObject(ctx, value, recurseTimes, typedArray, constructor, tag, plan, noEntries);
    if (plan.done !== undefined) return plan.done;
  }

  if (ctx.depth !== null && recurseTimes > ctx.depth) {
    let name = getPrefix(constructor, tag, 'Object').slice(0, -1);
    if (constructor !== null) name = `[${name}]`;
    return ctx.stylize(name, 'special');
  }
  recurseTimes += 1;
  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  const indentationLvl = ctx.indentationLvl;
  let output;
  try {
    output = plan.formatter(ctx, value, recurseTimes);
    for (const key of plan.keys) {
      output.push(formatProperty(ctx, value, recurseTimes, key, plan.extrasType));
    }
    if (protoProps !== undefined) output.push(...protoProps);
  } catch (err) {
    const name = getPrefix(constructor, tag, 'Object').slice(0, -1);
    return handleStackOverflow(ctx, err, name, indentationLvl);
  }

  let base = plan.base;
  const braces = plan.braces;
  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) base = base === '' ? reference : `${reference} ${base}`;
      else braces[0] = `${reference} ${braces[0]}`;
    }
  }
  ctx.seen.pop();

  if (ctx.sorted) sortOutput(ctx, output, plan);

  const res = reduceToSingleString(ctx, output, base, braces, plan.extrasType, recurseTimes, value);
  const budget = ctx.budget[ctx.indentationLvl] || 0;
  const newLength = budget + res.length;
  ctx.budget[ctx.indentationLvl] = newLength;
  // Stop descending once the output gets absurdly large (2^27 characters).
  if (newLength > 2 ** 27) ctx.depth = -1;
  return res;
}

function sortOutput(ctx, output, plan) {
  const comparator = ctx.sorted === true ? undefined : ctx.sorted;
  if (plan.extrasType === kObjectType) {
    output.sort(comparator);
  } else if (plan.keys.length > 1) {
    const start = output.length - plan.keys.length;
    const sorted = output.slice(start).sort(comparator);
    output.splice(start, sorted.length, ...sorted);
  }
}

function handleStackOverflow(ctx, err, name, indentationLvl) {
  if (isStackOverflowError(err)) {
    ctx.seen.pop();
    ctx.indentationLvl = indentationLvl;
    return ctx.stylize(
      `[${name}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`,
      'special');
  }
  throw err;
}

function isStackOverflowError(err) {
  return err !== null && typeof err === 'object' && err instanceof RangeError &&
    typeof err.message === 'string' && /call stack|recursion/i.test(err.message);
}

function formatNothing() {
  return [];
}

// Arrays, Sets, Maps, typed arrays and collection iterators (objects with Symbol.iterator, or
// with a null prototype). Leaves plan.keys undefined for anything else.
function planIterable(ctx, value, constructor, tag, plan, noEntries) {
  let iterable;
  try {
    iterable = value[Symbol.iterator] || constructor === null;
  } catch {
    iterable = constructor === null;
  }
  if (!iterable) return;
  const filterHidden = ctx.showHidden;
  if (Array.isArray(value)) {
    const prefix = (constructor !== 'Array' || tag !== '') ?
      getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
    plan.keys = getNonIndexKeys(value, filterHidden);
    plan.braces = [`${prefix}[`, ']'];
    if (value.length === 0 && noEntries()) {
      plan.done = `${plan.braces[0]}]`;
      return;
    }
    plan.extrasType = kArrayExtrasType;
    plan.formatter = formatArray;
  } else if (types.isSet(value)) {
    const size = setSizeGetter.call(value);
    const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
    plan.keys = getKeys(value, ctx.showHidden);
    plan.formatter = formatSet;
    if (size === 0 && noEntries()) {
      plan.done = `${prefix}{}`;
      return;
    }
    plan.braces = [`${prefix}{`, '}'];
  } else if (types.isMap(value)) {
    const size = mapSizeGetter.call(value);
    const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
    plan.keys = getKeys(value, ctx.showHidden);
    plan.formatter = formatMap;
    if (size === 0 && noEntries()) {
      plan.done = `${prefix}{}`;
      return;
    }
    plan.braces = [`${prefix}{`, '}'];
  } else if (types.isTypedArray(value)) {
    plan.keys = getNonIndexKeys(value, filterHidden);
    const fallback = constructor === null ? typedArrayTagGetter.call(value) : '';
    const size = typedArrayLengthGetter.call(value);
    const prefix = getPrefix(constructor, tag, fallback, `(${size})`);
    plan.braces = [`${prefix}[`, ']'];
    if (size === 0 && plan.keys.length === 0 && !ctx.showHidden) {
      plan.done = `${plan.braces[0]}]`;
      return;
    }
    plan.formatter = (c, v, r) => formatTypedArray(v, size, c, r);
    plan.extrasType = kArrayExtrasType;
  } else if (types.isMapIterator(value)) {
    plan.keys = getKeys(value, ctx.showHidden);
    plan.braces = getIteratorBraces('Map', tag);
    plan.formatter = (c, v, r) => formatIterator(plan.braces, c, v, r);
  } else if (types.isSetIterator(value)) {
    plan.keys = getKeys(value, ctx.showHidden);
    plan.braces = getIteratorBraces('Set', tag);
    plan.formatter = (c, v, r) => formatIterator(plan.braces, c, v, r);
  }
}

function getIteratorBraces(type, tag) {
  if (tag !== `${type} Iterator`) {
    if (tag !== '') tag += '] [';
    tag += `${type} Iterator`;
  }
  return [`[${tag}] {`, '}'];
}

// Everything that is not iterable: plain objects, functions, errors, dates, boxed primitives...
function planPlainObject(ctx, value, recurseTimes, typedArray, constructor, tag, plan, noEntries) {
  const keys = getKeys(value, ctx.showHidden);
  plan.keys = keys;
  plan.braces = ['{', '}'];
  const braces = plan.braces;
  if (typeof value === 'function') {
    plan.base = getFunctionBase(value, constructor, tag);
    if (noEntries()) plan.done = ctx.stylize(plan.base, 'special');
  } else if (constructor === 'Object') {
    // Anything whose nearest constructor is Object prints as a plain object, whatever its
    // internal kind (a Map re-parented to Object.prototype prints as `{}`).
    if (types.isArgumentsObject(value)) {
      braces[0] = '[Arguments] {';
    } else if (tag !== '') {
      braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
    }
    if (noEntries()) plan.done = `${braces[0]}}`;
  } else if (types.isRegExp(value)) {
    let base = regExpToString.call(constructor !== null ? value : new RegExp(value));
    const prefix = getPrefix(constructor, tag, 'RegExp');
    if (prefix !== 'RegExp ') base = `${prefix}${base}`;
    plan.base = base;
    if (noEntries() || (ctx.depth !== null && recurseTimes > ctx.depth)) {
      plan.done = ctx.stylize(base, 'regexp');
    }
  } else if (types.isDate(value)) {
    let base = Number.isNaN(dateGetTime.call(value)) ? dateToString.call(value) :
      dateToISOString.call(value);
    const prefix = getPrefix(constructor, tag, 'Date');
    if (prefix !== 'Date ') base = `${prefix}${base}`;
    plan.base = base;
    if (noEntries()) plan.done = ctx.stylize(base, 'date');
  } else if (isError(value)) {
    plan.base = formatError(value, constructor, tag, ctx, keys);
    if (noEntries()) plan.done = plan.base;
  } else if (types.isAnyArrayBuffer(value)) {
    const arrayType = types.isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer';
    const prefix = getPrefix(constructor, tag, arrayType);
    if (typedArray === undefined) {
      plan.formatter = formatArrayBuffer;
    } else if (noEntries()) {
      plan.done = `${prefix}{ byteLength: ${formatNumber(ctx.stylize, value.byteLength, false)} }`;
      return;
    }
    braces[0] = `${prefix}{`;
    keys.unshift('byteLength');
  } else if (types.isDataView(value)) {
    braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
    keys.unshift('byteLength', 'byteOffset', 'buffer');
  } else if (types.isPromise(value)) {
    braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
    plan.formatter = formatPromise;
  } else if (types.isWeakSet(value)) {
    braces[0] = `${getPrefix(constructor, tag, 'WeakSet')}{`;
    plan.formatter = ctx.showHidden ? formatWeakSetEntries : formatWeakCollection;
  } else if (types.isWeakMap(value)) {
    braces[0] = `${getPrefix(constructor, tag, 'WeakMap')}{`;
    plan.formatter = ctx.showHidden ? formatWeakMapEntries : formatWeakCollection;
  } else if (types.isModuleNamespaceObject(value)) {
    braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
    plan.formatter = (c, v, r) => formatNamespaceObject(keys, c, v, r);
  } else if (types.isBoxedPrimitive(value)) {
    plan.base = getBoxedBase(value, ctx, keys, constructor, tag);
    if (noEntries()) plan.done = plan.base;
  } else {
    const prefix = getPrefix(constructor, tag, constructor === null ? ownTagName(value) : 'Object');
    if (noEntries()) {
      plan.done = `${prefix}{}`;
      return;
    }
    braces[0] = `${prefix}{`;
  }
}

// The engine names a constructor-less object after its own enumerable string
// Symbol.toStringTag, if it has one: `[X: null prototype] {...}`.
function ownTagName(value) {
  const desc = Object.getOwnPropertyDescriptor(value, Symbol.toStringTag);
  if (desc !== undefined && desc.enumerable && typeof desc.value === 'string' && desc.value !== '') {
    return desc.value;
  }
  return 'Object';
}

function isError(value) {
  return types.isNativeError(value) || safeInstanceof(value, Error);
}

// ---------------------------------------------------------------------------------------------
// Functions and classes.
// ---------------------------------------------------------------------------------------------

// Built-in constructors reachable from the global object (plus a few hidden intrinsics):
// their toString looks like a source-less class in engines that do not keep class sources.
let builtInConstructors;
function isBuiltInConstructor(fn) {
  if (builtInConstructors === undefined) {
    builtInConstructors = new Set();
    for (const key of Object.getOwnPropertyNames(globalThis)) {
      let value;
      try {
        value = globalThis[key];
      } catch {
        continue;
      }
      if (typeof value === 'function') builtInConstructors.add(value);
    }
    const hidden = [
      Object.getPrototypeOf(Uint8Array),
      Object.getPrototypeOf(function* () {}).constructor,
      Object.getPrototypeOf(async function () {}).constructor,
      Object.getPrototypeOf(async function* () {}).constructor,
    ];
    for (const value of hidden) builtInConstructors.add(value);
  }
  return builtInConstructors.has(fn);
}

// Engines without class source text (Boa prints `function A() { [native code] }` for
// classes): a class is a constructor whose `prototype` is read-only and which is neither a
// built-in constructor nor a function whose real source text is available.
function looksLikeSourcelessClass(fn, source) {
  if (typeof utilBinding.isClassConstructor === 'function') {
    return utilBinding.isClassConstructor(fn);
  }
  if (!/^function [^(]*\(\) \{ \[native code\] \}$/.test(source)) return false;
  const desc = Object.getOwnPropertyDescriptor(fn, 'prototype');
  if (desc === undefined || desc.writable !== false || 'get' in desc) return false;
  return !isBuiltInConstructor(fn);
}

function looksLikeClass(fn) {
  let source;
  try {
    source = functionToString.call(fn);
  } catch {
    return false;
  }
  if (!source.startsWith('class')) return looksLikeSourcelessClass(fn, source);
  if (!source.endsWith('}')) return false;
  const body = source.slice(5, -1);
  const brace = body.indexOf('{');
  if (brace === -1) return false;
  const head = body.slice(0, brace);
  if (!head.includes('(')) return true;
  // `class extends (foo()) {}`-style heads: strip comments and look for a class header.
  const stripped = body.replace(/(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g, '');
  return /^(\s+[^(]*?)\s*{/.test(stripped);
}

function getFunctionBase(value, constructor, tag) {
  if (looksLikeClass(value)) return getClassBase(value, constructor, tag);
  let type = 'Function';
  if (types.isGeneratorFunction(value)) type = `Generator${type}`;
  if (types.isAsyncFunction(value)) type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  if (value.name === '') base += ' (anonymous)';
  else base += `: ${value.name}`;
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

function getClassBase(value, constructor, tag) {
  const name = (hasOwn(value, 'name') && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName = Object.getPrototypeOf(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

// ---------------------------------------------------------------------------------------------
// Boxed primitives: [Number: 3], [String: 'x'] (the index keys of a String are dropped).
// ---------------------------------------------------------------------------------------------

function getBoxedBase(value, ctx, keys, constructor, tag) {
  let type;
  let primitive;
  if (types.isNumberObject(value)) {
    type = 'Number';
    primitive = numberValueOf.call(value);
  } else if (types.isStringObject(value)) {
    type = 'String';
    primitive = stringValueOf.call(value);
    keys.splice(0, primitive.length);
  } else if (types.isBooleanObject(value)) {
    type = 'Boolean';
    primitive = booleanValueOf.call(value);
  } else if (types.isBigIntObject(value)) {
    type = 'BigInt';
    primitive = bigintValueOf.call(value);
  } else {
    type = 'Symbol';
    primitive = symbolValueOf.call(value);
  }
  let base = `[${type}`;
  if (type !== constructor) {
    if (constructor === null) base += ' (null prototype)';
    else base += ` (${constructor})`;
  }
  base += `: ${formatPrimitive(stylizeNoColor, primitive, ctx)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, type.toLowerCase());
}

// ---------------------------------------------------------------------------------------------
// Errors.
// ---------------------------------------------------------------------------------------------

// The text an error prints as. Engines that store only the frame lines in `stack` (Boa) get
// the `Name: message` header put back in front.
const errorStackGetter = (() => {
  const desc = Object.getOwnPropertyDescriptor(Error.prototype, 'stack');
  return desc && typeof desc.get === 'function' ? desc.get : undefined;
})();

function getStackString(err) {
  let stack;
  try {
    stack = err.stack;
    // Engines that keep `stack` as an accessor on Error.prototype lose it when the error's
    // prototype changes (V8 keeps it as an own property): read it through the getter.
    if (stack === undefined && errorStackGetter !== undefined && !('stack' in err)) {
      stack = errorStackGetter.call(err);
    }
  } catch {
    stack = undefined;
  }
  if (stack) {
    stack = String(stack);
    if (/^\s*at /.test(stack)) {
      const header = safeErrorToString(err);
      return `${header}\n${stack.replace(/\n+$/, '')}`;
    }
    return stack;
  }
  return safeErrorToString(err);
}

function safeErrorToString(err) {
  try {
    return errorToString.call(err);
  } catch {
    return 'Error';
  }
}

// Drops own `name`/`message`/`stack` keys whose value already shows in the stack text.
function removeDuplicateErrorKeys(ctx, keys, err, stack) {
  if (ctx.showHidden || keys.length === 0) return;
  for (const name of ['name', 'message', 'stack']) {
    const index = keys.indexOf(name);
    if (index !== -1 && stack.includes(err[name])) keys.splice(index, 1);
  }
}

// V8 creates an error's own `stack` before its `message`; engines that create `stack` on
// first assignment list them the other way round. Show them in V8's order.
function orderHiddenErrorKeys(keys) {
  const stackIndex = keys.indexOf('stack');
  const messageIndex = keys.indexOf('message');
  if (stackIndex > messageIndex && messageIndex !== -1) {
    keys.splice(stackIndex, 1);
    keys.splice(messageIndex, 0, 'stack');
  }
}

// Makes the first line name the actual class: `Foo [Error]: msg` for a subclass that did not
// set its own name, `[Error: msg] [tag]` style additions, null-prototype markers.
function improveStack(stack, constructor, name, tag) {
  let len = name.length;
  const looksNormal = name.endsWith('Error') && stack.startsWith(name) &&
    (stack.length === len || stack[len] === ':' || stack[len] === '\n');
  if (constructor !== null && !looksNormal) return stack;
  let fallback = 'Error';
  if (constructor === null) {
    const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) ||
      /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
    fallback = (start && start[1]) || '';
    len = fallback.length;
    fallback = fallback || 'Error';
  }
  const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
  if (name !== prefix) {
    if (prefix.includes(name)) {
      if (len === 0) stack = `${prefix}: ${stack}`;
      else stack = `${prefix}${stack.slice(len)}`;
    } else {
      stack = `${prefix} [${name}]${stack.slice(len)}`;
    }
  }
  return stack;
}

// Finds the longest run (more than 3 lines) of frames shared with the cause's stack.
function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos !== -1) {
      const rest = b.length - pos;
      if (rest > 3) {
        let len = 1;
        const maxLen = Math.min(a.length - i, rest);
        while (maxLen > len && a[i + len] === b[pos + len]) len++;
        if (len > 3) return { len, offset: i };
      }
    }
  }
  return { len: 0, offset: 0 };
}

function getStackFrames(ctx, err, stack) {
  const frames = stack.split('\n');
  let cause;
  try {
    cause = err.cause;
  } catch {
    cause = undefined;
  }
  if (cause != null && isError(cause)) {
    const causeStack = getStackString(cause);
    const causeStackStart = causeStack.indexOf('\n    at');
    if (causeStackStart !== -1) {
      const causeFrames = causeStack.slice(causeStackStart + 1).split('\n');
      const { len, offset } = identicalSequenceRange(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        const msg = `    ... ${skipped} lines matching cause stack trace ...`;
        frames.splice(offset + 1, skipped, ctx.stylize(msg, 'undefined'));
      }
    }
  }
  return frames;
}

function formatError(err, constructor, tag, ctx, keys) {
  let name;
  let message;
  try {
    name = err.name != null ? String(err.name) : 'Error';
    message = err.message;
  } catch {
    name = 'Error';
  }
  let stack = getStackString(err);
  removeDuplicateErrorKeys(ctx, keys, err, stack);
  orderHiddenErrorKeys(keys);
  if ('cause' in err && (keys.length === 0 || !keys.includes('cause'))) keys.push('cause');
  // AggregateError: print the aggregated errors too.
  if (Array.isArray(err.errors) && (keys.length === 0 || !keys.includes('errors'))) {
    keys.push('errors');
  }
  stack = improveStack(stack, constructor, name, tag);

  // Frames start after the message; a stack without frames is wrapped in brackets.
  let pos = (message && stack.indexOf(message)) || -1;
  if (pos !== -1) pos += message.length;
  const stackStart = stack.indexOf('\n    at', pos);
  if (stackStart === -1) {
    stack = `[${stack}]`;
  } else {
    const head = stack.slice(0, stackStart);
    const lines = getStackFrames(ctx, err, stack.slice(stackStart + 1));
    if (ctx.colors) {
      stack = head + lines.map((line) => `\n${colorStackLine(ctx, line)}`).join('');
    } else {
      stack = `${head}\n${lines.join('\n')}`;
    }
  }
  if (ctx.indentationLvl !== 0) {
    stack = stack.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
  }
  return stack;
}

// With colors, frames inside the runtime's own modules are greyed out, node_modules package
// names are underlined and the current working directory part of a path is greyed.
const coreFrame = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;
const nodeModulesSegment = /[/\\]node_modules[/\\](.+?)(?=[/\\])/g;

function colorStackLine(ctx, line) {
  if (coreFrame.test(line)) return ctx.stylize(line, 'undefined');
  line = markNodeModules(ctx, line);
  const cwd = safeCwd();
  if (cwd !== undefined) line = markCwd(ctx, line, cwd);
  return line;
}

function markNodeModules(ctx, line) {
  let out = '';
  let pos = 0;
  nodeModulesSegment.lastIndex = 0;
  for (let m = nodeModulesSegment.exec(line); m !== null; m = nodeModulesSegment.exec(line)) {
    const nameStart = m.index + m[0].length - m[1].length;
    out += line.slice(pos, nameStart) + ctx.stylize(m[1], 'module');
    pos = m.index + m[0].length;
  }
  return pos === 0 ? line : out + line.slice(pos);
}

// Greys `(<cwd>/` and the closing `)` of a frame such as `at f (/cwd/file.js:1:2)`.
function markCwd(ctx, line, cwd) {
  let cwdStart = line.indexOf(cwd);
  if (cwdStart === -1) return line;
  let cwdLength = cwd.length;
  if (line.slice(cwdStart - 7, cwdStart) === 'file://') {
    cwdLength += 7;
    cwdStart -= 7;
  }
  const start = line[cwdStart - 1] === '(' ? cwdStart - 1 : cwdStart;
  const closeParen = start !== cwdStart && line.endsWith(')');
  const cwdEnd = cwdStart + cwdLength + 1;
  let out = line.slice(0, start) + ctx.stylize(line.slice(start, cwdEnd), 'undefined');
  out += line.slice(cwdEnd, closeParen ? -1 : line.length);
  if (closeParen) out += ctx.stylize(')', 'undefined');
  return out;
}

function safeCwd() {
  try {
    return typeof process === 'object' && process && typeof process.cwd === 'function' ?
      process.cwd() : undefined;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Entry formatters. Each returns the list of already formatted entries.
// ---------------------------------------------------------------------------------------------

function remainingText(remaining) {
  return `... ${remaining} more item${remaining > 1 ? 's' : ''}`;
}

function formatArray(ctx, value, recurseTimes) {
  const length = value.length;
  const limit = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const output = [];
  for (let i = 0; i < limit; i++) {
    if (!hasOwn(value, i)) return formatSparseArray(ctx, value, recurseTimes, limit, output, i);
    output.push(formatProperty(ctx, value, recurseTimes, i, kArrayType));
  }
  const remaining = length - limit;
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

// Arrays with holes: each run of holes is one `<N empty items>` entry, and each entry (value
// or run of holes) counts against maxArrayLength. Walks the own keys so huge sparse arrays
// stay cheap.
function formatSparseArray(ctx, value, recurseTimes, limit, output, firstHole) {
  const keys = Object.keys(value);
  let index = firstHole;
  for (let k = firstHole; k < keys.length && output.length < limit; k++) {
    const key = keys[k];
    const numeric = +key;
    if (numeric > 2 ** 32 - 2) break;
    if (`${index}` !== key) {
      if (!/^\d+$/.test(key)) break;
      output.push(ctx.stylize(emptyItemsText(numeric - index), 'undefined'));
      index = numeric;
      if (output.length === limit) break;
    }
    output.push(formatProperty(ctx, value, recurseTimes, key, kArrayType));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== limit) {
    if (remaining > 0) output.push(ctx.stylize(emptyItemsText(remaining), 'undefined'));
  } else if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  return output;
}

function emptyItemsText(count) {
  return `<${count} empty item${count > 1 ? 's' : ''}>`;
}

function formatTypedArray(value, length, ctx, recurseTimes) {
  const limit = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = length - limit;
  const output = [];
  const formatElement = length > 0 && typeof value[0] === 'bigint' ? formatBigInt : formatNumber;
  for (let i = 0; i < limit; i++) {
    output.push(formatElement(ctx.stylize, value[i], ctx.numericSeparator));
  }
  if (remaining > 0) output.push(remainingText(remaining));
  if (ctx.showHidden) {
    ctx.indentationLvl += 2;
    for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
      output.push(`[${key}]: ${formatValue(ctx, value[key], recurseTimes, true)}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

function formatArrayBuffer(ctx, value) {
  let bytes;
  try {
    bytes = new Uint8Array(value);
  } catch {
    return [ctx.stylize('(detached)', 'special')];
  }
  const shown = Math.min(Math.max(0, ctx.maxArrayLength), bytes.length);
  let hex = '';
  for (let i = 0; i < shown; i++) {
    if (i !== 0) hex += ' ';
    hex += bytes[i].toString(16).padStart(2, '0');
  }
  const remaining = bytes.length - ctx.maxArrayLength;
  if (remaining > 0) hex += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${hex}>`];
}

function formatSet(ctx, value, recurseTimes) {
  const size = setSizeGetter.call(value);
  const limit = Math.min(Math.max(0, ctx.maxArrayLength), size);
  const output = [];
  ctx.indentationLvl += 2;
  const iterator = setValues.call(value);
  for (let i = 0; i < limit; i++) {
    const step = iterator.next();
    if (step.done) break;
    output.push(formatValue(ctx, step.value, recurseTimes));
  }
  if (size - limit > 0) output.push(remainingText(size - limit));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(ctx, value, recurseTimes) {
  const size = mapSizeGetter.call(value);
  const limit = Math.min(Math.max(0, ctx.maxArrayLength), size);
  const output = [];
  ctx.indentationLvl += 2;
  const iterator = mapEntries.call(value);
  for (let i = 0; i < limit; i++) {
    const step = iterator.next();
    if (step.done) break;
    const [k, v] = step.value;
    output.push(`${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
  }
  if (size - limit > 0) output.push(remainingText(size - limit));
  ctx.indentationLvl -= 2;
  return output;
}

// Reads the remaining entries of a collection iterator or weak collection without advancing
// it: iterators from the record kept by internal/util/iterator_preview; weak collections need
// a native `previewEntries`, which Boa cannot give (their entries are not enumerable), so
// undefined comes back for them.
function previewEntries(value, isIterator) {
  if (isIterator) return require('internal/util/iterator_preview').previewIterator(value);
  if (typeof utilBinding.previewEntries !== 'function') return undefined;
  return utilBinding.previewEntries(value, isIterator);
}

function formatIterator(braces, ctx, value, recurseTimes) {
  const preview = previewEntries(value, true);
  if (preview === undefined) return [ctx.stylize('<items unknown>', 'special')];
  const [entries, isKeyValue] = preview;
  if (isKeyValue) {
    braces[0] = braces[0].replace(/ Iterator] {$/, ' Entries] {');
    return formatMapIterInner(ctx, recurseTimes, entries, true);
  }
  return formatSetIterInner(ctx, recurseTimes, entries);
}

function formatWeakCollection(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

function formatWeakSetEntries(ctx, value, recurseTimes) {
  const entries = previewEntries(value, false);
  if (entries === undefined) return formatWeakCollection(ctx);
  return formatSetIterInner(ctx, recurseTimes, entries, true);
}

function formatWeakMapEntries(ctx, value, recurseTimes) {
  const entries = previewEntries(value, false);
  if (entries === undefined) return formatWeakCollection(ctx);
  return formatMapIterInner(ctx, recurseTimes, entries, false);
}

function formatSetIterInner(ctx, recurseTimes, entries, isWeak) {
  const limit = Math.min(Math.max(0, ctx.maxArrayLength), entries.length);
  const output = [];
  ctx.indentationLvl += 2;
  for (let i = 0; i < limit; i++) output.push(formatValue(ctx, entries[i], recurseTimes));
  ctx.indentationLvl -= 2;
  if (isWeak && !ctx.sorted) output.sort();
  const remaining = entries.length - limit;
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

// `entries` is a flat [key, value, key, value, ...] list.
function formatMapIterInner(ctx, recurseTimes, entries, isEntriesIterator) {
  const pairs = entries.length / 2;
  const limit = Math.min(Math.max(0, ctx.maxArrayLength), pairs);
  const remaining = pairs - limit;
  const output = [];
  ctx.indentationLvl += 2;
  for (let i = 0; i < limit; i++) {
    const k = formatValue(ctx, entries[2 * i], recurseTimes);
    const v = formatValue(ctx, entries[2 * i + 1], recurseTimes);
    if (isEntriesIterator) {
      output.push(reduceToSingleString(ctx, [k, v], '', ['[', ']'], kArrayExtrasType,
        recurseTimes));
    } else {
      output.push(`${k} => ${v}`);
    }
  }
  ctx.indentationLvl -= 2;
  if (!isEntriesIterator && !ctx.sorted) output.sort();
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

function formatPromise(ctx, value, recurseTimes) {
  const details = utilBinding.getPromiseDetails(value);
  if (details === undefined || details[0] === 0) return [ctx.stylize('<pending>', 'special')];
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, details[1], recurseTimes);
  ctx.indentationLvl -= 2;
  return [details[0] === 2 ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
}

function formatNamespaceObject(keys, ctx, value, recurseTimes) {
  const output = [];
  for (let i = 0; i < keys.length; i++) {
    try {
      output.push(formatProperty(ctx, value, recurseTimes, keys[i], kObjectType));
    } catch (err) {
      if (!(err instanceof ReferenceError)) throw err;
      // An uninitialized binding (TDZ).
      const name = typeof keys[i] === 'symbol' ?
        `[${ctx.stylize(escapeKeyText(symbolToString.call(keys[i])), 'symbol')}]` :
        formatKeyName(ctx, keys[i], true);
      output.push(`${name}: ${ctx.stylize('<uninitialized>', 'special')}`);
    }
  }
  keys.length = 0;
  return output;
}

// ---------------------------------------------------------------------------------------------
// Properties: `key: value`, accessors, key quoting.
// ---------------------------------------------------------------------------------------------

const identifierKey = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

function formatKeyName(ctx, key, enumerable) {
  if (key === '__proto__') return "['__proto__']";
  if (enumerable === false) return `[${escapeKeyText(key)}]`;
  if (identifierKey.test(key)) return ctx.stylize(key, 'name');
  return ctx.stylize(strEscape(key), 'string');
}

function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
  let str;
  let separator = ' ';
  desc = desc || Object.getOwnPropertyDescriptor(value, key) ||
    { value: value[key], enumerable: true };
  if (desc.value !== undefined) {
    const diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      separator = `\n${' '.repeat(ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    str = formatAccessor(ctx, desc, original, recurseTimes);
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) return str;
  let name;
  if (typeof key === 'symbol') {
    name = `[${ctx.stylize(escapeKeyText(symbolToString.call(key)), 'symbol')}]`;
  } else {
    name = formatKeyName(ctx, String(key), desc.enumerable);
  }
  return `${name}:${separator}${str}`;
}

// `[Getter]`, `[Setter]`, `[Getter/Setter]`; with the `getters` option the getter is called
// and its value shown (`[Getter: 1]`, `[Getter] { a: 1 }`).
function formatAccessor(ctx, desc, receiver, recurseTimes) {
  const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
  const s = ctx.stylize;
  const wanted = ctx.getters && (ctx.getters === true ||
    (ctx.getters === 'get' && desc.set === undefined) ||
    (ctx.getters === 'set' && desc.set !== undefined));
  if (!wanted) return s(`[${label}]`, 'special');
  try {
    const result = desc.get.call(receiver);
    ctx.indentationLvl += 2;
    let str;
    if (result === null) {
      str = `${s(`[${label}:`, 'special')} ${s('null', 'null')}${s(']', 'special')}`;
    } else if (typeof result === 'object') {
      str = `${s(`[${label}]`, 'special')} ${formatValue(ctx, result, recurseTimes)}`;
    } else {
      const primitive = formatPrimitive(s, result, ctx);
      str = `${s(`[${label}:`, 'special')} ${primitive}${s(']', 'special')}`;
    }
    ctx.indentationLvl -= 2;
    return str;
  } catch (err) {
    const message = `<Inspection threw (${err && err.message})>`;
    return `${s(`[${label}:`, 'special')} ${message}${s(']', 'special')}`;
  }
}

// ---------------------------------------------------------------------------------------------
// Line breaking.
//
// How the entries of one object become its final text (compact = 3, breakLength = 80):
//  1. Arrays (and typed arrays, Proxy pairs) with more than 6 entries first try to arrange
//     short entries into aligned columns (groupArrayElements). If that regrouped anything, the
//     grouped rows are printed one per line.
//  2. Otherwise the object goes on one line `{ a, b }` when (a) it is among the innermost
//     `compact` (3) levels: the most recently entered nested object is less than 3 levels
//     below it, (b) a rough width estimate fits in breakLength: entries' lengths plus one per
//     entry (for the separators) plus the current indentation, the opening brace, the prefix
//     text and a slack of 10, and (c) no entry contains a newline.
//  3. Otherwise each entry gets its own line, indented two spaces past the current level.
// With `compact: false` step 3 always applies; `compact: true` uses the older style that
// keeps the first entry on the brace line.
// ---------------------------------------------------------------------------------------------

function isBelowBreakLength(ctx, output, start, base) {
  let totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    totalLength += ctx.colors ? removeColors(output[i]).length : output[i].length;
    if (totalLength > ctx.breakLength) return false;
  }
  return base === '' || !base.includes('\n');
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  const prefix = base ? `${base} ` : '';
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) {
        output = groupArrayElements(ctx, output, value);
      }
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joined = output.join(', ');
          if (!joined.includes('\n')) return `${prefix}${braces[0]} ${joined} ${braces[1]}`;
        }
      }
    }
    const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
    return `${prefix}${braces[0]}${indentation}  ${output.join(`,${indentation}  `)}` +
      `${indentation}${braces[1]}`;
  }
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${output.join(', ')} ${braces[1]}`;
  }
  const indentation = ' '.repeat(ctx.indentationLvl);
  const lead = base === '' && braces[0].length === 1 ? ' ' :
    `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${lead}${output.join(`,\n${indentation}  `)} ${braces[1]}`;
}

// Column layout for arrays with more than 6 entries.
//
// Only applies when the widest entry is short: three of them (plus separators) must fit on a
// line, and either the entries average out to more than 5 per widest-entry width or none is
// wider than 6 columns. The column count balances a roughly 2.5:1 (width:height) block shape
// against the available width, and never exceeds 4 * compact or 15. Each column is as wide
// as its widest entry; numbers (and bigints) are right-aligned, anything else left-aligned.
// The `... more items` entry is kept aside and appended as its own row.
function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let outputLength = output.length;
  if (ctx.maxArrayLength < output.length) outputLength--;
  const separatorSpace = 2; // ", "
  const dataLen = new Array(outputLength);
  for (let i = 0; i < outputLength; i++) {
    const len = getStringWidth(output[i], ctx.colors);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  if (actualMax * 3 + ctx.indentationLvl >= ctx.breakLength ||
      !(totalLength / actualMax > 5 || maxLength <= 6)) {
    return output;
  }
  const approxCharHeights = 2.5;
  const averageBias = Math.sqrt(actualMax - totalLength / output.length);
  const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
  const columns = Math.min(
    Math.round(Math.sqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
    Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
    ctx.compact * 4,
    15,
  );
  if (columns <= 1) return output;

  const columnWidths = [];
  for (let col = 0; col < columns; col++) {
    let width = 0;
    for (let j = col; j < outputLength; j += columns) {
      if (dataLen[j] > width) width = dataLen[j];
    }
    columnWidths.push(width + separatorSpace);
  }
  const alignRight = value !== undefined && allNumeric(value, output.length);
  const rows = [];
  for (let i = 0; i < outputLength; i += columns) {
    const end = Math.min(i + columns, outputLength);
    let row = '';
    let j = i;
    for (; j < end - 1; j++) {
      // Pad by display width: add back the invisible characters (colors, wide chars).
      const padding = columnWidths[j - i] + output[j].length - dataLen[j];
      row += alignRight ? `${output[j]}, `.padStart(padding, ' ') :
        `${output[j]}, `.padEnd(padding, ' ');
    }
    if (alignRight) {
      const padding = columnWidths[j - i] + output[j].length - dataLen[j] - separatorSpace;
      row += output[j].padStart(padding, ' ');
    } else {
      row += output[j];
    }
    rows.push(row);
  }
  if (ctx.maxArrayLength < output.length) rows.push(output[outputLength]);
  return rows;
}

function allNumeric(value, count) {
  for (let i = 0; i < count; i++) {
    const t = typeof value[i];
    if (t !== 'number' && t !== 'bigint') return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// format() / formatWithOptions()
// ---------------------------------------------------------------------------------------------

// True when `value`'s toString is the one inherited from a built-in (so `%s` inspects it
// instead of calling a user-defined toString).
function hasBuiltInToString(value) {
  const proxy = utilBinding.getProxyDetails(value);
  if (proxy !== undefined) {
    if (proxy === null || proxy[0] === null) return true;
    value = proxy[0];
  }
  if (typeof value.toString !== 'function') return true;
  if (hasOwn(value, 'toString')) return false;
  let pointer = value;
  do {
    pointer = Object.getPrototypeOf(pointer);
  } while (!hasOwn(pointer, 'toString'));
  const descriptor = Object.getOwnPropertyDescriptor(pointer, 'constructor');
  return descriptor !== undefined && typeof descriptor.value === 'function' &&
    isBuiltInName(descriptor.value.name);
}

let circularErrorMessage;
function firstLine(err) {
  return String(err && err.message).split('\n')[0];
}

function tryStringify(arg) {
  try {
    return jsonStringify(arg);
  } catch (err) {
    if (circularErrorMessage === undefined) {
      try {
        const a = {};
        a.a = a;
        jsonStringify(a);
      } catch (circularError) {
        circularErrorMessage = firstLine(circularError);
      }
    }
    if (err && err.name === 'TypeError' && firstLine(err) === circularErrorMessage) {
      return '[Circular]';
    }
    throw err;
  }
}

function formatWithOptions(inspectOptions, ...args) {
  if (inspectOptions === null || typeof inspectOptions !== 'object') {
    const { codes } = lazyErrors();
    throw new codes.ERR_INVALID_ARG_TYPE('inspectOptions', 'Object', inspectOptions);
  }
  return formatWithOptionsInternal(inspectOptions, args);
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

// One `%x` directive: returns the replacement text for the argument it consumes.
function formatDirective(directive, arg, inspectOptions) {
  switch (directive) {
    case 's':
      if (typeof arg === 'number') return formatNumber(stylizeNoColor, arg, false);
      if (typeof arg === 'bigint') return formatBigInt(stylizeNoColor, arg, false);
      if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) return String(arg);
      return inspect(arg, { ...inspectOptions, depth: 0, colors: false, compact: 3 });
    case 'j':
      return tryStringify(arg);
    case 'd':
      if (typeof arg === 'bigint') return formatBigInt(stylizeNoColor, arg, false);
      if (typeof arg === 'symbol') return 'NaN';
      return formatNumber(stylizeNoColor, Number(arg), false);
    case 'O':
      return inspect(arg, inspectOptions);
    case 'o':
      return inspect(arg, { ...inspectOptions, showHidden: true, showProxy: true, depth: 4 });
    case 'i':
      if (typeof arg === 'bigint') return formatBigInt(stylizeNoColor, arg, false);
      if (typeof arg === 'symbol') return 'NaN';
      return formatNumber(stylizeNoColor, Number.parseInt(arg), false);
    case 'f':
      if (typeof arg === 'symbol') return 'NaN';
      return formatNumber(stylizeNoColor, Number.parseFloat(arg), false);
    default: // 'c': CSS, ignored
      return '';
  }
}

const directiveChars = 'sjdOoifc';

// A leading format string consumes one argument per directive (while arguments remain);
// `%%` prints `%`. Remaining arguments are appended, space separated, strings as they are
// and anything else inspected.
function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const next = first[++i];
      if (a + 1 !== args.length) {
        if (next === '%') {
          str += first.slice(lastPos, i);
          lastPos = i + 1;
          continue;
        }
        if (!directiveChars.includes(next)) continue;
        const replacement = formatDirective(next, args[++a], inspectOptions);
        if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
        str += replacement;
        lastPos = i + 1;
      } else if (next === '%') {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }
  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}

module.exports = {
  inspect,
  inspectDefaultOptions,
  format,
  formatWithOptions,
  formatWithOptionsInternal,
  getStringWidth,
  stripVTControlCharacters,
  stylizeWithColor,
  stylizeNoColor,
  strEscape,
  customInspectSymbol,
};
