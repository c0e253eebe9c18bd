//! `internalBinding('contextify')`: compiling guest and built-in source into functions.

use super::{arg_list, arg_string, object_with};
use boa_engine::{Context, JsNativeError, JsObject, JsResult, JsValue, Script, Source};
use std::path::Path;

pub fn create(ctx: &mut Context) -> JsObject {
    object_with(ctx, &[("compileFunction", 3, compile_function_native), ("evalScript", 2, eval_script)])
}

/// Compile `source` as the body of `function (params) { ... }`, reporting errors against
/// `filename`. The wrapper shares the first line, so line numbers stay true.
///
/// # Errors
/// The `SyntaxError` of a malformed body.
pub fn compile_function(ctx: &mut Context, source: &str, filename: &str, params: &[String]) -> JsResult<JsObject> {
    let code = format!("(function ({}) {{{source}\n}})", params.join(", "));
    let script = Script::parse(Source::from_bytes(&code).with_path(Path::new(filename)), None, ctx)?;
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
    let script = Script::parse(Source::from_bytes(&source).with_path(Path::new(&filename)), None, ctx)?;
    script.evaluate(ctx)
}
