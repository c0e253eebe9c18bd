//! A clock that moves only when told to: loop tests are exact and take no wall time.
//!
//! As the [`Waker`] of a test host it "sleeps" by jumping straight to the deadline, the way
//! tokio's paused time auto-advances.

use super::{Clock, CompletionQueue, Waker, Work, WorkPool};
use std::cell::Cell;
use std::sync::Arc;
use std::time::Duration;

#[derive(Default)]
pub struct ManualClock {
    now_ns: Cell<u64>,
}

impl ManualClock {
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    pub fn advance(&self, duration: Duration) {
        let ns = u64::try_from(duration.as_nanos()).unwrap_or(u64::MAX);
        self.now_ns.set(self.now_ns.get().saturating_add(ns));
    }
}

impl Clock for ManualClock {
    fn now_ns(&self) -> u64 {
        self.now_ns.get()
    }

    fn pass(&self, duration: Duration) {
        self.advance(duration);
    }

    /// A fixed epoch (2026-01-01T00:00:00Z) plus the manual time: inode times in tests are exact.
    fn wall_ns(&self) -> i64 {
        const EPOCH_NS: i64 = 1_767_225_600 * 1_000_000_000;
        EPOCH_NS.saturating_add(i64::try_from(self.now_ns.get()).unwrap_or(i64::MAX))
    }
}

impl Waker for ManualClock {
    fn wait(&self, timeout: Option<Duration>) {
        if let Some(t) = timeout {
            self.advance(t);
        }
    }
}

/// Runs work at submission, on the loop's thread: deterministic, for tests.
pub(super) struct InlinePool;

impl WorkPool for InlinePool {
    fn submit(&self, id: u64, work: Work, done: Arc<CompletionQueue>) {
        done.push(super::Completion { id, result: work() });
    }

    fn size(&self) -> usize {
        1
    }
}
