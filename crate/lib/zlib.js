// zlib: Node's `require('zlib')`. Transform streams over internalBinding('zlib') handles (one
// live deflate/inflate/gzip/brotli stream each), the sync and callback convenience methods,
// crc32, constants and codes.
//
// How a stream works: each chunk is one or more handle writes of Node's shape
// `(flush, input, inOff, inLen, out, outOff, outLen)` into a `chunkSize` output buffer; a write
// that fills the buffer is repeated with the rest of the input. Sync forms call `writeSync` in a
// loop; streams call `write`, which runs on the pool and calls back in a poll phase. Callback
// convenience forms without `info` run the whole buffer as one pool job (a Web Worker in the
// browser); see crate/src/zlib/mod.rs for why.
'use strict';

const { Buffer } = require('buffer');
const { Transform, finished } = require('stream');
const binding = internalBinding('zlib');
const { constants } = require('internal/zlib/constants');
const {
  codes: {
    ERR_BROTLI_INVALID_PARAM,
    ERR_BUFFER_TOO_LARGE,
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
    ERR_ZLIB_INITIALIZATION_FAILED,
  },
  genericNodeError,
} = require('internal/errors');
const {
  validateFunction,
  validateUint32,
  validateFiniteNumber,
  checkRangesOrGetDefault,
} = require('internal/validators');
const { isArrayBufferView, isAnyArrayBuffer, isUint8Array } = require('internal/util/types');

const {
  Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH,
  Z_MIN_CHUNK, Z_DEFAULT_CHUNK, Z_MIN_WINDOWBITS, Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS,
  Z_MIN_LEVEL, Z_MAX_LEVEL, Z_DEFAULT_COMPRESSION, Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL,
  Z_DEFAULT_MEMLEVEL, Z_DEFAULT_STRATEGY, Z_FIXED,
  DEFLATE, INFLATE, GZIP, GUNZIP, DEFLATERAW, INFLATERAW, UNZIP, BROTLI_DECODE, BROTLI_ENCODE,
  BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_FLUSH, BROTLI_OPERATION_FINISH,
  BROTLI_OPERATION_EMIT_METADATA,
} = constants;

const kMaxLength = require('buffer').kMaxLength;
const kError = Symbol('kError');
const kFlushFlag = Symbol('kFlushFlag');
const kOwner = Symbol('owner');

// zlib's return codes both ways: `codes.Z_DATA_ERROR === -3`, `codes[-3] === 'Z_DATA_ERROR'`.
const codes = {
  Z_OK: constants.Z_OK,
  Z_STREAM_END: constants.Z_STREAM_END,
  Z_NEED_DICT: constants.Z_NEED_DICT,
  Z_ERRNO: constants.Z_ERRNO,
  Z_STREAM_ERROR: constants.Z_STREAM_ERROR,
  Z_DATA_ERROR: constants.Z_DATA_ERROR,
  Z_MEM_ERROR: constants.Z_MEM_ERROR,
  Z_BUF_ERROR: constants.Z_BUF_ERROR,
  Z_VERSION_ERROR: constants.Z_VERSION_ERROR,
};
for (const key of Object.keys(codes)) codes[codes[key]] = key;
Object.freeze(codes);

// Flush values from least to most flushing, to pick the stronger of two.
const kFlushiness = [Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH];
function maxFlush(a, b) {
  return kFlushiness.indexOf(a) > kFlushiness.indexOf(b) ? a : b;
}

// Empty chunks that carry a flush kind through the writable queue (`stream.flush(kind)`).
const flushBuffers = [];
for (let kind = 0; kind <= 5; kind++) {
  flushBuffers[kind] = Buffer.alloc(0);
  flushBuffers[kind][kFlushFlag] = kind;
}

function codecError(message, errno, code) {
  const error = genericNodeError(message, { errno, code });
  error.errno = errno;
  error.code = code;
  return error;
}

// A handle reported a codec failure: the stream is destroyed with Node's error.
function onHandleError(self, message, errno, code) {
  const error = codecError(message, errno, code);
  self.destroy(error);
  self[kError] = error;
}

function closeHandle(engine) {
  if (!engine._handle) return;
  binding.close(engine._handle);
  engine._handle = null;
}

// ----- the base stream -----

