//! All SQL for requests: drafts, referrals, their audit events, the send counter for rate limiting and the
//! referral master keys; what came of each referral is in [`outcomes`].

mod outcomes;

pub use outcomes::*;

use crate::{
    db::{DbError, Exec},
    execute, fetch, with_db,
};
use app::models::{
    referral::{Action, Source, Status},
    request::AgeBand,
};

/// A referral row. Personal details stay sealed until a handler with the right to see them opens them.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ReferralRow {
    pub id: i64,
    pub reference: String,
    pub service: String,
    #[sqlx(try_from = "String")]
    pub status: Status,
    pub assigned_to: Option<i64>,
    pub referrer_id: Option<i64>,
    pub for_someone: bool,
    pub crime_types: String,
    #[sqlx(try_from = "String")]
    pub age_band: AgeBand,
    /// The master key `key_sealed` is sealed under: NULL for the one derived from the server secret.
    pub key_id: Option<i64>,
    /// That master key, sealed under the server secret (NULL for the derived one).
    pub master_sealed: Option<Vec<u8>>,
    pub key_sealed: Vec<u8>,
    pub details_sealed: Vec<u8>,
    pub created_at: i64,
    pub updated_at: i64,
    pub closed_at: Option<i64>,
    /// When the service promised to make contact by (see [`crate::deadlines`]); NULL for older requests.
    pub due_at: Option<i64>,
    /// When staff first recorded contact.
    pub contacted_at: Option<i64>,
    /// How it came in: the public journey, a partner's worker, or another system through the API.
    #[sqlx(try_from = "String")]
    pub source: Source,
    /// The registered organisation that sent it (a partner's referral or an API call).
    pub organisation: Option<String>,
}

#[cfg(test)]
impl ReferralRow {
    /// A request from the public journey to the victim hub, with nothing sealed in it, for unit tests.
    pub fn sample(status: Status) -> ReferralRow {
        ReferralRow {
            id: 1,
            reference: "AB12-CD34".into(),
            service: "victim-hub".into(),
            status,
            assigned_to: None,
            referrer_id: None,
            for_someone: false,
            crime_types: String::new(),
            age_band: AgeBand::RatherNotSay,
            key_id: None,
            master_sealed: None,
            key_sealed: Vec::new(),
            details_sealed: Vec::new(),
            created_at: 0,
            updated_at: 0,
            closed_at: None,
            due_at: None,
            contacted_at: None,
            source: Source::Web,
            organisation: None,
        }
    }
}

const COLUMNS: &str = "id, reference, service, status, assigned_to, referrer_id, for_someone, crime_types, age_band, \
                       key_id, (SELECT m.sealed FROM referral_master_keys m WHERE m.id = referrals.key_id) AS master_sealed, \
                       key_sealed, details_sealed, created_at, updated_at, closed_at, due_at, contacted_at, source, \
                       (SELECT o.name FROM organisations o WHERE o.id = referrals.organisation_id) AS organisation";

/// A referral about to be stored.
pub struct NewReferral<'a> {
    pub reference: &'a str,
    pub service: &'a str,
    pub referrer_id: Option<i64>,
    pub for_someone: bool,
    pub crime_types: &'a str,
    pub age_band: AgeBand,
    /// A borough id, `outside`, or `None` when the person would rather not say.
    pub area: Option<&'a str>,
    pub key_id: Option<i64>,
    pub key_sealed: &'a [u8],
    pub details_sealed: &'a [u8],
    pub due_at: i64,
    pub now: i64,
}

/// An entry of the audit log.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct EventRow {
    pub id: i64,
    pub referral_id: i64,
    pub actor_id: Option<i64>,
    #[sqlx(try_from = "String")]
    pub action: Action,
    pub detail: Option<String>,
    pub note_sealed: Option<Vec<u8>>,
    pub at: i64,
}

/// The sealed draft of the session `token_hash`, if any.
pub async fn draft(db: impl Into<Exec<'_>>, token_hash: &[u8]) -> Result<Option<Vec<u8>>, DbError> {
    Ok(fetch!(db, scalar_optional::<Vec<u8>>, "SELECT sealed FROM referral_drafts WHERE token_hash = $1", token_hash)?)
}

