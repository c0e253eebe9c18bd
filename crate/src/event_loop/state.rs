//! The loop's state, shared by the phases and by the native bindings that schedule work.
//!
//! One `Rc<LoopState>` per runtime lives in the Boa `Context`'s host data, so natives reach it
//! from `&mut Context` and several runtimes can share a thread (or a page).

use super::immediates::ImmediateQueue;
use super::rejections::RejectionTracker;
use super::timers::{TimerHeap, TimerId};
use crate::host::{Host, Work};
use crate::jobs::MicrotaskQueue;
use boa_engine::{Context, JsObject, JsResult, JsSymbol, JsValue};
use rustc_hash::FxHashMap;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

/// A JavaScript function to call, with its receiver and arguments, and the async context frame
/// it was scheduled in (see [`LoopState::async_frame`]).
#[derive(Clone)]
pub struct Callback {
    pub func: JsObject,
    pub this: JsValue,
    pub args: Vec<JsValue>,
    pub frame: JsValue,
}

/// The process is exiting: unwind to the host. The exit code is in [`LoopState::exit_code`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Exiting;

/// The result of running guest code at loop level: go on, or unwind because the process exits.
pub type Flow = Result<(), Exiting>;

/// What turns a finished piece of pool work into JavaScript calls, on the loop's thread.
pub type CompletionHandler = Box<dyn FnOnce(&mut Context, Box<dyn Any + Send>) -> JsResult<()>>;

/// The loop phases, for the loop-event stream.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Timers,
    Pending,
    Poll,
    Check,
    Close,
}

/// What the loop reports to a tracer (the playground's event-loop visualizer).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoopEvent {
    /// A phase began; with the sizes of the queues at that moment.
    Phase {
        phase: Phase,
        timers: usize,
        immediates: usize,
        ticks: usize,
        requests: usize,
    },
    /// A callback of the current phase is about to run.
    Callback {
        phase: Option<Phase>,
    },
    /// Pool work was submitted (`id`) or its completion was taken in poll.
    PoolJobStart {
        id: u64,
    },
    PoolJobEnd {
        id: u64,
    },
}

/// A receiver of [`LoopEvent`]s.
pub type Tracer = Box<dyn Fn(&LoopEvent)>;

/// JavaScript functions the loop calls at process level, installed by the bootstrap script.
#[derive(Clone)]
pub struct Hooks {
    /// `(error, fromPromise) → boolean`: emit 'uncaughtExceptionMonitor' and
    /// 'uncaughtException'; false when no listener handled it.
    pub on_uncaught: JsObject,
    /// `(promise, reason) → error | undefined`: emit 'unhandledRejection'; the error to raise as
    /// uncaught when nobody listened.
    pub on_unhandled_rejection: JsObject,
    /// `(promise) → void`: emit 'rejectionHandled'.
    pub on_rejection_handled: JsObject,
    /// `(error) → string`: the text Node prints to stderr for a fatal error.
    pub format_fatal: JsObject,
    /// `(code) → boolean`: emit 'beforeExit'.
    pub emit_before_exit: JsObject,
    /// `(code) → number`: emit 'exit'; returns the final exit code.
    pub emit_exit: JsObject,
}

