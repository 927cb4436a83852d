//! Alerts to a service's shared inbox that carry nothing personal: "a request is waiting", with its neutral
//! reference and a link to sign in. They go through an outbox ([`store`]): an alert is queued in the same
//! transaction as the request it announces ([`queue`]), so a saved request always has its alert and a request
//! not saved never does; overdue requests get one alert each from a periodic [`sweep_overdue`]. Every node runs
//! a [`worker`] that claims due alerts under a lease (so no two nodes send the same one), sends them by SMTP
//! ([`mail`]), marks them sent, and on failure keeps them and tries again later, waiting longer each time
//! ([`backoff`]). A node that dies while sending leaves a lease that runs out, and the alert is sent again: an
//! alert is delivered at least once and, short of such a crash, exactly once.

pub mod mail;
pub mod store;

use crate::{
    db::{DbError, Exec},
    services::Directory,
    AppState,
};
use std::time::Duration;

app::words! {
    /// What an alert announces.
    pub enum Kind {
        Arrived = "arrived",
        TransferredIn = "transferred_in",
        Overdue = "overdue",
    }
}

/// How long a claimed alert is held by one worker: well beyond the longest a delivery may take.
pub const LEASE_SECONDS: i64 = 5 * 60;
/// How often each node looks for alerts to send and for newly overdue requests.
pub const INTERVAL: Duration = Duration::from_secs(15);
/// Undelivered alerts older than this make `/healthz` report the node degraded.
pub const STALE_SECONDS: i64 = 15 * 60;
/// Sent alerts are deleted after this long.
pub const KEEP_SENT_SECONDS: i64 = 30 * 24 * 60 * 60;

/// How long to wait after the `attempts`th failed attempt: a minute, doubling each time, at most an hour.
pub fn backoff(attempts: i64) -> i64 {
    let doublings = attempts.clamp(1, 7) - 1;
    (60 * (1_i64 << doublings)).min(60 * 60)
}

/// Queues an alert to `service` about the request `reference`, if the service has a shared inbox (a service
/// without one gets no alerts; `waymark content check` warns about it). Call it inside the transaction that
/// stores what the alert announces.
pub async fn queue(
    db: impl Into<Exec<'_>>,
    directory: &Directory,
    service: &str,
    kind: Kind,
    reference: &str,
    now: i64,
) -> Result<(), DbError> {
    if directory.by_slug(service).is_some_and(|s| s.alerts_to.is_some()) {
        store::queue(db, service, kind, reference, now).await?;
    }
    Ok(())
}

/// Queues one overdue alert for each request whose contact deadline has passed without contact; returns how
/// many were queued. Safe on several nodes at once: a request's overdue alert is queued at most once.
pub async fn sweep_overdue(db: &crate::db::Db, directory: &Directory, now: i64) -> Result<u64, DbError> {
    let mut queued = 0;
    for (service, reference) in store::newly_overdue(db, now).await? {
        if directory.by_slug(&service).is_some_and(|s| s.alerts_to.is_some())
            && store::queue(db, &service, Kind::Overdue, &reference, now).await?
        {
            queued += 1;
        }
    }
    Ok(queued)
}

/// What one delivery round did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Delivered {
    pub sent: u64,
    pub failed: u64,
}

/// Claims and sends due alerts, one at a time, until none is due, as the worker `holder`. An alert whose
/// service no longer has an inbox is marked sent (nobody is there to tell).
pub async fn deliver_due(
    db: &crate::db::Db,
    settings: &mail::MailSettings,
    catalog: &std::sync::Arc<app::i18n::Catalog>,
    directory: &Directory,
    holder: &str,
    now: impl Fn() -> i64,
) -> Result<Delivered, DbError> {
    let mut done = Delivered::default();
    loop {
        let at = now();
        let Some(alert) = store::claim(db, holder, at, at + LEASE_SECONDS).await? else {
            return Ok(done);
        };
        let inbox = directory.by_slug(&alert.service).and_then(|s| s.alerts_to.clone());
        let result = match &inbox {
            Some(to) => mail::send(settings, catalog, &alert, to).await,
            None => Ok(()),
        };
        let at = now();
        match result {
            Ok(()) => {
                store::mark_sent(db, alert.id, holder, at).await?;
                done.sent += 1;
            }
            Err(error) => {
                tracing::warn!(alert = alert.id, attempts = alert.attempts, "an alert could not be sent: {error}");
                store::mark_failed(db, alert.id, holder, &error, at, at + backoff(alert.attempts)).await?;
                done.failed += 1;
            }
        }
    }
}

/// On this node, every [`INTERVAL`]: queues overdue alerts and sends what is due, for as long as the server
/// runs. Without mail settings, alerts wait in the outbox (and `/healthz` says so once they are old).
pub fn worker(state: AppState) -> tokio::task::JoinHandle<()> {
    let holder = uuid::Uuid::new_v4().simple().to_string();
    tokio::spawn(async move {
        let mut ticker = tokio::time::interval(INTERVAL);
        loop {
            ticker.tick().await;
            let now = state.clock.now();
            if let Err(e) = sweep_overdue(&state.db, &state.directory, now).await {
                tracing::warn!("overdue requests could not be checked: {e}");
            }
            let Some(settings) = state.mail.as_ref() else { continue };
            let clock = state.clock.clone();
            match deliver_due(&state.db, settings, &state.catalog, &state.directory, &holder, || clock.now()).await {
                Ok(Delivered { sent: sent @ 1.., .. }) => tracing::info!(sent, "alerts sent"),
                Ok(_) => {}
                Err(e) => tracing::warn!("alerts could not be delivered: {e}"),
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_from_a_minute_to_an_hour() {
        let waits: Vec<i64> = (1..=9).map(backoff).collect();
        assert_eq!(waits, [60, 120, 240, 480, 960, 1920, 3600, 3600, 3600]);
        assert_eq!(backoff(0), 60);
    }
}
