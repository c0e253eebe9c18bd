// internal/blob: a basic in-memory Blob (size, type, slice, text, arrayBuffer, bytes, stream),
// and File.
//
// NOTE: parts are copied into one byte array at construction instead of being kept as a list of
// shared chunks; their lengths are kept, so that `stream()` gives one chunk per part as node does.
'use strict';

const { binding } = require('internal/buffer');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_MISSING_ARGS } } = require('internal/errors');
const { validateDictionary } = require('internal/validators');
const types = require('internal/util/types');

const kBytes = Symbol('kBytes');
const kType = Symbol('kType');
const kParts = Symbol('kParts');
// A file-backed Blob's (fs.openAsBlob) check, run as a read starts: the error to fail it with,
// or undefined. Slices keep it.
const kCheck = Symbol('kCheck');
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

function isBlob(value) {
  return value != null && typeof value === 'object' && value[kBytes] !== undefined;
}

function partBytes(part) {
  if (isBlob(part)) return part[kBytes];
  if (types.isAnyArrayBuffer(part)) return new Uint8Array(part.slice(0));
  if (types.isArrayBufferView(part)) {
    return new Uint8Array(part.buffer.slice(part.byteOffset, part.byteOffset + part.byteLength));
  }
  return new Uint8Array(binding.encode(`${part}`, 1));
}

function normalizeType(type) {
  const text = `${type}`;
  return /^[\x20-\x7e]*$/.test(text) ? text.toLowerCase() : '';
}

class Blob {
  constructor(sources = [], options) {
    if (sources === null || typeof sources[Symbol.iterator] !== 'function' || typeof sources === 'string') {
      throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    validateDictionary(options, 'options');
    const chunks = [];
    let length = 0;
    for (const part of sources) {
      const bytes = partBytes(part);
      chunks.push(bytes);
      length += bytes.length;
    }
    const all = new Uint8Array(length);
    let pos = 0;
    for (const chunk of chunks) {
      all.set(chunk, pos);
      pos += chunk.length;
    }
    this[kBytes] = all;
    this[kParts] = chunks.map((chunk) => chunk.length);
    this[kType] = normalizeType(options?.type ?? '');
  }

  get type() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this[kType];
  }

  get size() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this[kBytes].length;
  }

  slice(start = 0, end = this[kBytes].length, contentType = '') {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const size = this[kBytes].length;
    const clamp = (n) => {
      n = Math.trunc(Number(n)) || 0;
      return n < 0 ? Math.max(size + n, 0) : Math.min(n, size);
    };
    const from = clamp(start);
    const to = clamp(end);
    const blob = new Blob([], { type: contentType });
    blob[kBytes] = this[kBytes].slice(from, Math.max(from, to));
    blob[kParts] = [blob[kBytes].length];
    if (this[kCheck]) blob[kCheck] = this[kCheck];
    return blob;
  }

  arrayBuffer() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    const err = this[kCheck]?.();
    if (err) return Promise.reject(err);
    return Promise.resolve(this[kBytes].slice().buffer);
  }

  text() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    const err = this[kCheck]?.();
    if (err) return Promise.reject(err);
    const bytes = this[kBytes];
    return Promise.resolve(binding.decode(bytes, 1, 0, bytes.length));
  }

  bytes() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    const err = this[kCheck]?.();
    if (err) return Promise.reject(err);
    return Promise.resolve(this[kBytes].slice());
  }

  // A byte stream of the contents, one chunk per part the Blob was made of.
  stream() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const { ReadableStream } = require('internal/webstreams/readablestream');
    const bytes = this[kBytes];
    const parts = this[kParts].filter((length) => length > 0);
    const check = this[kCheck];
    let index = 0;
    let offset = 0;
    return new ReadableStream({
      type: 'bytes',
      pull(controller) {
        const err = check?.();
        if (err) {
          controller.error(err);
          return;
        }
        if (index < parts.length) {
          const length = parts[index++];
          controller.enqueue(bytes.slice(offset, offset + length));
          offset += length;
        }
        if (index >= parts.length) controller.close();
      },
    });
  }

  [customInspectSymbol](depth, options, inspect) {
    const ctor = { Blob: function() {} }.Blob;
    return Object.assign(Object.create(ctor.prototype), { size: this.size, type: this.type });
  }
}

// Node 20 leaves `bytes` (newer than the rest) non-enumerable.
for (const key of ['type', 'size', 'slice', 'arrayBuffer', 'text', 'stream']) {
  const desc = Object.getOwnPropertyDescriptor(Blob.prototype, key);
  desc.enumerable = true;
  Object.defineProperty(Blob.prototype, key, desc);
}
Object.defineProperty(Blob.prototype, Symbol.toStringTag, { value: 'Blob', configurable: true });

// A Blob with a name and a modification time (ms; `Date.now()` unless given, 0 for NaN).
class File extends Blob {
  #name;
  #lastModified;

  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    let lastModified = (options ?? {}).lastModified;
    if (lastModified !== undefined) {
      lastModified = +lastModified;
      if (Number.isNaN(lastModified)) lastModified = 0;
    } else {
      lastModified = Date.now();
    }
    this.#name = `${fileName}`.toWellFormed();
    this.#lastModified = lastModified;
  }

  get name() {
    return this.#name;
  }

  get lastModified() {
    return this.#lastModified;
  }

  [customInspectSymbol](depth, options, inspect) {
    const ctor = { File: function() {} }.File;
    return Object.assign(Object.create(ctor.prototype),
      { size: this.size, type: this.type, name: this.#name, lastModified: this.#lastModified });
  }
}

for (const key of ['name', 'lastModified']) {
  const desc = Object.getOwnPropertyDescriptor(File.prototype, key);
  desc.enumerable = true;
  Object.defineProperty(File.prototype, key, desc);
}
Object.defineProperty(File.prototype, Symbol.toStringTag, { value: 'File', configurable: true });

// A Blob of `bytes` whose type is kept exactly as given (not normalized), as the blobs Node
// makes natively (fs.openAsBlob); `check`, if given, runs as each read starts and returns the
// error to fail it with (NOTE: the bytes are read at creation, where Node reads the file at
// each read; both fail once the file has changed).
function createBlob(bytes, type, check) {
  const blob = new Blob([bytes]);
  blob[kType] = type;
  if (check) blob[kCheck] = check;
  return blob;
}

module.exports = { Blob, File, createBlob, isBlob };
