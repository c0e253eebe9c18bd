// internal/util/comparisons: deep equality (strict and loose) as used by util.isDeepStrictEqual
// and assert.deepStrictEqual / assert.deepEqual.
'use strict';

const types = require('internal/util/types');

const objectToString = Object.prototype.toString;
const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
const isEnumerable = (obj, key) => Object.prototype.propertyIsEnumerable.call(obj, key);

const kStrict = true;
const kLoose = false;

function isObjectLike(v) {
  return v !== null && typeof v === 'object';
}

function isArrayIndexKey(key) {
  if (typeof key !== 'string' || key === '') return false;
  const n = Number(key);
  return Number.isInteger(n) && n >= 0 && n < 4294967295 && String(n) === key;
}

// Own enumerable keys; with `skipIndices`, array indices are left out (compared separately).
function ownEnumerableKeys(obj, strict, skipIndices) {
  let keys = Object.keys(obj);
  if (skipIndices) keys = keys.filter((k) => !isArrayIndexKey(k));
  if (strict) {
    for (const sym of Object.getOwnPropertySymbols(obj)) {
      if (isEnumerable(obj, sym)) keys.push(sym);
    }
  }
  return keys;
}

function primitiveEqual(a, b, strict) {
  if (strict) return Object.is(a, b);
  // eslint-disable-next-line eqeqeq
  return a == b || (Number.isNaN(a) && Number.isNaN(b));
}

function boxedValue(v) {
  if (types.isNumberObject(v)) return Number.prototype.valueOf.call(v);
  if (types.isStringObject(v)) return String.prototype.valueOf.call(v);
  if (types.isBooleanObject(v)) return Boolean.prototype.valueOf.call(v);
  if (types.isBigIntObject(v)) return BigInt.prototype.valueOf.call(v);
  return Symbol.prototype.valueOf.call(v);
}

function typedArrayBytes(v) {
  return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
}

function bytesEqual(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function isFloatArray(v) {
  return types.isFloat32Array(v) || types.isFloat64Array(v);
}

function innerDeepEqual(a, b, strict, memos) {
  if (a === b) return a !== 0 || Object.is(a, b) || !strict;
  if (strict) {
    if (typeof a !== 'object') return typeof a === 'number' && Number.isNaN(a) && Number.isNaN(b);
    if (typeof b !== 'object' || a === null || b === null) return false;
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  } else {
    if (!isObjectLike(a)) {
      if (isObjectLike(b)) return false;
      return primitiveEqual(a, b, false);
    }
    if (!isObjectLike(b)) return false;
  }
  if (objectToString.call(a) !== objectToString.call(b)) return false;

  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    const ka = ownEnumerableKeys(a, strict, true);
    const kb = ownEnumerableKeys(b, strict, true);
    if (ka.length !== kb.length) return false;
    return keyCheck(a, b, strict, memos, 'array', ka);
  }
  if (types.isDate(a)) {
    if (!types.isDate(b) || Date.prototype.getTime.call(a) !== Date.prototype.getTime.call(b)) {
      return false;
    }
  } else if (types.isRegExp(a)) {
    if (!types.isRegExp(b) || a.source !== b.source || a.flags !== b.flags ||
        a.lastIndex !== b.lastIndex) {
      return false;
    }
  } else if (types.isNativeError(a) || a instanceof Error) {
    if ((!types.isNativeError(b) && !(b instanceof Error)) ||
        a.message !== b.message || a.name !== b.name) {
      return false;
    }
  } else if (types.isArrayBufferView(a)) {
    if (!types.isArrayBufferView(b)) return false;
    if (types.isTypedArray(a) && !strict && isFloatArray(a)) {
      if (a.length !== b.length) return false;
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    } else if (!bytesEqual(typedArrayBytesOf(a), typedArrayBytesOf(b))) {
      return false;
    }
    const ka = ownEnumerableKeys(a, strict, true);
    const kb = ownEnumerableKeys(b, strict, true);
    if (ka.length !== kb.length) return false;
    return keyCheck(a, b, strict, memos, 'object', ka);
  } else if (types.isSet(a)) {
    if (!types.isSet(b) || a.size !== b.size) return false;
    return keyCheck(a, b, strict, memos, 'set');
  } else if (types.isMap(a)) {
    if (!types.isMap(b) || a.size !== b.size) return false;
    return keyCheck(a, b, strict, memos, 'map');
  } else if (types.isAnyArrayBuffer(a)) {
    if (!types.isAnyArrayBuffer(b) || !bytesEqual(new Uint8Array(a), new Uint8Array(b))) {
      return false;
    }
  } else if (types.isBoxedPrimitive(a)) {
    if (!types.isBoxedPrimitive(b) || !Object.is(boxedValue(a), boxedValue(b))) return false;
  } else if (Array.isArray(b) || types.isArrayBufferView(b) || types.isSet(b) ||
             types.isMap(b) || types.isDate(b) || types.isRegExp(b) ||
             types.isAnyArrayBuffer(b) || types.isBoxedPrimitive(b) ||
             types.isNativeError(b) || b instanceof Error) {
    return false;
  }
  return keyCheck(a, b, strict, memos, 'object');
}

