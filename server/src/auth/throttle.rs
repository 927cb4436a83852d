//! Slowing down guessing. Every attempt to prove who someone is is recorded in the database **before** it is
//! judged (so the limits hold across nodes and against attempts sent all at once), against keyed fingerprints
//! of its subjects: the sign-in name, the account, the account from one address, and the client's address.
//!
//! Policy (also in the README):
//! - An attempt is first recorded and committed, then one statement per subject counts the attempts recorded
//!   before it was read. After 3 within 15 minutes, each further attempt must wait: 1 s, 2 s, 4 s … up to
//!   60 s. A hundred attempts sent at once count as a hundred, and only the first three are judged.
//! - After 10 failures for a sign-in name within 15 minutes, signing in to that name **with the password
//!   alone** pauses for 15 minutes (code entry for an account from one address likewise). Attempts during a
//!   pause are refused without being counted against what is paused, so the pause cannot be extended by
//!   trying harder; they still count against the address (and, for codes, the account).
//! - Every delay and pause is checked before the password is hashed, so no answer depends on whether it was
//!   right.
//! - An attempt that succeeds is taken back; one that fails stays counted.
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
    /// Too soon after earlier attempts: try again in this many seconds.
    Wait(i64),
    /// Paused until then.
    Paused(i64),
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

/// The end of a pause on `subject`, if one is running.
pub async fn pause(db: &Db, subject: &Subject, now: i64) -> Result<Option<i64>, DbError> {
    store::pause_until(db, &subject.0, now).await
}

/// Who an attempt is counted against, and how.
#[derive(Default)]
pub struct Against<'a> {
    /// Counted, and their delays may refuse the attempt.
    pub delayed: Vec<&'a Subject>,
    /// Counted, but never refusing (a name, on the form used while it is paused).
    pub counted: Vec<&'a Subject>,
    /// Counted; a running pause refuses the attempt without counting it, and failures start one.
    pub pausable: Vec<&'a Subject>,
}

/// An attempt recorded before it was judged: the ids of its rows, one per subject.
#[derive(Debug, Default)]
pub struct Attempt {
    rows: Vec<(Vec<u8>, i64)>,
}

/// Records an attempt against its subjects (committed at once, so every node and every concurrent request
/// sees it), then judges whether it may go ahead from the attempts recorded before it: one statement per
/// subject. A pausable subject whose pause is running refuses the attempt, which is then not counted against
/// it (so trying harder cannot extend the pause) but still against the others; a pausable subject that has
/// reached [`PAUSE_AFTER`] starts a pause.
pub async fn begin(db: &Db, against: &Against<'_>, now: i64) -> Result<(Attempt, Verdict), DbError> {
    let mut paused = None;
    for subject in &against.pausable {
        if let Some(until) = pause(db, subject, now).await? {
            paused = Some(until);
            break;
        }
    }
    let mut attempt = Attempt::default();
    let mut tx = db.begin().await?;
    let pausable = against.pausable.iter().filter(|_| paused.is_none());
    for subject in against.delayed.iter().chain(&against.counted).chain(pausable) {
        let id = store::record_attempt(&mut tx, &subject.0, now, now - WINDOW_SECONDS).await?;
        attempt.rows.push((subject.0.clone(), id));
    }
    tx.commit().await?;
    if let Some(until) = paused {
        return Ok((attempt, Verdict::Paused(until)));
    }
    let mut verdict = Verdict::Allowed;
    let judged = against.delayed.iter().map(|s| (s, false)).chain(against.pausable.iter().map(|s| (s, true)));
    for (subject, pausable) in judged {
        let mine = attempt.id_for(subject);
        let (others, last) = store::other_attempts_since(db, &subject.0, mine, now - WINDOW_SECONDS).await?;
        if pausable && others >= PAUSE_AFTER {
            return Ok((attempt, Verdict::Paused(start_pause(db, subject, now).await?)));
        }
        let wait = last.map(|last| last + delay_after(others) - now).unwrap_or(0);
        if wait > 0 {
            verdict = match verdict {
                Verdict::Wait(longer) if longer >= wait => verdict,
                _ => Verdict::Wait(wait),
            };
        }
    }
    Ok((attempt, verdict))
}

impl Attempt {
    /// Whether this attempt was counted against `subject`.
    pub fn has(&self, subject: &Subject) -> bool {
        self.rows.iter().any(|(s, _)| *s == subject.0)
    }

    fn id_for(&self, subject: &Subject) -> i64 {
        self.rows.iter().find(|(s, _)| *s == subject.0).map(|(_, id)| *id).unwrap_or(0)
    }
}

/// An attempt that was judged and failed stays counted; when a pausable subject has reached [`PAUSE_AFTER`]
/// with it, a pause starts (and its count restarts). Returns the pause's end if one started.
pub async fn failed(db: &Db, pausable: &[&Subject], now: i64) -> Result<Option<i64>, DbError> {
    for subject in pausable {
        let (count, _) = store::failures_since(db, &subject.0, now - WINDOW_SECONDS).await?;
        if count >= PAUSE_AFTER {
            return Ok(Some(start_pause(db, subject, now).await?));
        }
    }
    Ok(None)
}

async fn start_pause(db: &Db, subject: &Subject, now: i64) -> Result<i64, DbError> {
    let until = now + PAUSE_SECONDS;
    let mut tx = db.begin().await?;
    store::set_pause(&mut tx, &subject.0, until).await?;
    // The pause replaces the count: after it, the subject starts afresh.
    store::clear_failures(&mut tx, &subject.0).await?;
    tx.commit().await?;
    Ok(until)
}

/// Takes back an attempt that succeeded (inside the caller's transaction).
pub async fn succeeded(tx: &mut Tx, attempt: &Attempt) -> Result<(), DbError> {
    for (_, id) in &attempt.rows {
        store::forget_attempt(&mut *tx, *id).await?;
    }
    Ok(())
}

/// Takes back an attempt that succeeded, on its own.
pub async fn take_back(db: &Db, attempt: &Attempt) -> Result<(), DbError> {
    let mut tx = db.begin().await?;
    succeeded(&mut tx, attempt).await?;
    tx.commit().await
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
