//! What staff do with a referral in their service's queue: open it, take it, change its status, add a note or
//! transfer it. Each change is written together with its audit entry in one transaction, so the audit log
//! never misses a change and never records one that did not happen.

use super::{seal_note, store, store::ReferralRow, ReferralError, ReferralKeys};
use crate::{
    db::{Db, DbError},
    services::Directory,
};
use app::models::{
    referral::{Action, Status},
    service::Service,
};

/// Longest note or reason staff may write, in characters.
pub const MAX_NOTE: usize = 2000;

/// Who is acting, and when.
#[derive(Clone, Copy, Debug)]
pub struct Actor {
    pub staff_id: i64,
    pub now: i64,
}

/// What is wrong with a piece of free text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextProblem {
    Missing,
    TooLong { max: usize },
}

/// Trimmed text, or what is wrong with it.
pub fn free_text(typed: &str, max: usize) -> Result<String, TextProblem> {
    let text = typed.trim();
    if text.is_empty() {
        Err(TextProblem::Missing)
    } else if text.chars().count() > max {
        Err(TextProblem::TooLong { max })
    } else {
        Ok(text.to_string())
    }
}

/// A checked transfer: where to, and why.
#[derive(Debug)]
pub struct Transfer<'a> {
    pub to: &'a Service,
    pub reason: String,
}

/// What is wrong with a transfer as asked.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct TransferProblems {
    /// The service is not another service that receives requests.
    pub service: bool,
    pub reason: Option<TextProblem>,
}

/// Checks a transfer of `row` to the service `slug` for `reason`.
pub fn check_transfer<'a>(
    directory: &'a Directory,
    row: &ReferralRow,
    slug: &str,
    reason: &str,
) -> Result<Transfer<'a>, TransferProblems> {
    let to = directory.by_slug(slug).filter(|s| s.receives_referrals && s.slug != row.service);
    let reason = free_text(reason, MAX_NOTE);
    match (to, reason) {
        (Some(to), Ok(reason)) => Ok(Transfer { to, reason }),
        (to, reason) => Err(TransferProblems { service: to.is_none(), reason: reason.err() }),
    }
}

/// Records that a member of staff opened the referral.
pub async fn view(db: &Db, row: &ReferralRow, by: Actor) -> Result<(), DbError> {
    store::add_event(db, row.id, Some(by.staff_id), Action::Viewed, None, None, by.now).await
}

/// Assigns the referral to the member of staff acting.
pub async fn assign(db: &Db, row: &ReferralRow, by: Actor) -> Result<(), DbError> {
    let mut tx = db.begin().await?;
    store::assign(&mut tx, row.id, Some(by.staff_id), by.now).await?;
    store::add_event(&mut tx, row.id, Some(by.staff_id), Action::Assigned, None, None, by.now).await?;
    tx.commit().await
}

/// Sets the referral's status.
pub async fn set_status(db: &Db, row: &ReferralRow, status: Status, by: Actor) -> Result<(), DbError> {
    let mut tx = db.begin().await?;
    store::set_status(&mut tx, row.id, status, by.now).await?;
    store::add_event(&mut tx, row.id, Some(by.staff_id), Action::Status, Some(status.as_str()), None, by.now).await?;
    tx.commit().await
}

/// Adds a note (sealed with the referral's key) to the referral's history.
pub async fn add_note(
    db: &Db,
    keys: &ReferralKeys,
    row: &ReferralRow,
    note: &str,
    by: Actor,
) -> Result<(), ReferralError> {
    let sealed = seal_note(keys, row, note).ok_or(ReferralError::Unreadable)?;
    store::add_event(db, row.id, Some(by.staff_id), Action::Note, None, Some(&sealed), by.now).await?;
    Ok(())
}

/// Moves the referral to another service's queue, where it arrives as new and unassigned; the reason is kept
/// (sealed) in its history.
pub async fn transfer(
    db: &Db,
    keys: &ReferralKeys,
    row: &ReferralRow,
    transfer: &Transfer<'_>,
    by: Actor,
) -> Result<(), ReferralError> {
    let sealed = seal_note(keys, row, &transfer.reason).ok_or(ReferralError::Unreadable)?;
    let to = transfer.to.slug.as_str();
    let mut tx = db.begin().await?;
    store::add_event(&mut tx, row.id, Some(by.staff_id), Action::Transferred, Some(to), Some(&sealed), by.now).await?;
    store::transfer(&mut tx, row.id, to, by.now).await?;
    tx.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn free_text_is_trimmed_and_limited() {
        assert_eq!(free_text("  called back  ", 20), Ok("called back".to_string()));
        assert_eq!(free_text(" \n ", 20), Err(TextProblem::Missing));
        assert_eq!(free_text(&"é".repeat(21), 20), Err(TextProblem::TooLong { max: 20 }));
        assert_eq!(free_text(&"é".repeat(20), 20).map(|t| t.chars().count()), Ok(20));
    }
}
