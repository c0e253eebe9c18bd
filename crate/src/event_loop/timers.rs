//! The timer heap: libuv's `timer.c` shape. Timers fire in (deadline, start sequence) order, so
//! equal deadlines fire in the order they were started; `ref`/`unref` decide whether a timer keeps
//! the loop alive.
//!
//! The heap knows nothing of JavaScript: a timer carries an opaque payload (the JS callback, for
//! the runtime), which keeps this file unit-testable on its own.

use rustc_hash::FxHashMap as HashMap;
use std::collections::BTreeSet;

/// A timer handle's id. Ids are never reused within one heap.
pub type TimerId = u64;

struct Timer<P> {
    deadline: u64,
    seq: u64,
    /// Milliseconds between runs of an interval; `None` for a one-shot timeout.
    repeat: Option<u64>,
    /// The delay it was started with, for `refresh()`.
    delay: u64,
    active: bool,
    refed: bool,
    payload: P,
}

pub struct TimerHeap<P> {
    timers: HashMap<TimerId, Timer<P>>,
    /// Active timers by (deadline, seq, id): the first entry is the next to fire.
    order: BTreeSet<(u64, u64, TimerId)>,
    next_id: TimerId,
    next_seq: u64,
    /// Active and referenced timers: the loop is alive while this is non-zero.
    refs: usize,
}

impl<P> Default for TimerHeap<P> {
    fn default() -> Self {
        Self { timers: HashMap::default(), order: BTreeSet::new(), next_id: 1, next_seq: 0, refs: 0 }
    }
}

impl<P> TimerHeap<P> {
    /// Create an inactive, referenced timer holding `payload`.
    pub fn create(&mut self, payload: P) -> TimerId {
        let id = self.next_id;
        self.next_id += 1;
        let timer = Timer { deadline: 0, seq: 0, repeat: None, delay: 0, active: false, refed: true, payload };
        self.timers.insert(id, timer);
        id
    }

    /// Arm `id` to fire `delay` ms after `now`, then every `repeat` ms if given. Re-arming an
    /// armed timer moves it (libuv's `uv_timer_start` on an active handle).
    pub fn start(&mut self, id: TimerId, now: u64, delay: u64, repeat: Option<u64>) {
        self.stop(id);
        let seq = self.next_seq;
        let Some(t) = self.timers.get_mut(&id) else { return };
        self.next_seq += 1;
        t.deadline = now.saturating_add(delay);
        t.seq = seq;
        t.delay = delay;
        t.repeat = repeat;
        t.active = true;
        if t.refed {
            self.refs += 1;
        }
        self.order.insert((t.deadline, t.seq, id));
    }

    /// Disarm `id`; it stays known so that it can be started again (`refresh()`).
    pub fn stop(&mut self, id: TimerId) {
        let Some(t) = self.timers.get_mut(&id) else { return };
        if t.active {
            t.active = false;
            self.order.remove(&(t.deadline, t.seq, id));
            if t.refed {
                self.refs -= 1;
            }
        }
    }

    /// Forget `id` entirely, returning its payload.
    pub fn remove(&mut self, id: TimerId) -> Option<P> {
        self.stop(id);
        self.timers.remove(&id).map(|t| t.payload)
    }

    /// Restart `id` with its last delay, counted from `now`. An inactive timer is started again.
    pub fn refresh(&mut self, id: TimerId, now: u64) {
        if let Some(t) = self.timers.get(&id) {
            let (delay, repeat) = (t.delay, t.repeat);
            self.start(id, now, delay, repeat);
        }
    }

    pub fn set_ref(&mut self, id: TimerId, refed: bool) {
        let Some(t) = self.timers.get_mut(&id) else { return };
        if t.refed != refed {
            t.refed = refed;
            if t.active {
                if refed {
                    self.refs += 1;
                } else {
                    self.refs -= 1;
                }
            }
        }
    }

    #[must_use]
    pub fn is_active(&self, id: TimerId) -> bool {
        self.timers.get(&id).is_some_and(|t| t.active)
    }

    /// Whether any active timer keeps the loop alive.
    #[must_use]
    pub fn has_refed_active(&self) -> bool {
        self.refs > 0
    }

    /// The earliest deadline of an active timer, referenced or not.
    #[must_use]
    pub fn next_deadline(&self) -> Option<u64> {
        self.order.first().map(|&(deadline, _, _)| deadline)
    }

    /// The next timer due at `now`: it is disarmed (an interval is re-armed by the caller after
    /// its callback ran, as libuv does with `uv_timer_again`).
    pub fn pop_due(&mut self, now: u64) -> Option<TimerId> {
        let &(deadline, _, id) = self.order.first()?;
        if deadline > now {
            return None;
        }
        self.stop(id);
        Some(id)
    }

    #[must_use]
    pub fn payload(&self, id: TimerId) -> Option<&P> {
        self.timers.get(&id).map(|t| &t.payload)
    }

    /// The repeat interval of `id`, if it is an interval.
    #[must_use]
    pub fn repeat(&self, id: TimerId) -> Option<u64> {
        self.timers.get(&id).and_then(|t| t.repeat)
    }

    /// How many timers are armed (for the loop-event stream and tests).
    #[must_use]
    pub fn active_count(&self) -> usize {
        self.order.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fire_all(heap: &mut TimerHeap<&'static str>, now: u64) -> Vec<&'static str> {
        let mut fired = Vec::new();
        while let Some(id) = heap.pop_due(now) {
            fired.push(*heap.payload(id).unwrap());
        }
        fired
    }

    #[test]
    fn equal_deadlines_fire_in_start_order() {
        let mut heap = TimerHeap::default();
        for name in ["a", "b", "c"] {
            let id = heap.create(name);
            heap.start(id, 0, 5, None);
        }
        let early = heap.create("early");
        heap.start(early, 0, 1, None);
        assert_eq!(fire_all(&mut heap, 4), vec!["early"]);
        assert_eq!(fire_all(&mut heap, 5), vec!["a", "b", "c"]);
        assert!(!heap.has_refed_active());
    }

    #[test]
    fn restart_moves_a_timer_behind_its_equals() {
        let mut heap = TimerHeap::default();
        let a = heap.create("a");
        let b = heap.create("b");
        heap.start(a, 0, 10, None);
        heap.start(b, 0, 10, None);
        heap.refresh(a, 0);
        assert_eq!(fire_all(&mut heap, 10), vec!["b", "a"]);
    }

    #[test]
    fn unref_timers_do_not_keep_the_loop_alive() {
        let mut heap = TimerHeap::default();
        let a = heap.create("a");
        heap.start(a, 0, 10, None);
        assert!(heap.has_refed_active());
        heap.set_ref(a, false);
        assert!(!heap.has_refed_active());
        assert_eq!(heap.next_deadline(), Some(10));
        heap.set_ref(a, true);
        heap.stop(a);
        assert!(!heap.has_refed_active());
        heap.set_ref(a, false);
        heap.start(a, 0, 1, None);
        assert!(!heap.has_refed_active());
    }

    #[test]
    fn removed_and_stopped_timers_never_fire() {
        let mut heap = TimerHeap::default();
        let a = heap.create("a");
        let b = heap.create("b");
        heap.start(a, 0, 1, None);
        heap.start(b, 0, 1, Some(1));
        assert_eq!(heap.remove(a), Some("a"));
        heap.stop(b);
        assert!(fire_all(&mut heap, 100).is_empty());
        assert_eq!(heap.repeat(b), Some(1));
    }
}
