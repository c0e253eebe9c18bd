'use strict';
// process.stdout, process.stderr and process.stdin as streams.
//
// stdout/stderr are Writables whose `_write` hands the chunk synchronously to
// `internalBinding('output')` (Node writes synchronously to files and pipes too), so a write's
// callback runs on the next tick. stdin is a Readable fed by `internalBinding('stdin').read`,
// one chunk per `_read`, done on the work pool: nothing is read (and nothing keeps the process
// alive) until the guest listens for data or reads.
//
// NOTE: isTTY stays undefined and columns/rows are absent: the host gives us pipes or files,
// and Node prints the same for those.

const output = internalBinding('output');

function createWritableStdioStream(fd) {
  const Writable = require('internal/streams/writable');
  const write = fd === 1 ? output.writeStdout : output.writeStderr;
  const stream = new Writable({
    decodeStrings: false,
    autoDestroy: true,
    write(chunk, encoding, cb) {
      if (typeof chunk === 'string' && encoding && !/^utf-?8$/i.test(encoding) && typeof Buffer === 'function') {
        chunk = Buffer.from(chunk, encoding);
      }
      write(chunk);
      cb();
    },
    destroy(err, cb) {
      cb(err);
    },
  });
  stream.fd = fd;
  stream._type = 'pipe';
  stream._isStdio = true;
  stream.destroySoon = stream.destroy;
  return stream;
}

function createStdin() {
  const Readable = require('internal/streams/readable');
  const binding = internalBinding('stdin');
  let pending = false;
  const stream = new Readable({
    read() {
      if (pending) return;
      pending = true;
      binding.read((chunk) => {
        pending = false;
        if (chunk === null || chunk === undefined) {
          this.push(null);
        } else {
          this.push(typeof Buffer === 'function' ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength) : chunk);
        }
      });
    },
  });
  stream.fd = 0;
  return stream;
}

// The streams, made on first read of process.stdout / process.stderr / process.stdin (or set by
// the program).
let stdout;
let stderr;
let stdin;

// Node's first standard stream on a pipe (ours always are) takes one more descriptor (libuv's),
// so that a program's later `open` gets the number node's does.
let fdTaken = false;
function takeStdioFd() {
  if (fdTaken) return;
  fdTaken = true;
  internalBinding('fs').reserveFd();
}

// Whether process.stdout (fd 1) or process.stderr (fd 2) exists yet.
function hasStream(fd) {
  return (fd === 1 ? stdout : stderr) !== undefined;
}

// Writes `string` straight to the host while the stream for `fd` (1 or 2) does not exist, and
// says whether it did. The global console uses it: a program that never touches
// process.stdout needs no Writable, and once it does, output goes through the stream (so
// patches of its `write` apply and order is kept).
function writeIfNoStream(fd, string) {
  if (hasStream(fd)) return false;
  if (!fdTaken) takeStdioFd();
  if (fd === 1) output.writeStdout(string);
  else output.writeStderr(string);
  return true;
}

// Installs lazy process.stdout / process.stderr / process.stdin getters.
function installStdio(process) {
  Object.defineProperty(process, 'stdout', {
    configurable: true,
    enumerable: false,
    get() {
      takeStdioFd();
      stdout ??= createWritableStdioStream(1);
      return stdout;
    },
    set(v) {
      stdout = v;
    },
  });
  Object.defineProperty(process, 'stderr', {
    configurable: true,
    enumerable: false,
    get() {
      takeStdioFd();
      stderr ??= createWritableStdioStream(2);
      return stderr;
    },
    set(v) {
      stderr = v;
    },
  });
  Object.defineProperty(process, 'stdin', {
    configurable: true,
    enumerable: false,
    get() {
      takeStdioFd();
      stdin ??= createStdin();
      return stdin;
    },
    set(v) {
      stdin = v;
    },
  });
}

module.exports = { createWritableStdioStream, createStdin, installStdio, hasStream, writeIfNoStream };
