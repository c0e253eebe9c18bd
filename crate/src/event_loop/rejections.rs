//! Promise rejections without a handler, tracked as Node's `lib/internal/process/promises.js`
//! tracks them: a rejection is only "unhandled" if it still has no handler at the next
//! `processTicksAndRejections`; one handled after it was reported becomes 'rejectionHandled'.

use boa_engine::{JsObject, JsValue};

#[derive(Default)]
pub struct RejectionTracker {
    /// Rejected without a handler and not yet processed, in rejection order.
    pending: Vec<(JsObject, JsValue)>,
    /// Reported as unhandled; a handler added later makes them 'rejectionHandled'.
    reported: Vec<JsObject>,
    /// Reported, then handled: waiting for their 'rejectionHandled' event.
    handled_late: Vec<JsObject>,
}

/// What a `processTicksAndRejections` pass has to announce.
pub struct RejectionBatch {
    pub handled_late: Vec<JsObject>,
    pub unhandled: Vec<(JsObject, JsValue)>,
}

impl RejectionTracker {
    /// HostPromiseRejectionTracker(promise, "reject").
    pub fn rejected(&mut self, promise: JsObject, reason: JsValue) {
        self.pending.push((promise, reason));
    }

    /// HostPromiseRejectionTracker(promise, "handle").
    pub fn handled(&mut self, promise: &JsObject) {
        if let Some(i) = self.pending.iter().position(|(p, _)| JsObject::equals(p, promise)) {
            self.pending.remove(i);
        } else if let Some(i) = self.reported.iter().position(|p| JsObject::equals(p, promise)) {
            let promise = self.reported.remove(i);
            self.handled_late.push(promise);
        }
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.pending.is_empty() && self.handled_late.is_empty()
    }

    /// Take what must be announced now; the unhandled ones count as reported from here on.
    pub fn take(&mut self) -> RejectionBatch {
        let unhandled = std::mem::take(&mut self.pending);
        self.reported.extend(unhandled.iter().map(|(p, _)| p.clone()));
        RejectionBatch { handled_late: std::mem::take(&mut self.handled_late), unhandled }
    }

    /// Whether `promise` is still without a handler (a handler may be added while earlier
    /// rejections of the same batch are announced).
    #[must_use]
    pub fn is_reported(&self, promise: &JsObject) -> bool {
        self.reported.iter().any(|p| JsObject::equals(p, promise))
    }
}
