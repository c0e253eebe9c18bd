// internal/crypto/webcrypto: the `crypto` global (Web Crypto): getRandomValues, randomUUID and
// crypto.subtle with digest, HMAC keys (importKey / exportKey / generateKey / sign / verify)
// and deriveBits for PBKDF2 and HKDF. HMAC and key derivation run on the pool, as in Node, so
// their promises settle in a later poll phase. Other algorithms are not provided yet.
'use strict';

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const { getRandomValues, randomUUID } = require('internal/crypto/random');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS, ERR_MISSING_OPTION },
} = require('internal/errors');
const { DOMException } = require('internal/domexception');
const { CryptoKey, makeCryptoKey, isCryptoKey, cryptoKeyBytes } = require('internal/crypto/keys');

const kDigestNames = { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };
// HMAC's default key length in bits: the hash's block size.
const kBlockBits = { 'SHA-1': 512, 'SHA-256': 512, 'SHA-384': 1024, 'SHA-512': 1024 };
const kOrdinals = ['1st', '2nd', '3rd', '4th', '5th', '6th'];

// ----- WebIDL-style argument errors (Node's code, the WebIDL wording) -----

function webidlTypeError(method, message) {
  const err = new ERR_INVALID_ARG_TYPE('data', 'ArrayBuffer', undefined);
  err.message = `Failed to execute '${method}' on 'SubtleCrypto': ${message}`;
  return err;
}

function bufferSource(data, method, index) {
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength).slice();
  if (data instanceof ArrayBuffer) return new Uint8Array(data).slice();
  throw webidlTypeError(method,
    `${kOrdinals[index]} argument is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.`);
}

function cryptoKeyArg(key, method, index) {
  if (!isCryptoKey(key)) throw webidlTypeError(method, `${kOrdinals[index]} argument is not of type CryptoKey.`);
  return key;
}

function missingMember(dictionary, member) {
  const err = new ERR_MISSING_OPTION(member);
  // WebIDL dictionary errors carry the code but word the message their own way.
  err.message = `Failed to normalize algorithm: passed algorithm can not be converted to '${dictionary}' ` +
    `because '${member}' is required in '${dictionary}'.`;
  return err;
}

function usagesArg(usages, method, index) {
  if (usages === null || typeof usages !== 'object' || typeof usages[Symbol.iterator] !== 'function') {
    throw webidlTypeError(method, `${kOrdinals[index]} argument can not be converted to sequence.`);
  }
  return Array.from(usages, String);
}

function notSupported() {
  return new DOMException('Unrecognized algorithm name', 'NotSupportedError');
}

// ----- algorithm normalization -----

// Web Crypto's registered names; those past SHA-512 are recognized (so a key used with the
// wrong one fails as in Node) but not implemented.
const kAlgorithms = ['HMAC', 'PBKDF2', 'HKDF', 'SHA-1', 'SHA-256', 'SHA-384', 'SHA-512', 'RSASSA-PKCS1-V1_5',
  'RSA-PSS', 'RSA-OAEP', 'ECDSA', 'ECDH', 'ED25519', 'ED448', 'X25519', 'X448', 'AES-CTR', 'AES-CBC', 'AES-GCM',
  'AES-KW'];
const kSpelling = { 'RSASSA-PKCS1-V1_5': 'RSASSA-PKCS1-v1_5', ED25519: 'Ed25519', ED448: 'Ed448' };

// `{ name }` with the registered spelling of the name, the other members as given.
function normalize(algorithm) {
  let dict = algorithm;
  if (typeof algorithm === 'string') dict = { name: algorithm };
  else if (algorithm === null || typeof algorithm !== 'object') throw notSupported();
  if (dict.name === undefined) throw missingMember('Algorithm', 'name');
  const upper = String(dict.name).toUpperCase();
  if (!kAlgorithms.includes(upper)) throw notSupported();
  return { ...dict, name: kSpelling[upper] || upper };
}

// A `hash` member: a SHA name (string or `{ name }`).
function hashMember(dict, dictionary) {
  if (dict.hash === undefined) throw missingMember(dictionary, 'hash');
  const { name } = normalize(dict.hash);
  if (kDigestNames[name] === undefined) throw notSupported();
  return name;
}

function requireMember(dict, dictionary, member) {
  if (dict[member] === undefined) throw missingMember(dictionary, member);
  return dict[member];
}

function checkUsages(usages, allowed, keyName) {
  for (const usage of usages) {
    if (!allowed.includes(usage)) {
      throw new DOMException(`Unsupported key usage for ${keyName} key`, 'SyntaxError');
    }
  }
}

