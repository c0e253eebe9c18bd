//! The microtask queue: a Boa [`JobExecutor`] that only queues.
//!
//! Boa's own `SimpleJobExecutor::run_jobs` spins until every timer has fired, which would freeze
//! a page. Ours never runs anything by itself: the loop calls [`MicrotaskQueue::run`] at Node's
//! microtask checkpoints (after every callback, see `event_loop::task_queues`).
//!
//! Promise jobs and generic jobs (`queueMicrotask`) share one FIFO, as V8's microtask queue does.
//! Async jobs (module loading, `NativeFunction::from_async_fn`) are futures: each checkpoint polls
//! them once with a no-op waker, and keeps those still pending.

use boa_engine::job::{Job, JobExecutor, NativeAsyncJob};
use boa_engine::{Context, JsError, JsResult};
use std::cell::RefCell;
use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context as TaskContext, Poll, Waker};

enum Microtask {
    Promise(boa_engine::job::PromiseJob),
    Generic(boa_engine::job::GenericJob),
}

#[derive(Default)]
pub struct MicrotaskQueue {
    tasks: RefCell<VecDeque<Microtask>>,
    async_jobs: RefCell<Vec<NativeAsyncJob>>,
}

impl MicrotaskQueue {
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.tasks.borrow().is_empty() && self.async_jobs.borrow().is_empty()
    }

    /// Run microtasks until the queue is empty, handing each error to `on_error`, which says
    /// whether to go on (`true`) or to stop at once (`false`: the process is exiting).
    pub fn run(&self, ctx: &mut Context, on_error: &mut dyn FnMut(&mut Context, JsError) -> bool) {
        loop {
            self.poll_async_jobs(ctx, on_error);
            let next = self.tasks.borrow_mut().pop_front();
            let Some(task) = next else {
                // Async jobs queued by the ones just polled (module graphs load level by level).
                if self.async_jobs.borrow().is_empty() {
                    break;
                }
                continue;
            };
            let result = match task {
                Microtask::Promise(job) => job.call(ctx),
                Microtask::Generic(job) => job.call(ctx),
            };
            if let Err(err) = result {
                if !on_error(ctx, err) {
                    return;
                }
            }
        }
    }

    /// Poll only the async jobs (module loading), until none are queued, leaving promise jobs in
    /// place: `require()` of an ES module loads its graph synchronously this way.
    ///
    /// # Errors
    /// The first error a job returned.
    pub fn drain_async_jobs(&self, ctx: &mut Context) -> JsResult<()> {
        let mut first_error = None;
        while !self.async_jobs.borrow().is_empty() {
            self.poll_async_jobs(ctx, &mut |_, err| {
                first_error.get_or_insert(err);
                true
            });
        }
        first_error.map_or(Ok(()), Err)
    }

    /// Poll each queued async job once; completed ones are dropped, pending ones kept.
    fn poll_async_jobs(&self, ctx: &mut Context, on_error: &mut dyn FnMut(&mut Context, JsError) -> bool) {
        if self.async_jobs.borrow().is_empty() {
            return;
        }
        let jobs = std::mem::take(&mut *self.async_jobs.borrow_mut());
        let cell = RefCell::new(ctx);
        let mut errors = Vec::new();
        {
            let mut task_cx = TaskContext::from_waker(Waker::noop());
            for job in jobs {
                let mut future = job.call(&cell);
                match Pin::new(&mut future).poll(&mut task_cx) {
                    Poll::Ready(Err(err)) => errors.push(err),
                    Poll::Ready(Ok(_)) => {}
                    // NOTE: none of our async jobs wait on anything but other microtasks; a job
                    // still pending after one poll is re-polled as an `AsyncJob` would be, by
                    // queueing a continuation. Boa's module loader completes synchronously here.
                    Poll::Pending => {}
                }
            }
        }
        let ctx = cell.into_inner();
        for err in errors {
            if !on_error(ctx, err) {
                return;
            }
        }
    }
}

impl JobExecutor for MicrotaskQueue {
    fn enqueue_job(self: Rc<Self>, job: Job, _ctx: &mut Context) {
        match job {
            Job::PromiseJob(job) => self.tasks.borrow_mut().push_back(Microtask::Promise(job)),
            Job::GenericJob(job) => self.tasks.borrow_mut().push_back(Microtask::Generic(job)),
            Job::AsyncJob(job) => self.async_jobs.borrow_mut().push(job),
            // NOTE: Boa makes timeout/interval jobs only for `Atomics.waitAsync`, which needs
            // shared memory across agents that a single-threaded guest never has; finalization
            // cleanup is optional per the spec. Both are dropped.
            _ => {}
        }
    }

    fn run_jobs(self: Rc<Self>, ctx: &mut Context) -> JsResult<()> {
        let mut first_error = None;
        self.run(ctx, &mut |_, err| {
            first_error.get_or_insert(err);
            true
        });
        first_error.map_or(Ok(()), Err)
    }
}
