//! The time, in Unix seconds. Production reads the system clock; tests set and advance a manual clock to check
//! time limits (session expiry, sign-in pauses, authenticator codes) without waiting. End-to-end tests may run
//! the server with the system clock moved on by an offset read from a file ([`Clock::offset_from_file`]), only
//! when they ask for it explicitly (WAYMARK_TEST_CLOCK=1 and WAYMARK_TEST_CLOCK_FILE).

use std::sync::{
    atomic::{AtomicI64, Ordering},
    Arc,
};

#[derive(Clone, Debug, Default)]
pub struct Clock {
    manual: Option<Arc<AtomicI64>>,
    /// Seconds added to the system clock (tests only).
    offset: Option<Arc<AtomicI64>>,
}

impl Clock {
    pub fn system() -> Clock {
        Clock { manual: None, offset: None }
    }

    /// The system clock moved on by the whole number of seconds written in `path`, read again every second
    /// (an unreadable or empty file counts as 0). For end-to-end tests only.
    pub fn offset_from_file(path: std::path::PathBuf) -> Clock {
        let offset = Arc::new(AtomicI64::new(read_offset(&path)));
        let shared = offset.clone();
        tokio::spawn(async move {
            let mut ticker = tokio::time::interval(std::time::Duration::from_secs(1));
            loop {
                ticker.tick().await;
                shared.store(read_offset(&path), Ordering::SeqCst);
            }
        });
        Clock { manual: None, offset: Some(offset) }
    }

    /// A clock that stands still at `now` until moved.
    pub fn manual(now: i64) -> Clock {
        Clock { manual: Some(Arc::new(AtomicI64::new(now))), offset: None }
    }

    pub fn now(&self) -> i64 {
        match &self.manual {
            Some(t) => t.load(Ordering::SeqCst),
            None => crate::db::now() + self.offset.as_ref().map_or(0, |o| o.load(Ordering::SeqCst)),
        }
    }

    /// Moves a manual clock forward (no effect on the system clock).
    pub fn advance(&self, seconds: i64) {
        if let Some(t) = &self.manual {
            t.fetch_add(seconds, Ordering::SeqCst);
        }
    }
}

fn read_offset(path: &std::path::Path) -> i64 {
    std::fs::read_to_string(path).ok().and_then(|t| t.trim().parse().ok()).unwrap_or(0)
}
