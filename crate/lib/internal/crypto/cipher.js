// internal/crypto/cipher: createCipheriv / createDecipheriv objects (Transform streams, built
// lazily like Hash), getCiphers() and getCipherInfo(). The bytes are the native binding's
// (crypto/cipher.rs); here live the argument checks, output encodings and Node's error shapes.
'use strict';

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const { StringDecoder } = require('string_decoder');
const {
  codes: {
    ERR_CRYPTO_INVALID_AUTH_TAG,
    ERR_CRYPTO_INVALID_IV,
    ERR_CRYPTO_INVALID_KEYLEN,
    ERR_CRYPTO_INVALID_STATE,
    ERR_CRYPTO_UNKNOWN_CIPHER,
    ERR_INTERNAL_ASSERTION,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const { validateInt32, validateObject, validateString } = require('internal/validators');
const { toBytes, toKeyBytes, opensslError, checkHexLength } = require('internal/crypto/util');
const { secretKeyBytes } = require('internal/crypto/keys');
const LazyTransform = require('internal/crypto/lazy_transform');

const kHandle = Symbol('kHandle');
const kAuthTagLength = Symbol('kAuthTagLength');

const kKeyTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'];
const kBufferTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];

function cipherKey(key, encoding) {
  const secret = secretKeyBytes(key);
  if (secret !== undefined) return secret;
  return toKeyBytes(key, 'key', encoding, kKeyTypes);
}

// A string or byte argument (the IV, AAD, a tag).
function bufferArg(value, name, encoding) {
  return toKeyBytes(value, name, encoding, kBufferTypes);
}

function authTagLengthOption(options) {
  if (options === null || typeof options !== 'object') return undefined;
  const value = options.authTagLength;
  if (value === undefined) return undefined;
  if (value >>> 0 !== value) throw new ERR_INVALID_ARG_VALUE('options.authTagLength', value);
  return value;
}

const kNativeErrors = {
  unknown: () => new ERR_CRYPTO_UNKNOWN_CIPHER(),
  keylen: () => new ERR_CRYPTO_INVALID_KEYLEN(),
  iv: () => new ERR_CRYPTO_INVALID_IV(),
  bad_decrypt: () => opensslError('1C800064', 'Provider routines', 'bad decrypt'),
  wrong_final_block_length: () => opensslError('1C80006B', 'Provider routines', 'wrong final block length'),
  auth: () => new Error('Unsupported state or unable to authenticate data'),
  state: () => new ERR_CRYPTO_INVALID_STATE(),
};

// The binding answers failures with a short name; make Node's error from it.
function check(result) {
  if (typeof result === 'string') throw kNativeErrors[result]();
  return result;
}

// The native context's class, so a cipher object inspects as Node's does.
class CipherBase {}

function createCipherBase(self, cipher, key, iv, options, decrypt) {
  validateString(cipher, 'cipher');
  const encoding = options !== null && typeof options === 'object' ? options.encoding : undefined;
  const keyBytes = cipherKey(key, encoding);
  const ivBytes = iv === null ? null : bufferArg(iv, 'iv');
  const tagLength = authTagLengthOption(options);
  const handle = binding.cipherNew(cipher, keyBytes, ivBytes, decrypt, tagLength);
  if (handle === 'tag') throw new ERR_CRYPTO_INVALID_AUTH_TAG(tagLength);
  check(handle);
  Object.setPrototypeOf(handle, CipherBase.prototype);
  self._decoder = null;
  LazyTransform.call(self, options);
  self[kHandle] = handle;
  Object.defineProperty(self, kAuthTagLength, { value: tagLength, enumerable: false });
}

// The StringDecoder for `encoding`, made on first use; one cipher object keeps one encoding.
function decoderFor(self, encoding) {
  const decoder = self._decoder || new StringDecoder(encoding);
  if (decoder.encoding !== new StringDecoder(encoding).encoding) {
    throw new ERR_INTERNAL_ASSERTION('Cannot change encoding');
  }
  self._decoder = decoder;
  return decoder;
}

function update(data, inputEncoding, outputEncoding) {
  checkHexLength(data, inputEncoding);
  const result = binding.cipherUpdate(this[kHandle], toBytes(data, inputEncoding, 'data'));
  if (typeof result === 'string') throw new Error('Trying to add data in unsupported state');
  const out = Buffer.from(result);
  if (outputEncoding && outputEncoding !== 'buffer') return decoderFor(this, outputEncoding).write(out);
  return out;
}

function final(outputEncoding) {
  const out = Buffer.from(check(binding.cipherFinal(this[kHandle])));
  if (outputEncoding && outputEncoding !== 'buffer') return decoderFor(this, outputEncoding).end(out);
  return out;
}

function setAutoPadding(autoPadding) {
  if (binding.cipherSetAutoPadding(this[kHandle], !!autoPadding) !== undefined) {
    throw new ERR_CRYPTO_INVALID_STATE('setAutoPadding');
  }
  return this;
}

function setAAD(aadbuf, options) {
  const encoding = options !== null && typeof options === 'object' ? options.encoding : undefined;
  const bytes = bufferArg(aadbuf, 'aadbuf', encoding);
  if (binding.cipherSetAAD(this[kHandle], bytes) !== undefined) throw new ERR_CRYPTO_INVALID_STATE('setAAD');
  return this;
}

// As a stream: each written chunk goes through update(), and final() ends the output.
function _transform(chunk, encoding, callback) {
  this.push(this.update(chunk, encoding));
  callback();
}

function _flush(callback) {
  try {
    this.push(this.final());
  } catch (err) {
    callback(err);
    return;
  }
  callback();
}

function Cipheriv(cipher, key, iv, options) {
  if (!(this instanceof Cipheriv)) return new Cipheriv(cipher, key, iv, options);
  createCipherBase(this, cipher, key, iv, options, false);
}
Object.setPrototypeOf(Cipheriv.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Cipheriv, LazyTransform);

function Decipheriv(cipher, key, iv, options) {
  if (!(this instanceof Decipheriv)) return new Decipheriv(cipher, key, iv, options);
  createCipherBase(this, cipher, key, iv, options, true);
}
Object.setPrototypeOf(Decipheriv.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Decipheriv, LazyTransform);

for (const proto of [Cipheriv.prototype, Decipheriv.prototype]) {
  Object.assign(proto, { _transform, _flush, update, final, setAutoPadding, setAAD });
}

Cipheriv.prototype.getAuthTag = function getAuthTag() {
  const tag = binding.cipherGetAuthTag(this[kHandle]);
  if (tag === undefined) throw new ERR_CRYPTO_INVALID_STATE('getAuthTag');
  return Buffer.from(tag);
};

Decipheriv.prototype.setAuthTag = function setAuthTag(tagbuf, encoding) {
  const bytes = bufferArg(tagbuf, 'buffer', encoding);
  const result = binding.cipherSetAuthTag(this[kHandle], bytes, this[kAuthTagLength] !== undefined);
  if (result === 'tag') throw new ERR_CRYPTO_INVALID_AUTH_TAG(bytes.byteLength);
  if (result !== undefined) throw new ERR_CRYPTO_INVALID_STATE('setAuthTag');
  return this;
};

function createCipheriv(cipher, key, iv, options) {
  return new Cipheriv(cipher, key, iv, options);
}

function createDecipheriv(cipher, key, iv, options) {
  return new Decipheriv(cipher, key, iv, options);
}

// NOTE: lists only the ciphers nodeboa implements (AES in CBC, CTR, ECB and GCM, with their
// OpenSSL aliases), not OpenSSL's full list: code that picks a cipher from getCiphers() must
// get one that works.
function getCiphers() {
  return binding.getCiphers();
}

function getCipherInfo(nameOrNid, options) {
  if (typeof nameOrNid !== 'string' && typeof nameOrNid !== 'number') {
    throw new ERR_INVALID_ARG_TYPE('nameOrNid', ['string', 'number'], nameOrNid);
  }
  if (typeof nameOrNid === 'number') validateInt32(nameOrNid, 'nameOrNid');
  let keyLength;
  let ivLength;
  if (options !== undefined) {
    validateObject(options, 'options');
    ({ keyLength, ivLength } = options);
    if (keyLength !== undefined) validateInt32(keyLength, 'options.keyLength');
    if (ivLength !== undefined) validateInt32(ivLength, 'options.ivLength');
  }
  const info = binding.cipherInfo(nameOrNid);
  if (info === undefined) return undefined;
  const [name, nid, mode, blockSize, defaultIvLength, defaultKeyLength] = info;
  if (keyLength !== undefined && keyLength !== defaultKeyLength) return undefined;
  if (ivLength !== undefined) {
    const ok = mode === 'gcm' ? ivLength >= 1 && ivLength <= 128 : ivLength === defaultIvLength;
    if (!ok) return undefined;
  }
  const result = { mode, name, nid, blockSize };
  if (mode !== 'ecb') result.ivLength = ivLength !== undefined ? ivLength : defaultIvLength;
  result.keyLength = defaultKeyLength;
  return result;
}

module.exports = { Cipheriv, Decipheriv, createCipheriv, createDecipheriv, getCiphers, getCipherInfo };
