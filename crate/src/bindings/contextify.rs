//! `internalBinding('contextify')`: compiling guest and built-in source into functions, and the
//! realms behind `vm` contexts.
//!
//! Before parsing, a source nested deeper than the host allows is refused with V8's
//! `RangeError: Maximum call stack size exceeded` (see [`crate::source_check`]). A parse error
//! becomes a `SyntaxError` carrying, in a non-enumerable `sourceContext`, the `file:line`, the
//! source line and a caret that Node prints above a fatal SyntaxError.

use super::{arg_list, arg_string, object_with};
use crate::runtime::Environment;
use crate::source_check::max_nesting_depth;
use boa_engine::object::builtins::JsArray;
use boa_engine::property::PropertyDescriptor;
use boa_engine::realm::Realm;
use boa_engine::{js_string, Context, JsError, JsNativeError, JsObject, JsResult, JsString, JsValue, Script, Source};
use std::cell::RefCell;
use std::collections::HashMap;
use std::path::Path;

pub fn create(ctx: &mut Context) -> JsObject {
    object_with(
        ctx,
        &[
            ("compileFunction", 3, compile_function_native),
            ("evalScript", 2, eval_script),
            ("lineOneOffset", 1, line_one_offset),
            ("createRealm", 0, create_realm),
            ("evalInRealm", 3, eval_in_realm),
            ("parseScript", 2, parse_script),
        ],
    )
}

/// The files compiled as a function body, with the length of the wrapper that precedes their
/// first line: Boa counts a position on that line from the wrapper's start, so stack traces
/// (`internal/bootstrap/engine_shims`) take it off again.
#[derive(Default)]
struct WrapperOffsets(RefCell<HashMap<String, usize>>);

fn wrapper_offsets(ctx: &mut Context) -> &WrapperOffsets {
    if ctx.get_data::<WrapperOffsets>().is_none() {
        ctx.insert_data(WrapperOffsets::default());
    }
    ctx.get_data::<WrapperOffsets>().expect("inserted above")
}

/// `lineOneOffset(file) → number`: how many characters of wrapper precede `file`'s first line
/// (0 for a file compiled as it is, such as an ES module).
fn line_one_offset(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let file = arg_string(args, 0, ctx)?;
    let offset = wrapper_offsets(ctx).0.borrow().get(&file).copied().unwrap_or(0);
    Ok((offset as f64).into())
}

/// Parse `code` (the `source` of `filename`, after `prefix_len` characters of wrapper on its
/// first line) as a classic script.
fn parse(ctx: &mut Context, code: &str, filename: &str, source: &str, prefix_len: usize) -> JsResult<Script> {
    parse_in(ctx, code, filename, source, prefix_len, None)
}

/// [`parse`], for `realm` (the current one when `None`).
fn parse_in(
    ctx: &mut Context,
    code: &str,
    filename: &str,
    source: &str,
    prefix_len: usize,
    realm: Option<Realm>,
) -> JsResult<Script> {
    if max_nesting_depth(source) > Environment::of(ctx).limits.max_nesting_depth {
        return Err(JsNativeError::range().with_message("Maximum call stack size exceeded").into());
    }
    Script::parse(Source::from_bytes(code).with_path(Path::new(filename)), realm, ctx)
        .map_err(|err| with_source_context(ctx, err, filename, source, prefix_len))
}

/// Boa ends parse errors with ` at line L, col C`: split that off.
fn split_position(message: &str) -> Option<(&str, usize, usize)> {
    let at = message.rfind(" at line ")?;
    let (line, col) = message[at + 9..].split_once(", col ")?;
    Some((&message[..at], line.trim().parse().ok()?, col.trim().parse().ok()?))
}

fn with_source_context(ctx: &mut Context, err: JsError, filename: &str, source: &str, prefix_len: usize) -> JsError {
    let Some(native) = err.as_native().filter(|n| n.is_syntax()) else { return err };
    let position = split_position(native.message());
    // The source's last line; a function wrapper's closing brace is on the line after it.
    let last_line = source.split('\n').count();
    let at_end = native.message() == "abrupt end" || position.is_some_and(|(_, line, _)| line > last_line);
    let (text, context) = if at_end {
        // Out of input (Boa gives no position then), or stopped by the wrapper's own brace:
        // Node points after the last character (the line after a final newline), with no
        // caret, and says "Unexpected end of input".
        let line = last_line;
        let source_line = source.split('\n').next_back().unwrap_or("");
        let pad = " ".repeat(source_line.chars().count());
        ("Unexpected end of input", format!("{filename}:{line}\n{source_line}\n{pad}\n"))
    } else {
        let Some((text, line, col)) = position else { return err };
        let col = if line == 1 { col.saturating_sub(prefix_len) } else { col };
        let source_line = source.lines().nth(line.saturating_sub(1)).unwrap_or("");
        (text, format!("{filename}:{line}\n{source_line}\n{}^\n", " ".repeat(col.saturating_sub(1))))
    };
    let error = JsNativeError::syntax().with_message(text.to_owned()).into_opaque(ctx);
    let described = error.define_property_or_throw(
        js_string!("sourceContext"),
        PropertyDescriptor::builder()
            .value(JsString::from(context))
            .writable(true)
            .enumerable(false)
            .configurable(true),
        ctx,
    );
    match described {
        Ok(_) => JsError::from_opaque(error.into()),
        Err(_) => err,
    }
}

