//! What staff do with a referral in their service's queue: open it, take it, change its status and add a note
//! (one update), or transfer it. Each change is written together with its audit entry in one transaction, so
//! the audit log never misses a change and never records one that did not happen. Opening is itself a change
//! (an audit entry), so it is a post; reading the referral's page afterwards writes nothing, and shows the
//! details only to staff who opened it recently. Which referrals are urgent is decided here too.

use super::{draft::Draft, seal_note, store, store::ReferralRow, ReferralError, ReferralKeys};
use crate::{
    alerts,
    db::{Db, DbError},
    deadlines::Holidays,
    services::Directory,
};
use app::models::{
    referral::{Action, Status},
    request::{SafeNow, When},
    service::Service,
};

/// How long opening a referral lets a member of staff read it before they open it again (and so are recorded
/// again): a working session with the request.
pub const VIEW_LASTS: i64 = 60 * 60;

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

/// Whether a request needs attention first: the person is not safe now (or not sure), it is still happening, or
/// they asked for crisis support.
pub fn is_urgent(draft: &Draft) -> bool {
    draft.safe_now.is_some_and(SafeNow::needs_help_now)
        || draft.when == Some(When::Ongoing)
        || draft.needs.as_ref().is_some_and(|needs| needs.iter().any(|n| n == "crisis"))
}

/// Records that a member of staff opened the referral.
pub async fn view(db: &Db, row: &ReferralRow, by: Actor) -> Result<(), DbError> {
    store::add_event(db, row.id, Some(by.staff_id), Action::Viewed, None, None, by.now).await
}

/// Whether the member of staff opened the referral within [`VIEW_LASTS`], so its page may show it.
pub async fn opened_recently(db: &Db, row: &ReferralRow, by: Actor) -> Result<bool, DbError> {
    let last = store::last_viewed_by(db, row.id, by.staff_id).await?;
    Ok(last.is_some_and(|at| by.now - at < VIEW_LASTS))
}

/// Assigns the referral to the member of staff acting.
pub async fn assign(db: &Db, row: &ReferralRow, by: Actor) -> Result<(), DbError> {
    let mut tx = db.begin().await?;
    store::assign(&mut tx, row.id, Some(by.staff_id), by.now).await?;
    store::add_event(&mut tx, row.id, Some(by.staff_id), Action::Assigned, None, None, by.now).await?;
    tx.commit().await
}

/// A checked update: a new status, a note, or both.
#[derive(Debug, PartialEq, Eq)]
pub struct Update {
    pub status: Option<Status>,
    pub note: Option<String>,
}

/// What is wrong with an update as asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UpdateProblem {
    /// The status is not one staff may choose.
    Status,
    /// The note is too long.
    Note(TextProblem),
    /// Neither a different status nor a note.
    Nothing,
    /// Closing: that takes the outcomes, on the closure form.
    Close,
}

/// Checks an update of `row`: the status chosen (a change only when it differs from the current one) and the
/// note typed (optional).
pub fn check_update(row: &ReferralRow, status: &str, note: &str) -> Result<Update, UpdateProblem> {
    let status = match status {
        "" => None,
        word => Some(Status::parse(word).filter(|s| Status::SETTABLE.contains(s)).ok_or(UpdateProblem::Status)?),
    };
    let note = match free_text(note, MAX_NOTE) {
        Ok(note) => Some(note),
        Err(TextProblem::Missing) => None,
        Err(problem) => return Err(UpdateProblem::Note(problem)),
    };
    let update = Update { status: status.filter(|s| *s != row.status), note };
    if update.status == Some(Status::Closed) {
        return Err(UpdateProblem::Close);
    }
    if update.status.is_none() && update.note.is_none() {
        return Err(UpdateProblem::Nothing);
    }
    Ok(update)
}

/// Whether moving to `status` records that contact was made (the first such move sets `contacted_at`).
pub fn means_contact(status: Status) -> bool {
    matches!(status, Status::InContact | Status::Supported)
}

