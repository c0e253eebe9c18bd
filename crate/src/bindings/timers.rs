//! `internalBinding('timers')`: timer and immediate handles on the loop. `lib/internal/timers.js`
//! defines Node's `Timeout` and `Immediate` classes; `makeTimerFunctions` turns them into native
//! `setTimeout`, `setInterval` and `setImmediate`.
//!
//! # Why the three setters are native
//! A `setImmediate` hop is the loop's unit of work, and in Boa each own property a script adds
//! costs ≈1.6 k instructions (the generic define path), a rest parameter ≈1.5 k, a symbol-keyed
//! store ≈2 k (no inline cache) and each call ≈1.5–2 k. Built in JavaScript, an Immediate with its
//! bookkeeping took ≈22 k of a hop's 27 k instructions. Built here, the object gets its properties
//! by direct insertion (Node's own-property order) in the same native call that queues it.

use super::{arg_list, arg_u64, object_with};
use crate::event_loop::{state, Callback};
use boa_engine::builtins::object::OrdinaryObject;
use boa_engine::object::builtins::JsArray;
use boa_engine::object::FunctionObjectBuilder;
use boa_engine::property::{PropertyDescriptor, PropertyKey};
use boa_engine::{js_string, Context, JsNativeError, JsObject, JsResult, JsSymbol, JsValue, NativeFunction};
use boa_gc::{Finalize, Trace};

/// 2^31-1: larger delays do not fit libuv's int; JavaScript's `coerceDelay` handles them.
const TIMEOUT_MAX: f64 = 2_147_483_647.0;

pub fn create(ctx: &mut Context) -> JsObject {
    object_with(
        ctx,
        &[
            ("scheduleTimer", 6, schedule_timer),
            ("clearTimer", 1, clear_timer),
            ("refreshTimer", 1, refresh_timer),
            ("setTimerRef", 2, set_timer_ref),
            ("clearImmediate", 1, clear_immediate),
            ("setImmediateRef", 2, set_immediate_ref),
            ("getLoopTime", 0, get_loop_time),
            ("makeTimerFunctions", 1, make_timer_functions),
        ],
    )
}

/// `(owner, callback, args, delay, repeat, refed)`: the callback runs with `this === owner`.
fn callback_from(args: &[JsValue], ctx: &mut Context) -> JsResult<Callback> {
    let func = args
        .get(1)
        .and_then(JsValue::as_callable)
        .ok_or_else(|| JsNativeError::typ().with_message("callback must be a function"))?;
    let frame = state(ctx).async_frame();
    Ok(Callback { func, this: args.first().cloned().unwrap_or_default(), args: arg_list(args, 2, ctx)?, frame })
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
    st.update_time();
    timers.refresh(id, st.now_ms());
    Ok(true.into())
}

