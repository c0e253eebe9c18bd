// internal/util/types: the `util.types` predicates. Each check uses a brand check (calling a
// built-in method or getter that throws on the wrong kind of object) where JavaScript offers
// one, so a fake Symbol.toStringTag cannot fool it; natives from internalBinding('util') are
// used where the language has no such check.
'use strict';

const binding = internalBinding('util');

const objectToString = Object.prototype.toString;

function getter(proto, key) {
  const desc = proto && Object.getOwnPropertyDescriptor(proto, key);
  return desc && desc.get;
}

function isObjectLike(value) {
  return value !== null && (typeof value === 'object' || typeof value === 'function');
}

// Runs `fn` with `value` as receiver; true when it does not throw.
function passesBrandCheck(fn, value, ...args) {
  if (typeof fn !== 'function') return false;
  try {
    fn.call(value, ...args);
    return true;
  } catch {
    return false;
  }
}

// Falls back to Object.prototype.toString when no brand check exists for a kind of object.
function hasToStringTag(value, tag) {
  try {
    return objectToString.call(value) === `[object ${tag}]`;
  } catch {
    return false;
  }
}

function nativeCheck(name) {
  return binding && typeof binding[name] === 'function' ? binding[name] : undefined;
}

const dateGetTime = Date.prototype.getTime;
const regExpSourceGetter = getter(RegExp.prototype, 'source');
const mapSizeGetter = getter(Map.prototype, 'size');
const setSizeGetter = getter(Set.prototype, 'size');
const weakMapHas = WeakMap.prototype.has;
const weakSetHas = WeakSet.prototype.has;
const arrayBufferByteLength = getter(ArrayBuffer.prototype, 'byteLength');
const sharedArrayBufferByteLength = typeof SharedArrayBuffer === 'function' ?
  getter(SharedArrayBuffer.prototype, 'byteLength') : undefined;
const dataViewByteLength = getter(DataView.prototype, 'byteLength');
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = getter(TypedArrayPrototype, Symbol.toStringTag);
const numberValueOf = Number.prototype.valueOf;
const stringValueOf = String.prototype.valueOf;
const booleanValueOf = Boolean.prototype.valueOf;
const bigintValueOf = typeof BigInt === 'function' ? BigInt.prototype.valueOf : undefined;
const symbolValueOf = Symbol.prototype.valueOf;

// Prototypes of the special function kinds and iterators.
function protoOfSource(make) {
  try {
    return Object.getPrototypeOf(make());
  } catch {
    return undefined;
  }
}
const GeneratorFunctionPrototype = protoOfSource(() => function* () {});
const AsyncFunctionPrototype = protoOfSource(() => async function () {});
const AsyncGeneratorFunctionPrototype = protoOfSource(() => async function* () {});
const MapIteratorPrototype = protoOfSource(() => new Map().entries());
const SetIteratorPrototype = protoOfSource(() => new Set().values());
const GeneratorPrototype = GeneratorFunctionPrototype && GeneratorFunctionPrototype.prototype;
const AsyncGeneratorPrototype = AsyncGeneratorFunctionPrototype &&
  AsyncGeneratorFunctionPrototype.prototype;

function protoChainIncludes(value, proto) {
  if (proto === undefined) return false;
  try {
    for (let p = Object.getPrototypeOf(value); p !== null; p = Object.getPrototypeOf(p)) {
      if (p === proto) return true;
    }
  } catch {
    // Proxies may throw from getPrototypeOf.
  }
  return false;
}

function isDate(value) {
  return isObjectLike(value) && passesBrandCheck(dateGetTime, value);
}

function isRegExp(value) {
  // The `source` getter accepts RegExp.prototype itself, which is not a RegExp.
  return isObjectLike(value) && value !== RegExp.prototype &&
    passesBrandCheck(regExpSourceGetter, value);
}

function isMap(value) {
  return isObjectLike(value) && passesBrandCheck(mapSizeGetter, value);
}

