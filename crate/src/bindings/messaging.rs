//! `internalBinding('messaging')`: what `structuredClone` needs from the engine: moving an
//! ArrayBuffer's bytes into a new buffer and detaching the old one (the `transfer` option).

use super::object_with;
use boa_engine::object::builtins::JsArrayBuffer;
use boa_engine::{Context, JsNativeError, JsObject, JsResult, JsValue};

pub fn create(ctx: &mut Context) -> JsObject {
    object_with(ctx, &[("transferArrayBuffer", 1, transfer_array_buffer)])
}

/// `transferArrayBuffer(buffer)`: a new ArrayBuffer holding `buffer`'s bytes; `buffer` is left
/// detached (byteLength 0).
///
/// # Errors
/// A `TypeError` if the argument is not an ArrayBuffer, or is already detached.
fn transfer_array_buffer(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let buffer = args
        .first()
        .and_then(JsValue::as_object)
        .and_then(|o| JsArrayBuffer::from_object(o.clone()).ok())
        .ok_or_else(|| JsNativeError::typ().with_message("transferArrayBuffer: not an ArrayBuffer"))?;
    let bytes = buffer.detach(&JsValue::undefined())?;
    Ok(JsArrayBuffer::from_byte_block(bytes, ctx)?.into())
}
