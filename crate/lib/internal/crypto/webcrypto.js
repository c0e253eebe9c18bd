// internal/crypto/webcrypto: the `crypto` global (Web Crypto): getRandomValues, randomUUID and
// subtle.digest. Other SubtleCrypto methods are not provided yet.
'use strict';

const binding = internalBinding('crypto');
const { getRandomValues, randomUUID } = require('internal/crypto/random');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_MISSING_OPTION } } = require('internal/errors');
const { DOMException } = require('internal/domexception');

const kDigestNames = { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };

function bytesOf(data) {
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  const err = new ERR_INVALID_ARG_TYPE('data', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], data);
  // WebIDL conversion errors carry the code but word the message their own way.
  err.message = 'Failed to execute \'digest\' on \'SubtleCrypto\': 2nd argument is not instance of ' +
    'ArrayBuffer, Buffer, TypedArray, or DataView.';
  throw err;
}

class SubtleCrypto {
  async digest(algorithm, data) {
    const name = typeof algorithm === 'string' ? algorithm : algorithm && algorithm.name;
    if (typeof name !== 'string') {
      const err = new ERR_MISSING_OPTION('name');
      // WebIDL dictionary errors carry the code but word the message their own way.
      err.message = 'Failed to normalize algorithm: passed algorithm can not be converted to ' +
        "'Algorithm' because 'name' is required in 'Algorithm'.";
      throw err;
    }
    const alg = typeof name === 'string' ? kDigestNames[name.toUpperCase()] : undefined;
    if (alg === undefined) throw new DOMException('Unrecognized algorithm name', 'NotSupportedError');
    // Copy now: the caller may change the bytes before the promise settles.
    const copy = bytesOf(data).slice();
    const handle = binding.hashNew(alg);
    binding.hashUpdate(handle, copy);
    return binding.hashDigest(handle);
  }
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

module.exports = { crypto, Crypto, SubtleCrypto };