function ZlibBase(opts, mode, handle, { flush, finishFlush, fullFlush }) {
  let chunkSize = Z_DEFAULT_CHUNK;
  let maxOutputLength = kMaxLength;
  const brotli = mode === BROTLI_ENCODE || mode === BROTLI_DECODE;
  const flushMax = brotli ? BROTLI_OPERATION_EMIT_METADATA : Z_BLOCK;
  if (opts) {
    chunkSize = opts.chunkSize;
    if (!validateFiniteNumber(chunkSize, 'options.chunkSize')) {
      chunkSize = Z_DEFAULT_CHUNK;
    } else if (chunkSize < Z_MIN_CHUNK) {
      throw new ERR_OUT_OF_RANGE('options.chunkSize', `>= ${Z_MIN_CHUNK}`, chunkSize);
    }
    flush = checkRangesOrGetDefault(opts.flush, 'options.flush', 0, flushMax, flush);
    finishFlush = checkRangesOrGetDefault(opts.finishFlush, 'options.finishFlush', 0, flushMax, finishFlush);
    maxOutputLength = checkRangesOrGetDefault(opts.maxOutputLength, 'options.maxOutputLength', 1, kMaxLength,
      kMaxLength);
    if (opts.encoding || opts.objectMode || opts.writableObjectMode) {
      opts = { ...opts };
      opts.encoding = null;
      opts.objectMode = false;
      opts.writableObjectMode = false;
    }
  }
  Transform.call(this, { autoDestroy: true, ...opts });
  this[kError] = null;
  this.bytesWritten = 0;
  this._handle = handle;
  this._outBuffer = Buffer.allocUnsafe(chunkSize);
  this._outOffset = 0;
  this._chunkSize = chunkSize;
  this._defaultFlushFlag = flush;
  this._finishFlushFlag = finishFlush;
  this._defaultFullFlushFlag = fullFlush;
  this._info = opts && opts.info;
  this._maxOutputLength = maxOutputLength;
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, '_closed', {
  configurable: true,
  enumerable: true,
  get() { return !this._handle; },
});

// `bytesRead` is Node's old name for `bytesWritten`.
Object.defineProperty(ZlibBase.prototype, 'bytesRead', {
  configurable: true,
  enumerable: true,
  get() { return this.bytesWritten; },
  set(value) { this.bytesWritten = value; },
});

ZlibBase.prototype.reset = function reset() {
  if (!this._handle) throw new Error('zlib binding closed');
  binding.reset(this._handle);
};

ZlibBase.prototype._flush = function _flush(callback) {
  this._transform(Buffer.alloc(0), '', callback);
};

ZlibBase.prototype._final = function _final(callback) {
  callback();
};

ZlibBase.prototype.flush = function flush(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    this.write(flushBuffers[kind], '', callback);
  }
};

