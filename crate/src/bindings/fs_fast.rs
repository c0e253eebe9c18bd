//! The fast forms of the hottest sync calls. `statSync`, `lstatSync` and `fstatSync` are
//! native functions that build the `Stats` themselves (see [`make_stat_sync`]);
//! `readFileSync`, `writeFileSync` and `existsSync` call a fast native for their common shape (a
//! string path and no options), which does in one call what the JS path does in several:
//! resolve, touch the VFS, and build the result (a `Buffer`) directly.
//!
//! Contract of the fast natives with `lib/fs.js`: they answer `undefined` when they do not
//! handle the call (a path with a NUL byte, data that is not a TypedArray or a string, the
//! classes not yet registered); the JS path then runs as before and produces every error
//! exactly as Node does. A VFS failure throws the negative errno, which the caller turns into
//! the same error the slow path gives.

use super::fs::{arg_path, block_of, with_vfs, WHOLE_READ_MAX};
use crate::bytes::utf8;
use crate::errno;
use crate::vfs::{flags, Stat};
use boa_engine::builtins::date::Date;
use boa_engine::builtins::object::OrdinaryObject;
use boa_engine::object::builtins::{JsArrayBuffer, JsDate, JsTypedArray};
use boa_engine::object::{FunctionObjectBuilder, ObjectInitializer};
use boa_engine::property::{Attribute, PropertyDescriptor, PropertyDescriptorBuilder, PropertyKey};
use boa_engine::string::JsStrVariant;
use boa_engine::{js_string, Context, JsNativeError, JsObject, JsResult, JsString, JsValue, NativeFunction};
use boa_gc::{Finalize, Trace};
use std::cell::{Cell, RefCell};

