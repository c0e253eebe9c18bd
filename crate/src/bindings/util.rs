//! `internalBinding('util')`: what `util.inspect` cannot learn from JavaScript alone.
//!
//! `getProxyDetails` is added by the bootstrap script, which records every proxy's target and
//! handler when it is created (Boa keeps them private).
//!
//! `makeFastEmit(slowEmit, addCatch)` also lives here: it builds `EventEmitter.prototype.emit`
//! as a native function, because in Boa a JavaScript `emit(type, ...args)` spends most of its
//! time building the rest array. The native form reads its arguments as a slice and calls a
//! single listener directly; every other case (the 'error' event, several listeners, no
//! `_events`) goes to the JavaScript `slowEmit`.

use super::object_with;
use boa_engine::builtins::promise::PromiseState;
use boa_engine::object::builtins::{JsArray, JsPromise, JsProxy};
use boa_engine::object::FunctionObjectBuilder;
use boa_engine::{js_string, Context, JsNativeError, JsObject, JsResult, JsValue, NativeFunction};
use boa_gc::{Finalize, Trace};

pub fn create(ctx: &mut Context) -> JsObject {
    object_with(
        ctx,
        &[
            ("getPromiseDetails", 1, get_promise_details),
            ("isPromise", 1, is_promise),
            ("isProxy", 1, is_proxy),
            ("makeFastEmit", 2, make_fast_emit),
        ],
    )
}

/// The JavaScript halves the native `emit` falls back to.
#[derive(Clone, Trace, Finalize)]
struct EmitHooks {
    slow_emit: JsObject,
    add_catch: JsObject,
}

/// `makeFastEmit(slowEmit, addCatch)` → a native `emit(type, ...args)`.
fn make_fast_emit(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let callable = |i: usize| {
        args.get(i)
            .and_then(JsValue::as_callable)
            .ok_or_else(|| JsNativeError::typ().with_message("makeFastEmit needs two functions"))
    };
    let hooks = EmitHooks { slow_emit: callable(0)?, add_catch: callable(1)? };
    let function = FunctionObjectBuilder::new(
        ctx.realm(),
        NativeFunction::from_copy_closure_with_captures(
            |this, args, hooks: &EmitHooks, ctx| fast_emit(this, args, hooks, ctx),
            hooks,
        ),
    )
    .name(js_string!("emit"))
    .length(1)
    .build();
    Ok(function.into())
}

fn fast_emit(this: &JsValue, args: &[JsValue], hooks: &EmitHooks, ctx: &mut Context) -> JsResult<JsValue> {
    let ty = args.first().cloned().unwrap_or_default();
    let is_error = ty.as_string().is_some_and(|s| s == js_string!("error"));
    if let (Some(emitter), false) = (this.as_object(), is_error) {
        if let Some(events) = emitter.get(js_string!("_events"), ctx)?.as_object() {
            let key = ty.to_property_key(ctx)?;
            let handler = events.get(key, ctx)?;
            if handler.is_undefined() {
                return Ok(false.into());
            }
            if let Some(listener) = handler.as_callable() {
                let rest = args.get(1..).unwrap_or(&[]);
                let result = listener.call(this, rest, ctx)?;
                if !result.is_null_or_undefined() {
                    let list = JsArray::from_iter(rest.iter().cloned(), ctx);
                    hooks.add_catch.call(&JsValue::undefined(), &[this.clone(), result, ty, list.into()], ctx)?;
                }
                return Ok(true.into());
            }
        }
    }
    hooks.slow_emit.call(this, args, ctx)
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
