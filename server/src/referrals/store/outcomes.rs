//! The SQL for what came of a referral: its needs and support plan, their outcomes, the closure, and the
//! feedback of the person who asked.

use crate::{
    db::{DbError, Exec},
    execute, fetch,
};
use app::models::{
    outcome::{Feedback, Onward, Outcome, OutcomeReason},
    UnknownWord,
};

/// A recorded need of a referral and, once closed, its outcome.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NeedRow {
    pub need: String,
    pub outcome: Option<Outcome>,
    pub reason: Option<OutcomeReason>,
}

/// A stored word that may be NULL, read back as its type.
fn optional_word<T: TryFrom<String, Error = UnknownWord>>(stored: Option<String>) -> Result<Option<T>, DbError> {
    stored.map(crate::db::word).transpose()
}

/// The needs recorded for a referral, in the order recorded.
pub async fn needs(db: impl Into<Exec<'_>>, referral_id: i64) -> Result<Vec<NeedRow>, DbError> {
    let rows = fetch!(
        db,
        all::<(String, Option<String>, Option<String>)>,
        "SELECT need, outcome, reason FROM referral_needs WHERE referral_id = $1 ORDER BY need",
        referral_id
    )?;
    rows.into_iter()
        .map(|(need, outcome, reason)| {
            Ok(NeedRow { need, outcome: optional_word(outcome)?, reason: optional_word(reason)? })
        })
        .collect()
}

/// Replaces the needs recorded for a referral (their outcomes cleared).
pub async fn set_needs(db: &mut crate::db::Tx, referral_id: i64, needs: &[&str], now: i64) -> Result<(), DbError> {
    execute!(&mut *db, "DELETE FROM referral_needs WHERE referral_id = $1", referral_id)?;
    for need in needs {
        execute!(
            &mut *db,
            "INSERT INTO referral_needs (referral_id, need, recorded_at) VALUES ($1, $2, $3)",
            referral_id,
            *need,
            now
        )?;
    }
    Ok(())
}

/// The sealed support plan of a referral, if one was recorded.
pub async fn plan(db: impl Into<Exec<'_>>, referral_id: i64) -> Result<Option<Vec<u8>>, DbError> {
    Ok(fetch!(
        db,
        scalar_optional::<Vec<u8>>,
        "SELECT plan_sealed FROM referral_plans WHERE referral_id = $1",
        referral_id
    )?)
}

pub async fn put_plan(db: impl Into<Exec<'_>>, referral_id: i64, sealed: &[u8], now: i64) -> Result<(), DbError> {
    execute!(
        db,
        "INSERT INTO referral_plans (referral_id, plan_sealed, updated_at) VALUES ($1, $2, $3)
         ON CONFLICT (referral_id) DO UPDATE SET plan_sealed = excluded.plan_sealed, updated_at = excluded.updated_at",
        referral_id,
        sealed,
        now
    )?;
    Ok(())
}

/// Records the outcome of one need.
pub async fn set_outcome(
    db: impl Into<Exec<'_>>,
    referral_id: i64,
    need: &str,
    outcome: Outcome,
    reason: Option<OutcomeReason>,
) -> Result<(), DbError> {
    execute!(
        db,
        "UPDATE referral_needs SET outcome = $1, reason = $2 WHERE referral_id = $3 AND need = $4",
        outcome.as_str(),
        reason.map(OutcomeReason::as_str),
        referral_id,
        need
    )?;
    Ok(())
}

/// Records (or replaces) a referral's closure and its onward referral.
pub async fn put_closure(
    db: impl Into<Exec<'_>>,
    referral_id: i64,
    onward: Onward,
    onward_service: Option<&str>,
    now: i64,
) -> Result<(), DbError> {
    execute!(
        db,
        "INSERT INTO referral_closures (referral_id, onward, onward_service, closed_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (referral_id) DO UPDATE SET onward = excluded.onward, onward_service = excluded.onward_service,
             closed_at = excluded.closed_at",
        referral_id,
        onward.as_str(),
        onward_service,
        now
    )?;
    Ok(())
}

/// Whether feedback was already given about a referral.
pub async fn feedback_given(db: impl Into<Exec<'_>>, referral_id: i64) -> Result<bool, DbError> {
    Ok(fetch!(db, scalar::<i64>, "SELECT COUNT(*) FROM referral_feedback_given WHERE referral_id = $1", referral_id)?
        > 0)
}

/// Marks a referral's feedback as given; false if it already was (nothing written then).
pub async fn mark_feedback_given(db: impl Into<Exec<'_>>, referral_id: i64) -> Result<bool, DbError> {
    Ok(execute!(
        db,
        "INSERT INTO referral_feedback_given (referral_id) VALUES ($1) ON CONFLICT (referral_id) DO NOTHING",
        referral_id
    )? == 1)
}

/// Keeps feedback about a service, with only the month it was given.
pub async fn add_feedback(
    db: impl Into<Exec<'_>>,
    service: &str,
    month: &str,
    feedback: &Feedback,
) -> Result<(), DbError> {
    execute!(
        db,
        "INSERT INTO service_feedback (service, month, easy, listened, recommend) VALUES ($1, $2, $3, $4, $5)",
        service,
        month,
        feedback.easy.as_str(),
        feedback.listened.as_str(),
        feedback.recommend.as_str()
    )?;
    Ok(())
}

/// A referral's closure: the onward referral and, for a directory service, its slug.
pub async fn closure(db: impl Into<Exec<'_>>, referral_id: i64) -> Result<Option<(Onward, Option<String>)>, DbError> {
    let row = fetch!(
        db,
        optional::<(String, Option<String>)>,
        "SELECT onward, onward_service FROM referral_closures WHERE referral_id = $1",
        referral_id
    )?;
    row.map(|(onward, service)| Ok::<_, DbError>((crate::db::word(onward)?, service))).transpose()
}
