//! `internalBinding('timers')`: timer and immediate handles on the loop. `lib/internal/timers.js`
//! wraps them in Node's `Timeout` and `Immediate` objects.

use super::{arg_list, arg_u64, object_with};
use crate::event_loop::{state, Callback};
use boa_engine::{Context, JsNativeError, JsObject, JsResult, JsValue};

pub fn create(ctx: &mut Context) -> JsObject {
    object_with(
        ctx,
        &[
            ("scheduleTimer", 6, schedule_timer),
            ("clearTimer", 1, clear_timer),
            ("refreshTimer", 1, refresh_timer),
            ("setTimerRef", 2, set_timer_ref),
            ("timerHasRef", 1, timer_has_ref),
            ("scheduleImmediate", 3, schedule_immediate),
            ("clearImmediate", 1, clear_immediate),
            ("setImmediateRef", 2, set_immediate_ref),
            ("immediateHasRef", 1, immediate_has_ref),
            ("getLoopTime", 0, get_loop_time),
        ],
    )
}

/// `(owner, callback, args, delay, repeat, refed)`: the callback runs with `this === owner`.
fn callback_from(args: &[JsValue], ctx: &mut Context) -> JsResult<Callback> {
    let func = args
        .get(1)
        .and_then(JsValue::as_callable)
        .ok_or_else(|| JsNativeError::typ().with_message("callback must be a function"))?;
    Ok(Callback { func, this: args.first().cloned().unwrap_or_default(), args: arg_list(args, 2, ctx)? })
}

/// `scheduleTimer(owner, callback, args, delay, repeat, refed) → id`.
fn schedule_timer(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let callback = callback_from(args, ctx)?;
    let delay = arg_u64(args, 3);
    let repeat = args.get(4).is_some_and(JsValue::to_boolean).then_some(delay);
    let refed = args.get(5).is_none_or(JsValue::to_boolean);
    let id = state(ctx).start_timer(callback, delay, repeat, refed);
    Ok(JsValue::from(id as f64))
}

fn clear_timer(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    state(ctx).timers.borrow_mut().remove(arg_u64(args, 0));
    Ok(JsValue::undefined())
}

/// `refreshTimer(id) → boolean`: false when the timer is gone (fired or cleared).
fn refresh_timer(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let st = state(ctx);
    let id = arg_u64(args, 0);
    let mut timers = st.timers.borrow_mut();
    if timers.payload(id).is_none() {
        return Ok(false.into());
    }
    timers.refresh(id, st.now_ms());
    Ok(true.into())
}

fn set_timer_ref(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let refed = args.get(1).is_some_and(JsValue::to_boolean);
    state(ctx).timers.borrow_mut().set_ref(arg_u64(args, 0), refed);
    Ok(JsValue::undefined())
}

fn timer_has_ref(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    Ok(state(ctx).timers.borrow().has_ref(arg_u64(args, 0)).into())
}

/// `scheduleImmediate(owner, callback, args) → id`.
fn schedule_immediate(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let callback = callback_from(args, ctx)?;
    let id = state(ctx).immediates.borrow_mut().push(callback);
    Ok(JsValue::from(id as f64))
}

fn clear_immediate(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    state(ctx).immediates.borrow_mut().clear(arg_u64(args, 0));
    Ok(JsValue::undefined())
}

fn set_immediate_ref(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let refed = args.get(1).is_some_and(JsValue::to_boolean);
    state(ctx).immediates.borrow_mut().set_ref(arg_u64(args, 0), refed);
    Ok(JsValue::undefined())
}

fn immediate_has_ref(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    Ok(state(ctx).immediates.borrow().has_ref(arg_u64(args, 0)).into())
}

/// The cached loop time in ms (Node's `getLibuvNow`).
fn get_loop_time(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    Ok(JsValue::from(state(ctx).now_ms() as f64))
}