function isSet(value) {
  return isObjectLike(value) && passesBrandCheck(setSizeGetter, value);
}

function isWeakMap(value) {
  return isObjectLike(value) && passesBrandCheck(weakMapHas, value, {});
}

function isWeakSet(value) {
  return isObjectLike(value) && passesBrandCheck(weakSetHas, value, {});
}

function isMapIterator(value) {
  if (!isObjectLike(value)) return false;
  const native = nativeCheck('isMapIterator');
  if (native !== undefined) return native(value);
  return protoChainIncludes(value, MapIteratorPrototype) && hasToStringTag(value, 'Map Iterator');
}

function isSetIterator(value) {
  if (!isObjectLike(value)) return false;
  const native = nativeCheck('isSetIterator');
  if (native !== undefined) return native(value);
  return protoChainIncludes(value, SetIteratorPrototype) && hasToStringTag(value, 'Set Iterator');
}

function isArrayBuffer(value) {
  return isObjectLike(value) && passesBrandCheck(arrayBufferByteLength, value);
}

function isSharedArrayBuffer(value) {
  return isObjectLike(value) && passesBrandCheck(sharedArrayBufferByteLength, value);
}

function isAnyArrayBuffer(value) {
  return isArrayBuffer(value) || isSharedArrayBuffer(value);
}

function isDataView(value) {
  return isObjectLike(value) && passesBrandCheck(dataViewByteLength, value);
}

// The %TypedArray%.prototype[Symbol.toStringTag] getter returns the kind ('Uint8Array', ...)
// for typed arrays and undefined for everything else.
function typedArrayKind(value) {
  if (!isObjectLike(value)) return undefined;
  try {
    return typedArrayTag.call(value);
  } catch {
    return undefined;
  }
}

function isTypedArray(value) {
  return typedArrayKind(value) !== undefined;
}

function isArrayBufferView(value) {
  return isTypedArray(value) || isDataView(value);
}

function makeTypedArrayCheck(kind) {
  return function check(value) {
    return typedArrayKind(value) === kind;
  };
}

const isUint8Array = makeTypedArrayCheck('Uint8Array');
const isUint8ClampedArray = makeTypedArrayCheck('Uint8ClampedArray');
const isUint16Array = makeTypedArrayCheck('Uint16Array');
const isUint32Array = makeTypedArrayCheck('Uint32Array');
const isInt8Array = makeTypedArrayCheck('Int8Array');
const isInt16Array = makeTypedArrayCheck('Int16Array');
const isInt32Array = makeTypedArrayCheck('Int32Array');
const isFloat32Array = makeTypedArrayCheck('Float32Array');
const isFloat64Array = makeTypedArrayCheck('Float64Array');
const isBigInt64Array = makeTypedArrayCheck('BigInt64Array');
const isBigUint64Array = makeTypedArrayCheck('BigUint64Array');

function isPromise(value) {
  if (!isObjectLike(value)) return false;
  const native = nativeCheck('isPromise');
  if (native !== undefined) return native(value);
  return value instanceof Promise;
}

function isProxy(value) {
  if (!isObjectLike(value)) return false;
  const native = nativeCheck('isProxy');
  return native !== undefined ? native(value) : false;
}

function isGeneratorObject(value) {
  if (!isObjectLike(value)) return false;
  const native = nativeCheck('isGeneratorObject');
  if (native !== undefined) return native(value);
  return (protoChainIncludes(value, GeneratorPrototype) && hasToStringTag(value, 'Generator')) ||
    (protoChainIncludes(value, AsyncGeneratorPrototype) &&
      hasToStringTag(value, 'AsyncGenerator'));
}

function functionSource(value) {
  try {
    return Function.prototype.toString.call(value);
  } catch {
    return '';
  }
}

// Generator functions (sync and async).
function isGeneratorFunction(value) {
  if (typeof value !== 'function') return false;
  const native = nativeCheck('isGeneratorFunction');
  if (native !== undefined) return native(value);
  if (protoChainIncludes(value, GeneratorFunctionPrototype) ||
      protoChainIncludes(value, AsyncGeneratorFunctionPrototype)) {
    return true;
  }
  return /^(async\s*)?function\s*\*/.test(functionSource(value));
}

