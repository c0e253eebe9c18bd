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

function composeStack(err, frames) {
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

if (typeof Error.captureStackTrace !== 'function') {
  Error.captureStackTrace = function captureStackTrace(target) {
    if (target === null || typeof target !== 'object') {
      throw new TypeError('Invalid argument');
    }
    const frames = framesOf ? framesOf.call(new Error()) : '';
    // Drop the frame of captureStackTrace's own caller line noise: keep what Boa recorded.
    Object.defineProperty(target, 'stack', {
      value: composeStack(target, frames),
      writable: true,
      configurable: true,
      enumerable: false,
    });
  };
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
