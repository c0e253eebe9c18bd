//! `internalBinding('output')`: the guest's stdout and stderr, through the host's [`Output`].
//!
//! [`Output`]: crate::host::Output

use super::object_with;
use crate::bytes::utf8;
use crate::event_loop::state;
use boa_engine::object::builtins::{JsArrayBuffer, JsUint8Array};
use boa_engine::{Context, JsObject, JsResult, JsValue};

pub fn create(ctx: &mut Context) -> JsObject {
    object_with(ctx, &[("writeStdout", 1, write_stdout), ("writeStderr", 1, write_stderr)])
}

/// The bytes of a string (as UTF-8) or of a `Uint8Array`.
fn bytes(args: &[JsValue], ctx: &mut Context) -> JsResult<Vec<u8>> {
    let value = args.first().cloned().unwrap_or_default();
    if let Some(array) = value.as_object().and_then(|o| JsUint8Array::from_object(o).ok()) {
        let (offset, len) = (array.byte_offset(ctx)?, array.byte_length(ctx)?);
        let buffer = array.buffer(ctx)?;
        if let Some(data) = buffer.as_object().and_then(|o| JsArrayBuffer::from_object(o).ok()) {
            if let Some(bytes) = data.data() {
                let start = offset.min(bytes.len());
                return Ok(bytes[start..(start + len).min(bytes.len())].to_vec());
            }
        }
        return Ok(array.iter(ctx).collect());
    }
    Ok(utf8::encode(value.to_string(ctx)?.as_str()))
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
