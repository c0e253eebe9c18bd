//! `internalBinding('fs')`: the VFS's operations for `lib/fs.js` and the module loader.
//!
//! Every native is synchronous and thin. A failure throws the negative errno as a plain number;
//! `lib/internal/fs/utils.js` turns it into Node's error with the syscall and paths it knows.
//! Relative paths are resolved against the runtime's cwd here, as the kernel would.
//!
//! NOTE: the callback and promise forms do the VFS operation when they are submitted (the VFS
//! lives on the JS thread and is not `Send`), then deliver the result through `defer`, a no-op
//! piece of pool work whose completion runs in the poll phase. So writes land in submission
//! order, nothing is lost with many operations in flight, and callbacks are ordered against
//! timers, immediates and nextTick as Node's are.

use super::fs_dirent::{dirent_type, make_readdir_dirents};
use super::fs_fast::{
    exists_fast, make_stat_sync, make_stats_from_array, read_file_fast, set_classes, write_file_fast,
};
use super::{arg_string, object_with};
use crate::bytes::utf8;
use crate::errno::Errno;
use crate::event_loop::state;
use crate::runtime::Environment;
use crate::vfs::{Kind, Stat};
use boa_engine::object::builtins::{AlignedVec, JsArray, JsArrayBuffer};
use boa_engine::{Context, JsError, JsNativeError, JsObject, JsResult, JsString, JsValue};

pub fn create(ctx: &mut Context) -> JsObject {
    object_with(
        ctx,
        &[
            ("readFileUtf8", 1, read_file_utf8),
            ("internalModuleStat", 1, internal_module_stat),
            ("open", 3, open),
            ("close", 1, close),
            ("read", 5, read),
            ("write", 5, write),
            ("writeString", 3, write_string),
            ("readFile", 1, read_file),
            ("readFd", 1, read_fd),
            ("stat", 2, stat),
            ("fstat", 1, fstat),
            ("mkdir", 2, mkdir),
            ("rmdir", 1, rmdir),
            ("unlink", 1, unlink),
            ("rename", 2, rename),
            ("link", 2, link),
            ("symlink", 2, symlink),
            ("readlink", 1, readlink),
            ("readdir", 1, readdir),
            ("realpath", 1, realpath),
            ("truncate", 2, truncate),
            ("ftruncate", 2, ftruncate),
            ("fsync", 1, fsync),
            ("chmod", 4, chmod),
            ("chown", 5, chown),
            ("utimes", 5, utimes),
            ("access", 2, access),
            ("copyFile", 3, copy_file),
            ("defer", 1, defer),
            ("umask", 1, umask),
            ("reserveFd", 0, reserve_fd),
            ("utf8Decode", 3, utf8_decode),
            ("utf8Encode", 1, utf8_encode),
            ("watchStart", 2, watch_start),
            ("watchStop", 1, watch_stop),
            ("watchTake", 0, watch_take),
            ("watchRef", 1, watch_ref),
            ("setClasses", 2, set_classes),
            ("makeStatSync", 3, make_stat_sync),
            ("makeStatsFromArray", 1, make_stats_from_array),
            ("makeReaddirDirents", 2, make_readdir_dirents),
            ("existsFast", 1, exists_fast),
            ("readFileFast", 2, read_file_fast),
            ("writeFileFast", 2, write_file_fast),
        ],
    )
}

/// Throw `e` as its negative errno, for the JS side to wrap.
fn fail(e: Errno) -> JsError {
    JsError::from_opaque(JsValue::from(e.errno))
}