pub struct LoopState {
    pub host: Host,
    now_ms: Cell<u64>,
    pub timers: RefCell<TimerHeap<Callback>>,
    pub immediates: RefCell<ImmediateQueue<Callback>>,
    pub ticks: RefCell<VecDeque<Callback>>,
    pub microtasks: Rc<MicrotaskQueue>,
    pub rejections: RefCell<RejectionTracker>,
    pending: RefCell<VecDeque<Callback>>,
    closing: RefCell<VecDeque<Callback>>,
    requests: RefCell<FxHashMap<u64, CompletionHandler>>,
    /// The requests handed to the host's pool and not yet taken back (see [`Self::submit_trip`]).
    pooled: RefCell<rustc_hash::FxHashSet<u64>>,
    /// The requests that are wakeups (see [`Self::submit_async`]): they keep nothing alive.
    wakeups: RefCell<rustc_hash::FxHashSet<u64>>,
    next_request: Cell<u64>,
    /// Other referenced active handles (watchers, stdin): each keeps the loop alive.
    handle_refs: Cell<usize>,
    exit_code: Cell<Option<i32>>,
    stop: Cell<bool>,
    /// `process._exiting`: the 'exit' event is being emitted; `process.nextTick` queues nothing.
    pub emitting_exit: Cell<bool>,
    hooks: RefCell<Option<Hooks>>,
    phase: Cell<Option<Phase>>,
    /// Off by default; when off, tracing costs one `Cell` read per event site.
    tracing: Cell<bool>,
    tracer: RefCell<Option<Tracer>>,
    /// The key of an Immediate's refed flag (`lib/internal/timers.js` hands it over), which the
    /// check phase clears on the Immediate it runs, as Node's `processImmediate` does.
    pub immediate_refed_key: RefCell<Option<JsSymbol>>,
    /// The async context frame of the code running now (`AsyncLocalStorage`'s stores, a `Map`
    /// made by `async_hooks`; `undefined` when none was entered). Every callback scheduled
    /// (timers, immediates, ticks, pool completions, promise reactions) takes the frame of the
    /// code that scheduled it, and runs in it.
    async_frame: RefCell<JsValue>,
}

/// The loop state of the runtime that owns `ctx`.
///
/// # Panics
/// If `ctx` was not built by [`crate::Runtime`], which installs the state before any guest code.
#[must_use]
pub fn state(ctx: &Context) -> Rc<LoopState> {
    Rc::clone(ctx.get_data::<Rc<LoopState>>().expect("the runtime installs its loop state"))
}

impl LoopState {
    #[must_use]
    pub fn new(host: Host, microtasks: Rc<MicrotaskQueue>) -> Self {
        let st = Self {
            host,
            now_ms: Cell::new(0),
            timers: RefCell::default(),
            immediates: RefCell::default(),
            ticks: RefCell::default(),
            microtasks,
            rejections: RefCell::default(),
            pending: RefCell::default(),
            closing: RefCell::default(),
            requests: RefCell::default(),
            pooled: RefCell::default(),
            wakeups: RefCell::default(),
            next_request: Cell::new(1),
            handle_refs: Cell::new(0),
            exit_code: Cell::new(None),
            stop: Cell::new(false),
            emitting_exit: Cell::new(false),
            hooks: RefCell::new(None),
            phase: Cell::new(None),
            tracing: Cell::new(false),
            tracer: RefCell::new(None),
            immediate_refed_key: RefCell::new(None),
            async_frame: RefCell::new(JsValue::undefined()),
        };
        st.update_time();
        st
    }

    // ----- time -----

    /// Cache the clock's time, in whole milliseconds (libuv's `uv_update_time`).
    pub fn update_time(&self) {
        self.now_ms.set(self.host.clock.now_ns() / 1_000_000);
    }

    /// The cached loop time (libuv's `uv_now`).
    #[must_use]
    pub fn now_ms(&self) -> u64 {
        self.now_ms.get()
    }

    // ----- liveness -----

    /// libuv's `uv__loop_alive`.
    #[must_use]
    pub fn alive(&self) -> bool {
        self.timers.borrow().has_refed_active()
            || self.immediates.borrow().has_refed()
            || self.requests.borrow().len() > self.wakeups.borrow().len()
            || self.handle_refs.get() > 0
            || !self.pending.borrow().is_empty()
            || !self.closing.borrow().is_empty()
    }

