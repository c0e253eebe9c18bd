//! `internalBinding('stdin')`: reads of the guest's standard input, done on the work pool as
//! libuv reads a pipe, completing in the poll phase.

use super::object_with;
use crate::event_loop::state;
use boa_engine::object::builtins::JsUint8Array;
use boa_engine::{Context, JsNativeError, JsObject, JsResult, JsValue};

pub fn create(ctx: &mut Context) -> JsObject {
    object_with(ctx, &[("read", 1, read)])
}

/// `read(callback)`: reads the next chunk; `callback(Uint8Array)`, or `callback(null)` at the
/// end of input (or when the host has no stdin).
fn read(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let callback = args
        .first()
        .and_then(JsValue::as_callable)
        .ok_or_else(|| JsNativeError::typ().with_message("callback must be a function"))?;
    let st = state(ctx);
    let source = st.host.stdin.clone();
    st.submit_work(
        Box::new(move || Box::new(source.map_or_else(Vec::new, |s| s.read_chunk()))),
        Box::new(move |ctx, result| {
            let bytes = result.downcast::<Vec<u8>>().map(|b| *b).unwrap_or_default();
            let chunk: JsValue =
                if bytes.is_empty() { JsValue::null() } else { JsUint8Array::from_iter(bytes, ctx)?.into() };
            callback.call(&JsValue::undefined(), &[chunk], ctx).map(|_| ())
        }),
    );
    Ok(JsValue::undefined())
}