/// What `internal/fs/utils` hands over once loaded: the `Buffer` class (`FastBuffer`) results
/// are made with.
#[derive(Default)]
struct Classes {
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

/// `setClasses(FastBuffer)`: `undefined` leaves it as it was.
pub(super) fn set_classes(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let buffer = args.first().and_then(JsValue::as_object);
    with_classes(ctx, |c| {
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

/// Run `f` on the path argument when it is a string without NUL bytes, made absolute; `None`
/// (and `f` not run) otherwise. An absolute ASCII path is lent as it is, without a copy.
fn with_simple_path<R>(
    args: &[JsValue],
    ctx: &mut Context,
    f: impl FnOnce(&str, &mut Context) -> R,
) -> JsResult<Option<R>> {
    let Some(s) = args.first().and_then(JsValue::as_string) else { return Ok(None) };
    if let JsStrVariant::Latin1(bytes) = s.variant() {
        if bytes.first() == Some(&b'/') && bytes.iter().all(|&b| b != 0 && b.is_ascii()) {
            if let Ok(path) = std::str::from_utf8(bytes) {
                return Ok(Some(f(path, ctx)));
            }
        }
    }
    Ok(simple_path(args, ctx)?.map(|path| f(&path, ctx)))
}

/// `existsFast(path) → boolean | undefined`: `existsSync` for a plain string path, with no
/// exception built and caught for a missing file.
pub(super) fn exists_fast(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let Some(path) = simple_path(args, ctx)? else { return Ok(JsValue::undefined()) };
    Ok(with_vfs(ctx, |v| v.access(&path, 0)).is_ok().into())
}

/// Which of the three sync stat functions a native one is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum StatKind {
    Stat,
    Lstat,
    Fstat,
}

/// `makeStatSync(kind, slow, statsPrototype) → function`: the native `statSync` (kind 0),
/// `lstatSync` (1) or `fstatSync` (2) of `lib/fs.js`.
///
/// NOTE: Node's are JavaScript functions; these are native (`String(fs.statSync)` shows
/// `[native code]`, and they have no `prototype`): a JavaScript function in front of the
/// native call cost ≈4 k instructions per call in Boa (its frame ≈2.2 k, its few statements the
/// rest), a sixth of the whole `statSync`. The native finishes the common calls itself: a
/// string path (an int32 fd for `fstatSync`) without NUL bytes, `options` `undefined` or an
/// object whose `bigint` is not `true`, and the file found (or, with `throwIfNoEntry: false`,
/// missing: `undefined`). Everything else, errors included, goes to `slow`, the JavaScript
/// implementation: with the same arguments, or, once the native has read the options, with a
/// plain object of the values it read, so that no getter runs twice. Names, lengths, results,
/// errors and the order of option reads are Node's.
pub(super) fn make_stat_sync(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let kind = match args.first().and_then(JsValue::as_i32) {
        Some(1) => StatKind::Lstat,
        Some(2) => StatKind::Fstat,
        _ => StatKind::Stat,
    };
    let (Some(slow), Some(proto)) =
        (args.get(1).and_then(JsValue::as_object), args.get(2).and_then(JsValue::as_object))
    else {
        return Err(JsNativeError::typ().with_message("makeStatSync(kind, slow, statsPrototype)").into());
    };
    let name = match kind {
        StatKind::Stat => js_string!("statSync"),
        StatKind::Lstat => js_string!("lstatSync"),
        StatKind::Fstat => js_string!("fstatSync"),
    };
    let captures = StatSync { slow, maker: StatsMaker::new(proto, ctx), kind };
    let function = NativeFunction::from_copy_closure_with_captures(stat_sync, captures);
    Ok(FunctionObjectBuilder::new(ctx.realm(), function).name(name).length(1).build().into())
}

/// What a native sync stat function holds.
#[derive(Trace, Finalize)]
struct StatSync {
    /// The JavaScript implementation, for every call the native does not finish.
    slow: JsObject,
    maker: StatsMaker,
    #[unsafe_ignore_trace]
    kind: StatKind,
}

/// The body of the native `statSync`, `lstatSync` and `fstatSync` (see [`make_stat_sync`]).
fn stat_sync(this: &JsValue, args: &[JsValue], f: &StatSync, ctx: &mut Context) -> JsResult<JsValue> {
    let options = args.get(1).cloned().unwrap_or_default();
    if !options.is_undefined() && !options.is_object() {
        return f.slow.call(this, args, ctx);
    }
    // `options.bigint`, then `options.throwIfNoEntry` (stat and lstat), each read once: Node
    // reads them after checking the path, before checking the fd.
    let read_options = |ctx: &mut Context| -> JsResult<Option<(JsValue, JsValue)>> {
        let Some(o) = options.as_object() else { return Ok(None) };
        let bigint = o.get(js_string!("bigint"), ctx)?;
        let no_entry =
            if f.kind == StatKind::Fstat { JsValue::undefined() } else { o.get(js_string!("throwIfNoEntry"), ctx)? };
        Ok(Some((bigint, no_entry)))
    };
    // The slow path, given the options read (as a plain object) rather than `options`.
    let slow = |read: Option<(JsValue, JsValue)>, ctx: &mut Context| match read {
        None => f.slow.call(this, args, ctx),
        Some((bigint, no_entry)) => {
            let options = plain_options(bigint, no_entry, f.kind, ctx);
            f.slow.call(this, &[args.first().cloned().unwrap_or_default(), options], ctx)
        }
    };
    let bigint = |read: &Option<(JsValue, JsValue)>| read.as_ref().is_some_and(|(b, _)| b.as_boolean() == Some(true));
    if f.kind == StatKind::Fstat {
        let read = read_options(ctx)?;
        let fd = args.first().and_then(JsValue::as_number);
        let Some(fd) = fd.filter(|n| n.fract() == 0.0 && (0.0..=f64::from(i32::MAX)).contains(n)) else {
            return slow(read, ctx);
        };
        if bigint(&read) {
            return slow(read, ctx);
        }
        return match with_vfs(ctx, |v| Ok(v.fstat(fd as i32)))? {
            Ok(s) => f.maker.make(&s, ctx).map(JsValue::from),
            Err(_) => slow(read, ctx),
        };
    }
    let follow = f.kind == StatKind::Stat;
    // A path that is not a string, or has a NUL byte, is the slow path's argument error,
    // thrown before the options are read.
    let done = with_simple_path(args, ctx, |path, ctx| -> JsResult<_> {
        let read = read_options(ctx)?;
        if bigint(&read) {
            return Ok((read, None));
        }
        Ok((read, Some(with_vfs(ctx, |v| Ok(v.stat(path, follow)))?)))
    })?;
    let Some(done) = done else { return f.slow.call(this, args, ctx) };
    match done? {
        (_, Some(Ok(s))) => f.maker.make(&s, ctx).map(JsValue::from),
        (Some((_, no_entry)), Some(Err(e))) if e == errno::ENOENT && no_entry.as_boolean() == Some(false) => {
            Ok(JsValue::undefined())
        }
        (read, _) => slow(read, ctx),
    }
}

/// `{ bigint, throwIfNoEntry }` (just `{ bigint }` for fstat): options already read, handed to
/// the slow path without their getters.
fn plain_options(bigint: JsValue, no_entry: JsValue, kind: StatKind, ctx: &mut Context) -> JsValue {
    let mut init = ObjectInitializer::new(ctx);
    init.property(js_string!("bigint"), bigint, Attribute::all());
    if kind != StatKind::Fstat {
        init.property(js_string!("throwIfNoEntry"), no_entry, Attribute::all());
    }
    init.build().into()
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

/// The own properties of a `Stats`, in the order the JS constructor (`internal/fs/utils`) and
/// Node's give them.
const STATS_KEYS: [&str; 18] = [
    "dev",
    "mode",
    "nlink",
    "uid",
    "gid",
    "rdev",
    "blksize",
    "ino",
    "size",
    "blocks",
    "atimeMs",
    "mtimeMs",
    "ctimeMs",
    "birthtimeMs",
    "atime",
    "mtime",
    "ctime",
    "birthtime",
];

/// Makes `Stats` objects natively; what it needs is prepared once.
#[derive(Trace, Finalize)]
struct StatsMaker {
    proto: JsObject,
    date_proto: JsObject,
    #[unsafe_ignore_trace]
    keys: [PropertyKey; 18],
    /// A writable, enumerable, configurable data property, its value to be given.
    #[unsafe_ignore_trace]
    data: PropertyDescriptorBuilder,
    /// The last `Date` value made, with the time it was made for: a file's four times are
    /// often equal, and a `Date` copied from this one needs neither the clock read of
    /// `JsDate::new` nor a `setTime` call.
    #[unsafe_ignore_trace]
    last_date: Cell<Option<(f64, Date)>>,
}

impl StatsMaker {
    fn new(proto: JsObject, ctx: &mut Context) -> Self {
        Self {
            proto,
            date_proto: ctx.intrinsics().constructors().date().prototype(),
            keys: STATS_KEYS.map(|k| PropertyKey::from(JsString::from(k))),
            data: PropertyDescriptor::builder().writable(true).enumerable(true).configurable(true),
            last_date: Cell::new(None),
        }
    }

    /// A `Date` for `ms` (already rounded, as `new Date(Math.round(ms))`).
    fn date(&self, ms: f64, ctx: &mut Context) -> JsResult<JsObject> {
        if let Some((t, date)) = self.last_date.get() {
            if t.to_bits() == ms.to_bits() {
                return Ok(JsObject::new(ctx.root_shape(), self.date_proto.clone(), date).upcast());
            }
        }
        let date = JsDate::new(ctx);
        date.set_time(ms, ctx)?;
        let obj = JsObject::from(date);
        if let Some(value) = obj.downcast_ref::<Date>() {
            self.last_date.set(Some((ms, *value)));
        }
        Ok(obj)
    }

    /// A `Stats` object for `s`: the own properties, their order and values are those the JS
    /// `Stats` constructor gives (`internal/fs/utils`), times in ms as `sec * 1e3 + nsec / 1e6`.
    fn make(&self, s: &Stat, ctx: &mut Context) -> JsResult<JsObject> {
        let ms = |t: i64| t.div_euclid(1_000_000_000) as f64 * 1e3 + t.rem_euclid(1_000_000_000) as f64 / 1e6;
        self.build(s.counts(), [ms(s.atime), ms(s.mtime), ms(s.ctime), ms(s.birthtime)], ctx)
    }

    /// A `Stats` object from its ten numbers (dev to blocks) and four times in ms.
    fn build(&self, numbers: [f64; 10], times: [f64; 4], ctx: &mut Context) -> JsResult<JsObject> {
        let dates = [
            self.date(js_round(times[0]), ctx)?,
            self.date(js_round(times[1]), ctx)?,
            self.date(js_round(times[2]), ctx)?,
            self.date(js_round(times[3]), ctx)?,
        ];
        let values = numbers.into_iter().chain(times).map(JsValue::from).chain(dates.into_iter().map(JsValue::from));
        let obj = JsObject::new(ctx.root_shape(), self.proto.clone(), OrdinaryObject).upcast();
        for (key, value) in self.keys.iter().zip(values) {
            obj.insert_property(key.clone(), self.data.clone().value(value));
        }
        Ok(obj)
    }
}

/// `makeStatsFromArray(statsPrototype) → statsFromArray(array)`: `Stats` from the binding's
/// stat array (ten numbers, then seconds and nanoseconds of the four times) built as the native
/// `statSync` builds them: own properties, order and values are the JS constructor's, for about
/// a sixth of its cost in Boa (the constructor's 18 stores go through the prototype chain).
pub(super) fn make_stats_from_array(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let Some(proto) = args.first().and_then(JsValue::as_object) else {
        return Err(JsNativeError::typ().with_message("makeStatsFromArray(statsPrototype)").into());
    };
    let maker = StatsMaker::new(proto, ctx);
    let function = NativeFunction::from_copy_closure_with_captures(stats_from_array, maker);
    Ok(FunctionObjectBuilder::new(ctx.realm(), function).name(js_string!("statsFromArray")).length(1).build().into())
}

fn stats_from_array(_: &JsValue, args: &[JsValue], maker: &StatsMaker, ctx: &mut Context) -> JsResult<JsValue> {
    let Some(array) = args.first().and_then(JsValue::as_object) else {
        return Err(JsNativeError::typ().with_message("statsFromArray(array)").into());
    };
    let mut a = [0.0; 18];
    for (i, slot) in (0u32..).zip(a.iter_mut()) {
        *slot = array.get(i, ctx)?.to_number(ctx)?;
    }
    let ms = |i: usize| a[i] * 1e3 + a[i + 1] / 1e6;
    let mut numbers = [0.0; 10];
    numbers.copy_from_slice(&a[..10]);
    maker.build(numbers, [ms(10), ms(12), ms(14), ms(16)], ctx).map(JsValue::from)
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
        let text = with_vfs(ctx, |v| {
            v.read_file_within(&path, WHOLE_READ_MAX, |b| JsString::from(String::from_utf8_lossy(b).as_ref()))
        })?;
        return Ok(text.into());
    }
    let block = with_vfs(ctx, |v| v.read_file_within(&path, WHOLE_READ_MAX, block_of))?;
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