    /// How long poll may sleep: 0 when something is ready to run, until the next timer
    /// otherwise, `None` (no limit) when only pool work is outstanding.
    #[must_use]
    pub fn poll_timeout(&self) -> Option<u64> {
        if self.stop.get()
            || !self.alive()
            || self.immediates.borrow().has_refed()
            || !self.pending.borrow().is_empty()
            || !self.closing.borrow().is_empty()
        {
            return Some(0);
        }
        self.timers.borrow().next_deadline().map(|d| d.saturating_sub(self.now_ms()))
    }

    pub fn ref_handle(&self) {
        self.handle_refs.set(self.handle_refs.get() + 1);
    }

    pub fn unref_handle(&self) {
        self.handle_refs.set(self.handle_refs.get().saturating_sub(1));
    }

    // ----- queues -----

    #[must_use]
    pub fn pending_is_empty(&self) -> bool {
        self.pending.borrow().is_empty()
    }

    pub fn push_pending(&self, callback: Callback) {
        self.pending.borrow_mut().push_back(callback);
    }

    pub(super) fn pop_pending(&self) -> Option<Callback> {
        self.pending.borrow_mut().pop_front()
    }

    pub fn push_closing(&self, callback: Callback) {
        self.closing.borrow_mut().push_back(callback);
    }

    pub(super) fn pop_closing(&self) -> Option<Callback> {
        self.closing.borrow_mut().pop_front()
    }

    // ----- async context -----

    /// The current async context frame.
    #[must_use]
    pub fn async_frame(&self) -> JsValue {
        self.async_frame.borrow().clone()
    }

    /// Enter `frame`; returns the frame to restore afterwards.
    pub fn swap_async_frame(&self, frame: JsValue) -> JsValue {
        self.async_frame.replace(frame)
    }

    /// `done`, made to run in the current async context frame.
    fn in_current_frame(&self, done: CompletionHandler) -> CompletionHandler {
        let frame = self.async_frame();
        Box::new(move |ctx, result| {
            let st = state(ctx);
            let outer = st.swap_async_frame(frame);
            let out = done(ctx, result);
            st.swap_async_frame(outer);
            out
        })
    }

    /// Hand `work` to the pool; `done` runs in a later poll phase with its result.
    pub fn submit_work(&self, work: Work, done: CompletionHandler) -> u64 {
        let done = self.in_current_frame(done);
        let id = self.next_request.get();
        self.next_request.set(id + 1);
        self.requests.borrow_mut().insert(id, done);
        self.trace(|| LoopEvent::PoolJobStart { id });
        match &self.host.pool {
            Some(pool) => {
                self.pooled.borrow_mut().insert(id);
                pool.submit(id, work, std::sync::Arc::clone(&self.host.completions));
            }
            None => self.host.completions.push(crate::host::Completion { id, result: work() }),
        }
        id
    }

    /// A trip through the pool that does no work (an fs operation, already done against the VFS,
    /// waiting for its turn): `done` runs in the next poll phase. While the pool is idle the trip
    /// is complete at once, as a quick libuv job is by the time the loop polls (an fs callback
    /// then comes before an immediate queued with it); behind pool work still in flight it queues
    /// as any job does, so a busy or one-thread pool holds it back.
    pub fn submit_trip(&self, done: CompletionHandler) -> u64 {
        if self.pooled.borrow().is_empty() {
            let done = self.in_current_frame(done);
            let id = self.next_request.get();
            self.next_request.set(id + 1);
            self.requests.borrow_mut().insert(id, done);
            self.trace(|| LoopEvent::PoolJobStart { id });
            self.host.completions.push(crate::host::Completion { id, result: Box::new(()) });
            return id;
        }
        self.submit_work(Box::new(|| Box::new(())), done)
    }

    /// A wakeup of the loop, as libuv's `uv_async_send` on an unreferenced async handle (a
    /// MessagePort's): `done` runs in the next poll phase, if the loop runs one. It does not keep
    /// the loop alive: what does is the receiving port's own reference ([`Self::ref_handle`]).
    pub fn submit_async(&self, done: CompletionHandler) -> u64 {
        let id = self.next_request.get();
        self.next_request.set(id + 1);
        self.requests.borrow_mut().insert(id, done);
        self.wakeups.borrow_mut().insert(id);
        self.host.completions.push(crate::host::Completion { id, result: Box::new(()) });
        id
    }

