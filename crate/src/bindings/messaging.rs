//! `internalBinding('messaging')`: what `structuredClone` and MessagePort need from the engine
//! and the loop: moving an ArrayBuffer's bytes into a new buffer and detaching the old one (the
//! `transfer` option), and a port's loop handle (`internal/worker/io`): a wakeup that delivers its
//! messages from the next poll phase, its reference, and its close callback.

use super::object_with;
use crate::event_loop::{state, Callback};
use boa_engine::object::builtins::JsArrayBuffer;
use boa_engine::{Context, JsNativeError, JsObject, JsResult, JsValue};

pub fn create(ctx: &mut Context) -> JsObject {
    object_with(
        ctx,
        &[
            ("transferArrayBuffer", 1, transfer_array_buffer),
            ("wakeup", 1, wakeup),
            ("closeSoon", 1, close_soon),
            ("refPort", 1, ref_port),
        ],
    )
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

/// The function argument `i`.
fn function_arg(args: &[JsValue], i: usize) -> JsResult<JsObject> {
    args.get(i)
        .and_then(JsValue::as_callable)
        .ok_or_else(|| JsNativeError::typ().with_message("messaging: a function is required").into())
}

/// `wakeup(deliver)`: call `deliver()` from the next poll phase, as libuv calls an async handle's
/// callback after `uv_async_send`. The wakeup itself keeps the loop no more alive than Node's
/// unreferenced port handle does.
fn wakeup(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let deliver = function_arg(args, 0)?;
    state(ctx).submit_async(Box::new(move |ctx, _| deliver.call(&JsValue::undefined(), &[], ctx).map(|_| ())));
    Ok(JsValue::undefined())
}

/// `closeSoon(callback)`: call `callback()` from this iteration's close phase, as a closed handle's
/// close callback.
fn close_soon(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let func = function_arg(args, 0)?;
    let st = state(ctx);
    let frame = st.async_frame();
    st.push_closing(Callback { func, this: JsValue::undefined(), args: Vec::new(), frame });
    Ok(JsValue::undefined())
}

/// `refPort(refed)`: a port that starts (`true`) or stops (`false`) keeping the loop alive.
fn ref_port(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    if args.first().is_some_and(JsValue::to_boolean) {
        state(ctx).ref_handle();
    } else {
        state(ctx).unref_handle();
    }
    Ok(JsValue::undefined())
}
