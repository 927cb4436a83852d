//! The time, in Unix seconds. Production reads the system clock; tests set and advance a manual clock to check
//! time limits (session expiry, sign-in pauses, authenticator codes) without waiting.

use std::sync::{
    atomic::{AtomicI64, Ordering},
    Arc,
};

#[derive(Clone, Debug, Default)]
pub struct Clock {
    manual: Option<Arc<AtomicI64>>,
}

impl Clock {
    pub fn system() -> Clock {
        Clock { manual: None }
    }

    /// A clock that stands still at `now` until moved.
    pub fn manual(now: i64) -> Clock {
        Clock { manual: Some(Arc::new(AtomicI64::new(now))) }
    }

    pub fn now(&self) -> i64 {
        match &self.manual {
            Some(t) => t.load(Ordering::SeqCst),
            None => crate::db::now(),
        }
    }

    /// Moves a manual clock forward (no effect on the system clock).
    pub fn advance(&self, seconds: i64) {
        if let Some(t) = &self.manual {
            t.fetch_add(seconds, Ordering::SeqCst);
        }
    }
}