// Run a CryptoJob-backed native (its last argument is the callback) and resolve with its bytes.
function onPool(native, ...args) {
  return new Promise((resolve, reject) => {
    native(...args, (result) => {
      if (result === undefined) {
        reject(new DOMException('The operation failed for an operation-specific reason', 'OperationError'));
      } else {
        resolve(result);
      }
    });
  });
}

function hmacOf(key, data) {
  return onPool(binding.hmacJob, kDigestNames[key.algorithm.hash.name], cryptoKeyBytes(key), data);
}

function jwkAlg(hash) {
  return `HS${hash.slice(4)}`;
}

function base64url(bytes) {
  return Buffer.from(bytes).toString('base64url');
}

// ----- SubtleCrypto -----

class SubtleCrypto {
  async digest(algorithm, data) {
    const { name } = normalize(algorithm);
    const alg = kDigestNames[name];
    if (alg === undefined) throw notSupported();
    // Copy now: the caller may change the bytes before the promise settles.
    const copy = bufferSource(data, 'digest', 1);
    const handle = binding.hashNew(alg);
    binding.hashUpdate(handle, copy);
    return binding.hashDigest(handle);
  }

  async importKey(format, keyData, algorithm, extractable, keyUsages) {
    const alg = normalize(algorithm);
    if (format === 'raw') keyData = bufferSource(keyData, 'importKey', 1);
    const usages = usagesArg(keyUsages, 'importKey', 4);
    extractable = Boolean(extractable);
    switch (alg.name) {
      case 'HMAC':
        return importHmac(format, keyData, alg, extractable, usages);
      case 'PBKDF2':
      case 'HKDF':
        return importKdfKey(format, keyData, alg.name, extractable, usages);
      default:
        throw notSupported();
    }
  }

  async exportKey(format, key) {
    cryptoKeyArg(key, 'exportKey', 1);
    if (!key.extractable) throw new DOMException('key is not extractable', 'InvalidAccessException');
    const bytes = cryptoKeyBytes(key);
    if (key.algorithm.name !== 'HMAC') {
      throw new DOMException(`Unable to export a raw ${key.algorithm.name} key`, 'InvalidAccessError');
    }
    switch (format) {
      case 'raw':
        return bytes.slice().buffer;
      case 'jwk':
        return {
          key_ops: key.usages.slice(), ext: key.extractable, kty: 'oct', k: base64url(bytes),
          alg: jwkAlg(key.algorithm.hash.name),
        };
      default:
        throw new DOMException('Unable to export a raw HMAC secret key', 'InvalidAccessError');
    }
  }

  async generateKey(algorithm, extractable, keyUsages) {
    const alg = normalize(algorithm);
    const usages = usagesArg(keyUsages, 'generateKey', 2);
    if (alg.name !== 'HMAC') throw notSupported();
    const hash = hashMember(alg, 'HmacKeyGenParams');
    let length = kBlockBits[hash];
    if (alg.length !== undefined) {
      length = alg.length;
      if (length % 8 !== 0) throw new ERR_INVALID_ARG_VALUE('algorithm.length', length, 'must be a multiple of 8');
    }
    checkUsages(usages, ['sign', 'verify'], 'an HMAC');
    if (usages.length === 0) throw new DOMException('Usages cannot be empty when creating a key.', 'SyntaxError');
    if (length === 0) {
      throw new DOMException('The operation failed for an operation-specific reason', 'OperationError');
    }
    const bytes = Buffer.from(await onPool(binding.randomBytesJob, length / 8));
    return makeCryptoKey(bytes, { name: 'HMAC', length, hash: { name: hash } }, Boolean(extractable), usages);
  }

  async sign(algorithm, key, data) {
    const alg = normalize(algorithm);
    cryptoKeyArg(key, 'sign', 1);
    data = bufferSource(data, 'sign', 2);
    if (alg.name !== key.algorithm.name || !key.usages.includes('sign')) {
      throw new DOMException('Unable to use this key to sign', 'InvalidAccessError');
    }
    return hmacOf(key, data);
  }

  async verify(algorithm, key, signature, data) {
    const alg = normalize(algorithm);
    cryptoKeyArg(key, 'verify', 1);
    signature = bufferSource(signature, 'verify', 2);
    data = bufferSource(data, 'verify', 3);
    if (alg.name !== key.algorithm.name || !key.usages.includes('verify')) {
      throw new DOMException('Unable to use this key to verify', 'InvalidAccessError');
    }
    const mac = new Uint8Array(await hmacOf(key, data));
    if (mac.length !== signature.length) return false;
    let diff = 0;
    for (let i = 0; i < mac.length; i++) diff |= mac[i] ^ signature[i];
    return diff === 0;
  }