fn set_timer_ref(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let refed = args.get(1).is_some_and(JsValue::to_boolean);
    state(ctx).timers.borrow_mut().set_ref(arg_u64(args, 0), refed);
    Ok(JsValue::undefined())
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

/// The loop time in ms, brought up to date first (Node's `getLibuvNow`).
fn get_loop_time(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let st = state(ctx);
    st.update_time();
    Ok(JsValue::from(st.now_ms() as f64))
}

/// What the native setters need from `lib/internal/timers.js`.
#[derive(Clone, Trace, Finalize)]
struct TimerClasses {
    immediate_proto: JsObject,
    timeout_proto: JsObject,
    k_refed: JsSymbol,
    k_id: JsSymbol,
    /// `validateFunction(value, name)`: throws Node's ERR_INVALID_ARG_TYPE.
    validate_function: JsObject,
    /// `coerceDelay(after)`: ToNumber, then 1 outside [1, TIMEOUT_MAX] (with Node's warning).
    coerce_delay: JsObject,
}

/// `makeTimerFunctions({ Immediate, Timeout, kRefed, kId, validateFunction, coerceDelay })` →
/// `[setTimeout, setInterval, setImmediate]`.
fn make_timer_functions(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let bad = || JsNativeError::typ().with_message("makeTimerFunctions: bad classes");
    let parts = args.first().and_then(JsValue::as_object).ok_or_else(bad)?;
    let object = |name: &str, ctx: &mut Context| -> JsResult<JsObject> {
        parts.get(js_string!(name), ctx)?.as_object().ok_or_else(|| bad().into())
    };
    let symbol = |name: &str, ctx: &mut Context| -> JsResult<JsSymbol> {
        parts.get(js_string!(name), ctx)?.as_symbol().ok_or_else(|| bad().into())
    };
    let prototype = |class: JsObject, ctx: &mut Context| -> JsResult<JsObject> {
        class.get(js_string!("prototype"), ctx)?.as_object().ok_or_else(|| bad().into())
    };
    let immediate_class = object("Immediate", ctx)?;
    let timeout_class = object("Timeout", ctx)?;
    let k_refed = symbol("kRefed", ctx)?;
    *state(ctx).immediate_refed_key.borrow_mut() = Some(k_refed.clone());
    let classes = TimerClasses {
        immediate_proto: prototype(immediate_class, ctx)?,
        timeout_proto: prototype(timeout_class, ctx)?,
        k_refed,
        k_id: symbol("kId", ctx)?,
        validate_function: object("validateFunction", ctx)?,
        coerce_delay: object("coerceDelay", ctx)?,
    };
    // Node's lengths: setTimeout(callback, after, arg1, arg2, arg3), setImmediate(callback, arg1,
    // arg2, arg3).
    let set_timeout = native(ctx, "setTimeout", 5, &classes, |_, args, c, ctx| new_timeout(args, false, c, ctx));
    let set_interval = native(ctx, "setInterval", 5, &classes, |_, args, c, ctx| new_timeout(args, true, c, ctx));
    let set_immediate = native(ctx, "setImmediate", 4, &classes, |_, args, c, ctx| new_immediate(args, c, ctx));
    Ok(JsArray::from_iter([set_timeout, set_interval, set_immediate], ctx).into())
}

type TimerFn = fn(&JsValue, &[JsValue], &TimerClasses, &mut Context) -> JsResult<JsValue>;

fn native(ctx: &mut Context, name: &'static str, length: usize, classes: &TimerClasses, f: TimerFn) -> JsValue {
    let function = NativeFunction::from_copy_closure_with_captures(f, classes.clone());
    FunctionObjectBuilder::new(ctx.realm(), function).name(js_string!(name)).length(length).build().into()
}

/// An empty ordinary object on `proto` with a shared shape: objects given the same properties in the
/// same order then share their shapes' transitions (a unique shape builds a hash table per object).
fn shaped(proto: JsObject, ctx: &mut Context) -> JsObject {
    JsObject::new(ctx.root_shape(), proto, OrdinaryObject).upcast()
}

/// A writable, enumerable, configurable data property, as an object literal makes.
fn data(value: impl Into<JsValue>) -> PropertyDescriptor {
    PropertyDescriptor::builder().value(value).writable(true).enumerable(true).configurable(true).build()
}

/// The callback argument, or Node's ERR_INVALID_ARG_TYPE (thrown by `validateFunction`).
fn callback_arg(args: &[JsValue], classes: &TimerClasses, ctx: &mut Context) -> JsResult<JsObject> {
    let value = args.first().cloned().unwrap_or_default();
    if let Some(func) = value.as_callable() {
        return Ok(func);
    }
    classes.validate_function.call(&JsValue::undefined(), &[value, js_string!("callback").into()], ctx)?;
    Err(JsNativeError::typ().with_message("callback must be a function").into())
}

/// The extra arguments as (`_argv`/`_timerArgs` value, the list the loop passes).
fn extra_args(args: &[JsValue], from: usize, ctx: &mut Context) -> (JsValue, Vec<JsValue>) {
    match args.get(from..) {
        Some(rest) if !rest.is_empty() => (JsArray::from_iter(rest.iter().cloned(), ctx).into(), rest.to_vec()),
        _ => (JsValue::undefined(), Vec::new()),
    }
}

/// `setImmediate(callback, ...args)`: an `Immediate` with Node's own properties, queued.
fn new_immediate(args: &[JsValue], classes: &TimerClasses, ctx: &mut Context) -> JsResult<JsValue> {
    let func = callback_arg(args, classes, ctx)?;
    let (argv, list) = extra_args(args, 1, ctx);
    let immediate = shaped(classes.immediate_proto.clone(), ctx);
    immediate.insert_property(js_string!("_idleNext"), data(JsValue::null()));
    immediate.insert_property(js_string!("_idlePrev"), data(JsValue::null()));
    immediate.insert_property(js_string!("_onImmediate"), data(func.clone()));
    immediate.insert_property(js_string!("_argv"), data(argv));
    immediate.insert_property(js_string!("_destroyed"), data(false));
    immediate.insert_property(PropertyKey::from(classes.k_refed.clone()), data(true));
    let st = state(ctx);
    let frame = st.async_frame();
    let id = st.immediates.borrow_mut().push(Callback { func, this: immediate.clone().into(), args: list, frame });
    immediate.insert_property(PropertyKey::from(classes.k_id.clone()), data(id as f64));
    Ok(immediate.into())
}

/// `setTimeout(callback, after, ...args)` / `setInterval(callback, repeat, ...args)`: a `Timeout`
/// with Node's own properties, started.
fn new_timeout(args: &[JsValue], repeat: bool, classes: &TimerClasses, ctx: &mut Context) -> JsResult<JsValue> {
    let func = callback_arg(args, classes, ctx)?;
    let after = match args.get(1).and_then(JsValue::as_number) {
        Some(n) if (1.0..=TIMEOUT_MAX).contains(&n) => n,
        _ => {
            let value = args.get(1).cloned().unwrap_or_default();
            classes.coerce_delay.call(&JsValue::undefined(), &[value], ctx)?.to_number(ctx)?
        }
    };
    let (timer_args, list) = extra_args(args, 2, ctx);
    let st = state(ctx);
    let timeout = shaped(classes.timeout_proto.clone(), ctx);
    timeout.insert_property(js_string!("_idleTimeout"), data(after));
    timeout.insert_property(js_string!("_idlePrev"), data(JsValue::null()));
    timeout.insert_property(js_string!("_idleNext"), data(JsValue::null()));
    // As Node's getLibuvNow: the loop time is brought up to date before a timer starts.
    st.update_time();
    timeout.insert_property(js_string!("_idleStart"), data(st.now_ms() as f64));
    timeout.insert_property(js_string!("_onTimeout"), data(func.clone()));
    timeout.insert_property(js_string!("_timerArgs"), data(timer_args));
    timeout.insert_property(js_string!("_repeat"), data(if repeat { JsValue::from(after) } else { JsValue::null() }));
    timeout.insert_property(js_string!("_destroyed"), data(false));
    timeout.insert_property(PropertyKey::from(classes.k_refed.clone()), data(true));
    let delay = after as u64;
    let callback = Callback { func, this: timeout.clone().into(), args: list, frame: state(ctx).async_frame() };
    let id = st.start_timer(callback, delay, repeat.then_some(delay), true);
    timeout.insert_property(PropertyKey::from(classes.k_id.clone()), data(id as f64));
    Ok(timeout.into())
}
