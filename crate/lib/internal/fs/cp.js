// internal/fs/cp: fs.cpSync, and the walk fs.cp and fsPromises.cp share, as Node 20's
// internal/fs/cp/cp-sync.js and cp.js.
'use strict';

const {
  codes: {
    ERR_FS_EISDIR,
    ERR_FS_CP_DIR_TO_NON_DIR,
    ERR_FS_CP_EEXIST,
    ERR_FS_CP_EINVAL,
    ERR_FS_CP_FIFO_PIPE,
    ERR_FS_CP_NON_DIR_TO_DIR,
    ERR_FS_CP_SOCKET,
    ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY,
    ERR_FS_CP_UNKNOWN,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_RETURN_VALUE,
  },
  uvException,
} = require('internal/errors');
const pathModule = require('path');
const { binding, call, constants, getValidatedPath, kCpAsync, validateCpOptions } = require('internal/fs/utils');
const { isPromise } = require('internal/util/types');

const { S_IFMT, S_IFDIR, S_IFLNK, S_IFREG, S_IFCHR, S_IFBLK, S_IFIFO, S_IFSOCK } = constants;
const UV_ENOENT = -2;
const UV_EINVAL = -22;

// cpSync as Node 20's cp-sync: paths are used as given (its messages name them so), each entry
// is checked (the filter, then what src and dest are: lstat unless dereference) before it is
// copied, a file over an existing one replaces it (unlink, then copy), and modes are set after
// a directory's contents.
//
// The walk is a generator that yields each filter call ([src, dest]) to its driver: cpSync's
// calls the filter at once (a promise is an error), fs.cp's and fsPromises.cp's await it, so an
// entry's filter runs once everything before it is copied, as in Node's cp.
function cpSync(src, dest, options) {
  const opts = validateCpOptions(options);
  const s = getValidatedPath(src, 'src');
  const d = getValidatedPath(dest, 'dest');
  const walk = cpWalk(src, dest, s, d, opts);
  for (let step = walk.next(); !step.done;) {
    const copy = opts.filter(step.value[0], step.value[1]);
    if (isPromise(copy)) {
      throw new ERR_INVALID_RETURN_VALUE('boolean', 'filter', copy);
    }
    step = walk.next(copy);
  }
}

// The asynchronous driver of cpWalk (fs.cp and fsPromises.cp): each filter answer is awaited. A
// filter's error is thrown as `{ filterError }`.
async function cpAsync(src, dest, opts) {
  const s = getValidatedPath(src, 'src');
  const d = getValidatedPath(dest, 'dest');
  const walk = cpWalk(src, dest, s, d, { ...opts, [kCpAsync]: true });
  for (let step = walk.next(); !step.done;) {
    let copy;
    try {
      copy = await opts.filter(step.value[0], step.value[1]);
    } catch (filterError) {
      throw { filterError };
    }
    step = walk.next(copy);
  }
}

function* cpWalk(src, dest, s, d, opts) {
  // A Buffer path is still a Buffer in Node's checks (a URL is a string by then).
  const given = (p, str) => (p instanceof Uint8Array ? p : str);
  const checked = yield* cpCheckPaths(s, d, opts, given(src, s), given(dest, d));
  if (!checked) return;
  // NOTE: Node 20 takes Buffer paths, then fails on them here, once the top entry is checked
  // (path.dirname of a Buffer): matched on purpose.
  for (const p of [src, dest]) {
    if (p instanceof Uint8Array) throw new ERR_INVALID_ARG_TYPE('path', 'string', p);
  }
  cpCheckParentPaths(s, checked.sst, d);
  const parent = pathModule.dirname(d);
  const fs = require('fs');
  if (!fs.existsSync(parent)) fs.mkdirSync(parent, { recursive: true });
  yield* cpEntry(checked.dst, s, d, opts);
}

// Node's checkParentPaths: no parent of dest (up to src's parent or the root) may be src itself,
// reached through a link.
function cpCheckParentPaths(s, sst, d) {
  const srcParent = pathModule.resolve(pathModule.dirname(s));
  const destParent = pathModule.resolve(pathModule.dirname(d));
  if (destParent === srcParent || destParent === '/') return;
  let pst;
  try {
    pst = binding.stat(destParent, true);
  } catch (e) {
    if (e === UV_ENOENT) return;
    throw uvException({ errno: e, syscall: 'stat', path: destParent });
  }
  if (pst[7] && pst[0] && pst[7] === sst[7] && pst[0] === sst[0]) {
    throw cpError(ERR_FS_CP_EINVAL, `cannot copy ${s} to a subdirectory of self ${d}`, d, 22, 'EINVAL');
  }
  cpCheckParentPaths(s, sst, destParent);
}

function cpError(ErrorClass, message, path, errno, code) {
  return new ErrorClass({ message, path, syscall: 'cp', errno, code });
}

