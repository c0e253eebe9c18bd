'use strict';
// What V8 gives Node and Boa does not, added once at bootstrap:
// - `err.stack` starting with `Name: message` (Boa's holds only the `    at` frames);
// - `Error.captureStackTrace` and `Error.stackTraceLimit`;
// - a record of every Proxy's target and handler, for `util.inspect` (Boa keeps them private).

const utilBinding = internalBinding('util');

const stackDescriptor = Object.getOwnPropertyDescriptor(Error.prototype, 'stack');
const framesOf = stackDescriptor && stackDescriptor.get;

function header(err) {
  let name;
  let message;
  try {
    name = err.name;
    message = err.message;
  } catch {
    return 'Error';
  }
  name = name === undefined ? 'Error' : String(name);
  message = message === undefined ? '' : String(message);
  if (name === '') return message;
  if (message === '') return name;
  return `${name}: ${message}`;
}

// Boa counts a column on a function-wrapped file's first line (every CommonJS module and
// built-in) from the wrapper's start: take the wrapper off, so that `file:1:col` is Node's.
const { lineOneOffset } = internalBinding('contextify');
function fixLineOne(frames) {
  if (typeof frames !== 'string' || !frames.includes(':1:')) return frames;
  return frames.replace(/([( ])([^()\s][^()\n]*):1:(\d+)(\)?)$/gm, (whole, open, file, column, close) => {
    const offset = lineOneOffset(file);
    return offset ? `${open}${file}:1:${Math.max(1, column - offset)}${close}` : whole;
  });
}

function composeStack(err, frames) {
  frames = fixLineOne(frames);
  frames = typeof frames === 'string' ? frames.replace(/\n$/, '') : '';
  return frames ? `${header(err)}\n${frames}` : header(err);
}

if (framesOf) {
  Object.defineProperty(Error.prototype, 'stack', {
    get() {
      const frames = framesOf.call(this);
      if (frames === undefined) return undefined;
      return composeStack(this, frames);
    },
    set(value) {
      Object.defineProperty(this, 'stack', { value, writable: true, configurable: true, enumerable: false });
    },
    configurable: true,
    enumerable: false,
  });
}

// Error.captureStackTrace(target, constructorOpt): the frames of the caller, without this
// function's own frame and, when `constructorOpt` is given, without the frames above and
// including the last call of a function of that name (Boa frames carry names, not functions).
function captureStackTrace(target, constructorOpt) {
  if (target === null || typeof target !== 'object') {
    throw new TypeError('Invalid argument');
  }
  let frames = framesOf ? (framesOf.call(new Error()) ?? '') : '';
  let lines = frames.split('\n').filter((line) => line !== '');
  lines = lines.filter((line) => !line.includes('captureStackTrace ('));
  if (typeof constructorOpt === 'function' && constructorOpt.name) {
    const marker = `at ${constructorOpt.name} (`;
    let last = -1;
    lines.forEach((line, i) => {
      if (line.includes(marker)) last = i;
    });
    if (last !== -1) lines = lines.slice(last + 1);
  }
  frames = lines.join('\n');
  Object.defineProperty(target, 'stack', {
    value: composeStack(target, frames),
    writable: true,
    configurable: true,
    enumerable: false,
  });
}

if (typeof Error.captureStackTrace !== 'function') {
  Object.defineProperty(Error, 'captureStackTrace', {
    value: captureStackTrace,
    writable: true,
    configurable: true,
    enumerable: false,
  });
}
if (Error.stackTraceLimit === undefined) Error.stackTraceLimit = 10;

const proxyDetails = new WeakMap();
const NativeProxy = Proxy;
const TrackedProxy = new NativeProxy(NativeProxy, {
  construct(target, args, newTarget) {
    const proxy = Reflect.construct(target, args, newTarget);
    proxyDetails.set(proxy, [args[0], args[1]]);
    return proxy;
  },
  get(target, key, receiver) {
    if (key === 'revocable') return revocable;
    return Reflect.get(target, key, receiver);
  },
});
function revocable(target, handler) {
  const result = NativeProxy.revocable(target, handler);
  proxyDetails.set(result.proxy, [target, handler]);
  return result;
}
Object.defineProperty(globalThis, 'Proxy', { value: TrackedProxy, writable: true, configurable: true, enumerable: false });

// `getProxyDetails(value, showTarget = true)`: [target, handler], or the target alone.
utilBinding.getProxyDetails = function getProxyDetails(value, showTarget = true) {
  const details = proxyDetails.get(value);
  if (details === undefined) return undefined;
  return showTarget ? details : details[0];
};

// RegExp.prototype.source: Boa prefixes every `/` with a backslash, even an escaped one or one
// inside a character class (`/a\/b/.source` is `a\\/b`). Undo that (drop the backslash it added
// before each `/`), then escape as V8 does: only an unescaped `/` outside a class, and line
// terminators.
const sourceDescriptor = Object.getOwnPropertyDescriptor(RegExp.prototype, 'source');
const boaSource = sourceDescriptor && sourceDescriptor.get;

function escapeRegExpSource(original) {
  if (original === '') return '(?:)';
  let out = '';
  let inClass = false;
  for (let i = 0; i < original.length; i++) {
    const ch = original[i];
    if (ch === '\\') {
      out += ch + (original[i + 1] ?? '');
      i++;
    } else if (ch === '[') {
      inClass = true;
      out += ch;
    } else if (ch === ']') {
      inClass = false;
      out += ch;
    } else if (ch === '/' && !inClass) {
      out += '\\/';
    } else if (ch === '\n') {
      out += '\\n';
    } else if (ch === '\r') {
      out += '\\r';
    } else if (ch === '\u2028') {
      out += '\\u2028';
    } else if (ch === '\u2029') {
      out += '\\u2029';
    } else {
      out += ch;
    }
  }
  return out;
}

if (boaSource) {
  Object.defineProperty(RegExp.prototype, 'source', {
    get: function source() {
      const escaped = boaSource.call(this);
      if (this === RegExp.prototype) return escaped;
      return escapeRegExpSource(escaped.replace(/\\\//g, '/'));
    },
    configurable: true,
    enumerable: false,
  });
  Object.defineProperty(RegExp.prototype, 'toString', {
    value: function toString() {
      if (this === null || (typeof this !== 'object' && typeof this !== 'function')) {
        throw new TypeError('RegExp.prototype.toString requires that \'this\' be an Object');
      }
      return `/${this.source}/${this.flags}`;
    },
    writable: true,
    configurable: true,
    enumerable: false,
  });
}

// Globals Boa defines that Node 20's V8 does not: packages probe `typeof Temporal` and friends,
// so the global object shows Node 20's set. The intrinsics themselves stay reachable.
for (const name of ['TypedArray', 'Float16Array', 'Temporal', 'Iterator']) {
  delete globalThis[name];
}

