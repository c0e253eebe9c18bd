// internal/crypto/kdf: key derivation, pbkdf2 / scrypt / hkdf, sync and callback forms (the
// callback forms derive on the pool and call back in a later poll phase).
'use strict';

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const {
  codes: {
    ERR_CRYPTO_INVALID_DIGEST,
    ERR_CRYPTO_INVALID_KEYLEN,
    ERR_CRYPTO_INVALID_SCRYPT_PARAMS,
    ERR_CRYPTO_SCRYPT_INVALID_PARAMETER,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const { validateFunction, validateInt32, validateInteger, validateString, validateUint32, validateObject } =
  require('internal/validators');
const { toKeyBytes } = require('internal/crypto/util');
const { secretKeyBytes } = require('internal/crypto/keys');

// ----- pbkdf2 -----

function pbkdf2Args(password, salt, iterations, keylen, digest) {
  password = toKeyBytes(password, 'password');
  salt = toKeyBytes(salt, 'salt');
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  validateString(digest, 'digest');
  if (binding.hashSize(digest) === undefined) {
    // A known XOF passes Node's digest lookup but fails in the derivation itself.
    if (binding.hashNew(digest) !== undefined) throw new Error('Deriving bits failed');
    throw new ERR_CRYPTO_INVALID_DIGEST(digest);
  }
  return [digest, password, salt, iterations, keylen];
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  const args = pbkdf2Args(password, salt, iterations, keylen, digest);
  return Buffer.from(binding.pbkdf2(...args));
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  const args = pbkdf2Args(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  binding.pbkdf2(...args, (ab) => callback(null, Buffer.from(ab)));
}

// ----- scrypt -----

const kDefaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

function pick(options, a, b, fallback) {
  if (options[a] !== undefined && options[b] !== undefined) throw new ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
  const value = options[a] !== undefined ? options[a] : options[b];
  if (value === undefined) return fallback;
  validateUint32(value, options[a] !== undefined ? a : b);
  return value;
}

function scryptArgs(password, salt, keylen, options) {
  password = toKeyBytes(password, 'password');
  salt = toKeyBytes(salt, 'salt');
  validateInt32(keylen, 'keylen', 0);
  let { N, r, p, maxmem } = kDefaults;
  if (options !== undefined && options !== null) {
    validateObject(options, 'options');
    N = pick(options, 'N', 'cost', N);
    r = pick(options, 'r', 'blockSize', r);
    p = pick(options, 'p', 'parallelization', p);
    if (options.maxmem !== undefined) {
      validateInteger(options.maxmem, 'maxmem', 0);
      maxmem = options.maxmem;
    }
  }
  if (N < 2 || (N & (N - 1)) !== 0 || r < 1 || p < 1 || r * p >= 2 ** 30) {
    throw new ERR_CRYPTO_INVALID_SCRYPT_PARAMS();
  }
  // NOTE: memory is estimated as OpenSSL does (128 * N * r for V, plus 128 * r * p for B).
  if (128 * N * r + 128 * r * p > maxmem) {
    throw new ERR_CRYPTO_INVALID_SCRYPT_PARAMS('error:030000AC:digital envelope routines::memory limit exceeded');
  }
  return [password, salt, N, r, p, keylen];
}

function scryptSync(password, salt, keylen, options) {
  return Buffer.from(binding.scrypt(...scryptArgs(password, salt, keylen, options)));
}

function scrypt(password, salt, keylen, options, callback) {
  if (callback === undefined) {
    callback = options;
    options = undefined;
  }
  const args = scryptArgs(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  binding.scrypt(...args, (ab) => callback(null, Buffer.from(ab)));
}

// ----- hkdf -----

const kHkdfTypes = ['ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'];

function hkdfArgs(digest, ikm, salt, info, keylen) {
  validateString(digest, 'digest');
  ikm = secretKeyBytes(ikm) || toKeyBytes(ikm, 'ikm', undefined, ['string', 'SecretKeyObject', ...kHkdfTypes]);
  salt = toKeyBytes(salt, 'salt', undefined, ['string', ...kHkdfTypes]);
  info = toKeyBytes(info, 'info', undefined, ['string', ...kHkdfTypes]);
  validateInteger(keylen, 'length', 0, 2 ** 32);
  if (info.byteLength > 1024) {
    throw new ERR_OUT_OF_RANGE('info', 'must not contain more than 1024 bytes', info.byteLength);
  }
  const size = binding.hashSize(digest);
  if (size === undefined) throw new ERR_CRYPTO_INVALID_DIGEST(digest);
  if (keylen > 255 * size) throw new ERR_CRYPTO_INVALID_KEYLEN();
  return [digest, ikm, salt, info, keylen];
}

function hkdfSync(digest, ikm, salt, info, keylen) {
  return binding.hkdf(...hkdfArgs(digest, ikm, salt, info, keylen));
}

function hkdf(digest, ikm, salt, info, keylen, callback) {
  const args = hkdfArgs(digest, ikm, salt, info, keylen);
  validateFunction(callback, 'callback');
  binding.hkdf(...args, (ab) => callback(null, ab));
}

module.exports = { pbkdf2, pbkdf2Sync, scrypt, scryptSync, hkdf, hkdfSync };