function typedArrayBytesOf(v) {
  if (types.isDataView(v)) return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
  return typedArrayBytes(v);
}

function keyCheck(a, b, strict, memos, kind, aKeys) {
  if (aKeys === undefined) {
    aKeys = ownEnumerableKeys(a, strict, false);
    const bKeys = ownEnumerableKeys(b, strict, false);
    if (aKeys.length !== bKeys.length) return false;
  }
  for (const key of aKeys) {
    if (typeof key === 'symbol') {
      if (!isEnumerable(b, key)) return false;
    } else if (!hasOwn(b, key) || (strict && !isEnumerable(b, key))) {
      return false;
    }
  }
  if (aKeys.length === 0 && kind === 'object' && !(types.isNativeError(a) || a instanceof Error)) {
    return true;
  }

  // Cycles: `memos.path` holds the objects being compared further up. Directly below the
  // top-level pair, the same pair again counts as equal; deeper down, meeting any object
  // already on the path does.
  if (memos === undefined) {
    memos = { top: [a, b], depth: 0, path: undefined };
    return objEquiv(a, b, strict, aKeys, memos, kind);
  }
  if (memos.path === undefined) {
    if (memos.depth === 0) {
      if (memos.top[0] === a && memos.top[1] === b) return true;
      memos.depth = 1;
      memos.second = [a, b];
      const result = objEquiv(a, b, strict, aKeys, memos, kind);
      memos.depth = 0;
      return result;
    }
    memos.path = new Set([memos.top[0], memos.top[1], memos.second[0], memos.second[1]]);
  }
  const path = memos.path;
  const before = path.size;
  path.add(a);
  path.add(b);
  if (before !== path.size - 2) return true;
  const result = objEquiv(a, b, strict, aKeys, memos, kind);
  path.delete(a);
  path.delete(b);
  return result;
}

function objEquiv(a, b, strict, keys, memos, kind) {
  if (kind === 'array') {
    for (let i = 0; i < a.length; i++) {
      if (hasOwn(a, i)) {
        if (!hasOwn(b, i) || !innerDeepEqual(a[i], b[i], strict, memos)) return false;
      } else if (hasOwn(b, i)) {
        return false;
      } else if (!strict) {
        // Loose mode: holes equal undefined.
      }
    }
  } else if (kind === 'set') {
    if (!setEquiv(a, b, strict, memos)) return false;
  } else if (kind === 'map') {
    if (!mapEquiv(a, b, strict, memos)) return false;
  }
  for (const key of keys) {
    if (!innerDeepEqual(a[key], b[key], strict, memos)) return false;
  }
  return true;
}

function findDeepMatch(candidates, value, strict, memos) {
  for (const candidate of candidates) {
    if (innerDeepEqual(value, candidate, strict, memos)) {
      candidates.delete(candidate);
      return true;
    }
  }
  return false;
}

function setEquiv(a, b, strict, memos) {
  let objectsOfA;
  for (const val of a) {
    if (isObjectLike(val) || (!strict && typeof val !== 'object')) {
      if (isObjectLike(val) || !b.has(val)) {
        if (objectsOfA === undefined) objectsOfA = new Set();
        objectsOfA.add(val);
      }
    } else if (!b.has(val)) {
      if (strict) return false;
      if (objectsOfA === undefined) objectsOfA = new Set();
      objectsOfA.add(val);
    }
  }
  if (objectsOfA === undefined) return true;
  const candidates = new Set();
  for (const val of b) {
    if (isObjectLike(val) || !a.has(val)) candidates.add(val);
  }
  for (const val of objectsOfA) {
    if (!findDeepMatch(candidates, val, strict, memos)) return false;
  }
  return candidates.size === 0;
}

function mapEquiv(a, b, strict, memos) {
  let objectKeysOfA;
  for (const [key, item1] of a) {
    if (isObjectLike(key)) {
      if (objectKeysOfA === undefined) objectKeysOfA = new Set();
      objectKeysOfA.add(key);
    } else {
      const item2 = b.get(key);
      if ((item2 === undefined && !b.has(key)) || !innerDeepEqual(item1, item2, strict, memos)) {
        if (strict) return false;
        if (objectKeysOfA === undefined) objectKeysOfA = new Set();
        objectKeysOfA.add(key);
      }
    }
  }
  if (objectKeysOfA === undefined) return true;
  const candidates = new Set();
  for (const [key] of b) {
    if (isObjectLike(key) || !a.has(key)) candidates.add(key);
  }
  for (const key of objectKeysOfA) {
    let matched = false;
    for (const candidate of candidates) {
      if (innerDeepEqual(key, candidate, strict, memos) &&
          innerDeepEqual(a.get(key), b.get(candidate), strict, memos)) {
        candidates.delete(candidate);
        matched = true;
        break;
      }
    }
    if (!matched) return false;
  }
  return candidates.size === 0;
}

function isDeepEqual(a, b) {
  return innerDeepEqual(a, b, kLoose);
}

function isDeepStrictEqual(a, b) {
  return innerDeepEqual(a, b, kStrict);
}

module.exports = {
  isDeepEqual,
  isDeepStrictEqual,
};
