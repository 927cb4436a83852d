//! Limits on registration and password reset, each of which costs several Argon2id computations: per client
//! address, per sign-in name (by keyed fingerprint, whether or not an account has it, so the answer reveals
//! nothing) and for everyone together, per hour. Each request is recorded first and then judged by counting,
//! in one transaction, in the database, so the limits hold across nodes and parallel requests are all counted.

use super::{names, AuthKeys};
use crate::{
    db::{Db, DbError, Exec},
    execute, fetch,
};

pub const WINDOW_SECONDS: i64 = 60 * 60;
/// Per client address an hour, unless the operator sets another (`WAYMARK_REGISTRATIONS_PER_HOUR`).
pub const PER_ADDRESS: i64 = 20;
/// Per sign-in name an hour.
pub const PER_NAME: i64 = 10;
/// For everyone together an hour.
pub const OVERALL: i64 = 600;

/// What a request is for (each kind is counted apart).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Registration,
    PasswordReset,
}

impl Kind {
    fn word(self) -> &'static str {
        match self {
            Kind::Registration => "registration",
            Kind::PasswordReset => "password-reset",
        }
    }
}

/// The subjects a request is counted against, with their limits.
fn subjects(keys: &AuthKeys, kind: Kind, per_address: i64, address: &str, name: &str) -> [(Vec<u8>, i64); 3] {
    let of = |what: String| keys.throttle.fingerprint(format!("{}:{what}", kind.word()).as_bytes());
    [
        (of(format!("address:{address}")), per_address),
        (of(format!("name:{}", names::normalise(name))), PER_NAME),
        (of("everyone".into()), OVERALL),
    ]
}

/// Records a request and says whether it may go ahead: `false` once the address, the name or everyone
/// together has asked more than the limit within the hour (this request included). `per_address` is the
/// limit for one address.
pub async fn admit(
    db: &Db,
    keys: &AuthKeys,
    kind: Kind,
    per_address: i64,
    address: &str,
    name: &str,
    now: i64,
) -> Result<bool, DbError> {
    let mut tx = db.begin().await?;
    let mut admitted = true;
    for (subject, limit) in subjects(keys, kind, per_address, address, name) {
        record(&mut tx, &subject, now).await?;
        admitted &= count(&mut tx, &subject, now - WINDOW_SECONDS).await? <= limit;
    }
    tx.commit().await?;
    Ok(admitted)
}

async fn record(db: impl Into<Exec<'_>>, subject: &[u8], now: i64) -> Result<(), DbError> {
    execute!(db, "INSERT INTO hash_requests (subject, at) VALUES ($1, $2)", subject, now)?;
    Ok(())
}

async fn count(db: impl Into<Exec<'_>>, subject: &[u8], since: i64) -> Result<i64, DbError> {
    Ok(fetch!(db, scalar::<i64>, "SELECT COUNT(*) FROM hash_requests WHERE subject = $1 AND at > $2", subject, since)?)
}

/// Forgets requests older than the window (housekeeping).
pub async fn forget_before(db: impl Into<Exec<'_>>, before: i64) -> Result<u64, DbError> {
    Ok(execute!(db, "DELETE FROM hash_requests WHERE at <= $1", before)?)
}