/// Compile `source` as the body of `function (params) { ... }`, reporting errors against
/// `filename`. The wrapper shares the first line, so line numbers stay true.
///
/// The wrapper is `0, function (params) {...}`, whose completion value is the function, rather
/// than the usual `(function (params) {...})`: Boa's parser reads a parenthesised expression as
/// a possible arrow function's parameters first and then clones it, and here that expression is
/// the whole module (a deep copy of its syntax tree for every module compiled).
///
/// # Errors
/// The `SyntaxError` of a malformed body, or a `RangeError` for a too deeply nested one.
pub fn compile_function(ctx: &mut Context, source: &str, filename: &str, params: &[String]) -> JsResult<JsObject> {
    let prefix = format!("0, function ({}) {{", params.join(", "));
    let code = format!("{prefix}{source}\n}}");
    let script = parse(ctx, &code, filename, source, prefix.len())?;
    wrapper_offsets(ctx).0.borrow_mut().insert(filename.to_owned(), prefix.chars().count());
    let value = script.evaluate(ctx)?;
    value.as_object().ok_or_else(|| JsNativeError::typ().with_message("compiled code is not a function").into())
}

/// `compileFunction(source, filename, params[]) → function`.
fn compile_function_native(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let source = arg_string(args, 0, ctx)?;
    let filename = arg_string(args, 1, ctx)?;
    let params = arg_list(args, 2, ctx)?
        .into_iter()
        .map(|v| v.to_string(ctx).map(|s| s.to_std_string_escaped()))
        .collect::<JsResult<Vec<_>>>()?;
    Ok(compile_function(ctx, &source, &filename, &params)?.into())
}

/// `evalScript(source, filename) → completion value`: a classic script in the global scope
/// (`node -e`, `node -p`).
fn eval_script(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let source = arg_string(args, 0, ctx)?;
    let filename = arg_string(args, 1, ctx)?;
    parse(ctx, &source, &filename, &source, 0)?.evaluate(ctx)
}

/// `parseScript(source, filename)`: throws the `SyntaxError` of a malformed classic script, runs
/// nothing (`new vm.Script`).
fn parse_script(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let source = arg_string(args, 0, ctx)?;
    let filename = arg_string(args, 1, ctx)?;
    parse(ctx, &source, &filename, &source, 0).map(|_| JsValue::undefined())
}

/// A realm of its own (fresh intrinsics and global object) for a `vm` context, held by the
/// object `createRealm` returns, so it lives as long as the context does.
#[derive(boa_gc::Trace, boa_gc::Finalize, boa_engine::JsData)]
struct VmRealm(Realm);

/// `createRealm() → [handle, global]`: a new realm, and its global object.
fn create_realm(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let realm = ctx.create_realm()?;
    let outer = ctx.enter_realm(realm.clone());
    let global = ctx.global_object();
    ctx.enter_realm(outer);
    let handle = JsObject::from_proto_and_data(None, VmRealm(realm));
    Ok(JsArray::from_iter([handle.into(), global.into()], ctx).into())
}

/// `evalInRealm(handle, source, filename) → completion value`: a classic script parsed and run in
/// the realm of `handle` (from `createRealm`).
fn eval_in_realm(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let realm = args
        .first()
        .and_then(JsValue::as_object)
        .and_then(|o| o.downcast_ref::<VmRealm>().map(|r| r.0.clone()))
        .ok_or_else(|| JsNativeError::typ().with_message("evalInRealm: not a realm"))?;
    let source = arg_string(args, 1, ctx)?;
    let filename = arg_string(args, 2, ctx)?;
    // The script is parsed against its realm's global scope, and runs in it.
    let outer = ctx.enter_realm(realm.clone());
    let result = parse_in(ctx, &source, &filename, &source, 0, Some(realm)).and_then(|script| script.evaluate(ctx));
    ctx.enter_realm(outer);
    result
}

#[cfg(test)]
mod tests {
    use super::split_position;

    #[test]
    fn splits_boa_positions() {
        assert_eq!(split_position("unexpected token at line 2, col 13"), Some(("unexpected token", 2, 13)));
        assert_eq!(split_position("no position"), None);
    }
}
