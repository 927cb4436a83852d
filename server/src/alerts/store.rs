//! All SQL for the outbox: queueing an alert, claiming due ones under a lease, marking them sent or failed, and
//! what health checks and managers see of failures.

use super::Kind;
use crate::{
    db::{DbError, Exec},
    execute, fetch,
};

/// An alert claimed for delivery.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct Claimed {
    pub id: i64,
    pub service: String,
    #[sqlx(try_from = "String")]
    pub kind: Kind,
    pub reference: String,
    /// Attempts so far, this one included.
    pub attempts: i64,
}

/// Queues an alert, due at once. An overdue alert already queued for the same request and service is not
/// queued again.
pub async fn queue(
    db: impl Into<Exec<'_>>,
    service: &str,
    kind: Kind,
    reference: &str,
    now: i64,
) -> Result<bool, DbError> {
    let added = execute!(
        db,
        "INSERT INTO outbox (service, kind, reference, created_at, next_attempt_at) VALUES ($1, $2, $3, $4, $4)
         ON CONFLICT DO NOTHING",
        service,
        kind.as_str(),
        reference,
        now
    )?;
    Ok(added == 1)
}

/// Requests still waiting for first contact whose deadline has passed by `now` and that have no overdue alert
/// yet: (service, reference).
pub async fn newly_overdue(db: impl Into<Exec<'_>>, now: i64) -> Result<Vec<(String, String)>, DbError> {
    Ok(fetch!(
        db,
        all::<(String, String)>,
        "SELECT r.service, r.reference FROM referrals r
         WHERE r.status = 'new' AND r.contacted_at IS NULL AND r.due_at IS NOT NULL AND r.due_at <= $1
           AND NOT EXISTS (SELECT 1 FROM outbox o
                           WHERE o.kind = 'overdue' AND o.reference = r.reference AND o.service = r.service)
         ORDER BY r.due_at, r.id",
        now
    )?)
}

/// Claims the alert due soonest that nobody holds, for `holder` until `until`, counting the attempt. Of several
/// workers racing, one gets a row and the others none: the update re-checks that the row is unsent and its
/// lease free, atomically, on both backends.
pub async fn claim(db: impl Into<Exec<'_>>, holder: &str, now: i64, until: i64) -> Result<Option<Claimed>, DbError> {
    Ok(fetch!(
        db,
        optional::<Claimed>,
        "UPDATE outbox SET lease_holder = $1, lease_until = $2, attempts = attempts + 1
         WHERE id = (SELECT id FROM outbox
                     WHERE sent_at IS NULL AND next_attempt_at <= $3 AND (lease_until IS NULL OR lease_until <= $3)
                     ORDER BY next_attempt_at, id LIMIT 1)
           AND sent_at IS NULL AND (lease_until IS NULL OR lease_until <= $3)
         RETURNING id, service, kind, reference, attempts",
        holder,
        until,
        now
    )?)
}

/// Marks a claimed alert sent (if `holder` still holds it).
pub async fn mark_sent(db: impl Into<Exec<'_>>, id: i64, holder: &str, now: i64) -> Result<bool, DbError> {
    let changed = execute!(
        db,
        "UPDATE outbox SET sent_at = $1, lease_holder = NULL, lease_until = NULL WHERE id = $2 AND lease_holder = $3",
        now,
        id,
        holder
    )?;
    Ok(changed == 1)
}

/// Records a failed attempt and when to try again, and frees the row.
pub async fn mark_failed(
    db: impl Into<Exec<'_>>,
    id: i64,
    holder: &str,
    error: &str,
    now: i64,
    next_attempt_at: i64,
) -> Result<(), DbError> {
    execute!(
        db,
        "UPDATE outbox SET last_error = $1, last_error_at = $2, next_attempt_at = $3, lease_holder = NULL,
                           lease_until = NULL
         WHERE id = $4 AND lease_holder = $5",
        error,
        now,
        next_attempt_at,
        id,
        holder
    )?;
    Ok(())
}

/// Undelivered alerts that have failed at least once, for `service` or (with `None`) for all: how many, and
/// when the last failure was.
pub async fn failing(db: impl Into<Exec<'_>>, service: Option<&str>) -> Result<(i64, Option<i64>), DbError> {
    Ok(fetch!(
        db,
        one::<(i64, Option<i64>)>,
        "SELECT COUNT(*), MAX(last_error_at) FROM outbox
         WHERE sent_at IS NULL AND last_error IS NOT NULL AND (CAST($1 AS TEXT) IS NULL OR service = CAST($1 AS TEXT))",
        service
    )?)
}

/// How many alerts queued before `before` are still undelivered.
pub async fn undelivered_since(db: impl Into<Exec<'_>>, before: i64) -> Result<i64, DbError> {
    Ok(fetch!(db, scalar::<i64>, "SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL AND created_at < $1", before)?)
}

/// Deletes alerts sent before `before`; returns how many.
pub async fn forget_sent_before(db: impl Into<Exec<'_>>, before: i64) -> Result<u64, DbError> {
    Ok(execute!(db, "DELETE FROM outbox WHERE sent_at IS NOT NULL AND sent_at < $1", before)?)
}
