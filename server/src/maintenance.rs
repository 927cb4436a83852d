//! Background housekeeping: every few minutes each node deletes ended sessions, sign-in failures older than the
//! counting window, finished pauses and expired staff invitations, and the send counts of requests; about once a
//! day it deletes requests closed longer ago than the retention period. The deletes are idempotent, so several
//! nodes may run them at once.

use crate::{
    auth::{session, store, throttle},
    AppState,
};
use std::time::Duration;

pub const INTERVAL: Duration = Duration::from_secs(5 * 60);

/// One round of housekeeping; returns how many rows were removed.
pub async fn run_once(state: &AppState) -> Result<u64, crate::db::DbError> {
    let now = state.clock.now();
    crate::referrals::store::forget_sends_before(&state.db, now - crate::referrals::SEND_WINDOW_SECONDS).await?;
    store::delete_stale(&state.db, now, session::IDLE_SECONDS, throttle::WINDOW_SECONDS).await
}

/// Deletes requests closed more than the configured number of days ago; returns how many.
pub async fn purge_closed_requests(state: &AppState) -> Result<u64, crate::db::DbError> {
    let before = state.clock.now() - state.config.retention_days.max(0) * 86_400;
    crate::referrals::store::purge_closed(&state.db, before).await
}

/// Rounds of housekeeping between purges of closed requests: about a day.
const ROUNDS_PER_PURGE: u64 = 24 * 60 * 60 / INTERVAL.as_secs();

/// Runs housekeeping every [`INTERVAL`] for as long as the server runs.
pub fn spawn(state: AppState) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut ticker = tokio::time::interval(INTERVAL);
        let mut round: u64 = 0;
        loop {
            ticker.tick().await;
            if round.is_multiple_of(ROUNDS_PER_PURGE) {
                match purge_closed_requests(&state).await {
                    Ok(0) => {}
                    Ok(purged) => tracing::info!(purged, "closed requests deleted after the retention period"),
                    Err(e) => tracing::warn!("purging closed requests failed: {e}"),
                }
            }
            round += 1;
            match run_once(&state).await {
                Ok(0) => {}
                Ok(removed) => tracing::debug!(removed, "housekeeping"),
                Err(e) => tracing::warn!("housekeeping failed: {e}"),
            }
        }
    })
}
