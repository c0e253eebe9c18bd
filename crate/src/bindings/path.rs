//! `internalBinding('path')`: the hot POSIX operations of `lib/path.js` (`join`, `normalize`
//! and the segment collapsing `resolve` uses) done in one native call instead of a JS loop over
//! every character.
//!
//! They work on UTF-16 code units, so any string (lone surrogates included) comes back exactly
//! as the JS form would return it. Arguments are checked in JS: `join` answers `undefined` when
//! an argument is not a string, and the JS form then throws Node's error.

use super::object_with;
use boa_engine::object::builtins::JsArray;
use boa_engine::{js_string, Context, JsObject, JsResult, JsString, JsValue};

const SLASH: u16 = b'/' as u16;
const DOT: u16 = b'.' as u16;

pub fn create(ctx: &mut Context) -> JsObject {
    object_with(ctx, &[("join", 1, join), ("normalize", 1, normalize), ("normalizeSegments", 2, normalize_segments)])
}

/// Collapse the `.`, `..` and empty segments of `path` (its root, if any, is the caller's),
/// joined with `/`. A `..` above the start is kept when `allow_above_root` (relative paths)
/// and dropped otherwise.
fn collapse(path: &[u16], allow_above_root: bool) -> Vec<u16> {
    let mut segs: Vec<&[u16]> = Vec::new();
    for seg in path.split(|&c| c == SLASH) {
        match seg {
            [] | [DOT] => {}
            [DOT, DOT] => {
                if segs.last().is_some_and(|s| *s != [DOT, DOT]) {
                    segs.pop();
                } else if allow_above_root {
                    segs.push(seg);
                }
            }
            _ => segs.push(seg),
        }
    }
    let mut out = Vec::with_capacity(path.len());
    for (i, seg) in segs.iter().enumerate() {
        if i > 0 {
            out.push(SLASH);
        }
        out.extend_from_slice(seg);
    }
    out
}

/// `path.posix.normalize` of a string.
fn normalize_units(path: &[u16]) -> Vec<u16> {
    let Some(&last) = path.last() else { return vec![DOT] };
    let absolute = path[0] == SLASH;
    let trailing = last == SLASH;
    let norm = collapse(path, !absolute);
    if norm.is_empty() {
        return match (absolute, trailing) {
            (true, _) => vec![SLASH],
            (false, true) => vec![DOT, SLASH],
            (false, false) => vec![DOT],
        };
    }
    let mut out = Vec::with_capacity(norm.len() + 2);
    if absolute {
        out.push(SLASH);
    }
    out.extend_from_slice(&norm);
    if trailing {
        out.push(SLASH);
    }
    out
}

/// `join([a, b, ...]) → string | undefined`: `path.posix.join` of the array's items, or
/// `undefined` when one is not a string.
fn join(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let Some(list) = args.first().and_then(JsValue::as_object) else { return Ok(JsValue::undefined()) };
    let list = JsArray::from_object(list)?;
    let mut joined: Vec<u16> = Vec::new();
    for i in 0..list.length(ctx)? {
        let Some(s) = list.get(i, ctx)?.as_string() else { return Ok(JsValue::undefined()) };
        if s.is_empty() {
            continue;
        }
        if !joined.is_empty() {
            joined.push(SLASH);
        }
        joined.extend(s.iter());
    }
    if joined.is_empty() {
        return Ok(js_string!(".").into());
    }
    Ok(JsString::from(normalize_units(&joined).as_slice()).into())
}

/// `normalize(path) → string`: `path.posix.normalize` of a string argument.
fn normalize(_: &JsValue, args: &[JsValue], _ctx: &mut Context) -> JsResult<JsValue> {
    let Some(s) = args.first().and_then(JsValue::as_string) else { return Ok(JsValue::undefined()) };
    let units: Vec<u16> = s.iter().collect();
    Ok(JsString::from(normalize_units(&units).as_slice()).into())
}

/// `normalizeSegments(path, allowAboveRoot) → string`: [`collapse`].
fn normalize_segments(_: &JsValue, args: &[JsValue], _ctx: &mut Context) -> JsResult<JsValue> {
    let Some(s) = args.first().and_then(JsValue::as_string) else { return Ok(JsValue::undefined()) };
    let allow = args.get(1).is_some_and(JsValue::to_boolean);
    let units: Vec<u16> = s.iter().collect();
    Ok(JsString::from(collapse(&units, allow).as_slice()).into())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> String {
        String::from_utf16_lossy(&normalize_units(&s.encode_utf16().collect::<Vec<_>>()))
    }

    #[test]
    fn normalizes_like_node() {
        for (input, want) in [
            ("", "."),
            ("/", "/"),
            ("//", "/"),
            ("./", "./"),
            (".", "."),
            ("a/..", "."),
            ("a/../", "./"),
            ("../a/../..", "../.."),
            ("/../a/./b//c/", "/a/b/c/"),
            ("a/b/../../../c", "../c"),
            ("/a/b/../../../c", "/c"),
            ("..", ".."),
            ("a/...", "a/..."),
        ] {
            assert_eq!(norm(input), want, "normalize({input:?})");
        }
    }
}
