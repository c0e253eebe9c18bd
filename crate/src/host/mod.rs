//! The platform boundary: one trait per seam between the runtime and the machine it runs on.
//!
//! - [`Clock`]: monotonic time for the loop, timers and `process.hrtime`; wall time for the
//!   VFS's inode times.
//! - [`Output`]: where stdout and stderr bytes go.
//! - [`WorkPool`]: libuv's thread pool; work runs off the JS thread and its completion is
//!   delivered back to the loop's poll phase through a [`CompletionQueue`].
//! - [`Waker`]: how the loop sleeps in its poll phase until a deadline or a completion.
//!
//! Only the modules below this one know whether they run natively or in a browser
//! (`cfg(target_arch = "wasm32")`). Everything else is written against these traits, so every
//! semantic can be tested natively with [`ManualClock`].

mod completions;
pub mod machine;
mod manual_clock;
mod memory_output;
#[cfg(not(target_arch = "wasm32"))]
mod native;
mod pool_job;
#[cfg(feature = "engine")]
mod text_decoder;
#[cfg(target_arch = "wasm32")]
mod wasm;

pub use completions::{Completion, CompletionQueue};
pub use manual_clock::ManualClock;
pub use memory_output::MemoryOutput;
#[cfg(not(target_arch = "wasm32"))]
pub use native::{HostDirectory, StdOutput, SystemClock, ThreadPool, ThreadWaker};
pub use pool_job::{decode_result, encode_result, FieldReader, Fields, PoolJob};
#[cfg(feature = "engine")]
pub use text_decoder::decode_whatwg;
#[cfg(target_arch = "wasm32")]
pub use wasm::{page_age_ms, BytesStdin, CallbackOutput, NeverWaker, PerformanceClock, WebWorkerPool};

use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

/// A monotonic clock with nanosecond resolution.
pub trait Clock {
    /// Nanoseconds since an arbitrary fixed origin (the runtime's start, for real clocks).
    fn now_ns(&self) -> u64;
    /// Nanoseconds since the Unix epoch: the wall time that stamps inode times (atime, mtime,
    /// ctime, birthtime), as `Date.now()` reads it.
    fn wall_ns(&self) -> i64;
    /// Let `duration` pass. Real clocks do nothing (the [`Waker`] slept already); a manual clock
    /// jumps forward, which is how tests make time pass without waiting.
    fn pass(&self, duration: Duration) {
        let _ = duration;
    }
}

/// The destination of the guest's stdout and stderr.
pub trait Output {
    fn stdout(&self, bytes: &[u8]);
    fn stderr(&self, bytes: &[u8]);
    /// Push buffered bytes out (before the loop sleeps, and at exit).
    fn flush(&self) {}
}

/// A unit of work for the pool: runs on a worker, returns a value for its `done` callback.
pub type Work = Box<dyn FnOnce() -> Box<dyn std::any::Any + Send> + Send>;

/// libuv's thread pool: first in, first out, a fixed number of workers.
pub trait WorkPool {
    /// Queue `work`; when it finishes, push `Completion { id, result }` onto `done`.
    fn submit(&self, id: u64, work: Work, done: Arc<CompletionQueue>);
    /// How many workers run at once.
    fn size(&self) -> usize;
    /// Queue a job described by data (it can cross to a Web Worker); its completion's result is
    /// the job's output bytes, a `Vec<u8>`.
    fn submit_job(&self, id: u64, job: PoolJob, done: Arc<CompletionQueue>) {
        self.submit(id, Box::new(move || Box::new(job.run())), done);
    }
}

/// How the loop's poll phase waits.
pub trait Waker {
    /// Block until woken or until `timeout` passes (`None`: until woken). A host that cannot
    /// block (the browser) returns at once; the loop then runs in `nowait` mode.
    fn wait(&self, timeout: Option<Duration>);
}