// Async functions, including async generator functions and async arrows.
function isAsyncFunction(value) {
  if (typeof value !== 'function') return false;
  if (require('internal/util/declared_async').isDeclaredAsync(value)) return true;
  const native = nativeCheck('isAsyncFunction');
  if (native !== undefined) return native(value);
  if (protoChainIncludes(value, AsyncFunctionPrototype) ||
      protoChainIncludes(value, AsyncGeneratorFunctionPrototype)) {
    return true;
  }
  return /^async[\s(]/.test(functionSource(value)) && !/^async\s*=>/.test(functionSource(value));
}

function isNativeError(value) {
  if (!isObjectLike(value)) return false;
  const native = nativeCheck('isNativeError');
  if (native !== undefined) return native(value);
  return hasToStringTag(value, 'Error');
}

function isNumberObject(value) {
  return typeof value === 'object' && value !== null && passesBrandCheck(numberValueOf, value);
}

function isStringObject(value) {
  return typeof value === 'object' && value !== null && passesBrandCheck(stringValueOf, value);
}

function isBooleanObject(value) {
  return typeof value === 'object' && value !== null && passesBrandCheck(booleanValueOf, value);
}

function isBigIntObject(value) {
  return typeof value === 'object' && value !== null && passesBrandCheck(bigintValueOf, value);
}

function isSymbolObject(value) {
  return typeof value === 'object' && value !== null && passesBrandCheck(symbolValueOf, value);
}

function isBoxedPrimitive(value) {
  return isNumberObject(value) || isStringObject(value) || isBooleanObject(value) ||
    isBigIntObject(value) || isSymbolObject(value);
}

function isArgumentsObject(value) {
  if (!isObjectLike(value)) return false;
  const native = nativeCheck('isArgumentsObject');
  if (native !== undefined) return native(value);
  return !Array.isArray(value) && hasToStringTag(value, 'Arguments');
}

// Module namespace objects: null prototype, not extensible, and an own non-writable,
// non-configurable Symbol.toStringTag of 'Module'.
function isModuleNamespaceObject(value) {
  if (!isObjectLike(value) || typeof value === 'function') return false;
  const native = nativeCheck('isModuleNamespaceObject');
  if (native !== undefined) return native(value);
  try {
    if (Object.getPrototypeOf(value) !== null || Object.isExtensible(value)) return false;
    const desc = Object.getOwnPropertyDescriptor(value, Symbol.toStringTag);
    return desc !== undefined && desc.value === 'Module' && !desc.writable &&
      !desc.configurable && !desc.enumerable;
  } catch {
    return false;
  }
}

function isExternal() {
  return false;
}

function isKeyObject() {
  return false;
}

function isCryptoKey() {
  return false;
}

module.exports = {
  isExternal,
  isDate,
  isArgumentsObject,
  isBigIntObject,
  isBooleanObject,
  isNumberObject,
  isStringObject,
  isSymbolObject,
  isNativeError,
  isRegExp,
  isAsyncFunction,
  isGeneratorFunction,
  isGeneratorObject,
  isPromise,
  isMap,
  isSet,
  isMapIterator,
  isSetIterator,
  isWeakMap,
  isWeakSet,
  isArrayBuffer,
  isDataView,
  isSharedArrayBuffer,
  isProxy,
  isModuleNamespaceObject,
  isAnyArrayBuffer,
  isBoxedPrimitive,
  isArrayBufferView,
  isTypedArray,
  isUint8Array,
  isUint8ClampedArray,
  isUint16Array,
  isUint32Array,
  isInt8Array,
  isInt16Array,
  isInt32Array,
  isFloat32Array,
  isFloat64Array,
  isBigInt64Array,
  isBigUint64Array,
  isKeyObject,
  isCryptoKey,
};