/// Argument `i` as an absolute path (relative ones against the cwd; empty stays empty).
pub(super) fn arg_path(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<String> {
    let path = arg_string(args, i, ctx)?;
    if path.is_empty() || path.starts_with('/') {
        return Ok(path);
    }
    let cwd = Environment::of(ctx).cwd.borrow().clone();
    Ok(if cwd.ends_with('/') { format!("{cwd}{path}") } else { format!("{cwd}/{path}") })
}

/// Argument `i` as a number (0 when missing or not numeric).
fn arg_f64(args: &[JsValue], i: usize) -> f64 {
    args.get(i).and_then(JsValue::as_number).unwrap_or(0.0)
}

fn arg_i32(args: &[JsValue], i: usize) -> i32 {
    arg_f64(args, i) as i32
}

fn arg_u32(args: &[JsValue], i: usize) -> u32 {
    let n = arg_f64(args, i);
    if n < 0.0 {
        u32::MAX
    } else {
        n as u32
    }
}

fn arg_bool(args: &[JsValue], i: usize) -> bool {
    args.get(i).is_some_and(JsValue::to_boolean)
}

/// Argument `i` as a file position: `None` (the current one) for null, undefined or negative.
fn arg_position(args: &[JsValue], i: usize) -> Option<u64> {
    args.get(i).and_then(JsValue::as_number).filter(|n| *n >= 0.0).map(|n| n as u64)
}

/// Argument `i` as an `ArrayBuffer`.
fn arg_buffer(args: &[JsValue], i: usize) -> JsResult<JsArrayBuffer> {
    let obj = args
        .get(i)
        .and_then(JsValue::as_object)
        .ok_or_else(|| JsNativeError::typ().with_message("expected an ArrayBuffer"))?;
    JsArrayBuffer::from_object(obj.clone())
}

pub(super) fn with_vfs<T>(ctx: &Context, f: impl FnOnce(&mut crate::vfs::Vfs) -> Result<T, Errno>) -> JsResult<T> {
    let env = Environment::of(ctx);
    let result = f(&mut env.vfs.borrow_mut());
    let due = env.vfs.borrow_mut().watch_delivery_due();
    if due {
        schedule_watch_delivery(ctx);
    }
    result.map_err(fail)
}

/// Deliver the VFS's queued watch events from the poll phase, as libuv reads inotify there:
/// `internal/fs/watchers` takes them with `watchTake`.
fn schedule_watch_delivery(ctx: &Context) {
    state(ctx).submit_work(
        Box::new(|| Box::new(())),
        Box::new(|ctx, _| {
            let watchers = crate::builtins::require(ctx, "internal/fs/watchers")?;
            let dispatch = watchers.as_object().map(|o| o.get(JsString::from("dispatch"), ctx)).transpose()?;
            if let Some(f) = dispatch.as_ref().and_then(JsValue::as_callable) {
                f.call(&JsValue::undefined(), &[], ctx)?;
            }
            Ok(())
        }),
    );
}

/// `watchStart(path, recursive) → id`.
fn watch_start(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = arg_path(args, 0, ctx)?;
    let recursive = arg_bool(args, 1);
    with_vfs(ctx, |v| v.watch(&path, recursive)).map(JsValue::from)
}

/// `watchStop(id)`.
fn watch_stop(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = arg_u32(args, 0);
    Environment::of(ctx).vfs.borrow_mut().unwatch(id);
    Ok(JsValue::undefined())
}

/// `watchTake() → [id, eventType, filename, ...]`, flat.
fn watch_take(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let events = Environment::of(ctx).vfs.borrow_mut().take_watch_events();
    let mut flat = Vec::with_capacity(events.len() * 3);
    for (id, kind, name) in events {
        flat.push(JsValue::from(id));
        flat.push(JsString::from(kind.as_str()).into());
        flat.push(JsString::from(name.as_str()).into());
    }
    Ok(JsArray::from_iter(flat, ctx).into())
}

/// `watchRef(refed)`: a watcher (or `watchFile` poller) that keeps the loop alive, or stops.
fn watch_ref(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    if arg_bool(args, 0) {
        state(ctx).ref_handle();
    } else {
        state(ctx).unref_handle();
    }
    Ok(JsValue::undefined())
}

fn undefined(result: JsResult<()>) -> JsResult<JsValue> {
    result.map(|()| JsValue::undefined())
}

/// A new `ArrayBuffer` holding `bytes`.
fn array_buffer(bytes: &[u8], ctx: &mut Context) -> JsResult<JsValue> {
    let buffer = JsArrayBuffer::new(bytes.len(), ctx)?;
    if let Some(mut data) = buffer.data_mut() {
        data.copy_from_slice(bytes);
    }
    Ok(buffer.into())
}

/// `readFileUtf8(path) → string | errno`: the text, or a negative errno on failure.
fn read_file_utf8(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = arg_string(args, 0, ctx)?;
    let result = Environment::of(ctx)
        .vfs
        .borrow_mut()
        .read_file_with(&path, |b| JsString::from(String::from_utf8_lossy(b).as_ref()));
    Ok(match result {
        Ok(text) => text.into(),
        Err(e) => JsValue::from(e.errno),
    })
}

/// `internalModuleStat(path) → 0 | 1 | negative errno`: file, directory, or missing.
fn internal_module_stat(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = arg_path(args, 0, ctx)?;
    let kind = Environment::of(ctx).vfs.borrow_mut().kind(&path);
    Ok(JsValue::from(match kind {
        Ok(Kind::File) => 0,
        Ok(Kind::Directory) => 1,
        Err(e) => e.errno,
    }))
}

/// `open(path, flags, mode) → fd`.
fn open(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = arg_path(args, 0, ctx)?;
    let (flags, mode) = (arg_u32(args, 1), arg_u32(args, 2));
    with_vfs(ctx, |v| v.open(&path, flags, mode)).map(JsValue::from)
}

/// `close(fd)`.
fn close(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = arg_i32(args, 0);
    undefined(with_vfs(ctx, |v| v.close(fd)))
}

/// The byte range `[offset, offset + length)` of `buffer`, clamped to it.
fn range(buffer: &JsArrayBuffer, args: &[JsValue]) -> (usize, usize) {
    let len = buffer.byte_length();
    let start = (arg_f64(args, 2).max(0.0) as usize).min(len);
    let end = start.saturating_add(arg_f64(args, 3).max(0.0) as usize).min(len);
    (start, end)
}

/// `read(fd, arrayBuffer, offset, length, position) → bytesRead`.
fn read(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = arg_i32(args, 0);
    let buffer = arg_buffer(args, 1)?;
    let (start, end) = range(&buffer, args);
    let pos = arg_position(args, 4);
    // Straight into the caller's buffer: no intermediate chunk.
    let Some(mut data) = buffer.data_mut() else { return Ok(JsValue::from(0)) };
    let n = with_vfs(ctx, |v| v.read(fd, &mut data[start..end], pos))?;
    Ok(JsValue::from(n as f64))
}

/// `write(fd, arrayBuffer, offset, length, position) → bytesWritten`.
fn write(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = arg_i32(args, 0);
    let buffer = arg_buffer(args, 1)?;
    let (start, end) = range(&buffer, args);
    let pos = arg_position(args, 4);
    let Some(data) = buffer.data() else { return with_vfs(ctx, |v| v.write(fd, &[], pos)).map(JsValue::from) };
    with_vfs(ctx, |v| v.write(fd, &data[start..end], pos)).map(|n| JsValue::from(n as f64))
}

/// `writeString(fd, string, position) → bytesWritten` (UTF-8).
fn write_string(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = arg_i32(args, 0);
    let text = match args.get(1) {
        Some(v) => v.to_string(ctx)?,
        None => JsString::default(),
    };
    let pos = arg_position(args, 2);
    with_vfs(ctx, |v| v.write(fd, &utf8::encode_cow(text.as_str()), pos)).map(|n| JsValue::from(n as f64))
}

/// A byte block for an `ArrayBuffer`, copied once from the file's bytes.
/// Node's `kIoMaxLength` (2 GiB less a byte): `readFile` refuses a larger file, which the
/// bindings report as `EFBIG` (fs.js throws `ERR_FS_FILE_TOO_LARGE`, or readFileSync's utf8
/// path `ERR_STRING_TOO_LONG`, as Node's).
pub(super) const WHOLE_READ_MAX: u64 = (1 << 31) - 1;

pub(super) fn block_of(bytes: &[u8]) -> AlignedVec<u8> {
    AlignedVec::from_slice(64, bytes)
}

/// `readFile(path) → ArrayBuffer`. The file's bytes are copied once, straight into the block
/// the `ArrayBuffer` then owns (and `Buffer.from(arrayBuffer)` views, without a copy).
fn read_file(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = arg_path(args, 0, ctx)?;
    let block = with_vfs(ctx, |v| v.read_file_within(&path, WHOLE_READ_MAX, block_of))?;
    Ok(JsArrayBuffer::from_byte_block(block, ctx)?.into())
}

/// `readFd(fd) → ArrayBuffer`: the rest of the file from the descriptor's position (one copy).
fn read_fd(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = arg_i32(args, 0);
    let block = with_vfs(ctx, |v| v.read_to_end_within(fd, WHOLE_READ_MAX, block_of))?;
    Ok(JsArrayBuffer::from_byte_block(block, ctx)?.into())
}

/// A stat record as an array: dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
/// then seconds and nanoseconds of atime, mtime, ctime and birthtime.
fn stat_array(s: &Stat, ctx: &mut Context) -> JsValue {
    let split = |t: i64| [t.div_euclid(1_000_000_000) as f64, t.rem_euclid(1_000_000_000) as f64];
    let mut values: Vec<JsValue> = s.counts().into_iter().map(JsValue::from).collect();
    for t in [s.atime, s.mtime, s.ctime, s.birthtime] {
        values.extend(split(t).into_iter().map(JsValue::from));
    }
    JsArray::from_iter(values, ctx).into()
}

/// `stat(path, follow) → array` (see [`stat_array`]).
fn stat(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = arg_path(args, 0, ctx)?;
    let follow = arg_bool(args, 1);
    let s = with_vfs(ctx, |v| v.stat(&path, follow))?;
    Ok(stat_array(&s, ctx))
}

/// `fstat(fd) → array`.
fn fstat(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = arg_i32(args, 0);
    let s = with_vfs(ctx, |v| v.fstat(fd))?;
    Ok(stat_array(&s, ctx))
}

/// `mkdir(path, mode)`.
fn mkdir(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = arg_path(args, 0, ctx)?;
    let mode = arg_u32(args, 1);
    undefined(with_vfs(ctx, |v| v.mkdir(&path, mode)))
}

fn rmdir(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = arg_path(args, 0, ctx)?;
    undefined(with_vfs(ctx, |v| v.rmdir(&path)))
}

fn unlink(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = arg_path(args, 0, ctx)?;
    undefined(with_vfs(ctx, |v| v.unlink(&path)))
}

fn rename(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let (from, to) = (arg_path(args, 0, ctx)?, arg_path(args, 1, ctx)?);
    undefined(with_vfs(ctx, |v| v.rename(&from, &to)))
}

fn link(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let (from, to) = (arg_path(args, 0, ctx)?, arg_path(args, 1, ctx)?);
    undefined(with_vfs(ctx, |v| v.link(&from, &to)))
}

/// `symlink(target, path)`: the target is stored as given.
fn symlink(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let (target, path) = (arg_string(args, 0, ctx)?, arg_path(args, 1, ctx)?);
    undefined(with_vfs(ctx, |v| v.symlink(&target, &path)))
}

fn readlink(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = arg_path(args, 0, ctx)?;
    with_vfs(ctx, |v| v.readlink(&path)).map(|t| JsString::from(t.as_str()).into())
}

/// `readdir(path, namesOnly) → [names, types]`, types 1 file, 2 directory, 3 symlink
/// (libuv's dirent types `UV_DIRENT_FILE`, `UV_DIRENT_DIR`, `UV_DIRENT_LINK`); with
/// `namesOnly`, just the names array.
fn readdir(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = arg_path(args, 0, ctx)?;
    let entries = with_vfs(ctx, |v| v.readdir(&path))?;
    let names: Vec<JsValue> = entries.iter().map(|(n, _)| JsString::from(n.as_str()).into()).collect();
    if arg_bool(args, 1) {
        return Ok(JsArray::from_iter(names, ctx).into());
    }
    let types: Vec<JsValue> = entries.iter().map(|(_, t)| JsValue::from(dirent_type(*t))).collect();
    let names = JsArray::from_iter(names, ctx);
    let types = JsArray::from_iter(types, ctx);
    Ok(JsArray::from_iter([names.into(), types.into()], ctx).into())
}

fn realpath(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = arg_path(args, 0, ctx)?;
    with_vfs(ctx, |v| v.realpath(&path)).map(|t| JsString::from(t.as_str()).into())
}

fn truncate(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = arg_path(args, 0, ctx)?;
    let len = arg_f64(args, 1).max(0.0) as u64;
    undefined(with_vfs(ctx, |v| v.truncate(&path, len)))
}

fn ftruncate(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = arg_i32(args, 0);
    let len = arg_f64(args, 1).max(0.0) as u64;
    undefined(with_vfs(ctx, |v| v.ftruncate(fd, len)))
}

fn fsync(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = arg_i32(args, 0);
    undefined(with_vfs(ctx, |v| v.fsync(fd)))
}

/// A path argument, or `None` when it is a number (a descriptor, for the `f*` forms).
fn path_or_fd(args: &[JsValue], ctx: &mut Context) -> JsResult<(Option<String>, i32)> {
    if args.first().is_some_and(JsValue::is_number) {
        Ok((None, arg_i32(args, 0)))
    } else {
        Ok((Some(arg_path(args, 0, ctx)?), -1))
    }
}

/// `chmod(pathOrFd, mode, follow)`.
fn chmod(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let (path, fd) = path_or_fd(args, ctx)?;
    let (mode, follow) = (arg_u32(args, 1), arg_bool(args, 2));
    undefined(with_vfs(ctx, |v| v.chmod(path.as_deref(), fd, mode, follow)))
}

/// `chown(pathOrFd, uid, gid, follow)`.
fn chown(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let (path, fd) = path_or_fd(args, ctx)?;
    let (uid, gid, follow) = (arg_u32(args, 1), arg_u32(args, 2), arg_bool(args, 3));
    undefined(with_vfs(ctx, |v| v.chown(path.as_deref(), fd, uid, gid, follow)))
}

/// `utimes(pathOrFd, atimeSeconds, mtimeSeconds, follow)`.
fn utimes(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let (path, fd) = path_or_fd(args, ctx)?;
    // libuv's `uv__fs_to_timespec`: whole seconds and nanoseconds, both truncated, the
    // nanoseconds then cut to microseconds (libuv's choice, for the same result on every
    // platform). `1.1234` is stored as 1 s 123 399 000 ns, as Node's `utimes` stores it.
    // ext4 then keeps seconds from -2^31 (1901-12-13): an earlier time, or one within that
    // first second, is stored as that instant.
    // NOTE: ext4 keeps times up to 2446; ours are i64 nanoseconds, so a time past 2262 is
    // stored as the last instant they hold.
    let ns = |t: f64| {
        let mut sec = t.trunc() as i64;
        let mut nsec = ((t - sec as f64) * 1e9) as i64;
        nsec -= nsec % 1000;
        if nsec < 0 {
            nsec += 1_000_000_000;
            sec -= 1;
        }
        if sec <= -(1 << 31) {
            return -(1_i64 << 31) * 1_000_000_000;
        }
        sec.saturating_mul(1_000_000_000).saturating_add(nsec)
    };
    // Seconds past an i64 make libuv's timespec invalid (its nanoseconds out of range).
    let invalid = |t: f64| t.is_nan() || t.abs() >= 2f64.powi(63);
    let (atime, mtime, follow) = (arg_f64(args, 1), arg_f64(args, 2), arg_bool(args, 3));
    if invalid(atime) || invalid(mtime) {
        // An invalid Date, or a time past an i64 of seconds: libuv's timespec is out of range,
        // so utimensat finds the file, then fails with EINVAL.
        return undefined(with_vfs(ctx, |v| {
            match path.as_deref() {
                Some(p) => v.stat(p, follow)?,
                None => v.fstat(fd)?,
            };
            Err(crate::errno::EINVAL)
        }));
    }
    let (atime, mtime) = (ns(atime), ns(mtime));
    undefined(with_vfs(ctx, |v| v.utimes(path.as_deref(), fd, atime, mtime, follow)))
}

fn access(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = arg_path(args, 0, ctx)?;
    let mode = arg_u32(args, 1);
    undefined(with_vfs(ctx, |v| v.access(&path, mode)))
}

/// `copyFile(src, dst, mode)`: `mode` holds the `COPYFILE_*` bits.
fn copy_file(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let (src, dst) = (arg_path(args, 0, ctx)?, arg_path(args, 1, ctx)?);
    let mode = arg_u32(args, 2);
    undefined(with_vfs(ctx, |v| v.copy_file(&src, &dst, mode)))
}

/// `umask(mask?) → previous`: the VFS's file-creation mask (`process.umask`); a number sets it.
/// `reserveFd() → fd`: the descriptor node's first pipe-backed standard stream takes (see
/// `Vfs::reserve_fd`).
fn reserve_fd(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    Ok(JsValue::from(Environment::of(ctx).vfs.borrow_mut().reserve_fd()))
}

fn umask(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let env = Environment::of(ctx);
    let mut vfs = env.vfs.borrow_mut();
    let old = vfs.umask;
    if let Some(mask) = args.first().and_then(JsValue::as_number) {
        vfs.umask = (mask as u32) & 0o777;
    }
    Ok(JsValue::from(old))
}

/// `defer(callback)`: call `callback()` from the next poll phase, as a trip through the work pool
/// (`LoopState::submit_trip`).
fn defer(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let callback = args
        .first()
        .and_then(JsValue::as_callable)
        .ok_or_else(|| JsNativeError::typ().with_message("callback must be a function"))?;
    state(ctx).submit_trip(Box::new(move |ctx, _| callback.call(&JsValue::undefined(), &[], ctx).map(|_| ())));
    Ok(JsValue::undefined())
}

/// `utf8Decode(arrayBuffer, start, end) → string` (for when `Buffer` is not loaded).
fn utf8_decode(_: &JsValue, args: &[JsValue], _ctx: &mut Context) -> JsResult<JsValue> {
    let buffer = arg_buffer(args, 0)?;
    let len = buffer.byte_length();
    let start = (arg_f64(args, 1).max(0.0) as usize).min(len);
    let end = (arg_f64(args, 2).max(0.0) as usize).clamp(start, len);
    let text = buffer.data().map(|d| String::from_utf8_lossy(&d[start..end]).into_owned()).unwrap_or_default();
    Ok(JsString::from(text.as_str()).into())
}

/// `utf8Encode(string) → ArrayBuffer`.
fn utf8_encode(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let text = match args.first() {
        Some(v) => v.to_string(ctx)?,
        None => JsString::default(),
    };
    array_buffer(&utf8::encode_cow(text.as_str()), ctx)
}
