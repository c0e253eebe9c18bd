'use strict';
// The `tty` module. NOTE: nodeboa's stdio is never a terminal (the CLI pipes through the VFS
// host, the browser renders text), so `isatty()` is false for every fd and `process.stdout.isTTY`
// stays undefined, as Node reports for pipes.

const net = { Socket: require('events') };
const { validateInteger } = require('internal/validators');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && false;
}

class ReadStream extends net.Socket {
  constructor(fd) {
    super();
    this.fd = fd;
    this.isRaw = false;
    this.isTTY = true;
  }

  setRawMode(flag) {
    this.isRaw = !!flag;
    return this;
  }
}

class WriteStream extends net.Socket {
  constructor(fd) {
    super();
    validateInteger(fd, 'fd', 0, 2147483647);
    this.fd = fd;
    this.isTTY = true;
    this.columns = 80;
    this.rows = 24;
  }

  getColorDepth() {
    return 1;
  }

  hasColors(count = 16) {
    return count <= 2;
  }

  getWindowSize() {
    return [this.columns, this.rows];
  }
}

module.exports = { isatty, ReadStream, WriteStream };
