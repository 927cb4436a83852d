//! Background housekeeping, once per cluster however many nodes share the database: every few minutes one node
//! deletes ended sessions, sign-in failures older than the counting window, finished pauses, expired staff
//! invitations, old send counts, alerts sent a month ago, API idempotency keys after a day and the record of API
//! calls after 90 days; once a day one node deletes requests closed longer ago than the retention period. Which node runs a task is decided by a lease in the database ([`crate::db::lease`]).

use crate::{
    auth::{session, store, throttle},
    db::{lease, DbError},
    referrals, AppState,
};
use std::time::Duration;

/// How often each node offers to do housekeeping.
pub const INTERVAL: Duration = Duration::from_secs(5 * 60);
const INTERVAL_SECONDS: i64 = INTERVAL.as_secs() as i64;
const DAY_SECONDS: i64 = 24 * 60 * 60;
/// Leases end this long before the period does, so that the round one period later finds them free.
const MARGIN_SECONDS: i64 = 30;

/// What one round did on this node; `None` where another node has the task this period.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Round {
    /// Rows of ended sessions, old failures, pauses and invitations deleted.
    pub removed: Option<u64>,
    /// Closed requests deleted after the retention period.
    pub purged: Option<u64>,
}

/// One round on the node named `node`: each task runs only if this node takes its lease for the period.
pub async fn round(state: &AppState, node: &str) -> Result<Round, DbError> {
    let now = state.clock.now();
    let mut round = Round::default();
    if lease::take(&state.db, "housekeeping", node, now, now + INTERVAL_SECONDS - MARGIN_SECONDS).await? {
        round.removed = Some(run_once(state).await?);
    }
    if lease::take(&state.db, "purge-closed-requests", node, now, now + DAY_SECONDS - MARGIN_SECONDS).await? {
        round.purged = Some(purge_closed_requests(state).await?);
    }
    Ok(round)
}

/// Deletes what has ended, on this node whatever other nodes do; returns how many rows were removed.
pub async fn run_once(state: &AppState) -> Result<u64, DbError> {
    let now = state.clock.now();
    referrals::store::forget_sends_before(&state.db, now - referrals::SEND_WINDOW_SECONDS).await?;
    crate::auth::limits::forget_before(&state.db, now - crate::auth::limits::WINDOW_SECONDS).await?;
    crate::alerts::store::forget_sent_before(&state.db, now - crate::alerts::KEEP_SENT_SECONDS).await?;
    crate::api::store::forget_idempotency_before(&state.db, now - crate::api::IDEMPOTENCY_SECONDS).await?;
    crate::api::store::forget_calls_before(&state.db, now - crate::api::KEEP_CALLS_SECONDS).await?;
    store::delete_stale(&state.db, now, session::IDLE_SECONDS, throttle::WINDOW_SECONDS).await
}

/// Deletes requests closed more than the configured number of days ago; returns how many.
pub async fn purge_closed_requests(state: &AppState) -> Result<u64, DbError> {
    let before = state.clock.now() - state.config.retention_days.max(0) * 86_400;
    referrals::store::purge_closed(&state.db, before).await
}

/// Offers housekeeping every [`INTERVAL`] for as long as the server runs.
pub fn spawn(state: AppState) -> tokio::task::JoinHandle<()> {
    let node = uuid::Uuid::new_v4().simple().to_string();
    tokio::spawn(async move {
        let mut ticker = tokio::time::interval(INTERVAL);
        loop {
            ticker.tick().await;
            match round(&state, &node).await {
                Ok(Round { removed, purged }) => {
                    if let Some(purged @ 1..) = purged {
                        tracing::info!(purged, "closed requests deleted after the retention period");
                    }
                    if let Some(removed @ 1..) = removed {
                        tracing::debug!(removed, "housekeeping");
                    }
                }
                // The next round tries again; nothing is lost by waiting.
                Err(e) => tracing::warn!("housekeeping failed: {e}"),
            }
        }
    })
}