/// Stores (or replaces) the sealed draft of the session `token_hash`.
pub async fn put_draft(db: impl Into<Exec<'_>>, token_hash: &[u8], sealed: &[u8], now: i64) -> Result<(), DbError> {
    execute!(
        db,
        "INSERT INTO referral_drafts (token_hash, sealed, updated_at) VALUES ($1, $2, $3)
         ON CONFLICT (token_hash) DO UPDATE SET sealed = excluded.sealed, updated_at = excluded.updated_at",
        token_hash,
        sealed,
        now
    )?;
    Ok(())
}

/// Stores a new referral; returns its id.
pub async fn insert(db: impl Into<Exec<'_>>, r: &NewReferral<'_>) -> Result<i64, DbError> {
    Ok(fetch!(
        db,
        scalar::<i64>,
        "INSERT INTO referrals (reference, service, status, referrer_id, for_someone, crime_types, age_band,
                                key_id, key_sealed, details_sealed, created_at, updated_at, area, due_at)
         VALUES ($1, $2, 'new', $3, $4, $5, $6, $10, $7, $8, $9, $9, $11, $12) RETURNING id",
        r.reference,
        r.service,
        r.referrer_id,
        r.for_someone,
        r.crime_types,
        r.age_band.as_str(),
        r.key_sealed,
        r.details_sealed,
        r.now,
        r.key_id,
        r.area,
        r.due_at
    )?)
}

/// Records a new referral's optional equality answers (words, `None` when not given) in its coarse columns,
/// which only the commissioner's return reads.
pub async fn record_equality(db: impl Into<Exec<'_>>, id: i64, answers: [Option<&str>; 4]) -> Result<(), DbError> {
    let [gender, ethnicity, sexuality, disability] = answers;
    execute!(
        db,
        "UPDATE referrals SET eq_gender = $2, eq_ethnicity = $3, eq_sexuality = $4, eq_disability = $5 WHERE id = $1",
        id,
        gender,
        ethnicity,
        sexuality,
        disability
    )?;
    Ok(())
}

pub async fn by_reference(db: impl Into<Exec<'_>>, reference: &str) -> Result<Option<ReferralRow>, DbError> {
    let sql = format!("SELECT {COLUMNS} FROM referrals WHERE reference = $1");
    Ok(fetch!(db, optional::<ReferralRow>, &sql, reference)?)
}

/// A service's queue, optionally of one status only: first what is due soonest (requests without a due time
/// last), then newest first.
pub async fn queue(
    db: impl Into<Exec<'_>>,
    service: &str,
    status: Option<Status>,
) -> Result<Vec<ReferralRow>, DbError> {
    let status = status.map(Status::as_str);
    let sql = format!(
        "SELECT {COLUMNS} FROM referrals WHERE service = $1 AND (CAST($2 AS TEXT) IS NULL OR status = CAST($2 AS TEXT))
         ORDER BY CASE WHEN due_at IS NULL THEN 1 ELSE 0 END, due_at, created_at DESC, id DESC"
    );
    Ok(fetch!(db, all::<ReferralRow>, &sql, service, status)?)
}

/// How many referrals a service has in each status.
pub async fn counts(db: impl Into<Exec<'_>>, service: &str) -> Result<Vec<(Status, i64)>, DbError> {
    let rows = fetch!(
        db,
        all::<(String, i64)>,
        "SELECT status, COUNT(*) FROM referrals WHERE service = $1 GROUP BY status",
        service
    )?;
    rows.into_iter().map(|(status, n)| Ok((crate::db::word(status)?, n))).collect()
}

/// The referrals an account sent, newest first.
pub async fn by_referrer(db: impl Into<Exec<'_>>, user_id: i64) -> Result<Vec<ReferralRow>, DbError> {
    let sql = format!("SELECT {COLUMNS} FROM referrals WHERE referrer_id = $1 ORDER BY created_at DESC, id DESC");
    Ok(fetch!(db, all::<ReferralRow>, &sql, user_id)?)
}

/// Referrals created in `[from, to)`, for the commissioner's report.
pub async fn created_between(db: impl Into<Exec<'_>>, from: i64, to: i64) -> Result<Vec<ReferralRow>, DbError> {
    let sql = format!("SELECT {COLUMNS} FROM referrals WHERE created_at >= $1 AND created_at < $2 ORDER BY id");
    Ok(fetch!(db, all::<ReferralRow>, &sql, from, to)?)
}

