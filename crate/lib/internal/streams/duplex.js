'use strict';
// stream.Duplex: a Readable that is also a Writable (it carries both states). With
// allowHalfOpen false, the writable side ends when the readable side ends.

const Stream = require('internal/streams/legacy');
const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);
  this._readableState = new Readable.ReadableState(options, this, true);
  this._writableState = new Writable.WritableState(options, this, true);
  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;
    if (options.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }
    if (options.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }
    for (const [opt, key] of [['read', '_read'], ['write', '_write'], ['writev', '_writev'], ['final', '_final'],
      ['destroy', '_destroy'], ['construct', '_construct']]) {
      if (typeof options[opt] === 'function') this[key] = options[opt];
    }
    if (options.signal) require('internal/streams/add-abort-signal').addAbortSignal(options.signal, this);
  } else {
    this.allowHalfOpen = true;
  }
  Stream.call(this, options);
  require('internal/streams/destroy').construct(this, () => {
    Writable.afterConstruct(this);
    Readable.afterConstruct(this);
  });
}
Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);
Stream.Duplex = Duplex;

for (const key of Object.getOwnPropertyNames(Writable.prototype)) {
  if (key === 'constructor' || key === 'destroy' || Object.prototype.hasOwnProperty.call(Duplex.prototype, key)) continue;
  if (['pipe', '_destroy', '_undestroy', 'errored', 'closed'].includes(key)) continue;
  Object.defineProperty(Duplex.prototype, key, Object.getOwnPropertyDescriptor(Writable.prototype, key));
}
Duplex.prototype.destroy = Writable.prototype.destroy;

Object.defineProperty(Duplex.prototype, 'destroyed', {
  get() {
    if (this._readableState === undefined || this._writableState === undefined) return false;
    return this._readableState.destroyed && this._writableState.destroyed;
  },
  set(value) {
    if (this._readableState && this._writableState) {
      this._readableState.destroyed = value;
      this._writableState.destroyed = value;
    }
  },
  configurable: true,
});

Duplex.from = function(body) {
  return require('internal/streams/duplexify')(body, 'body');
};

Duplex.fromWeb = function(pair, options) {
  return require('internal/webstreams/adapters').newStreamDuplexFromReadableWritablePair(pair, options);
};
Duplex.toWeb = function(duplex) {
  return require('internal/webstreams/adapters').newReadableWritablePairFromDuplex(duplex);
};

module.exports = Duplex;
