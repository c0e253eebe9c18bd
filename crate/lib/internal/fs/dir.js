// internal/fs/dir: fs.Dir (opendir), a directory handle read entry by entry, in sync,
// callback, promise and async-iterator forms.
//
// NOTE: the entries are read from the VFS when the directory is opened (a snapshot), where
// libuv reads them in batches; entries added or removed later are not seen. With `recursive`
// the snapshot is the whole tree, breadth first as Node 20 walks it (real directories only).
'use strict';

const {
  codes: { ERR_DIR_CLOSED },
  uvException,
} = require('internal/errors');
const { validateFunction, validateUint32 } = require('internal/validators');
const { binding, Dirent, getOptions, getValidatedPath, readdirRecursive } = require('internal/fs/utils');

const kEntries = Symbol('kEntries');
const kClosed = Symbol('kClosed');
const kPath = Symbol('kPath');

class Dir {
  constructor(path, entries) {
    this[kPath] = path;
    this[kEntries] = entries;
    this[kClosed] = false;
  }

  get path() {
    return this[kPath];
  }

  readSync() {
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    const e = this[kEntries].shift();
    return e === undefined ? null : e;
  }

  read(cb) {
    if (cb === undefined) {
      return new Promise((resolve, reject) => {
        let r;
        try {
          r = this.readSync();
        } catch (e) {
          reject(e);
          return;
        }
        binding.defer(() => resolve(r));
      });
    }
    validateFunction(cb, 'callback');
    let err = null;
    let r;
    try {
      r = this.readSync();
    } catch (e) {
      err = e;
    }
    binding.defer(() => (err ? cb(err) : cb(null, r)));
    return undefined;
  }

  closeSync() {
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    this[kClosed] = true;
  }

  close(cb) {
    if (cb === undefined) {
      return new Promise((resolve, reject) => {
        try {
          this.closeSync();
        } catch (e) {
          reject(e);
          return;
        }
        binding.defer(() => resolve());
      });
    }
    validateFunction(cb, 'callback');
    let err = null;
    try {
      this.closeSync();
    } catch (e) {
      err = e;
    }
    binding.defer(() => (err ? cb(err) : cb(null)));
    return undefined;
  }

  async* entries() {
    try {
      for (;;) {
        const e = await this.read();
        if (e === null) break;
        yield e;
      }
    } finally {
      if (!this[kClosed]) this.closeSync();
    }
  }

  [Symbol.asyncIterator]() {
    return this.entries();
  }
}

function opendirSync(path, options) {
  const opts = getOptions(options);
  if (opts.bufferSize !== undefined) validateUint32(opts.bufferSize, 'options.bufferSize', true);
  const p = getValidatedPath(path);
  let listing;
  try {
    listing = binding.readdir(p);
  } catch (e) {
    if (typeof e === 'number') throw uvException({ errno: e, syscall: 'opendir' });
    throw e;
  }
  const [names, types] = listing;
  const entries = opts.recursive
    ? readdirRecursive(p, { withFileTypes: true })
    : names.map((n, i) => new Dirent(n, types[i], p));
  return new Dir(p, entries);
}

module.exports = { Dir, opendirSync };
