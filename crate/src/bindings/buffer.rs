//! `internalBinding('buffer')`: the byte work behind `Buffer`, `TextDecoder` and
//! `string_decoder`, over the codecs in [`crate::bytes`].
//!
//! Views (any TypedArray, a DataView or an ArrayBuffer) are read in place through their
//! ArrayBuffer; new bytes come back as a fresh `ArrayBuffer` that JavaScript wraps. Encodings
//! are passed as the numbers of [`Encoding`]. Offsets are trusted to be integers already
//! checked by `internal/buffer.js`, but are still clamped here so bad input cannot panic.
//!
//! Like Node's C++ layer, these natives throw their own few `ERR_INVALID_ARG_TYPE` errors (a
//! non-string to write, a non-view to decode), whose messages do not follow the JS table's form.
//!
//! NOTE: views over a SharedArrayBuffer are rejected like non-views (Boa gives no plain byte
//! slice for them).

use super::object_with;
use super::view::View;
use crate::bytes::{self, utf8, Decoded, Encoding};
use boa_engine::object::builtins::{AlignedVec, JsArrayBuffer};
use boa_engine::{js_string, Context, JsError, JsNativeError, JsObject, JsResult, JsStr, JsString, JsValue};

pub fn create(ctx: &mut Context) -> JsObject {
    object_with(
        ctx,
        &[
            ("byteLength", 2, byte_length),
            ("encode", 2, encode),
            ("encodeInto", 5, encode_into),
            ("decode", 4, decode),
            ("fill", 4, fill),
            ("indexOf", 5, index_of),
            ("indexOfByte", 4, index_of_byte),
            ("compare", 6, compare),
            ("copy", 5, copy),
            ("swap", 2, swap),
            ("isUtf8", 1, is_utf8),
            ("isAscii", 1, is_ascii),
            ("utf8IncompleteTail", 1, utf8_incomplete_tail),
            ("encodingForLabel", 1, encoding_for_label),
            ("decodeWhatwg", 3, decode_whatwg),
        ],
    )
}

/// An error of `kind` with a Node `code`, worded as Node's C++ layer words it.
fn coded_error(kind: JsNativeError, code: &'static str, message: &'static str, ctx: &mut Context) -> JsError {
    let err = kind.with_message(message).into_opaque(ctx);
    if err.set(js_string!("code"), JsString::from(code), false, ctx).is_err() {
        return JsNativeError::typ().with_message(message).into();
    }
    JsError::from_opaque(err.into())
}

/// A TypeError with code `ERR_INVALID_ARG_TYPE`.
fn invalid_arg_type(message: &'static str, ctx: &mut Context) -> JsError {
    coded_error(JsNativeError::typ(), "ERR_INVALID_ARG_TYPE", message, ctx)
}

fn not_a_view(ctx: &mut Context) -> JsError {
    invalid_arg_type(
        "The \"list\" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.",
        ctx,
    )
}

fn encoding_arg(args: &[JsValue], i: usize) -> JsResult<Encoding> {
    let id = args.get(i).and_then(JsValue::as_number).unwrap_or(0.0);
    Encoding::from_id(id as u32).ok_or_else(|| JsNativeError::typ().with_message("unknown encoding id").into())
}

