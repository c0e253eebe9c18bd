//! `internalBinding('task_queue')`: the `process.nextTick` queue and the microtask queue.

use super::{arg_list, object_with};
use crate::event_loop::{state, task_queues, Callback};
use boa_engine::job::{GenericJob, Job};
use boa_engine::{Context, JsNativeError, JsObject, JsResult, JsValue};

pub fn create(ctx: &mut Context) -> JsObject {
    object_with(
        ctx,
        &[
            ("queueTick", 2, queue_tick),
            ("enqueueMicrotask", 1, enqueue_microtask),
            ("runTicksAndMicrotasks", 0, run_ticks_and_microtasks),
        ],
    )
}

fn callable(args: &[JsValue]) -> JsResult<JsObject> {
    args.first()
        .and_then(JsValue::as_callable)
        .ok_or_else(|| JsNativeError::typ().with_message("callback must be a function").into())
}

/// `queueTick(fn, argsArray)`: validated by `process.nextTick` in JavaScript.
fn queue_tick(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let func = callable(args)?;
    let args = arg_list(args, 1, ctx)?;
    state(ctx).ticks.borrow_mut().push_back(Callback { func, this: JsValue::undefined(), args });
    Ok(JsValue::undefined())
}

/// `enqueueMicrotask(fn)`: `queueMicrotask`, on the same FIFO as promise jobs.
fn enqueue_microtask(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let func = callable(args)?;
    let realm = ctx.realm().clone();
    let job = GenericJob::new(move |ctx| func.call(&JsValue::undefined(), &[], ctx), realm);
    ctx.enqueue_job(Job::GenericJob(job));
    Ok(JsValue::undefined())
}

/// Drain ticks and microtasks now (for `-e`/`-p` and embedders' snippets).
fn run_ticks_and_microtasks(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let _ = task_queues::after_callback(ctx);
    Ok(JsValue::undefined())
}