ZlibBase.prototype.close = function close(callback) {
  if (callback) finished(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function _destroy(err, callback) {
  closeHandle(this);
  callback(err);
};

ZlibBase.prototype._transform = function _transform(chunk, encoding, cb) {
  let flushFlag = this._defaultFlushFlag;
  if (typeof chunk[kFlushFlag] === 'number') flushFlag = chunk[kFlushFlag];
  // The last chunk also gets the finishing flush.
  if (this.writableEnded && this.writableLength === chunk.byteLength) {
    flushFlag = maxFlush(flushFlag, this._finishFlushFlag);
  }
  processChunk(this, chunk, flushFlag, cb);
};

ZlibBase.prototype._processChunk = function _processChunk(chunk, flushFlag, cb) {
  if (typeof cb === 'function') return processChunk(this, chunk, flushFlag, cb);
  return processChunkSync(this, chunk, flushFlag);
};

function processChunkSync(self, chunk, flushFlag) {
  let availInBefore = chunk.byteLength;
  let availOutBefore = self._chunkSize - self._outOffset;
  let inOff = 0;
  let buffers = null;
  let nread = 0;
  let inputRead = 0;
  const handle = self._handle;
  let buffer = self._outBuffer;
  let offset = self._outOffset;
  const chunkSize = self._chunkSize;
  let error;
  self.on('error', (er) => { error = er; });
  while (true) {
    const result = binding.writeSync(handle, flushFlag, chunk, inOff, availInBefore, buffer, offset,
      availOutBefore);
    if (result.length > 2) onHandleError(self, result[2], result[3], result[4]);
    if (error) throw error;
    else if (self[kError]) throw self[kError];
    const availOutAfter = result[0];
    const availInAfter = result[1];
    const inDelta = availInBefore - availInAfter;
    inputRead += inDelta;
    const have = availOutBefore - availOutAfter;
    if (have > 0) {
      const out = buffer.slice(offset, offset + have);
      offset += have;
      if (!buffers) buffers = [out];
      else buffers.push(out);
      nread += out.byteLength;
      if (nread > self._maxOutputLength) {
        closeHandle(self);
        throw new ERR_BUFFER_TOO_LARGE(self._maxOutputLength);
      }
    }
    // A full output buffer, or a used-up one: start a new one.
    if (availOutAfter === 0 || offset >= chunkSize) {
      availOutBefore = chunkSize;
      offset = 0;
      buffer = Buffer.allocUnsafe(chunkSize);
    }
    if (availOutAfter === 0) {
      inOff += inDelta;
      availInBefore = availInAfter;
    } else {
      break;
    }
  }
  self.bytesWritten = inputRead;
  closeHandle(self);
  if (nread === 0) return Buffer.alloc(0);
  return buffers.length === 1 ? buffers[0] : Buffer.concat(buffers, nread);
}

// One async chunk: handle writes on the pool until the input is used and output space is left.
function processChunk(self, chunk, flushFlag, cb) {
  const handle = self._handle;
  if (!handle) return process.nextTick(cb);
  const req = {
    self, chunk, cb, flushFlag,
    inOff: 0,
    availInBefore: chunk.byteLength,
    availOutBefore: self._chunkSize - self._outOffset,
  };
  writeAsync(req);
}

function writeAsync(req) {
  const self = req.self;
  binding.write(self._handle, req.flushFlag, req.chunk, req.inOff, req.availInBefore, self._outBuffer,
    self._outOffset, req.availOutBefore, (result) => processCallback(req, result));
}

function processCallback(req, result) {
  const self = req.self;
  if (self.destroyed) {
    req.cb();
    return;
  }
  if (result.length > 2) {
    onHandleError(self, result[2], result[3], result[4]);
    return;
  }
  const availOutAfter = result[0];
  const availInAfter = result[1];
  const inDelta = req.availInBefore - availInAfter;
  self.bytesWritten += inDelta;
  const have = req.availOutBefore - availOutAfter;
  let streamBufferIsFull = false;
  if (have > 0) {
    const out = self._outBuffer.slice(self._outOffset, self._outOffset + have);
    self._outOffset += have;
    streamBufferIsFull = !self.push(out);
  }
  if (self.destroyed) {
    req.cb();
    return;
  }
  if (availOutAfter === 0 || self._outOffset >= self._chunkSize) {
    req.availOutBefore = self._chunkSize;
    self._outOffset = 0;
    self._outBuffer = Buffer.allocUnsafe(self._chunkSize);
  }
  if (availOutAfter === 0) {
    // More output to come: write again with the rest of the input.
    req.inOff += inDelta;
    req.availInBefore = availInAfter;
    if (!streamBufferIsFull) {
      writeAsync(req);
    } else {
      const oldRead = self._read;
      self._read = (n) => {
        self._read = oldRead;
        writeAsync(req);
        self._read(n);
      };
    }
    return;
  }
  if (availInAfter > 0) {
    // Output space left but input unread: the compressed stream ended early.
    self.push(null);
  }
  req.cb();
}

// ----- zlib streams -----

const zlibDefaultOpts = { flush: Z_NO_FLUSH, finishFlush: Z_FINISH, fullFlush: Z_FULL_FLUSH };

function zlibOptions(opts, mode) {
  let windowBits = Z_DEFAULT_WINDOWBITS;
  let level = Z_DEFAULT_COMPRESSION;
  let memLevel = Z_DEFAULT_MEMLEVEL;
  let strategy = Z_DEFAULT_STRATEGY;
  let dictionary;
  if (opts) {
    // On the inflate side, 0 (or nothing) means "the window size in the stream's header".
    if ((opts.windowBits == null || opts.windowBits === 0) &&
        (mode === INFLATE || mode === GUNZIP || mode === UNZIP)) {
      windowBits = 0;
    } else {
      // 8 is valid for deflate but not for gzip; a raw deflate window of 8 bits is widened to 9.
      const min = Z_MIN_WINDOWBITS + (mode === GZIP ? 1 : 0);
      windowBits = checkRangesOrGetDefault(opts.windowBits, 'options.windowBits', min, Z_MAX_WINDOWBITS,
        Z_DEFAULT_WINDOWBITS);
      if (mode === DEFLATERAW && windowBits === 8) windowBits = 9;
    }
    level = checkRangesOrGetDefault(opts.level, 'options.level', Z_MIN_LEVEL, Z_MAX_LEVEL, Z_DEFAULT_COMPRESSION);
    memLevel = checkRangesOrGetDefault(opts.memLevel, 'options.memLevel', Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL,
      Z_DEFAULT_MEMLEVEL);
    strategy = checkRangesOrGetDefault(opts.strategy, 'options.strategy', Z_DEFAULT_STRATEGY, Z_FIXED,
      Z_DEFAULT_STRATEGY);
    dictionary = opts.dictionary;
    if (dictionary !== undefined && !isArrayBufferView(dictionary)) {
      if (isAnyArrayBuffer(dictionary)) {
        dictionary = Buffer.from(dictionary);
      } else {
        throw new ERR_INVALID_ARG_TYPE('options.dictionary', ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'],
          dictionary);
      }
    }
  } else if (mode === INFLATE || mode === GUNZIP || mode === UNZIP) {
    windowBits = 0;
  }
  return [mode, windowBits, level, memLevel, strategy, dictionary, []];
}

function Zlib(opts, mode) {
  const spec = zlibOptions(opts, mode);
  const handle = binding.createHandle(...spec);
  if (handle === undefined) throw new ERR_ZLIB_INITIALIZATION_FAILED();
  this._writeState = new Uint32Array(2);
  ZlibBase.call(this, opts, mode, handle, zlibDefaultOpts);
  this._level = spec[2];
  this._strategy = spec[4];
}
Object.setPrototypeOf(Zlib.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Zlib, ZlibBase);

Zlib.prototype.params = function params(level, strategy, callback) {
  checkRangesOrGetDefault(level, 'level', Z_MIN_LEVEL, Z_MAX_LEVEL);
  checkRangesOrGetDefault(strategy, 'strategy', Z_DEFAULT_STRATEGY, Z_FIXED);
  if (this._level !== level || this._strategy !== strategy) {
    this.flush(Z_SYNC_FLUSH, () => {
      if (!this._handle) throw new Error('zlib binding closed');
      binding.params(this._handle, level, strategy);
      if (!this.destroyed) {
        this._level = level;
        this._strategy = strategy;
        if (callback) callback();
      }
    });
  } else {
    process.nextTick(callback);
  }
};

function defineZlibClass(name, mode) {
  const ctor = {
    [name]: function(opts) {
      if (!(this instanceof ctor)) return new ctor(opts);
      Zlib.call(this, opts, mode);
    },
  }[name];
  Object.setPrototypeOf(ctor.prototype, Zlib.prototype);
  Object.setPrototypeOf(ctor, Zlib);
  return ctor;
}

const Deflate = defineZlibClass('Deflate', DEFLATE);
const Inflate = defineZlibClass('Inflate', INFLATE);
const Gzip = defineZlibClass('Gzip', GZIP);
const Gunzip = defineZlibClass('Gunzip', GUNZIP);
const InflateRaw = defineZlibClass('InflateRaw', INFLATERAW);
const Unzip = defineZlibClass('Unzip', UNZIP);
const DeflateRaw = defineZlibClass('DeflateRaw', DEFLATERAW);

// ----- brotli streams -----

const brotliDefaultOpts = {
  flush: BROTLI_OPERATION_PROCESS,
  finishFlush: BROTLI_OPERATION_FINISH,
  fullFlush: BROTLI_OPERATION_FLUSH,
};

let kMaxBrotliParam = 0;
for (const key of Object.keys(constants)) {
  if (key.startsWith('BROTLI_PARAM_') || key.startsWith('BROTLI_DECODER_PARAM_')) {
    kMaxBrotliParam = Math.max(kMaxBrotliParam, constants[key]);
  }
}

function brotliOptions(opts, mode) {
  const set = new Map();
  if (opts && opts.params) {
    for (const origKey of Object.keys(opts.params)) {
      const key = +origKey;
      if (Number.isNaN(key) || key < 0 || key > kMaxBrotliParam || set.has(key >>> 0)) {
        throw new ERR_BROTLI_INVALID_PARAM(origKey);
      }
      const value = opts.params[origKey];
      if (typeof value !== 'number' && typeof value !== 'boolean') {
        throw new ERR_INVALID_ARG_TYPE('options.params[key]', 'number', opts.params[origKey]);
      }
      set.set(key >>> 0, Number(value) >>> 0);
    }
  }
  const flat = [];
  for (const [k, v] of set) flat.push(k, v);
  return [mode, 0, 0, 0, 0, undefined, flat];
}

function Brotli(opts, mode) {
  const spec = brotliOptions(opts, mode);
  const handle = binding.createHandle(...spec);
  if (handle === undefined) throw new ERR_ZLIB_INITIALIZATION_FAILED();
  this._writeState = new Uint32Array(2);
  ZlibBase.call(this, opts, mode, handle, brotliDefaultOpts);
}
// Like Node, brotli streams inherit from Zlib (so they carry a `params` method too).
Object.setPrototypeOf(Brotli.prototype, Zlib.prototype);
Object.setPrototypeOf(Brotli, Zlib);

function BrotliCompress(opts) {
  if (!(this instanceof BrotliCompress)) return new BrotliCompress(opts);
  Brotli.call(this, opts, BROTLI_ENCODE);
}
Object.setPrototypeOf(BrotliCompress.prototype, Brotli.prototype);
Object.setPrototypeOf(BrotliCompress, Brotli);

function BrotliDecompress(opts) {
  if (!(this instanceof BrotliDecompress)) return new BrotliDecompress(opts);
  Brotli.call(this, opts, BROTLI_DECODE);
}
Object.setPrototypeOf(BrotliDecompress.prototype, Brotli.prototype);
Object.setPrototypeOf(BrotliDecompress, Brotli);

// ----- convenience methods -----

function zlibBufferSync(engine, buffer) {
  if (typeof buffer === 'string') {
    buffer = Buffer.from(buffer);
  } else if (!isArrayBufferView(buffer)) {
    if (isAnyArrayBuffer(buffer)) {
      buffer = Buffer.from(buffer);
    } else {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'],
        buffer);
    }
  }
  buffer = processChunkSync(engine, buffer, engine._finishFlushFlag);
  if (engine._info) return { buffer, engine };
  return buffer;
}

// The stream-driven callback form (used with `info: true`, which hands back the engine).
function zlibBufferStream(engine, buffer, callback) {
  if (isArrayBufferView(buffer) && !isUint8Array(buffer)) {
    buffer = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } else if (isAnyArrayBuffer(buffer)) {
    buffer = Buffer.from(buffer);
  }
  engine.buffers = null;
  engine.nread = 0;
  engine.cb = callback;
  engine.on('data', zlibBufferOnData);
  engine.on('error', zlibBufferOnError);
  engine.on('end', zlibBufferOnEnd);
  engine.end(buffer);
}

function zlibBufferOnData(chunk) {
  if (!this.buffers) this.buffers = [chunk];
  else this.buffers.push(chunk);
  this.nread += chunk.length;
  if (this.nread > this._maxOutputLength) {
    this.close();
    this.removeAllListeners('end');
    this.cb(new ERR_BUFFER_TOO_LARGE(this._maxOutputLength));
  }
}

function zlibBufferOnError(err) {
  this.removeAllListeners('end');
  this.cb(err);
}

function zlibBufferOnEnd() {
  let buf;
  if (this.nread === 0) {
    buf = Buffer.alloc(0);
  } else {
    const bufs = this.buffers;
    buf = bufs.length === 1 ? bufs[0] : Buffer.concat(bufs, this.nread);
  }
  this.close();
  if (this._info) this.cb(null, { buffer: buf, engine: this });
  else this.cb(null, buf);
}

// The callback form as one pool job: the options are checked by building the stream object
// (whose handle is closed at once), then the whole buffer is compressed off the loop.
function zlibBufferJob(engine, spec, buffer, callback) {
  if (typeof buffer === 'string') {
    buffer = Buffer.from(buffer);
  } else if (isAnyArrayBuffer(buffer)) {
    buffer = Buffer.from(buffer);
  } else if (buffer === null || buffer === undefined) {
    // `end(null)` writes nothing: the output of an empty input.
    buffer = Buffer.alloc(0);
  } else if (!isArrayBufferView(buffer)) {
    // Node's stream path rejects the chunk with this error.
    closeHandle(engine);
    throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  closeHandle(engine);
  const maxOutput = engine._maxOutputLength;
  binding.bufferJob(...spec, buffer, engine._chunkSize, engine._defaultFlushFlag, engine._finishFlushFlag, maxOutput,
    (out, message, errno, code, tooLarge) => {
      if (tooLarge) return callback(new ERR_BUFFER_TOO_LARGE(maxOutput));
      if (out === undefined) return callback(codecError(message, errno, code));
      callback(null, Buffer.from(out));
    });
}

function createConvenienceMethod(ctor, sync, makeSpec, mode) {
  if (sync) {
    return function syncBufferWrapper(buffer, opts) {
      return zlibBufferSync(new ctor(opts), buffer);
    };
  }
  return function asyncBufferWrapper(buffer, opts, callback) {
    if (typeof opts === 'function') {
      callback = opts;
      opts = {};
    }
    const engine = new ctor(opts);
    try {
      validateFunction(callback, 'callback');
    } catch (err) {
      closeHandle(engine);
      throw err;
    }
    if (engine._info) return zlibBufferStream(engine, buffer, callback);
    return zlibBufferJob(engine, makeSpec(opts, mode), buffer, callback);
  };
}

// ----- crc32 -----

function crc32(data, value = 0) {
  if (typeof data === 'string') {
    data = Buffer.from(data);
  } else if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  validateUint32(value, 'value');
  return binding.crc32(data, value);
}

// ----- exports -----

const classes = { Deflate, Inflate, Gzip, Gunzip, DeflateRaw, InflateRaw, Unzip, BrotliCompress, BrotliDecompress };
const kinds = [
  ['deflate', Deflate, zlibOptions, DEFLATE],
  ['gzip', Gzip, zlibOptions, GZIP],
  ['deflateRaw', DeflateRaw, zlibOptions, DEFLATERAW],
  ['unzip', Unzip, zlibOptions, UNZIP],
  ['inflate', Inflate, zlibOptions, INFLATE],
  ['gunzip', Gunzip, zlibOptions, GUNZIP],
  ['inflateRaw', InflateRaw, zlibOptions, INFLATERAW],
  ['brotliCompress', BrotliCompress, brotliOptions, BROTLI_ENCODE],
  ['brotliDecompress', BrotliDecompress, brotliOptions, BROTLI_DECODE],
];
const methods = {};
for (const [name, ctor, makeSpec, mode] of kinds) {
  methods[name] = createConvenienceMethod(ctor, false, makeSpec, mode);
  methods[`${name}Sync`] = createConvenienceMethod(ctor, true, makeSpec, mode);
}
const creators = {};
for (const [name, ctor] of [
  ['Deflate', Deflate], ['Inflate', Inflate], ['DeflateRaw', DeflateRaw], ['InflateRaw', InflateRaw],
  ['Gzip', Gzip], ['Gunzip', Gunzip], ['Unzip', Unzip], ['BrotliCompress', BrotliCompress],
  ['BrotliDecompress', BrotliDecompress],
]) {
  creators[`create${name}`] = function(options) { return new ctor(options); };
}

module.exports = {
  crc32,
  ...classes,
  deflate: methods.deflate,
  deflateSync: methods.deflateSync,
  gzip: methods.gzip,
  gzipSync: methods.gzipSync,
  deflateRaw: methods.deflateRaw,
  deflateRawSync: methods.deflateRawSync,
  unzip: methods.unzip,
  unzipSync: methods.unzipSync,
  inflate: methods.inflate,
  inflateSync: methods.inflateSync,
  gunzip: methods.gunzip,
  gunzipSync: methods.gunzipSync,
  inflateRaw: methods.inflateRaw,
  inflateRawSync: methods.inflateRawSync,
  brotliCompress: methods.brotliCompress,
  brotliCompressSync: methods.brotliCompressSync,
  brotliDecompress: methods.brotliDecompress,
  brotliDecompressSync: methods.brotliDecompressSync,
  ...creators,
};
Object.defineProperty(module.exports, 'constants', {
  configurable: false, enumerable: true, writable: false, value: constants,
});
Object.defineProperty(module.exports, 'codes', {
  configurable: false, enumerable: true, writable: false, value: codes,
});
