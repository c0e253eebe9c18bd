//! What happens around every callback: Node's `processTicksAndRejections` and its uncaught
//! exception path.
//!
//! After each callback that entered JavaScript, the `process.nextTick` queue is drained, then the
//! microtask queue, and again until both are empty; then pending promise rejections are announced
//! (which may queue more ticks, so the whole thing repeats). An error escaping a callback goes to
//! `process` ('uncaughtExceptionMonitor', then 'uncaughtException'); with no listener it is fatal:
//! printed to stderr, 'exit' is emitted with code 1, and the loop unwinds with [`Exiting`].

use super::state::{state, Callback, CompletionHandler, Exiting, Flow, LoopEvent};
use boa_engine::{Context, JsError, JsNativeError, JsValue};
use std::any::Any;

/// Exit code when an 'uncaughtException' handler itself throws (Node's kExceptionInFatalExceptionHandler).
const EXCEPTION_IN_FATAL_HANDLER: i32 = 7;
/// Exit code for an uncaught error (Node's kGenericUserError).
pub(crate) const GENERIC_USER_ERROR: i32 = 1;

/// Call `callback`, report what it throws, then drain ticks and microtasks.
pub fn invoke(ctx: &mut Context, callback: &Callback) -> Flow {
    invoke_reporting(ctx, callback).map(|_| ())
}

/// Like [`invoke`]; also says whether the callback returned normally.
pub fn invoke_reporting(ctx: &mut Context, callback: &Callback) -> Result<bool, Exiting> {
    let st = state(ctx);
    st.trace(|| LoopEvent::Callback { phase: st.phase() });
    let outer = st.swap_async_frame(callback.frame.clone());
    let called = callback.func.call(&callback.this, &callback.args, ctx);
    st.swap_async_frame(outer);
    let completed = match called {
        Ok(_) => true,
        Err(err) => {
            report_uncaught(ctx, err, false)?;
            false
        }
    };
    after_callback(ctx)?;
    Ok(completed)
}

/// Run a pool completion's handler as a poll-phase callback.
pub fn complete(ctx: &mut Context, handler: CompletionHandler, result: Box<dyn Any + Send>) -> Flow {
    if let Err(err) = handler(ctx, result) {
        report_uncaught(ctx, err, false)?;
    }
    after_callback(ctx)
}

/// Node's `processTicksAndRejections`: drain ticks, then microtasks, until both are empty, then
/// announce rejections; repeat while that scheduled more.
pub fn after_callback(ctx: &mut Context) -> Flow {
    let st = state(ctx);
    loop {
        if st.stop_requested() {
            return Err(Exiting);
        }
        loop {
            let tick = st.ticks.borrow_mut().pop_front();
            let Some(tick) = tick else { break };
            let outer = st.swap_async_frame(tick.frame.clone());
            let called = tick.func.call(&JsValue::undefined(), &tick.args, ctx);
            st.swap_async_frame(outer);
            if let Err(err) = called {
                // NOTE: as in Node, a throwing tick ends this drain even when 'uncaughtException'
                // handled it: the remaining ticks and the microtasks wait for the next callback.
                report_uncaught(ctx, err, false)?;
                return Ok(());
            }
        }
        run_microtasks(ctx)?;
        if !st.ticks.borrow().is_empty() {
            continue;
        }
        if !process_rejections(ctx)? {
            return Ok(());
        }
    }
}

fn run_microtasks(ctx: &mut Context) -> Flow {
    let st = state(ctx);
    if st.microtasks.is_empty() {
        return Ok(());
    }
    let mut exiting = false;
    st.microtasks.run(ctx, &mut |ctx, err| {
        let go_on = report_uncaught(ctx, err, false).is_ok();
        exiting |= !go_on;
        go_on
    });
    if exiting || st.stop_requested() {
        Err(Exiting)
    } else {
        Ok(())
    }
}

/// Announce late handlers and unhandled rejections. Returns whether there was anything to do.
fn process_rejections(ctx: &mut Context) -> Result<bool, Exiting> {
    let st = state(ctx);
    if st.rejections.borrow().is_empty() {
        return Ok(false);
    }
    let Some(hooks) = st.hooks() else { return Ok(false) };
    let batch = st.rejections.borrow_mut().take();
    for promise in batch.handled_late {
        if let Err(err) = hooks.on_rejection_handled.call(&JsValue::undefined(), &[promise.into()], ctx) {
            report_uncaught(ctx, err, false)?;
        }
    }
    for (promise, reason) in batch.unhandled {
        if !st.rejections.borrow().is_reported(&promise) {
            continue;
        }
        let args = [promise.into(), reason];
        match hooks.on_unhandled_rejection.call(&JsValue::undefined(), &args, ctx) {
            Ok(err) if err.is_undefined() => {}
            Ok(err) => report_uncaught(ctx, JsError::from_opaque(err), true)?,
            Err(err) => report_uncaught(ctx, err, false)?,
        }
    }
    Ok(true)
}

