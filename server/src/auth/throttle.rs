//! Slowing down guessing. Failed password and code attempts are counted in the database (so the limits hold
//! across nodes) for two subjects: the sign-in name, and the client's address (both stored only as keyed
//! fingerprints).
//!
//! Policy (also in the README):
//! - After 3 failures within 15 minutes, each further attempt must wait: 1 s, 2 s, 4 s … up to 60 s.
//! - After 10 failures for a sign-in name within 15 minutes, signing in to that name **with the password
//!   alone** pauses for 15 minutes. Attempts during the pause are refused without being counted, so the pause
//!   cannot be extended by trying harder.
//! - During a pause the owner can still sign in by giving the password and a current authenticator code (or
//!   a recovery code) together. Those attempts are limited per address only, so someone who knows the name
//!   can pause the short route for 15 minutes at a time but can never lock the owner out.
//! - Everything applies in the same way to names that have no account, so nothing here reveals whether a
//!   name is in use.

use super::store;
use crate::{
    crypto::Key,
    db::{Db, DbError, Tx},
};

pub const WINDOW_SECONDS: i64 = 15 * 60;
pub const PAUSE_AFTER: i64 = 10;
pub const PAUSE_SECONDS: i64 = 15 * 60;
const FREE_ATTEMPTS: i64 = 3;
const MAX_DELAY_SECONDS: i64 = 60;

/// Whose failures are counted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Subject(Vec<u8>);

impl Subject {
    pub fn name(key: &Key, canonical_name: &str) -> Subject {
        Subject(key.fingerprint(format!("name:{canonical_name}").as_bytes()))
    }

    pub fn address(key: &Key, address: &str) -> Subject {
        Subject(key.fingerprint(format!("address:{address}").as_bytes()))
    }

    pub fn bytes(&self) -> &[u8] {
        &self.0
    }
}

/// Whether an attempt may go ahead now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Allowed,
    /// Too soon after the last failure: try again in this many seconds.
    Wait(i64),
}

/// The delay before the next attempt after `failures` recent failures.
pub fn delay_after(failures: i64) -> i64 {
    if failures < FREE_ATTEMPTS {
        0
    } else {
        let exponent = (failures - FREE_ATTEMPTS).min(10) as u32;
        (1i64 << exponent).min(MAX_DELAY_SECONDS)
    }
}

/// Whether `subject` may attempt now (delays only; see [`pause`] for pauses).
pub async fn delay(db: &Db, subject: &Subject, now: i64) -> Result<Verdict, DbError> {
    let (count, last) = store::failures_since(db, &subject.0, now - WINDOW_SECONDS).await?;
    let wait = last.map(|last| last + delay_after(count) - now).unwrap_or(0);
    Ok(if wait > 0 { Verdict::Wait(wait) } else { Verdict::Allowed })
}

/// The end of a pause on `subject`, if one is running.
pub async fn pause(db: &Db, subject: &Subject, now: i64) -> Result<Option<i64>, DbError> {
    store::pause_until(db, &subject.0, now).await
}

/// Counts one failed attempt against each subject in `counted` and against `pausable` (a name, or an account
/// from one address), in one transaction; when `pausable` reaches the limit, a pause starts and its count
/// restarts. Returns the pause's end if one started.
pub async fn record_failure(
    db: &Db,
    counted: &[&Subject],
    pausable: Option<&Subject>,
    now: i64,
) -> Result<Option<i64>, DbError> {
    let mut tx = db.begin().await?;
    for subject in counted.iter().copied().chain(pausable) {
        store::record_failure(&mut tx, &subject.0, now, now - WINDOW_SECONDS).await?;
    }
    let mut paused = None;
    if let Some(subject) = pausable {
        let (count, _) = store::failures_since(&mut tx, &subject.0, now - WINDOW_SECONDS).await?;
        if count >= PAUSE_AFTER {
            let until = now + PAUSE_SECONDS;
            store::set_pause(&mut tx, &subject.0, until).await?;
            // The pause replaces the count: after it, the name starts afresh.
            store::clear_failures(&mut tx, &subject.0).await?;
            paused = Some(until);
        }
    }
    tx.commit().await?;
    Ok(paused)
}

/// Forgets the failures of subjects whose owner has proved who they are (inside the caller's transaction).
pub async fn clear(tx: &mut Tx, subjects: &[&Subject]) -> Result<(), DbError> {
    for subject in subjects {
        store::clear_failures(&mut *tx, &subject.0).await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::delay_after;

    #[test]
    fn delays_grow_and_are_capped() {
        assert_eq!((0..3).map(delay_after).collect::<Vec<_>>(), vec![0, 0, 0]);
        assert_eq!((3..10).map(delay_after).collect::<Vec<_>>(), vec![1, 2, 4, 8, 16, 32, 60]);
        assert_eq!(delay_after(500), 60);
    }
}
