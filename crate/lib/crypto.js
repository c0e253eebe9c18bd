// crypto: Node's `require('crypto')`, a thin face over internal/crypto/* and the native
// internalBinding('crypto').
'use strict';

const { Hash, Hmac, hash, getHashes } = require('internal/crypto/hash');
const random = require('internal/crypto/random');
const kdf = require('internal/crypto/kdf');
const cipher = require('internal/crypto/cipher');
const { KeyObject, createSecretKey } = require('internal/crypto/keys');
const { crypto: webcrypto } = require('internal/crypto/webcrypto');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH } } = require('internal/errors');

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

function viewBytes(value, name) {
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  const err = new ERR_INVALID_ARG_TYPE(name, ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], value);
  // Node's native check words this one without the "Received" part.
  err.message = `The "${name}" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`;
  throw err;
}

function timingSafeEqual(buf1, buf2) {
  const a = viewBytes(buf1, 'buf1');
  const b = viewBytes(buf2, 'buf2');
  if (a.byteLength !== b.byteLength) throw new ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH();
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}

function getCurves() {
  return [];
}

module.exports = {
  createHash,
  createHmac,
  hash,
  getHashes,
  getCiphers: cipher.getCiphers,
  getCipherInfo: cipher.getCipherInfo,
  getCurves,
  createCipheriv: cipher.createCipheriv,
  createDecipheriv: cipher.createDecipheriv,
  Cipheriv: cipher.Cipheriv,
  Decipheriv: cipher.Decipheriv,
  createSecretKey,
  KeyObject,
  Hash,
  Hmac,
  timingSafeEqual,
  randomBytes: random.randomBytes,
  pseudoRandomBytes: random.randomBytes,
  prng: random.randomBytes,
  rng: random.randomBytes,
  randomFill: random.randomFill,
  randomFillSync: random.randomFillSync,
  randomInt: random.randomInt,
  randomUUID: random.randomUUID,
  getRandomValues: (array) => webcrypto.getRandomValues(array),
  pbkdf2: kdf.pbkdf2,
  pbkdf2Sync: kdf.pbkdf2Sync,
  scrypt: kdf.scrypt,
  scryptSync: kdf.scryptSync,
  hkdf: kdf.hkdf,
  hkdfSync: kdf.hkdfSync,
  webcrypto,
  subtle: webcrypto.subtle,
  constants: {},
};