fn string_arg(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<JsString> {
    match args.get(i) {
        Some(v) => v.to_string(ctx),
        None => Ok(JsString::default()),
    }
}

/// Argument `i` as an index clamped to `0..=max` (missing or NaN: `default`).
fn index_arg(args: &[JsValue], i: usize, default: usize, max: usize) -> usize {
    match args.get(i).and_then(JsValue::as_number) {
        Some(n) if n.is_nan() => default.min(max),
        Some(n) if n <= 0.0 => 0,
        Some(n) => (n as usize).min(max),
        None => default.min(max),
    }
}

fn new_array_buffer(bytes: &[u8], ctx: &mut Context) -> JsResult<JsValue> {
    Ok(JsArrayBuffer::from_byte_block(AlignedVec::from_slice(0, bytes), ctx)?.into())
}

fn js_string(decoded: Decoded) -> JsString {
    match decoded {
        Decoded::Latin1(bytes) => JsString::from(JsStr::latin1(&bytes)),
        Decoded::Utf16(units) => JsString::from(&units[..]),
    }
}

/// `byteLength(string, enc)`.
fn byte_length(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let s = string_arg(args, 0, ctx)?;
    let enc = encoding_arg(args, 1)?;
    Ok((bytes::byte_length(s.as_str(), enc) as f64).into())
}

/// `encode(string, enc)` → a new ArrayBuffer holding the encoded bytes.
fn encode(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let s = string_arg(args, 0, ctx)?;
    let enc = encoding_arg(args, 1)?;
    let out = bytes::encode(s.as_str(), enc);
    new_array_buffer(&out, ctx)
}

/// `encodeInto(string, enc, view, offset, maxLength)` → bytes written (whole characters only).
/// Bounds are checked as Node's `buf.utf8Write(string, offset, length)` checks them.
fn encode_into(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let Some(s) = args.first().and_then(JsValue::as_string) else {
        return Err(invalid_arg_type("argument must be a string", ctx));
    };
    let enc = encoding_arg(args, 1)?;
    let view = View::of_or(args.get(2), ctx, not_a_view)?;
    let offset = array_index(args, 3, 0, ctx)?;
    if offset > view.len {
        let message = "\"offset\" is outside of buffer bounds";
        return Err(coded_error(JsNativeError::range(), "ERR_BUFFER_OUT_OF_BOUNDS", message, ctx));
    }
    let max = array_index(args, 4, view.len - offset, ctx)?.min(view.len - offset);
    let written = view.with_mut(|data| bytes::encode_into(s.as_str(), enc, &mut data[offset..offset + max]));
    Ok((written as f64).into())
}

/// `decode(view, enc, start, end)` → string. Like Node's `buf.utf8Slice(start, end)`: missing
/// bounds default to the whole view, `end` below `start` is raised to it, and a negative index
/// or one past the end throws `ERR_OUT_OF_RANGE`.
fn decode(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let view = View::of_or(args.first(), ctx, not_a_view)?;
    let enc = encoding_arg(args, 1)?;
    let start = array_index(args, 2, 0, ctx)?;
    let end = array_index(args, 3, view.len, ctx)?.max(start);
    if end > view.len {
        return Err(coded_error(JsNativeError::range(), "ERR_OUT_OF_RANGE", "Index out of range", ctx));
    }
    let decoded = view.with(|data| bytes::decode(&data[start..end], enc));
    Ok(js_string(decoded).into())
}

/// Argument `i` as an index (`undefined`: `default`); negative values throw `ERR_OUT_OF_RANGE`.
fn array_index(args: &[JsValue], i: usize, default: usize, ctx: &mut Context) -> JsResult<usize> {
    match args.get(i) {
        None => Ok(default),
        Some(v) if v.is_undefined() => Ok(default),
        Some(v) => {
            let n = v.to_number(ctx)?;
            let n = if n.is_nan() { 0.0 } else { n.trunc() };
            if n < 0.0 {
                return Err(coded_error(JsNativeError::range(), "ERR_OUT_OF_RANGE", "Index out of range", ctx));
            }
            Ok(if n >= usize::MAX as f64 { usize::MAX } else { n as usize })
        }
    }
}

/// `fill(view, pattern, start, end)`: repeat the pattern's bytes over `start..end`.
fn fill(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let view = View::of_or(args.first(), ctx, not_a_view)?;
    let pattern = View::of_or(args.get(1), ctx, not_a_view)?.to_vec();
    let end = index_arg(args, 3, view.len, view.len);
    let start = index_arg(args, 2, 0, end);
    if !pattern.is_empty() {
        view.with_mut(|data| {
            for (dst, src) in data[start..end].iter_mut().zip(pattern.iter().cycle()) {
                *dst = *src;
            }
        });
    }
    Ok(JsValue::undefined())
}

/// `indexOf(view, needle, byteOffset, forward, step)` → index or -1. The needle is a view;
/// `step` 2 keeps matches on even offsets (utf16le search). `byteOffset` is already resolved
/// to `0..=len` by the caller.
fn index_of(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let view = View::of_or(args.first(), ctx, not_a_view)?;
    let needle = View::of_or(args.get(1), ctx, not_a_view)?.to_vec();
    let from = args.get(2).and_then(JsValue::as_number).unwrap_or(0.0);
    let forward = args.get(3).is_some_and(JsValue::to_boolean);
    let step = if args.get(4).and_then(JsValue::as_number) == Some(2.0) { 2 } else { 1 };
    let found = view.with(|hay| search(hay, &needle, from, forward, step));
    Ok(found.map_or(-1.0, |i| i as f64).into())
}

fn search(hay: &[u8], needle: &[u8], from: f64, forward: bool, step: usize) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    let last = hay.len() - needle.len();
    let matches = |i: usize| i.is_multiple_of(step) && hay[i..i + needle.len()] == *needle;
    if forward {
        let start = if from <= 0.0 { 0 } else { from as usize };
        if start > last {
            return None;
        }
        if needle.is_empty() {
            return Some(start);
        }
        let first = needle[0];
        (start..=last).find(|&i| hay[i] == first && matches(i))
    } else {
        if from < 0.0 {
            return None;
        }
        let start = (from as usize).min(last);
        (0..=start).rev().find(|&i| matches(i))
    }
}