/// Node's `triggerUncaughtException`: hand `err` to 'uncaughtException' listeners, or die.
///
/// # Errors
/// [`Exiting`] when the error was fatal or the process is already exiting.
pub fn report_uncaught(ctx: &mut Context, err: JsError, from_promise: bool) -> Flow {
    let st = state(ctx);
    if st.stop_requested() {
        return Err(Exiting);
    }
    if !err.is_catchable_by_guest() {
        // A runtime limit (runaway loop, recursion): Node would have thrown a RangeError; the
        // guest had no chance to catch it, so it is fatal.
        let value = JsNativeError::range().with_message(err.to_string()).into_opaque(ctx).into();
        return fatal(ctx, &value, GENERIC_USER_ERROR);
    }
    let value = err.to_opaque(ctx);
    let Some(hooks) = st.hooks() else {
        return fatal(ctx, &value, GENERIC_USER_ERROR);
    };
    match hooks.on_uncaught.call(&JsValue::undefined(), &[value.clone(), from_promise.into()], ctx) {
        Ok(handled) if handled.to_boolean() => Ok(()),
        Ok(_) => fatal(ctx, &value, GENERIC_USER_ERROR),
        Err(inner) => {
            if st.stop_requested() {
                return Err(Exiting);
            }
            // NOTE: as Node does, no 'exit' event when the fatal handler itself threw.
            let inner = inner.to_opaque(ctx);
            print_fatal(ctx, &inner);
            st.set_exit_code(EXCEPTION_IN_FATAL_HANDLER);
            Err(Exiting)
        }
    }
}

/// Print `value` as Node prints a fatal error, emit 'exit', and unwind.
fn fatal(ctx: &mut Context, value: &JsValue, code: i32) -> Flow {
    print_fatal(ctx, value);
    let st = state(ctx);
    if st.exit_code().is_none() {
        let code = emit_exit(ctx, Some(code));
        st.set_exit_code(code);
    }
    Err(Exiting)
}

fn print_fatal(ctx: &mut Context, value: &JsValue) {
    let st = state(ctx);
    let text = st
        .hooks()
        .and_then(|h| h.format_fatal.call(&JsValue::undefined(), std::slice::from_ref(value), ctx).ok())
        .and_then(|v| v.as_string().map(|s| s.to_std_string_lossy()))
        .unwrap_or_else(|| format!("Uncaught {}\n", value.display()));
    st.host.output.stderr(text.as_bytes());
}

/// Emit 'exit' once, with `code` (which becomes `process.exitCode`) or with `process.exitCode`;
/// returns the code the process exits with (a listener may set `process.exitCode` or call
/// `process.exit()`).
pub fn emit_exit(ctx: &mut Context, code: Option<i32>) -> i32 {
    let st = state(ctx);
    let fallback = code.unwrap_or(0);
    let Some(hooks) = st.hooks() else { return fallback };
    let arg = code.map_or_else(JsValue::undefined, JsValue::from);
    match hooks.emit_exit.call(&JsValue::undefined(), &[arg], ctx) {
        Ok(v) => st.exit_code().unwrap_or_else(|| v.as_number().map_or(fallback, |n| n as i32)),
        Err(err) => {
            if let Some(code) = st.exit_code() {
                return code;
            }
            // Node prints the error and keeps `process.exitCode`, or exits with 1.
            let value = err.to_opaque(ctx);
            print_fatal(ctx, &value);
            process_exit_code(ctx).unwrap_or(GENERIC_USER_ERROR)
        }
    }
}

/// `process.exitCode` as a number, when set.
fn process_exit_code(ctx: &mut Context) -> Option<i32> {
    let process = ctx.global_object().get(boa_engine::js_string!("process"), ctx).ok()?;
    let code = process.as_object()?.get(boa_engine::js_string!("exitCode"), ctx).ok()?;
    code.to_number(ctx).ok().filter(|n| n.is_finite()).map(|n| n as i32)
}

/// After a natural 'exit', Node still runs the microtasks its listeners queued (ticks are
/// dropped: `process.nextTick` ignores calls once the process is exiting).
pub fn drain_microtasks_at_exit(ctx: &mut Context) {
    let st = state(ctx);
    if st.exit_code().is_none() {
        let _ = run_microtasks(ctx);
    }
}

/// Conversions between Boa's error type and guest values.
trait GuestError {
    fn is_catchable_by_guest(&self) -> bool;
    fn to_opaque(self, ctx: &mut Context) -> JsValue;
}

impl GuestError for JsError {
    fn is_catchable_by_guest(&self) -> bool {
        self.as_opaque().is_some() || self.as_native().is_some()
    }

    fn to_opaque(self, ctx: &mut Context) -> JsValue {
        let text = self.to_string();
        self.into_opaque(ctx).unwrap_or_else(|_| JsNativeError::error().with_message(text).into_opaque(ctx).into())
    }
}