pub async fn set_status(db: impl Into<Exec<'_>>, id: i64, status: Status, now: i64) -> Result<(), DbError> {
    let closed = status.is_closed().then_some(now);
    execute!(
        db,
        "UPDATE referrals SET status = $1, updated_at = $2, closed_at = $3 WHERE id = $4",
        status.as_str(),
        now,
        closed,
        id
    )?;
    Ok(())
}

/// Records that staff first made contact at `now` (a later contact leaves the first time as it is).
pub async fn mark_contacted(db: impl Into<Exec<'_>>, id: i64, now: i64) -> Result<(), DbError> {
    execute!(db, "UPDATE referrals SET contacted_at = $1 WHERE id = $2 AND contacted_at IS NULL", now, id)?;
    Ok(())
}

pub async fn assign(db: impl Into<Exec<'_>>, id: i64, staff_id: Option<i64>, now: i64) -> Result<(), DbError> {
    execute!(db, "UPDATE referrals SET assigned_to = $1, updated_at = $2 WHERE id = $3", staff_id, now, id)?;
    Ok(())
}

/// Moves a referral to another service's queue as a new referral there, due by that service's promise.
pub async fn transfer(db: impl Into<Exec<'_>>, id: i64, service: &str, due_at: i64, now: i64) -> Result<(), DbError> {
    execute!(
        db,
        "UPDATE referrals SET service = $1, status = 'new', assigned_to = NULL, updated_at = $2, closed_at = NULL,
                              due_at = $4, contacted_at = NULL
         WHERE id = $3",
        service,
        now,
        id,
        due_at
    )?;
    Ok(())
}

pub async fn add_event(
    db: impl Into<Exec<'_>>,
    referral_id: i64,
    actor_id: Option<i64>,
    action: Action,
    detail: Option<&str>,
    note_sealed: Option<&[u8]>,
    now: i64,
) -> Result<(), DbError> {
    execute!(
        db,
        "INSERT INTO referral_events (referral_id, actor_id, action, detail, note_sealed, at)
         VALUES ($1, $2, $3, $4, $5, $6)",
        referral_id,
        actor_id,
        action.as_str(),
        detail,
        note_sealed,
        now
    )?;
    Ok(())
}

/// When the member of staff `staff_id` last opened the referral (recorded as a view), if ever.
pub async fn last_viewed_by(db: impl Into<Exec<'_>>, referral_id: i64, staff_id: i64) -> Result<Option<i64>, DbError> {
    Ok(fetch!(
        db,
        scalar::<Option<i64>>,
        "SELECT MAX(at) FROM referral_events WHERE referral_id = $1 AND actor_id = $2 AND action = 'viewed'",
        referral_id,
        staff_id
    )?)
}

/// A referral's audit log, oldest first.
pub async fn events(db: impl Into<Exec<'_>>, referral_id: i64) -> Result<Vec<EventRow>, DbError> {
    Ok(fetch!(
        db,
        all::<EventRow>,
        "SELECT id, referral_id, actor_id, action, detail, note_sealed, at FROM referral_events
         WHERE referral_id = $1 ORDER BY at, id",
        referral_id
    )?)
}

/// The latest audit entries, newest first: of the referrals now with `service`, and what its staff did to any
/// (every referral's when `None`).
pub async fn recent_events(
    db: impl Into<Exec<'_>>,
    service: Option<&str>,
    limit: i64,
) -> Result<Vec<(EventRow, String, String)>, DbError> {
    let rows = fetch!(
        db,
        all::<(i64, i64, Option<i64>, String, Option<String>, i64, String, String)>,
        "SELECT e.id, e.referral_id, e.actor_id, e.action, e.detail, e.at, r.reference, r.service
         FROM referral_events e JOIN referrals r ON r.id = e.referral_id LEFT JOIN users u ON u.id = e.actor_id
         WHERE CAST($1 AS TEXT) IS NULL OR r.service = $1 OR u.service_id = $1
         ORDER BY e.at DESC, e.id DESC LIMIT $2",
        service,
        limit
    )?;
    rows.into_iter()
        .map(|(id, referral_id, actor_id, action, detail, at, reference, service)| {
            let action = crate::db::word(action)?;
            Ok((EventRow { id, referral_id, actor_id, action, detail, note_sealed: None, at }, reference, service))
        })
        .collect()
}

