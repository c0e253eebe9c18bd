//! The event loop, phase by phase as libuv's `uv_run` runs it.
//!
//! # How and why
//!
//! Node's loop is libuv's loop with JavaScript hung on its phases. We keep libuv's shape so that
//! Node's ordering falls out of the structure instead of being special-cased:
//!
//! ```text
//!   update_time; run_timers                  (default mode only, before the first iteration)
//!   while alive() && !stopped:
//!     run_pending      I/O callbacks deferred from the previous iteration
//!     (idle, prepare)  no guest-visible handles; NOTE: immediates stop the poll from sleeping
//!                      through `poll_timeout()`, where Node uses an idle handle for it
//!     poll(timeout)    completions of pool work (fs, crypto, zlib) run here
//!     run_check        setImmediate callbacks queued before the phase began
//!     run_closing      close callbacks
//!     update_time; run_timers
//! ```
//!
//! - Time is cached once per iteration (`update_time`), in whole milliseconds, as libuv's
//!   `uv_now`. A timer's start is the time brought up to date when it is armed (Node's
//!   `getLibuvNow` updates the loop time), so a slow main script does not eat into its delay;
//!   an interval is re-armed from the time taken just before its callback.
//! - Timers fire in (deadline, start order) — see [`timers`].
//! - After every callback that enters JavaScript, `task_queues::after_callback` drains the
//!   `process.nextTick` queue, then the microtasks, until both are empty, then processes pending
//!   promise rejections: Node's `processTicksAndRejections`.
//! - `alive()` is the one predicate that decides whether the loop goes on: a referenced active
//!   timer, a referenced immediate, pool work in flight, a referenced handle, or callbacks waiting
//!   in the pending or closing queues.
//! - Run modes are only exit rules: `Default` sleeps in poll and loops until not alive; `Once`
//!   sleeps at most once; `NoWait` never sleeps, which is how the browser host runs one slice and
//!   yields to the page.

pub mod immediates;
mod rejections;
mod state;
pub mod task_queues;
pub mod timers;

pub use rejections::RejectionTracker;
pub use state::{state, Callback, CompletionHandler, Exiting, Flow, Hooks, LoopEvent, LoopState, Phase, Tracer};

use boa_engine::property::PropertyKey;
use boa_engine::{js_string, Context, JsValue};
use std::time::Duration;

/// How long [`run`] may go on (libuv's `uv_run_mode`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunMode {
    /// Until nothing keeps the loop alive, sleeping in poll when there is nothing to do.
    Default,
    /// One iteration, sleeping in poll if there is nothing else to do.
    Once,
    /// One iteration, never sleeping.
    NoWait,
}

/// Run the loop. Returns whether it is still alive (more work is scheduled).
///
/// # Errors
/// [`Exiting`] when the process is exiting (`process.exit()`, a fatal error, or a stop request).
pub fn run(ctx: &mut Context, mode: RunMode) -> Result<bool, Exiting> {
    let st = state(ctx);
    let mut alive = st.alive();
    if !alive {
        st.update_time();
    }
    if mode == RunMode::Default && alive && !st.stop_requested() {
        wait_for_imminent_timer(&st);
        run_timers(ctx)?;
    }
    while alive && !st.stop_requested() {
        run_pending(ctx)?;
        let can_sleep = st.pending_is_empty();
        let timeout = match mode {
            RunMode::Default => st.poll_timeout(),
            RunMode::Once if can_sleep => st.poll_timeout(),
            _ => Some(0),
        };
        poll(ctx, timeout)?;
        run_check(ctx)?;
        run_closing(ctx)?;
        st.update_time();
        run_timers(ctx)?;
        alive = st.alive();
        if mode != RunMode::Default {
            break;
        }
    }
    if st.stop_requested() {
        return Err(Exiting);
    }
    Ok(alive)
}

/// How long after the main script Node's loop starts (the rest of its bootstrap runs first): a
/// few milliseconds on a quiet machine.
const NODE_LOOP_START_MS: u64 = 4;

/// Bring the loop time up to date for the timers run that opens the loop, first waiting for a
/// timer due within [`NODE_LOOP_START_MS`].
/// NOTE: Node's loop starts some milliseconds after the main script ends, so a short timer the
/// script set (`setTimeout(f, 0)`, up to a few ms) is due by then and fires before the first
/// poll, ahead of fs callbacks and immediates; ours starts at once, so it waits (really: the
/// timer still fires no earlier than its delay) for a timer due that soon.
fn wait_for_imminent_timer(st: &LoopState) {
    st.update_time();
    let Some(deadline) = st.timers.borrow().next_deadline() else { return };
    loop {
        let now = st.now_ms();
        if deadline <= now || deadline > now + NODE_LOOP_START_MS {
            return;
        }
        // The waker returns early when a completion is queued: then this goes round again.
        st.host.waker.wait(Some(Duration::from_millis(deadline - now)));
        st.update_time();
    }
}

