//! `internalBinding('output')`: the guest's stdout and stderr, through the host's [`Output`].
//!
//! [`Output`]: crate::host::Output

use super::object_with;
use crate::event_loop::state;
use boa_engine::object::builtins::JsUint8Array;
use boa_engine::{Context, JsObject, JsResult, JsValue};

pub fn create(ctx: &mut Context) -> JsObject {
    object_with(ctx, &[("writeStdout", 1, write_stdout), ("writeStderr", 1, write_stderr)])
}

/// The bytes of a string (as UTF-8) or of a `Uint8Array`.
fn bytes(args: &[JsValue], ctx: &mut Context) -> JsResult<Vec<u8>> {
    let value = args.first().cloned().unwrap_or_default();
    if let Some(array) = value.as_object().and_then(|o| JsUint8Array::from_object(o).ok()) {
        return Ok(array.iter(ctx).collect());
    }
    Ok(value.to_string(ctx)?.to_std_string_lossy().into_bytes())
}

fn write_stdout(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let bytes = bytes(args, ctx)?;
    state(ctx).host.output.stdout(&bytes);
    Ok(JsValue::undefined())
}

fn write_stderr(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let bytes = bytes(args, ctx)?;
    state(ctx).host.output.stderr(&bytes);
    Ok(JsValue::undefined())
}
