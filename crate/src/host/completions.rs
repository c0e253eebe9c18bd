//! The queue through which finished pool work reaches the loop's poll phase.

use std::collections::VecDeque;
use std::sync::{Condvar, Mutex};
use std::time::Duration;

/// Finished work: the id given at submission and the value the work returned.
pub struct Completion {
    pub id: u64,
    pub result: Box<dyn std::any::Any + Send>,
}

/// A thread-safe FIFO of completions that a waiting loop can sleep on.
#[derive(Default)]
pub struct CompletionQueue {
    queue: Mutex<VecDeque<Completion>>,
    ready: Condvar,
}

impl CompletionQueue {
    /// Add a completion and wake a loop sleeping in [`CompletionQueue::wait`].
    pub fn push(&self, completion: Completion) {
        let mut queue = self.queue.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        queue.push_back(completion);
        self.ready.notify_all();
    }

    /// Take every completion that has arrived, in arrival order.
    pub fn drain(&self) -> Vec<Completion> {
        let mut queue = self.queue.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        queue.drain(..).collect()
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.queue.lock().unwrap_or_else(std::sync::PoisonError::into_inner).is_empty()
    }

    /// Sleep until a completion is queued or `timeout` passes.
    pub fn wait(&self, timeout: Option<Duration>) {
        let queue = self.queue.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if !queue.is_empty() {
            return;
        }
        // A poisoned lock only means a worker panicked; the queue itself is still sound.
        match timeout {
            Some(t) => drop(self.ready.wait_timeout(queue, t)),
            None => drop(self.ready.wait(queue)),
        }
    }
}
