//! Leases in the `leases` table: a node takes a named lease until a given time, so that a task meant for the
//! whole cluster (daily housekeeping, say) runs on one node, however many share the database.

use super::{DbError, Exec};
use crate::execute;

/// Takes the lease `name` for `holder` until `until`, if nobody holds it or it ran out by `now`. Exactly one
/// of several nodes racing for the same lease gets `true`: the database decides, atomically.
pub async fn take(db: impl Into<Exec<'_>>, name: &str, holder: &str, now: i64, until: i64) -> Result<bool, DbError> {
    let taken = execute!(
        db,
        "INSERT INTO leases (name, holder, expires_at) VALUES ($1, $2, $3)
         ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
         WHERE leases.expires_at <= $4",
        name,
        holder,
        until,
        now,
    )?;
    Ok(taken == 1)
}