/// The timers run that opens `uv_run(DEFAULT)`, for hosts that then drive the loop in `NoWait`
/// iterations (the browser): with it, their slices run the phases in Node's order.
///
/// # Errors
/// [`Exiting`] when the process is exiting.
/// NOTE: a host whose waker cannot sleep (the browser's returns at once) waits for a timer due
/// within [`NODE_LOOP_START_MS`] by polling the clock (see [`wait_for_imminent_timer`]): at most
/// that long, once per program, and no timer ever fires before its delay.
pub fn run_opening_timers(ctx: &mut Context) -> Flow {
    let st = state(ctx);
    if st.alive() && !st.stop_requested() {
        wait_for_imminent_timer(&st);
        run_timers(ctx)?;
    }
    Ok(())
}

// ===== Phase: timers =====
/// Run every timer due at the cached loop time. An interval is re-armed after its callback, from
/// the time taken just before it (as Node's `listOnTimeout`), unless the callback cleared it.
fn run_timers(ctx: &mut Context) -> Flow {
    let st = state(ctx);
    st.enter_phase(Phase::Timers);
    let now = st.now_ms();
    loop {
        let due = st.timers.borrow_mut().pop_due(now);
        let Some(id) = due else { break };
        let (callback, repeat) = {
            let timers = st.timers.borrow();
            let Some(cb) = timers.payload(id) else { continue };
            (cb.clone(), timers.repeat(id))
        };
        let start = if repeat.is_some() {
            st.update_time();
            st.now_ms()
        } else {
            now
        };
        let flow = task_queues::invoke(ctx, &callback);
        let mut timers = st.timers.borrow_mut();
        if timers.payload(id).is_some() && !timers.is_active(id) {
            if let Some(every) = repeat {
                // NOTE: as in Node, an interval whose callback threw is still re-armed (the throw
                // was reported through 'uncaughtException' and the loop goes on).
                timers.start(id, start, every, Some(every));
            } else {
                // A one-shot timer that its callback neither cleared nor refreshed is done; Node's
                // `listOnTimeout` marks the Timeout destroyed.
                timers.remove(id);
                drop(timers);
                mark(ctx, &callback.this, js_string!("_destroyed"), true.into());
            }
        }
        flow?;
    }
    Ok(())
}

// ===== Phase: pending callbacks =====
fn run_pending(ctx: &mut Context) -> Flow {
    let st = state(ctx);
    st.enter_phase(Phase::Pending);
    while let Some(callback) = st.pop_pending() {
        task_queues::invoke(ctx, &callback)?;
    }
    Ok(())
}

// ===== Phase: poll =====
/// Wait up to `timeout` ms (`None`: until woken) for pool completions, then run their handlers.
fn poll(ctx: &mut Context, timeout: Option<u64>) -> Flow {
    let st = state(ctx);
    st.enter_phase(Phase::Poll);
    if st.host.completions.is_empty() && timeout != Some(0) {
        st.host.output.flush();
        // A manual clock jumps to the deadline in `wait`; a real one moves by itself.
        st.host.waker.wait(timeout.map(Duration::from_millis));
    }
    for completion in st.host.completions.drain() {
        let Some(handler) = st.take_request(completion.id) else { continue };
        task_queues::complete(ctx, handler, completion.result)?;
    }
    Ok(())
}

// ===== Phase: check =====
/// Run the immediates queued before this phase began; later ones wait for the next iteration.
/// NOTE: after an immediate throws (and 'uncaughtException' handled it) the rest of the batch
/// waits for the next check phase, as in Node, whose `processImmediate` leaves them queued.
fn run_check(ctx: &mut Context) -> Flow {
    let st = state(ctx);
    st.enter_phase(Phase::Check);
    let batch = st.immediates.borrow().batch_len();
    for _ in 0..batch {
        let next = st.immediates.borrow_mut().pop();
        let Some((_, callback)) = next else { break };
        // As Node's `processImmediate`: the Immediate is destroyed and unrefed before it runs.
        mark(ctx, &callback.this, js_string!("_destroyed"), true.into());
        let refed_key = st.immediate_refed_key.borrow().clone();
        if let Some(key) = refed_key {
            mark(ctx, &callback.this, key, JsValue::null());
        }
        if !task_queues::invoke_reporting(ctx, &callback)? {
            break;
        }
    }
    Ok(())
}

/// Set a property of the Timeout or Immediate a callback belongs to (a plain assignment: a guest
/// that froze it keeps it as it is).
fn mark(ctx: &mut Context, owner: &JsValue, key: impl Into<PropertyKey>, value: JsValue) {
    if let Some(owner) = owner.as_object() {
        // An assignment on an ordinary object can only fail when the guest made it fail.
        let _ = owner.set(key, value, false, ctx);
    }
}

// ===== Phase: close callbacks =====
fn run_closing(ctx: &mut Context) -> Flow {
    let st = state(ctx);
    st.enter_phase(Phase::Close);
    while let Some(callback) = st.pop_closing() {
        task_queues::invoke(ctx, &callback)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests;
