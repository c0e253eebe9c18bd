//! The fast forms of the hottest sync calls (`statSync`, `readFileSync`, `writeFileSync`) for
//! their common shape: a string path and no options. Each does in one native call what the JS
//! path does in several: resolve, touch the VFS, and build the result (a `Stats` object, a
//! `Buffer`) directly.
//!
//! Contract with `lib/fs.js`: a fast native answers `undefined` when it does not handle the
//! call (a path with a NUL byte, data that is not a TypedArray or a string, the classes not yet
//! registered); the JS path then runs as before and produces every error exactly as Node does.
//! A VFS failure throws the negative errno, which the caller turns into the same error the slow
//! path gives.

use super::fs::{arg_path, block_of, with_vfs};
use crate::bytes::utf8;
use crate::vfs::{flags, Stat};
use boa_engine::builtins::object::OrdinaryObject;
use boa_engine::object::builtins::{JsArrayBuffer, JsDate, JsTypedArray};
use boa_engine::property::PropertyDescriptor;
use boa_engine::{js_string, Context, JsObject, JsResult, JsString, JsValue};
use std::cell::RefCell;

/// What `internal/fs/utils` hands over once loaded: the `Stats` prototype and the `Buffer`
/// class (`FastBuffer`) results are made with.
#[derive(Default)]
struct Classes {
    stats: Option<JsObject>,
    buffer: Option<JsObject>,
}

/// Run `f` on the registered classes.
fn with_classes<R>(ctx: &mut Context, f: impl FnOnce(&mut Classes) -> R) -> R {
    if ctx.get_data::<RefCell<Classes>>().is_none() {
        ctx.insert_data(RefCell::new(Classes::default()));
    }
    match ctx.get_data::<RefCell<Classes>>() {
        Some(cell) => f(&mut cell.borrow_mut()),
        None => f(&mut Classes::default()),
    }
}

/// `setClasses(statsPrototype, FastBuffer)`: either may be `undefined` (left as it was).
pub(super) fn set_classes(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let stats = args.first().and_then(JsValue::as_object);
    let buffer = args.get(1).and_then(JsValue::as_object);
    with_classes(ctx, |c| {
        if stats.is_some() {
            c.stats = stats;
        }
        if buffer.is_some() {
            c.buffer = buffer;
        }
    });
    Ok(JsValue::undefined())
}

/// The path argument when it is a string without NUL bytes, made absolute; `None` otherwise.
fn simple_path(args: &[JsValue], ctx: &mut Context) -> JsResult<Option<String>> {
    match args.first().and_then(JsValue::as_string) {
        Some(s) if !s.iter().any(|u| u == 0) => arg_path(args, 0, ctx).map(Some),
        _ => Ok(None),
    }
}

/// `existsFast(path) → boolean | undefined`: `existsSync` for a plain string path, with no
/// exception built and caught for a missing file.
pub(super) fn exists_fast(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let Some(path) = simple_path(args, ctx)? else { return Ok(JsValue::undefined()) };
    Ok(with_vfs(ctx, |v| v.access(&path, 0)).is_ok().into())
}

/// `statFast(path, follow) → Stats | undefined`.
pub(super) fn stat_fast(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let Some(proto) = with_classes(ctx, |c| c.stats.clone()) else { return Ok(JsValue::undefined()) };
    let Some(path) = simple_path(args, ctx)? else { return Ok(JsValue::undefined()) };
    let follow = args.get(1).is_some_and(JsValue::to_boolean);
    let s = with_vfs(ctx, |v| v.stat(&path, follow))?;
    stats_object(&s, proto, ctx).map(JsValue::from)
}

/// JS's `Math.round`: the nearest integer, halves toward +∞.
fn js_round(x: f64) -> f64 {
    let f = x.floor();
    if x - f >= 0.5 {
        f + 1.0
    } else {
        f
    }
}