/// Deletes referrals closed before `before`; returns how many.
pub async fn purge_closed(db: impl Into<Exec<'_>>, before: i64) -> Result<u64, DbError> {
    Ok(execute!(
        db,
        "DELETE FROM referrals WHERE status = 'closed' AND closed_at IS NOT NULL AND closed_at < $1",
        before
    )?)
}

/// How many requests the address fingerprinted as `subject` sent since `since`.
pub async fn count_sends(db: impl Into<Exec<'_>>, subject: &[u8], since: i64) -> Result<i64, DbError> {
    Ok(fetch!(
        db,
        scalar::<i64>,
        "SELECT COUNT(*) FROM referral_sends WHERE subject = $1 AND at >= $2",
        subject,
        since
    )?)
}

pub async fn record_send(db: impl Into<Exec<'_>>, subject: &[u8], now: i64) -> Result<(), DbError> {
    execute!(db, "INSERT INTO referral_sends (subject, at) VALUES ($1, $2)", subject, now)?;
    Ok(())
}

pub async fn forget_sends_before(db: impl Into<Exec<'_>>, before: i64) -> Result<(), DbError> {
    execute!(db, "DELETE FROM referral_sends WHERE at < $1", before)?;
    Ok(())
}

/// Staff names by id, for showing who did what.
pub async fn staff_names(db: impl Into<Exec<'_>>, ids: &[i64]) -> Result<Vec<(i64, String)>, DbError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let placeholders: Vec<String> = (1..=ids.len()).map(|i| format!("${i}")).collect();
    let sql = format!(
        "SELECT id, display_name FROM users WHERE display_name IS NOT NULL AND id IN ({})",
        placeholders.join(", ")
    );
    // As many binds as ids: the one statement here that the fixed-bind macros cannot write.
    Ok(with_db!(db, conn => {
        let mut query = sqlx::query_as::<_, (i64, String)>(&sql);
        for id in ids {
            query = query.bind(id);
        }
        query.fetch_all(conn).await
    })?)
}

/// The newest master key: its id and its sealed bytes.
pub async fn newest_master_key(db: impl Into<Exec<'_>>) -> Result<Option<(i64, Vec<u8>)>, DbError> {
    Ok(fetch!(db, optional::<(i64, Vec<u8>)>, "SELECT id, sealed FROM referral_master_keys ORDER BY id DESC LIMIT 1")?)
}

/// Keeps a new master key, sealed; returns its id.
pub async fn insert_master_key(db: impl Into<Exec<'_>>, sealed: &[u8], now: i64) -> Result<i64, DbError> {
    Ok(fetch!(
        db,
        scalar::<i64>,
        "INSERT INTO referral_master_keys (sealed, created_at) VALUES ($1, $2) RETURNING id",
        sealed,
        now
    )?)
}

/// Every referral not sealed under the master key `key_id`.
pub async fn not_under_master_key(db: impl Into<Exec<'_>>, key_id: i64) -> Result<Vec<ReferralRow>, DbError> {
    let sql = format!("SELECT {COLUMNS} FROM referrals WHERE key_id IS NULL OR key_id <> $1 ORDER BY id");
    Ok(fetch!(db, all::<ReferralRow>, &sql, key_id)?)
}

/// Replaces a referral's sealed key and the id of the master key it is sealed under.
pub async fn reseal_key(db: impl Into<Exec<'_>>, id: i64, key_id: i64, key_sealed: &[u8]) -> Result<(), DbError> {
    execute!(db, "UPDATE referrals SET key_id = $1, key_sealed = $2 WHERE id = $3", key_id, key_sealed, id)?;
    Ok(())
}

/// Deletes every master key but `keep` that no referral is sealed under; returns how many were deleted.
pub async fn delete_unused_master_keys(db: impl Into<Exec<'_>>, keep: i64) -> Result<u64, DbError> {
    Ok(execute!(
        db,
        "DELETE FROM referral_master_keys WHERE id <> $1
             AND NOT EXISTS (SELECT 1 FROM referrals r WHERE r.key_id = referral_master_keys.id)",
        keep
    )?)
}