    /// Hand a data-described job to the pool (on a Web Worker in the browser); `done` runs in a
    /// later poll phase with its output bytes (a `Vec<u8>`).
    pub fn submit_job(&self, job: crate::host::PoolJob, done: CompletionHandler) -> u64 {
        let done = self.in_current_frame(done);
        let id = self.next_request.get();
        self.next_request.set(id + 1);
        self.requests.borrow_mut().insert(id, done);
        self.trace(|| LoopEvent::PoolJobStart { id });
        match &self.host.pool {
            Some(pool) => {
                self.pooled.borrow_mut().insert(id);
                pool.submit_job(id, job, std::sync::Arc::clone(&self.host.completions));
            }
            None => self.host.completions.push(crate::host::Completion { id, result: Box::new(job.run()) }),
        }
        id
    }

    pub(super) fn take_request(&self, id: u64) -> Option<CompletionHandler> {
        self.pooled.borrow_mut().remove(&id);
        let handler = self.requests.borrow_mut().remove(&id);
        if self.wakeups.borrow_mut().remove(&id) {
            return handler;
        }
        if handler.is_some() {
            self.trace(|| LoopEvent::PoolJobEnd { id });
        }
        handler
    }

    // ----- timers, for the bindings -----

    /// Start a timer handle that calls `callback` after `delay` ms (and every `repeat` ms), from
    /// the loop time brought up to date (Node's `getLibuvNow` updates it before a timer starts).
    pub fn start_timer(&self, callback: Callback, delay: u64, repeat: Option<u64>, refed: bool) -> TimerId {
        self.update_time();
        let mut timers = self.timers.borrow_mut();
        let id = timers.create(callback);
        if !refed {
            timers.set_ref(id, false);
        }
        timers.start(id, self.now_ms(), delay, repeat);
        id
    }

    // ----- exiting -----

    /// The exit code once the process is exiting.
    #[must_use]
    pub fn exit_code(&self) -> Option<i32> {
        self.exit_code.get()
    }

    pub fn set_exit_code(&self, code: i32) {
        self.exit_code.set(Some(code));
    }

    /// Ask the loop to stop at the next callback boundary (the embedder's `stop()`).
    pub fn request_stop(&self) {
        self.stop.set(true);
    }

    #[must_use]
    pub fn stop_requested(&self) -> bool {
        self.stop.get() || self.exit_code.get().is_some()
    }

    // ----- hooks and tracing -----

    pub fn set_hooks(&self, hooks: Hooks) {
        *self.hooks.borrow_mut() = Some(hooks);
    }

    #[must_use]
    pub fn hooks(&self) -> Option<Hooks> {
        self.hooks.borrow().clone()
    }

    pub fn enter_phase(&self, phase: Phase) {
        self.phase.set(Some(phase));
        self.trace(|| LoopEvent::Phase {
            phase,
            timers: self.timers.borrow().active_count(),
            immediates: self.immediates.borrow().len(),
            ticks: self.ticks.borrow().len(),
            requests: self.requests.borrow().len(),
        });
    }

    /// Install (or remove, with `None`) the receiver of loop events.
    pub fn set_tracer(&self, tracer: Option<Tracer>) {
        self.tracing.set(tracer.is_some());
        *self.tracer.borrow_mut() = tracer;
    }

    /// Report an event, built only when someone listens.
    pub fn trace(&self, event: impl FnOnce() -> LoopEvent) {
        if self.tracing.get() {
            if let Some(tracer) = self.tracer.borrow().as_ref() {
                tracer(&event());
            }
        }
    }

    #[must_use]
    pub fn phase(&self) -> Option<Phase> {
        self.phase.get()
    }
}
