//! `internalBinding('util')`: what `util.inspect` cannot learn from JavaScript alone.
//!
//! `getProxyDetails` is added by the bootstrap script, which records every proxy's target and
//! handler when it is created (Boa keeps them private).

use super::object_with;
use boa_engine::builtins::promise::PromiseState;
use boa_engine::object::builtins::{JsArray, JsPromise, JsProxy};
use boa_engine::{Context, JsObject, JsResult, JsValue};

pub fn create(ctx: &mut Context) -> JsObject {
    object_with(
        ctx,
        &[("getPromiseDetails", 1, get_promise_details), ("isPromise", 1, is_promise), ("isProxy", 1, is_proxy)],
    )
}

fn as_promise(value: Option<&JsValue>) -> Option<JsPromise> {
    value.and_then(JsValue::as_object).and_then(|o| JsPromise::from_object(o).ok())
}

/// `[state, result]`: 0 pending (no result), 1 fulfilled, 2 rejected; `undefined` for a
/// non-promise.
fn get_promise_details(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let Some(promise) = as_promise(args.first()) else { return Ok(JsValue::undefined()) };
    let values = match promise.state() {
        PromiseState::Pending => vec![JsValue::from(0)],
        PromiseState::Fulfilled(v) => vec![JsValue::from(1), v],
        PromiseState::Rejected(v) => vec![JsValue::from(2), v],
    };
    Ok(JsArray::from_iter(values, ctx).into())
}

fn is_promise(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(as_promise(args.first()).is_some().into())
}

fn is_proxy(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let proxy = args.first().and_then(JsValue::as_object).and_then(|o| JsProxy::from_object(o).ok());
    Ok(proxy.is_some().into())
}
