//! The check-phase queue behind `setImmediate`.
//!
//! A check phase runs the immediates that were queued when it began; those queued while it runs
//! wait for the next iteration (Node's `processImmediate` swaps its list out the same way).

use rustc_hash::FxHashMap as HashMap;
use std::collections::VecDeque;

pub type ImmediateId = u64;

struct Entry<P> {
    payload: P,
    refed: bool,
}

pub struct ImmediateQueue<P> {
    order: VecDeque<ImmediateId>,
    entries: HashMap<ImmediateId, Entry<P>>,
    next_id: ImmediateId,
    refs: usize,
}

impl<P> Default for ImmediateQueue<P> {
    fn default() -> Self {
        Self { order: VecDeque::new(), entries: HashMap::default(), next_id: 1, refs: 0 }
    }
}

impl<P> ImmediateQueue<P> {
    pub fn push(&mut self, payload: P) -> ImmediateId {
        let id = self.next_id;
        self.next_id += 1;
        self.order.push_back(id);
        self.entries.insert(id, Entry { payload, refed: true });
        self.refs += 1;
        id
    }

    /// `clearImmediate`: the entry is forgotten; its slot in the order is skipped later.
    pub fn clear(&mut self, id: ImmediateId) {
        if let Some(e) = self.entries.remove(&id) {
            if e.refed {
                self.refs -= 1;
            }
        }
    }

    pub fn set_ref(&mut self, id: ImmediateId, refed: bool) {
        if let Some(e) = self.entries.get_mut(&id) {
            if e.refed != refed {
                e.refed = refed;
                if refed {
                    self.refs += 1;
                } else {
                    self.refs -= 1;
                }
            }
        }
    }

    /// How many ids are queued at this moment: the batch a check phase runs.
    #[must_use]
    pub fn batch_len(&self) -> usize {
        self.order.len()
    }

    /// The next live immediate of the batch, removed from the queue.
    pub fn pop(&mut self) -> Option<(ImmediateId, P)> {
        while let Some(id) = self.order.pop_front() {
            if let Some(e) = self.entries.remove(&id) {
                if e.refed {
                    self.refs -= 1;
                }
                return Some((id, e.payload));
            }
        }
        None
    }

    /// Whether any pending immediate keeps the loop alive.
    #[must_use]
    pub fn has_refed(&self) -> bool {
        self.refs > 0
    }

    /// Whether any immediate is pending, referenced or not (the poll phase must not block then).
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    #[must_use]
    pub fn len(&self) -> usize {
        self.entries.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleared_and_unrefed_entries() {
        let mut q = ImmediateQueue::default();
        let a = q.push("a");
        let b = q.push("b");
        let c = q.push("c");
        q.clear(b);
        q.set_ref(c, false);
        assert!(q.has_refed());
        assert_eq!(q.pop(), Some((a, "a")));
        assert!(!q.has_refed());
        assert!(!q.is_empty());
        assert_eq!(q.pop().map(|(_, p)| p), Some("c"));
        assert_eq!(q.pop().map(|(_, p)| p), None);
        assert!(q.is_empty());
    }
}