/// Sets the referral's status and adds a note (sealed with the referral's key), either or both, with their
/// audit entries, in one transaction. The first move to in contact (or supported) records when contact was
/// made, in the same transaction.
pub async fn update(
    db: &Db,
    keys: &ReferralKeys,
    row: &ReferralRow,
    update: &Update,
    by: Actor,
) -> Result<(), ReferralError> {
    let sealed = match &update.note {
        Some(note) => Some(seal_note(keys, row, note).ok_or(ReferralError::Unreadable)?),
        None => None,
    };
    let mut tx = db.begin().await?;
    if let Some(status) = update.status {
        store::set_status(&mut tx, row.id, status, by.now).await?;
        if means_contact(status) {
            store::mark_contacted(&mut tx, row.id, by.now).await?;
        }
        store::add_event(&mut tx, row.id, Some(by.staff_id), Action::Status, Some(status.as_str()), None, by.now)
            .await?;
    }
    if let Some(sealed) = &sealed {
        store::add_event(&mut tx, row.id, Some(by.staff_id), Action::Note, None, Some(sealed), by.now).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Moves the referral to another service's queue, where it arrives as new and unassigned, due by that service's
/// promise counted from now, with an alert to its inbox; the reason is kept (sealed) in its history.
pub async fn transfer(
    db: &Db,
    keys: &ReferralKeys,
    holidays: &Holidays,
    row: &ReferralRow,
    transfer: &Transfer<'_>,
    by: Actor,
) -> Result<(), ReferralError> {
    let sealed = seal_note(keys, row, &transfer.reason).ok_or(ReferralError::Unreadable)?;
    let to = transfer.to.slug.as_str();
    let mut tx = db.begin().await?;
    store::add_event(&mut tx, row.id, Some(by.staff_id), Action::Transferred, Some(to), Some(&sealed), by.now).await?;
    store::transfer(&mut tx, row.id, to, super::due_at(holidays, Some(transfer.to), by.now), by.now).await?;
    if transfer.to.alerts_to.is_some() {
        alerts::store::queue(&mut tx, to, alerts::Kind::TransferredIn, &row.reference, by.now).await?;
    }
    tx.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(status: Status) -> ReferralRow {
        ReferralRow::sample(status)
    }

    #[test]
    fn an_update_is_a_new_status_a_note_or_both() {
        let new = row(Status::New);
        let both = check_update(&new, "in_contact", " Rang, no answer ").expect("both");
        assert_eq!(both, Update { status: Some(Status::InContact), note: Some("Rang, no answer".into()) });
        let note_only = check_update(&new, "new", "Left it").expect("the same status is no change");
        assert_eq!(note_only, Update { status: None, note: Some("Left it".into()) });
        assert_eq!(check_update(&new, "supported", "  ").expect("status only").status, Some(Status::Supported));
        assert_eq!(check_update(&new, "closed", "Done"), Err(UpdateProblem::Close), "closing takes the outcomes");
        let closed = row(Status::Closed);
        assert_eq!(check_update(&closed, "closed", "Afterwards").expect("a note on a closed one").status, None);
        assert_eq!(check_update(&new, "new", ""), Err(UpdateProblem::Nothing));
        assert_eq!(check_update(&new, "", " "), Err(UpdateProblem::Nothing));
        assert_eq!(check_update(&new, "transferred", "x"), Err(UpdateProblem::Status));
        assert_eq!(check_update(&new, "nonsense", "x"), Err(UpdateProblem::Status));
        let long = "a".repeat(MAX_NOTE + 1);
        assert_eq!(
            check_update(&new, "supported", &long),
            Err(UpdateProblem::Note(TextProblem::TooLong { max: MAX_NOTE }))
        );
    }

    #[test]
    fn urgent_means_not_safe_still_happening_or_crisis() {
        assert!(!is_urgent(&Draft::default()));
        assert!(!is_urgent(&Draft { safe_now: Some(SafeNow::Yes), when: Some(When::Week), ..Draft::default() }));
        assert!(is_urgent(&Draft { safe_now: Some(SafeNow::No), ..Draft::default() }));
        assert!(is_urgent(&Draft { safe_now: Some(SafeNow::NotSure), ..Draft::default() }));
        assert!(is_urgent(&Draft { when: Some(When::Ongoing), ..Draft::default() }));
        let crisis = Draft { needs: Some(vec!["emotional".into(), "crisis".into()]), ..Draft::default() };
        assert!(is_urgent(&crisis));
        assert!(!is_urgent(&Draft { needs: Some(vec!["emotional".into()]), ..Draft::default() }));
    }

    #[test]
    fn free_text_is_trimmed_and_limited() {
        assert_eq!(free_text("  called back  ", 20), Ok("called back".to_string()));
        assert_eq!(free_text(" \n ", 20), Err(TextProblem::Missing));
        assert_eq!(free_text(&"é".repeat(21), 20), Err(TextProblem::TooLong { max: 20 }));
        assert_eq!(free_text(&"é".repeat(20), 20).map(|t| t.chars().count()), Ok(20));
    }
}
