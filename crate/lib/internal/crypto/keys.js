// internal/crypto/keys: key objects. KeyObject / SecretKeyObject (`createSecretKey`) for the
// node API, and CryptoKey for Web Crypto. Only secret (symmetric) keys exist in nodeboa; the
// key bytes live in a non-enumerable symbol property, copied in and out.
'use strict';

const { Buffer } = require('buffer');
const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS },
} = require('internal/errors');
const { validateObject } = require('internal/validators');

const kKeyType = Symbol('kKeyType');
const kKeyBytes = Symbol('kKeyBytes');
const kCryptoKeyState = Symbol('kCryptoKeyState');
const kConstruct = Symbol('kConstruct');
const customInspect = Symbol.for('nodejs.util.inspect.custom');

class KeyObject {
  constructor(type, handle) {
    if (type !== 'secret' && type !== 'public' && type !== 'private') {
      throw new ERR_INVALID_ARG_VALUE('type', type);
    }
    if (handle === null || typeof handle !== 'object' || !(kKeyBytes in handle)) {
      throw new ERR_INVALID_ARG_TYPE('handle', 'object', handle);
    }
    this[kKeyType] = type;
    Object.defineProperty(this, kKeyBytes, { value: handle[kKeyBytes], enumerable: false });
  }

  get type() {
    return this[kKeyType];
  }

  equals(otherKeyObject) {
    if (!(otherKeyObject instanceof KeyObject)) {
      throw new ERR_INVALID_ARG_TYPE('otherKeyObject', 'KeyObject', otherKeyObject);
    }
    const a = this[kKeyBytes];
    const b = otherKeyObject[kKeyBytes];
    return otherKeyObject.type === this.type && a.length === b.length && a.every((x, i) => x === b[i]);
  }
}

Object.defineProperty(KeyObject.prototype, Symbol.toStringTag, { value: 'KeyObject', configurable: true });

class SecretKeyObject extends KeyObject {
  constructor(handle) {
    super('secret', handle);
  }

  get symmetricKeySize() {
    return this[kKeyBytes].length;
  }

  export(options) {
    if (options !== undefined) {
      validateObject(options, 'options');
      const { format } = options;
      if (format === 'jwk') return { kty: 'oct', k: Buffer.from(this[kKeyBytes]).toString('base64url') };
      if (format !== undefined && format !== 'buffer') {
        throw new ERR_INVALID_ARG_VALUE('options.format', format, "must be one of: undefined, 'buffer', 'jwk'");
      }
    }
    return Buffer.from(this[kKeyBytes]);
  }
}

function createSecretKey(key, encoding) {
  let bytes;
  if (typeof key === 'string') bytes = Buffer.from(key, encoding);
  else if (ArrayBuffer.isView(key)) bytes = new Uint8Array(key.buffer, key.byteOffset, key.byteLength);
  else if (key instanceof ArrayBuffer) bytes = new Uint8Array(key);
  else throw new ERR_INVALID_ARG_TYPE('key', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], key);
  return new SecretKeyObject({ [kKeyBytes]: Uint8Array.from(bytes) });
}

// ----- CryptoKey -----

class CryptoKey {
  constructor(token) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get type() {
    return state(this).type;
  }

  get extractable() {
    return state(this).extractable;
  }

  get algorithm() {
    return state(this).algorithm;
  }

  get usages() {
    return state(this).usages;
  }

  [customInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    const { type, extractable, algorithm, usages } = state(this);
    return `CryptoKey ${inspect({ type, extractable, algorithm, usages }, opts)}`;
  }
}

function state(key) {
  const s = key !== null && typeof key === 'object' ? key[kCryptoKeyState] : undefined;
  if (s === undefined) throw new ERR_INVALID_THIS('CryptoKey');
  return s;
}

Object.defineProperty(CryptoKey.prototype, Symbol.toStringTag, { value: 'CryptoKey', configurable: true });

// A secret CryptoKey over `bytes` (copied).
function makeCryptoKey(bytes, algorithm, extractable, usages) {
  const key = new CryptoKey(kConstruct);
  Object.defineProperty(key, kCryptoKeyState, {
    value: { type: 'secret', extractable, algorithm, usages, bytes: Uint8Array.from(bytes) },
    enumerable: false,
  });
  return key;
}

function isCryptoKey(value) {
  return value !== null && typeof value === 'object' && value[kCryptoKeyState] !== undefined;
}

// The key bytes of a CryptoKey (not copied; callers must not change them).
function cryptoKeyBytes(key) {
  return state(key).bytes;
}

// The bytes of a secret KeyObject or CryptoKey, for APIs that take either; otherwise undefined.
function secretKeyBytes(key) {
  if (key instanceof KeyObject && key.type === 'secret') return Uint8Array.from(key[kKeyBytes]);
  if (isCryptoKey(key) && key.type === 'secret') return Uint8Array.from(cryptoKeyBytes(key));
  return undefined;
}

module.exports = {
  KeyObject, SecretKeyObject, createSecretKey, secretKeyBytes, CryptoKey, makeCryptoKey, isCryptoKey,
  cryptoKeyBytes,
};
