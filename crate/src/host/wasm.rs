//! The browser host: `performance.now()` as the clock, output to the embedder's JavaScript
//! callbacks, the thread pool on Web Workers (driven from `www/`), and a waker that never blocks.
//!
//! Nothing here may block the page: the loop runs in `nowait` slices and the JavaScript driver
//! waits with a host timer or for a worker's reply.

// NOTE: `#[wasm_bindgen]` expands to unsafe FFI glue; this file itself writes no unsafe code.
#![allow(unsafe_code)]

use super::{Clock, Completion, CompletionQueue, Output, PoolJob, StdinSource, Waker, Work, WorkPool};
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// `performance.now()`: present on the page and in workers.
    #[wasm_bindgen(js_namespace = performance, js_name = now)]
    fn performance_now() -> f64;
}

/// Monotonic time from `performance.now()`, counted from the runtime's creation.
pub struct PerformanceClock {
    origin_ms: Cell<f64>,
}

impl PerformanceClock {
    #[must_use]
    pub fn new() -> Self {
        Self { origin_ms: Cell::new(performance_now()) }
    }

    /// Milliseconds since the origin.
    #[must_use]
    pub fn elapsed_ms(&self) -> f64 {
        (performance_now() - self.origin_ms.get()).max(0.0)
    }

    /// Count on from `elapsed_ms` as of now: a runtime restored from a heap snapshot taken in
    /// another page keeps its monotonic time (timers, `hrtime`) where the snapshot left it.
    pub fn resume_at(&self, elapsed_ms: f64) {
        self.origin_ms.set(performance_now() - elapsed_ms);
    }
}

impl Default for PerformanceClock {
    fn default() -> Self {
        Self::new()
    }
}

impl Clock for PerformanceClock {
    fn now_ns(&self) -> u64 {
        (self.elapsed_ms() * 1_000_000.0) as u64
    }

    fn wall_ns(&self) -> i64 {
        // `Date.now()` has millisecond resolution; `performance.timeOrigin + performance.now()`
        // gives the sub-millisecond part that Linux's stat times have.
        (wall_ms() * 1_000_000.0) as i64
    }
}

/// Milliseconds since the page's navigation (`performance.now()`).
#[must_use]
pub fn page_age_ms() -> f64 {
    performance_now()
}

/// Milliseconds since the Unix epoch, with `performance.now()`'s resolution.
fn wall_ms() -> f64 {
    let origin = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("performance"))
        .and_then(|p| js_sys::Reflect::get(&p, &JsValue::from_str("timeOrigin")))
        .ok()
        .and_then(|v| v.as_f64());
    match origin {
        Some(origin) => origin + performance_now(),
        None => js_sys::Date::now(),
    }
}

/// stdout and stderr bytes handed to JavaScript functions as `Uint8Array`s. The functions are
/// attached after the bootstrap (a runtime is booted before it knows its embedder: see
/// `WasmRuntime::template`); output before that is dropped, and the bootstrap writes none.
#[derive(Default)]
pub struct CallbackOutput {
    sinks: RefCell<Option<(js_sys::Function, js_sys::Function)>>,
}

impl CallbackOutput {
    pub fn attach(&self, stdout: js_sys::Function, stderr: js_sys::Function) {
        *self.sinks.borrow_mut() = Some((stdout, stderr));
    }

    fn call_with_bytes(&self, pick: fn(&(js_sys::Function, js_sys::Function)) -> &js_sys::Function, bytes: &[u8]) {
        // A shared borrow, not a clone (a clone is a trip to JavaScript per write): a callback
        // that writes again borrows again, and only `attach` (from `configure`, never during a
        // write) borrows mutably.
        let sinks = self.sinks.borrow();
        let Some(sinks) = sinks.as_ref() else { return };
        // NOTE: an embedder callback that throws loses that chunk; the guest must not die of it.
        let _ = pick(sinks).call1(&JsValue::UNDEFINED, &js_sys::Uint8Array::from(bytes).into());
    }
}

impl Output for CallbackOutput {
    fn stdout(&self, bytes: &[u8]) {
        self.call_with_bytes(|sinks| &sinks.0, bytes);
    }

    fn stderr(&self, bytes: &[u8]) {
        self.call_with_bytes(|sinks| &sinks.1, bytes);
    }
}

/// The page cannot sleep: the loop runs in `nowait` mode and the JavaScript driver waits.
pub struct NeverWaker;

impl Waker for NeverWaker {
    fn wait(&self, _timeout: Option<Duration>) {}
}

