// internal/crypto/hash: createHash / createHmac objects, one-shot hash(), getHashes().
'use strict';

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const {
  codes: {
    ERR_CRYPTO_HASH_FINALIZED,
    ERR_CRYPTO_INVALID_DIGEST,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const { validateString, validateUint32 } = require('internal/validators');
const { toBytes, toKeyBytes, encodeOutput, checkHexLength } = require('internal/crypto/util');

const { secretKeyBytes } = require('internal/crypto/keys');
const LazyTransform = require('internal/crypto/lazy_transform');

const kHandle = Symbol('kHandle');
const kFinalized = Symbol('kFinalized');

function xofLength(options) {
  if (options === undefined || options === null) return undefined;
  const { outputLength } = Object(options);
  if (outputLength === undefined) return undefined;
  validateUint32(outputLength, 'options.outputLength');
  return outputLength;
}

function notSupported() {
  return new Error('Digest method not supported');
}

// NOTE: asking a fixed-size digest for another length fails like OpenSSL does, but up front.
function checkFixedLength(algorithm, outputLength) {
  const size = binding.hashSize(algorithm);
  if (outputLength !== undefined && size !== undefined && outputLength !== size) {
    const err = new Error('error:030000B2:digital envelope routines::not XOF or invalid length');
    err.library = 'digital envelope routines';
    err.reason = 'not XOF or invalid length';
    err.code = 'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH';
    throw err;
  }
}

function Hash(algorithm, options) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  let handle;
  if (algorithm instanceof Hash) {
    handle = algorithm[kHandle];
  } else {
    validateString(algorithm, 'algorithm');
    const outputLength = xofLength(options);
    checkFixedLength(algorithm, outputLength);
    handle = binding.hashNew(algorithm, outputLength);
    if (handle === undefined) throw notSupported();
  }
  this[kHandle] = handle;
  this[kFinalized] = false;
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);

// As a stream: written chunks are hashed, and the digest is pushed at the end.
Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  this.update(chunk, encoding);
  callback();
};

Hash.prototype._flush = function _flush(callback) {
  this.push(this.digest());
  callback();
};

Hash.prototype.copy = function copy(options) {
  if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  const copy = Object.create(Hash.prototype);
  copy[kHandle] = binding.hashCopy(this[kHandle], xofLength(options));
  copy[kFinalized] = false;
  LazyTransform.call(copy, options);
  return copy;
};

Hash.prototype.update = function update(data, encoding) {
  if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  checkHexLength(data, encoding);
  binding.hashUpdate(this[kHandle], toBytes(data, encoding, 'data'));
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  this[kFinalized] = true;
  return encodeOutput(binding.hashDigest(this[kHandle]), outputEncoding);
};

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  const keyBytes = toHmacKey(key, options);
  const handle = binding.hmacNew(hmac, keyBytes);
  if (handle === undefined) {
    // An XOF is a known digest that HMAC cannot use; OpenSSL reports it with an empty error.
    if (binding.hashNew(hmac) !== undefined) throw new Error('error:00000000:lib(0)::reason(0)');
    throw new ERR_CRYPTO_INVALID_DIGEST(hmac);
  }
  this[kHandle] = handle;
  this[kFinalized] = false;
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hmac, LazyTransform);

function toHmacKey(key, options) {
  const encoding = options && typeof options === 'object' ? options.encoding : undefined;
  const secret = secretKeyBytes(key);
  if (secret !== undefined) return secret;
  if (typeof key === 'string' || ArrayBuffer.isView(key) || key instanceof ArrayBuffer) {
    return toKeyBytes(key, 'key', encoding);
  }
  throw new ERR_INVALID_ARG_TYPE(
    'key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'], key);
}

Hmac.prototype.update = Hash.prototype.update;
Hmac.prototype._transform = Hash.prototype._transform;
Hmac.prototype._flush = Hash.prototype._flush;

// A second digest() of an Hmac gives an empty result instead of throwing, as in Node.
Hmac.prototype.digest = function digest(outputEncoding) {
  if (this[kFinalized]) return encodeOutput(new ArrayBuffer(0), outputEncoding);
  this[kFinalized] = true;
  return encodeOutput(binding.hashDigest(this[kHandle]), outputEncoding);
};

function hash(algorithm, input, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !ArrayBuffer.isView(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['string', 'Buffer', 'TypedArray', 'DataView'], input);
  }
  if (outputEncoding !== 'buffer' && !Buffer.isEncoding(outputEncoding)) {
    validateString(outputEncoding, 'outputEncoding');
    throw new ERR_INVALID_ARG_VALUE('outputEncoding', outputEncoding);
  }
  const handle = binding.hashNew(algorithm);
  if (handle === undefined) throw new Error(`Digest method ${algorithm} is not supported`);
  binding.hashUpdate(handle, toBytes(input, 'utf8', 'input'));
  return encodeOutput(binding.hashDigest(handle), outputEncoding);
}

function getHashes() {
  return binding.getHashes();
}

module.exports = { Hash, Hmac, hash, getHashes };