/// `indexOfByte(view, byte, byteOffset, forward)` → index or -1.
fn index_of_byte(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let view = View::of_or(args.first(), ctx, not_a_view)?;
    let byte = args.get(1).and_then(JsValue::as_number).unwrap_or(0.0) as u8;
    let from = args.get(2).and_then(JsValue::as_number).unwrap_or(0.0);
    let forward = args.get(3).is_some_and(JsValue::to_boolean);
    let found = view.with(|hay| search(hay, &[byte], from, forward, 1));
    Ok(found.map_or(-1.0, |i| i as f64).into())
}

/// `compare(a, aStart, aEnd, b, bStart, bEnd)` → -1, 0 or 1.
fn compare(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let a = View::of_or(args.first(), ctx, not_a_view)?;
    let b = View::of_or(args.get(3), ctx, not_a_view)?;
    let a_end = index_arg(args, 2, a.len, a.len);
    let a_start = index_arg(args, 1, 0, a_end);
    let b_end = index_arg(args, 5, b.len, b.len);
    let b_start = index_arg(args, 4, 0, b_end);
    // Two shared borrows, even of one ArrayBuffer, can coexist: nothing is copied.
    let order = a.with(|x| b.with(|y| x[a_start..a_end].cmp(&y[b_start..b_end])));
    Ok((order as i32).into())
}

/// `copy(source, target, targetStart, sourceStart, sourceEnd)` → bytes copied.
fn copy(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let source = View::of_or(args.first(), ctx, not_a_view)?;
    let target = View::of_or(args.get(1), ctx, not_a_view)?;
    let target_start = index_arg(args, 2, 0, target.len);
    let source_end = index_arg(args, 4, source.len, source.len);
    let source_start = index_arg(args, 3, 0, source_end);
    let count = (source_end - source_start).min(target.len - target_start);
    let chunk = source.with(|s| s[source_start..source_start + count].to_vec());
    target.with_mut(|t| t[target_start..target_start + count].copy_from_slice(&chunk));
    Ok((count as f64).into())
}

/// `swap(view, size)`: reverse every `size`-byte group in place.
fn swap(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let view = View::of_or(args.first(), ctx, not_a_view)?;
    let size = index_arg(args, 1, 2, 8).max(1);
    view.with_mut(|data| data.chunks_exact_mut(size).for_each(<[u8]>::reverse));
    Ok(JsValue::undefined())
}

fn is_utf8(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let view = View::of_or(args.first(), ctx, not_a_view)?;
    Ok(view.with(utf8::is_valid).into())
}

fn is_ascii(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let view = View::of_or(args.first(), ctx, not_a_view)?;
    Ok(view.with(<[u8]>::is_ascii).into())
}

/// `utf8IncompleteTail(view)` → how many trailing bytes start an unfinished character.
fn utf8_incomplete_tail(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let view = View::of_or(args.first(), ctx, not_a_view)?;
    Ok((view.with(utf8::incomplete_tail) as f64).into())
}

/// `encodingForLabel(label)` → the WHATWG encoding's lower-case name, or `undefined` when
/// the label names no encoding Node supports.
fn encoding_for_label(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let label = string_arg(args, 0, ctx)?.to_std_string_escaped();
    Ok(bytes::whatwg::name_for_label(&label).map_or(JsValue::undefined(), |name| JsString::from(name).into()))
}

/// `decodeWhatwg(view, name, fatal)` → the decoded string, or `undefined` when `fatal` is set
/// and the bytes are malformed.
fn decode_whatwg(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let view = View::of_or(args.first(), ctx, not_a_view)?;
    let name = string_arg(args, 1, ctx)?.to_std_string_escaped();
    let fatal = args.get(2).is_some_and(JsValue::to_boolean);
    let units = view.with(|data| bytes::whatwg::decode(&name, data, fatal));
    Ok(units.map_or(JsValue::undefined(), |units| JsString::from(&units[..]).into()))
}

#[cfg(test)]
mod tests {
    use super::search;

    #[test]
    fn searches_both_ways() {
        assert_eq!(search(b"abcabc", b"bc", 0.0, true, 1), Some(1));
        assert_eq!(search(b"abcabc", b"bc", 2.0, true, 1), Some(4));
        assert_eq!(search(b"abcabc", b"bc", 6.0, false, 1), Some(4));
        assert_eq!(search(b"abcabc", b"bc", 3.0, false, 1), Some(1));
        assert_eq!(search(b"abc", b"", 2.0, true, 1), Some(2));
        assert_eq!(search(b"abc", b"abcd", 0.0, true, 1), None);
        assert_eq!(search(b"xaxa", b"a", 0.0, true, 2), None);
    }
}