/// A `Stats` object for `s`: the own properties, their order and values are those the JS
/// `Stats` constructor gives (`internal/fs/utils`), times in ms as `sec * 1e3 + nsec / 1e6`.
fn stats_object(s: &Stat, proto: JsObject, ctx: &mut Context) -> JsResult<JsObject> {
    let obj = JsObject::new(ctx.root_shape(), proto, OrdinaryObject).upcast();
    let put = |key: JsString, value: JsValue| {
        obj.insert_property(
            key,
            PropertyDescriptor::builder().value(value).writable(true).enumerable(true).configurable(true),
        );
    };
    put(js_string!("dev"), (s.dev as f64).into());
    put(js_string!("mode"), f64::from(s.mode).into());
    put(js_string!("nlink"), (s.nlink as f64).into());
    put(js_string!("uid"), f64::from(s.uid).into());
    put(js_string!("gid"), f64::from(s.gid).into());
    put(js_string!("rdev"), (s.rdev as f64).into());
    put(js_string!("blksize"), (s.blksize as f64).into());
    put(js_string!("ino"), (s.ino as f64).into());
    put(js_string!("size"), (s.size as f64).into());
    put(js_string!("blocks"), (s.blocks as f64).into());
    let ms = |t: i64| t.div_euclid(1_000_000_000) as f64 * 1e3 + t.rem_euclid(1_000_000_000) as f64 / 1e6;
    let times = [ms(s.atime), ms(s.mtime), ms(s.ctime), ms(s.birthtime)];
    put(js_string!("atimeMs"), times[0].into());
    put(js_string!("mtimeMs"), times[1].into());
    put(js_string!("ctimeMs"), times[2].into());
    put(js_string!("birthtimeMs"), times[3].into());
    let names = [js_string!("atime"), js_string!("mtime"), js_string!("ctime"), js_string!("birthtime")];
    for (name, t) in names.into_iter().zip(times) {
        let date = JsDate::new(ctx);
        date.set_time(js_round(t), ctx)?;
        put(name, date.into());
    }
    Ok(obj)
}

/// `readFileFast(path, utf8) → Buffer | string | undefined`: the whole file as a `Buffer`
/// (its bytes copied once, into the block the Buffer views), or as text when `utf8`.
pub(super) fn read_file_fast(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let utf8 = args.get(1).is_some_and(JsValue::to_boolean);
    let buffer_class = with_classes(ctx, |c| c.buffer.clone());
    if !utf8 && buffer_class.is_none() {
        return Ok(JsValue::undefined());
    }
    let Some(path) = simple_path(args, ctx)? else { return Ok(JsValue::undefined()) };
    if utf8 {
        let text = with_vfs(ctx, |v| v.read_file_with(&path, |b| JsString::from(String::from_utf8_lossy(b).as_ref())))?;
        return Ok(text.into());
    }
    let block = with_vfs(ctx, |v| v.read_file_with(&path, block_of))?;
    let ab = JsArrayBuffer::from_byte_block(block, ctx)?;
    let uint8 = ctx.intrinsics().constructors().typed_uint8_array().constructor();
    // As `new FastBuffer(arrayBuffer)`: a Uint8Array whose prototype is FastBuffer's.
    Ok(uint8.construct(&[ab.into()], buffer_class.as_ref(), ctx)?.into())
}

/// `writeFileFast(path, data) → 0 | negative errno | undefined`: `writeFileSync(path, data)`
/// with flag `w` and mode 0o666, for a TypedArray or a string (UTF-8). An `open` failure is
/// thrown as its errno; a `write` failure is returned.
pub(super) fn write_file_fast(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let data = args.get(1).cloned().unwrap_or_default();
    let text = data.as_string();
    let view = match (&text, data.as_object()) {
        (None, Some(obj)) => match JsTypedArray::from_object(obj.clone()) {
            Ok(ta) => {
                let buffer = ta.buffer(ctx)?;
                let Some(ab) = buffer.as_object().and_then(|o| JsArrayBuffer::from_object(o).ok()) else {
                    return Ok(JsValue::undefined());
                };
                Some((ab, ta.byte_offset(ctx)?, ta.byte_length(ctx)?))
            }
            Err(_) => return Ok(JsValue::undefined()),
        },
        (None, None) => return Ok(JsValue::undefined()),
        (Some(_), _) => None,
    };
    let Some(path) = simple_path(args, ctx)? else { return Ok(JsValue::undefined()) };
    let bits = flags::O_TRUNC | flags::O_CREAT | flags::O_WRONLY;
    let fd = with_vfs(ctx, |v| v.open(&path, bits, 0o666))?;
    let written = match (&text, &view) {
        (Some(t), _) => with_vfs(ctx, |v| v.write(fd, &utf8::encode_cow(t.as_str()), None)),
        (None, Some((ab, offset, len))) => {
            let bytes = ab.data();
            let slice = bytes.as_deref().map_or(&[][..], |d| {
                let start = (*offset).min(d.len());
                &d[start..(start + len).min(d.len())]
            });
            with_vfs(ctx, |v| v.write(fd, slice, None))
        }
        (None, None) => Ok(0),
    };
    let _ = with_vfs(ctx, |v| v.close(fd));
    Ok(match written {
        Ok(_) => JsValue::from(0),
        Err(e) => e.as_opaque().cloned().unwrap_or_else(|| JsValue::from(-5)),
    })
}