  async deriveBits(algorithm, baseKey, length) {
    const alg = normalize(algorithm);
    cryptoKeyArg(baseKey, 'deriveBits', 1);
    if (alg.name !== 'PBKDF2' && alg.name !== 'HKDF') throw notSupported();
    const dictionary = alg.name === 'PBKDF2' ? 'Pbkdf2Params' : 'HkdfParams';
    const hash = hashMember(alg, dictionary);
    const salt = bufferSource(requireMember(alg, dictionary, 'salt'), 'deriveBits', 0);
    const extra = alg.name === 'PBKDF2' ? Number(requireMember(alg, dictionary, 'iterations')) :
      bufferSource(requireMember(alg, dictionary, 'info'), 'deriveBits', 0);
    if (!baseKey.usages.includes('deriveBits')) {
      throw new DOMException('baseKey does not have deriveBits usage', 'InvalidAccessError');
    }
    if (baseKey.algorithm.name !== alg.name) throw new DOMException('Key algorithm mismatch', 'InvalidAccessError');
    if (length === null) throw new DOMException('length cannot be null', 'OperationError');
    length = Number(length) >>> 0;
    if (length % 8 !== 0) throw new DOMException('length must be a multiple of 8', 'OperationError');
    const password = cryptoKeyBytes(baseKey);
    if (alg.name === 'PBKDF2') {
      if (extra === 0) throw new DOMException('iterations cannot be zero', 'OperationError');
      if (length === 0) return new ArrayBuffer(0);
      return onPool(binding.pbkdf2, kDigestNames[hash], password, salt, extra >>> 0, length / 8);
    }
    if (length === 0) return new ArrayBuffer(0);
    return onPool(binding.hkdf, kDigestNames[hash], password, salt, extra, length / 8);
  }
}

function importHmac(format, keyData, alg, extractable, usages) {
  const hash = hashMember(alg, 'HmacImportParams');
  checkUsages(usages, ['sign', 'verify'], 'an HMAC');
  let bytes;
  if (format === 'raw') {
    bytes = keyData;
  } else if (format === 'jwk') {
    if (keyData === null || typeof keyData !== 'object') {
      throw webidlTypeError('importKey', '2nd argument is not of type JsonWebKey.');
    }
    if (keyData.kty !== 'oct') throw new DOMException('Invalid JWK "kty" Parameter', 'DataError');
    if (typeof keyData.k !== 'string') throw new DOMException('Invalid JWK secret key format', 'DataError');
    if (keyData.alg !== undefined && keyData.alg !== jwkAlg(hash)) {
      throw new DOMException('JWK "alg" does not match the requested algorithm', 'DataError');
    }
    bytes = new Uint8Array(Buffer.from(keyData.k, 'base64url'));
  } else {
    throw new DOMException(`Unable to import HMAC key with format ${format}`);
  }
  if (usages.length === 0) {
    throw new DOMException('Usages cannot be empty when importing a secret key.', 'SyntaxError');
  }
  if (bytes.length === 0) throw new DOMException('Zero-length key is not supported', 'DataError');
  const length = bytes.length * 8;
  if (alg.length !== undefined && alg.length !== length) throw new DOMException('Invalid key length', 'DataError');
  return makeCryptoKey(bytes, { name: 'HMAC', hash: { name: hash }, length }, extractable, usages);
}

function importKdfKey(format, keyData, name, extractable, usages) {
  if (format !== 'raw') {
    throw new DOMException(`Unable to import ${name} key with format ${format}`, 'NotSupportedError');
  }
  checkUsages(usages, ['deriveKey', 'deriveBits'], `a ${name}`);
  if (extractable) throw new DOMException(`${name} keys are not extractable`, 'SyntaxError');
  if (usages.length === 0) {
    throw new DOMException('Usages cannot be empty when importing a secret key.', 'SyntaxError');
  }
  return makeCryptoKey(keyData, { name }, false, usages);
}

const subtle = new SubtleCrypto();

class Crypto {
  get subtle() {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    return subtle;
  }

  getRandomValues(array) {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    return getRandomValues(array);
  }

  randomUUID() {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    return randomUUID();
  }
}

Object.defineProperty(Crypto.prototype, Symbol.toStringTag, { value: 'Crypto', configurable: true });
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, { value: 'SubtleCrypto', configurable: true });

const crypto = new Crypto();

module.exports = { crypto, Crypto, SubtleCrypto, CryptoKey };
