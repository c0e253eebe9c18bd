'use strict';
// stream.duplexPair(options): two Duplex streams wired to each other, what one side writes the
// other reads. A write's callback waits until the other side asks for more data (so the writer
// feels the reader's backpressure), and ending one side ends the other's readable half.

const Duplex = require('internal/streams/duplex');

const kPeer = Symbol('kPeer');
const kWaiting = Symbol('kWaiting');

class DuplexSide extends Duplex {
  constructor(options) {
    super(options);
    this[kPeer] = null;
    this[kWaiting] = null;
  }

  _read() {
    const callback = this[kWaiting];
    if (callback) {
      this[kWaiting] = null;
      callback();
    }
  }

  _write(chunk, encoding, callback) {
    if (chunk.length === 0) {
      process.nextTick(callback);
      return;
    }
    this[kPeer].push(chunk);
    this[kPeer][kWaiting] = callback;
  }

  _final(callback) {
    this[kPeer].on('end', callback);
    this[kPeer].push(null);
  }
}

function duplexPair(options) {
  const a = new DuplexSide(options);
  const b = new DuplexSide(options);
  a[kPeer] = b;
  b[kPeer] = a;
  return [a, b];
}

module.exports = { duplexPair };
