//! `internalBinding('task_queue')`: the `process.nextTick` queue and the microtask queue.

use super::object_with;
use crate::event_loop::{state, task_queues, Callback};
use boa_engine::job::{GenericJob, Job};
use boa_engine::object::FunctionObjectBuilder;
use boa_engine::{js_string, Context, JsNativeError, JsObject, JsResult, JsValue, NativeFunction};

pub fn create(ctx: &mut Context) -> JsObject {
    object_with(
        ctx,
        &[
            ("makeNextTick", 1, make_next_tick),
            ("setExiting", 0, set_exiting),
            ("enqueueMicrotask", 1, enqueue_microtask),
            ("runTicksAndMicrotasks", 0, run_ticks_and_microtasks),
            ("getAsyncFrame", 0, get_async_frame),
            ("setAsyncFrame", 1, set_async_frame),
        ],
    )
}

fn callable(args: &[JsValue]) -> JsResult<JsObject> {
    args.first()
        .and_then(JsValue::as_callable)
        .ok_or_else(|| JsNativeError::typ().with_message("callback must be a function").into())
}

/// `makeNextTick(validateFunction)` → a native `process.nextTick(callback, ...args)`: one call
/// per tick instead of a JavaScript wrapper with a rest parameter around `queueTick` (the wrapper
/// was most of a tick's cost in Boa). `validateFunction` throws Node's ERR_INVALID_ARG_TYPE.
fn make_next_tick(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let validate = args
        .first()
        .and_then(JsValue::as_callable)
        .ok_or_else(|| JsNativeError::typ().with_message("makeNextTick needs validateFunction"))?;
    let function = NativeFunction::from_copy_closure_with_captures(
        |_, args, validate: &JsObject, ctx| {
            let value = args.first().cloned().unwrap_or_default();
            let Some(func) = value.as_callable() else {
                validate.call(&JsValue::undefined(), &[value, js_string!("callback").into()], ctx)?;
                return Err(JsNativeError::typ().with_message("callback must be a function").into());
            };
            let st = state(ctx);
            if !st.emitting_exit.get() {
                let args = args.get(1..).map(<[JsValue]>::to_vec).unwrap_or_default();
                let frame = st.async_frame();
                st.ticks.borrow_mut().push_back(Callback { func, this: JsValue::undefined(), args, frame });
            }
            Ok(JsValue::undefined())
        },
        validate,
    );
    Ok(FunctionObjectBuilder::new(ctx.realm(), function).name(js_string!("nextTick")).length(1).build().into())
}

/// `setExiting()`: `process._exiting` became true (the 'exit' event is about to be emitted).
fn set_exiting(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    state(ctx).emitting_exit.set(true);
    Ok(JsValue::undefined())
}

/// `enqueueMicrotask(fn)`: `queueMicrotask`, on the same FIFO as promise jobs.
fn enqueue_microtask(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let func = callable(args)?;
    let realm = ctx.realm().clone();
    // `queueMicrotask` callbacks run in the async context frame they were queued in.
    let frame = state(ctx).async_frame();
    let job = GenericJob::new(
        move |ctx| {
            let st = state(ctx);
            let outer = st.swap_async_frame(frame);
            let result = func.call(&JsValue::undefined(), &[], ctx);
            st.swap_async_frame(outer);
            result
        },
        realm,
    );
    ctx.enqueue_job(Job::GenericJob(job));
    Ok(JsValue::undefined())
}

/// Drain ticks and microtasks now (for `-e`/`-p` and embedders' snippets).
fn run_ticks_and_microtasks(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let _ = task_queues::after_callback(ctx);
    Ok(JsValue::undefined())
}

/// `getAsyncFrame()` → the current async context frame (`async_hooks`' AsyncLocalStorage).
fn get_async_frame(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    Ok(state(ctx).async_frame())
}

/// `setAsyncFrame(frame)`: enter `frame` for the rest of the current callback.
fn set_async_frame(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    state(ctx).swap_async_frame(args.first().cloned().unwrap_or_default());
    Ok(JsValue::undefined())
}