/// libuv's pool on Web Workers. Data-described jobs ([`PoolJob`]) are posted through `post`
/// (`post(id, kind, payloadBytes)`), a JavaScript function of the page's worker pool
/// (`www/lib/index.js`: workers started on first use, one FIFO queue, payload and result buffers
/// transferred, not copied); its reply comes back through the runtime's `complete(id, bytes)` and
/// is pushed onto the completion queue, which the next poll phase drains. Closure work cannot
/// cross to a worker: it runs at submission on the page's thread and still completes in a later
/// poll phase.
pub struct WebWorkerPool {
    size: Cell<usize>,
    post: RefCell<Option<js_sys::Function>>,
    slots: RefCell<Slots>,
}

/// libuv's slot accounting: at most `size` requests in flight, the rest wait first in, first out.
/// Work that is a Rust closure runs here on the page's thread when it reaches a slot (closures
/// cannot be posted to a worker; fs and stdin work is cheap in memory), so with
/// `UV_THREADPOOL_SIZE=1` an fs callback waits behind a crypto job as it does in node.
#[derive(Default)]
struct Slots {
    busy: usize,
    queue: VecDeque<Queued>,
}

enum Queued {
    Here { id: u64, work: Work, done: Arc<CompletionQueue> },
    OnWorker { id: u64, job: PoolJob, done: Arc<CompletionQueue> },
}

impl WebWorkerPool {
    /// A pool of libuv's default size with no page pool attached yet: jobs run on the page's
    /// thread until [`WebWorkerPool::attach`] gives it the page's `post`.
    #[must_use]
    pub fn detached() -> Self {
        Self { size: Cell::new(4), post: RefCell::new(None), slots: RefCell::default() }
    }

    /// The page's pool: `size` slots (clamped to libuv's 1..=1024) and its `post` function.
    pub fn attach(&self, size: usize, post: js_sys::Function) {
        self.size.set(size.clamp(1, 1024));
        *self.post.borrow_mut() = Some(post);
    }

    /// A job posted to a worker finished (its completion is queued): free its slot.
    pub fn finished(&self) {
        {
            let mut slots = self.slots.borrow_mut();
            slots.busy = slots.busy.saturating_sub(1);
        }
        self.dispatch();
    }

    /// Start queued requests while slots are free.
    fn dispatch(&self) {
        loop {
            let next = {
                let mut slots = self.slots.borrow_mut();
                if slots.busy >= self.size.get() {
                    return;
                }
                let Some(next) = slots.queue.pop_front() else { return };
                slots.busy += 1;
                next
            };
            match next {
                Queued::Here { id, work, done } => {
                    done.push(Completion { id, result: work() });
                    self.slots.borrow_mut().busy -= 1;
                }
                Queued::OnWorker { id, job, done } => {
                    let (kind, payload) = job.encode();
                    let bytes = js_sys::Uint8Array::from(payload.as_slice());
                    let post = self.post.borrow().clone();
                    let posted = post.map(|post| {
                        post.call3(&JsValue::UNDEFINED, &JsValue::from(id as f64), &JsValue::from(kind), &bytes)
                    });
                    if !matches!(posted, Some(Ok(_))) {
                        // No worker could take it: run it here rather than lose it.
                        done.push(Completion { id, result: Box::new(job.run()) });
                        self.slots.borrow_mut().busy -= 1;
                    }
                }
            }
        }
    }
}

impl WorkPool for WebWorkerPool {
    fn submit(&self, id: u64, work: Work, done: Arc<CompletionQueue>) {
        self.slots.borrow_mut().queue.push_back(Queued::Here { id, work, done });
        self.dispatch();
    }

    fn size(&self) -> usize {
        self.size.get()
    }

    fn submit_job(&self, id: u64, job: PoolJob, done: Arc<CompletionQueue>) {
        self.slots.borrow_mut().queue.push_back(Queued::OnWorker { id, job, done });
        self.dispatch();
    }
}

/// Standard input given up front by the embedder: one chunk, then the end.
pub struct BytesStdin {
    data: Mutex<Option<Vec<u8>>>,
}

impl BytesStdin {
    #[must_use]
    pub fn new(data: Vec<u8>) -> Self {
        Self { data: Mutex::new(Some(data)) }
    }

    /// Replace what is left to read with `data`.
    pub fn set(&self, data: Vec<u8>) {
        *self.data.lock().unwrap_or_else(std::sync::PoisonError::into_inner) = Some(data);
    }
}

impl StdinSource for BytesStdin {
    fn read_chunk(&self) -> Vec<u8> {
        self.data.lock().unwrap_or_else(std::sync::PoisonError::into_inner).take().unwrap_or_default()
    }
}