/// The guest's standard input. `read_chunk` runs on a pool worker and may block.
pub trait StdinSource: Send + Sync {
    /// The next bytes of input; empty at the end.
    fn read_chunk(&self) -> Vec<u8>;
}

/// Everything a runtime needs from its host.
#[derive(Clone)]
pub struct Host {
    pub clock: Rc<dyn Clock>,
    pub output: Rc<dyn Output>,
    pub pool: Option<Rc<dyn WorkPool>>,
    pub completions: Arc<CompletionQueue>,
    pub waker: Rc<dyn Waker>,
    /// Standard input, if the host has one.
    pub stdin: Option<Arc<dyn StdinSource>>,
}

impl Host {
    /// The host for the native CLI: the system clock, the process's stdout and stderr, and a
    /// thread pool of `UV_THREADPOOL_SIZE` (default 4) workers, started on first use.
    #[cfg(not(target_arch = "wasm32"))]
    #[must_use]
    pub fn native(pool_size: usize) -> Self {
        let completions = Arc::new(CompletionQueue::default());
        Self {
            clock: Rc::new(SystemClock::new()),
            output: Rc::new(StdOutput::new()),
            pool: Some(Rc::new(ThreadPool::new(pool_size))),
            waker: Rc::new(ThreadWaker::new(Arc::clone(&completions))),
            completions,
            stdin: Some(Arc::new(native::ProcessStdin)),
        }
    }

    /// The browser host: `performance.now()`, output to the embedder's callbacks, a pool of Web
    /// Workers, and a waker that never blocks (the page's loop driver does the waiting).
    #[cfg(target_arch = "wasm32")]
    #[must_use]
    pub fn browser(
        clock: Rc<PerformanceClock>,
        output: Rc<dyn Output>,
        pool: Rc<dyn WorkPool>,
        completions: Arc<CompletionQueue>,
        stdin: Option<Arc<dyn StdinSource>>,
    ) -> Self {
        Self { clock, output, pool: Some(pool), waker: Rc::new(NeverWaker), completions, stdin }
    }

    /// A deterministic host for tests: a manual clock that jumps to each deadline, output kept in
    /// memory, and work run inline at submission.
    #[must_use]
    pub fn manual(clock: Rc<ManualClock>, output: Rc<MemoryOutput>) -> Self {
        let completions = Arc::new(CompletionQueue::default());
        Self {
            clock: clock.clone(),
            output,
            pool: Some(Rc::new(manual_clock::InlinePool)),
            waker: clock,
            completions,
            stdin: None,
        }
    }
}

/// A VFS's standard streams (descriptors 0–2, `/dev/stdout`, ...) carried by a host's stdin
/// source and output: `fs.writeSync(1, …)` and `process.stdout.write` reach the same sink.
struct HostStreams {
    output: Rc<dyn Output>,
    stdin: Option<Arc<dyn StdinSource>>,
}

impl crate::vfs::StdStreams for HostStreams {
    fn read_stdin(&self) -> Vec<u8> {
        self.stdin.as_ref().map_or_else(Vec::new, |s| s.read_chunk())
    }

    fn write_stdout(&self, bytes: &[u8]) {
        self.output.stdout(bytes);
    }

    fn write_stderr(&self, bytes: &[u8]) {
        self.output.stderr(bytes);
    }
}

impl Host {
    /// The standard streams for the runtime's VFS.
    #[must_use]
    pub fn std_streams(&self) -> Box<dyn crate::vfs::StdStreams> {
        Box::new(HostStreams { output: Rc::clone(&self.output), stdin: self.stdin.clone() })
    }
}

/// The resident set size of this process in bytes (`process.memoryUsage().rss`).
#[must_use]
pub fn resident_set_size() -> u64 {
    #[cfg(not(target_arch = "wasm32"))]
    {
        native::resident_set_size()
    }
    #[cfg(target_arch = "wasm32")]
    {
        // The wasm memory is the whole heap of the instance.
        (core::arch::wasm32::memory_size(0) as u64) * 65536
    }
}