// Node's checkPathsSync: null when the filter skips the entry, else its stat arrays. `src` and
// `dest` are the paths as Node's check has them (a Buffer stays one, so path.resolve rejects it
// as its "paths[0]" once src is found to be a directory).
function* cpCheckPaths(s, d, opts, src = s, dest = d) {
  if (opts.filter) {
    const copy = yield [s, d];
    if (!copy) return null;
  }
  const follow = !!opts.dereference;
  const sst = call(() => binding.stat(s, follow), follow ? 'stat' : 'lstat', s);
  let dst;
  try {
    dst = binding.stat(d, follow);
  } catch (e) {
    if (e !== UV_ENOENT) throw uvException({ errno: e, syscall: follow ? 'stat' : 'lstat', path: d });
  }
  const srcIsDir = (sst[1] & S_IFMT) === S_IFDIR;
  if (dst) {
    if (dst[7] && dst[7] === sst[7] && dst[0] === sst[0]) {
      throw cpError(ERR_FS_CP_EINVAL, 'src and dest cannot be the same', d, 22, 'EINVAL');
    }
    const dstIsDir = (dst[1] & S_IFMT) === S_IFDIR;
    if (srcIsDir && !dstIsDir) {
      throw cpError(ERR_FS_CP_DIR_TO_NON_DIR, `cannot overwrite non-directory ${d} with directory ${s}`, d, 21, 'EISDIR');
    }
    if (!srcIsDir && dstIsDir) {
      throw cpError(ERR_FS_CP_NON_DIR_TO_DIR, `cannot overwrite directory ${d} with non-directory ${s}`, d, 20, 'ENOTDIR');
    }
  }
  if (srcIsDir && isSubdir(src, dest)) {
    throw cpError(ERR_FS_CP_EINVAL, `cannot copy ${s} to a subdirectory of self ${d}`, d, 22, 'EINVAL');
  }
  return { sst, dst };
}

// Node's isSrcSubdir: every segment of `src` begins `dest` (the same path counts).
function isSubdir(src, dest) {
  const destParts = pathModule.resolve(dest).split('/').filter(Boolean);
  return pathModule.resolve(src).split('/').filter(Boolean).every((part, i) => destParts[i] === part);
}

// Node's getStats: copy one checked entry by what it is.
function* cpEntry(dst, s, d, opts) {
  const sst = call(() => binding.stat(s, !!opts.dereference), opts.dereference ? 'stat' : 'lstat', s);
  const kind = sst[1] & S_IFMT;
  if (kind === S_IFDIR) {
    if (!opts.recursive) {
      // As Node 20: cp-sync gives this error errno EINVAL, the asynchronous cp EISDIR.
      throw cpError(ERR_FS_EISDIR, `${s} is a directory (not copied)`, s, opts[kCpAsync] ? 21 : 22, 'EISDIR');
    }
    if (!dst) call(() => binding.mkdir(d, 0o777), 'mkdir', d);
    const [names] = call(() => binding.readdir(s), 'opendir', s);
    for (const name of names) {
      const si = pathModule.join(s, name);
      const di = pathModule.join(d, name);
      const checked = yield* cpCheckPaths(si, di, opts);
      if (checked) yield* cpEntry(checked.dst, si, di, opts);
    }
    if (!dst) call(() => binding.chmod(d, sst[1] & 0o7777, true), 'chmod', d);
  } else if (kind === S_IFLNK) {
    cpLink(dst, s, d, opts);
  } else if (kind === S_IFREG || kind === S_IFCHR || kind === S_IFBLK) {
    if (dst) {
      if (!opts.force) {
        if (opts.errorOnExist) throw cpError(ERR_FS_CP_EEXIST, `${d} already exists`, d, 17, 'EEXIST');
        return;
      }
      call(() => binding.unlink(d), 'unlink', d);
    }
    call(() => binding.copyFile(s, d, opts.mode ?? 0), 'copyfile', s, d);
    if (opts.preserveTimestamps) {
      if ((sst[1] & 0o200) === 0) call(() => binding.chmod(d, (sst[1] | 0o200) & 0o7777, true), 'chmod', d);
      // As Node: the source's times as Dates (whole milliseconds).
      const ms = (sec, nsec) => Math.round(sec * 1e3 + nsec / 1e6) / 1e3;
      const now = binding.stat(s, true);
      call(() => binding.utimes(d, ms(now[10], now[11]), ms(now[12], now[13]), true), 'utime', d);
    }
    call(() => binding.chmod(d, sst[1] & 0o7777, true), 'chmod', d);
  } else if (kind === S_IFSOCK) {
    throw cpError(ERR_FS_CP_SOCKET, `cannot copy a socket file: ${d}`, d, 22, 'EINVAL');
  } else if (kind === S_IFIFO) {
    throw cpError(ERR_FS_CP_FIFO_PIPE, `cannot copy a FIFO pipe: ${d}`, d, 22, 'EINVAL');
  } else {
    throw cpError(ERR_FS_CP_UNKNOWN, `cannot copy an unknown file type: ${d}`, d, 22, 'EINVAL');
  }
}

// Node's onLink: a relative target is made absolute (unless verbatimSymlinks); an existing
// link is replaced, unless one of the two targets holds the other.
function cpLink(dst, s, d, opts) {
  let target = call(() => binding.readlink(s), 'readlink', s);
  if (!opts.verbatimSymlinks && !pathModule.isAbsolute(target)) target = pathModule.resolve(pathModule.dirname(s), target);
  if (!dst) {
    call(() => binding.symlink(target, d), 'symlink', target, d);
    return;
  }
  let existing;
  try {
    existing = binding.readlink(d);
  } catch (e) {
    if (e === UV_EINVAL) {
      call(() => binding.symlink(target, d), 'symlink', target, d);
      return;
    }
    throw uvException({ errno: e, syscall: 'readlink', path: d });
  }
  if (!pathModule.isAbsolute(existing)) existing = pathModule.resolve(pathModule.dirname(d), existing);
  if (isSubdir(target, existing)) {
    throw cpError(ERR_FS_CP_EINVAL, `cannot copy ${target} to a subdirectory of self ${existing}`, d, 22, 'EINVAL');
  }
  const destIsDir = (call(() => binding.stat(d, true), 'stat', d)[1] & S_IFMT) === S_IFDIR;
  if (destIsDir && isSubdir(existing, target)) {
    throw cpError(ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY, `cannot overwrite ${existing} with ${target}`, d, 22, 'EINVAL');
  }
  call(() => binding.unlink(d), 'unlink', d);
  call(() => binding.symlink(target, d), 'symlink', target, d);
}

module.exports = { cpAsync, cpSync };
