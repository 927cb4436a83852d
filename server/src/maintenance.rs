//! Background housekeeping: every few minutes each node deletes ended sessions, sign-in failures older than the
//! counting window, finished pauses and expired staff invitations. The deletes are idempotent, so several nodes
//! may run them at once.

use crate::{
    auth::{session, store, throttle},
    AppState,
};
use std::time::Duration;

pub const INTERVAL: Duration = Duration::from_secs(5 * 60);

/// One round of housekeeping; returns how many rows were removed.
pub async fn run_once(state: &AppState) -> Result<u64, crate::db::DbError> {
    store::delete_stale(&state.db, state.clock.now(), session::IDLE_SECONDS, throttle::WINDOW_SECONDS).await
}

/// Runs housekeeping every [`INTERVAL`] for as long as the server runs.
pub fn spawn(state: AppState) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut ticker = tokio::time::interval(INTERVAL);
        loop {
            ticker.tick().await;
            match run_once(&state).await {
                Ok(0) => {}
                Ok(removed) => tracing::debug!(removed, "housekeeping"),
                Err(e) => tracing::warn!("housekeeping failed: {e}"),
            }
        }
    })
}
