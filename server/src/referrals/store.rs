//! All SQL for requests: drafts, referrals, their audit events, and the send counter for rate limiting.

use crate::{
    db::{DbError, Exec},
    with_db,
};
use app::models::{
    referral::{Action, Status},
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
    pub key_sealed: Vec<u8>,
    pub details_sealed: Vec<u8>,
    pub created_at: i64,
    pub updated_at: i64,
    pub closed_at: Option<i64>,
}

const COLUMNS: &str = "id, reference, service, status, assigned_to, referrer_id, for_someone, crime_types, age_band, \
                       key_sealed, details_sealed, created_at, updated_at, closed_at";

/// A referral about to be stored.
pub struct NewReferral<'a> {
    pub reference: &'a str,
    pub service: &'a str,
    pub referrer_id: Option<i64>,
    pub for_someone: bool,
    pub crime_types: &'a str,
    pub age_band: AgeBand,
    pub key_sealed: &'a [u8],
    pub details_sealed: &'a [u8],
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
    Ok(with_db!(db, conn => {
        sqlx::query_scalar::<_, Vec<u8>>("SELECT sealed FROM referral_drafts WHERE token_hash = $1")
            .bind(token_hash)
            .fetch_optional(conn)
            .await
    })?)
}

/// Stores (or replaces) the sealed draft of the session `token_hash`.
pub async fn put_draft(db: impl Into<Exec<'_>>, token_hash: &[u8], sealed: &[u8], now: i64) -> Result<(), DbError> {
    with_db!(db, conn => {
        sqlx::query(
            "INSERT INTO referral_drafts (token_hash, sealed, updated_at) VALUES ($1, $2, $3)
             ON CONFLICT (token_hash) DO UPDATE SET sealed = excluded.sealed, updated_at = excluded.updated_at",
        )
        .bind(token_hash)
        .bind(sealed)
        .bind(now)
        .execute(conn)
        .await
        .map(|r| r.rows_affected())
    })?;
    Ok(())
}

pub async fn insert(db: impl Into<Exec<'_>>, r: &NewReferral<'_>) -> Result<i64, DbError> {
    Ok(with_db!(db, conn => {
        sqlx::query_scalar::<_, i64>(
            "INSERT INTO referrals (reference, service, status, referrer_id, for_someone, crime_types, age_band,
                                    key_sealed, details_sealed, created_at, updated_at)
             VALUES ($1, $2, 'new', $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id",
        )
        .bind(r.reference)
        .bind(r.service)
        .bind(r.referrer_id)
        .bind(r.for_someone)
        .bind(r.crime_types)
        .bind(r.age_band.as_str())
        .bind(r.key_sealed)
        .bind(r.details_sealed)
        .bind(r.now)
        .fetch_one(conn)
        .await
    })?)
}

pub async fn by_reference(db: impl Into<Exec<'_>>, reference: &str) -> Result<Option<ReferralRow>, DbError> {
    let sql = format!("SELECT {COLUMNS} FROM referrals WHERE reference = $1");
    Ok(with_db!(db, conn => {
        sqlx::query_as::<_, ReferralRow>(&sql).bind(reference).fetch_optional(conn).await
    })?)
}

/// A service's queue, newest first, optionally of one status only.
pub async fn queue(
    db: impl Into<Exec<'_>>,
    service: &str,
    status: Option<Status>,
) -> Result<Vec<ReferralRow>, DbError> {
    let status = status.map(Status::as_str);
    let sql = format!(
        "SELECT {COLUMNS} FROM referrals WHERE service = $1 AND (CAST($2 AS TEXT) IS NULL OR status = CAST($2 AS TEXT)) ORDER BY created_at DESC, id DESC"
    );
    Ok(with_db!(db, conn => {
        sqlx::query_as::<_, ReferralRow>(&sql).bind(service).bind(status).fetch_all(conn).await
    })?)
}

/// How many referrals a service has in each status.
pub async fn counts(db: impl Into<Exec<'_>>, service: &str) -> Result<Vec<(Status, i64)>, DbError> {
    let rows = with_db!(db, conn => {
        sqlx::query_as::<_, (String, i64)>("SELECT status, COUNT(*) FROM referrals WHERE service = $1 GROUP BY status")
            .bind(service)
            .fetch_all(conn)
            .await
    })?;
    rows.into_iter().map(|(status, n)| Ok((crate::db::word(status)?, n))).collect()
}

pub async fn by_referrer(db: impl Into<Exec<'_>>, user_id: i64) -> Result<Vec<ReferralRow>, DbError> {
    let sql = format!("SELECT {COLUMNS} FROM referrals WHERE referrer_id = $1 ORDER BY created_at DESC, id DESC");
    Ok(with_db!(db, conn => {
        sqlx::query_as::<_, ReferralRow>(&sql).bind(user_id).fetch_all(conn).await
    })?)
}

/// Referrals created in `[from, to)`, for the commissioner's report.
pub async fn created_between(db: impl Into<Exec<'_>>, from: i64, to: i64) -> Result<Vec<ReferralRow>, DbError> {
    let sql = format!("SELECT {COLUMNS} FROM referrals WHERE created_at >= $1 AND created_at < $2 ORDER BY id");
    Ok(with_db!(db, conn => {
        sqlx::query_as::<_, ReferralRow>(&sql).bind(from).bind(to).fetch_all(conn).await
    })?)
}

pub async fn set_status(db: impl Into<Exec<'_>>, id: i64, status: Status, now: i64) -> Result<(), DbError> {
    let closed = status.is_closed().then_some(now);
    with_db!(db, conn => {
        sqlx::query("UPDATE referrals SET status = $1, updated_at = $2, closed_at = $3 WHERE id = $4")
            .bind(status.as_str())
            .bind(now)
            .bind(closed)
            .bind(id)
            .execute(conn)
            .await
            .map(|r| r.rows_affected())
    })?;
    Ok(())
}

pub async fn assign(db: impl Into<Exec<'_>>, id: i64, staff_id: Option<i64>, now: i64) -> Result<(), DbError> {
    with_db!(db, conn => {
        sqlx::query("UPDATE referrals SET assigned_to = $1, updated_at = $2 WHERE id = $3")
            .bind(staff_id)
            .bind(now)
            .bind(id)
            .execute(conn)
            .await
            .map(|r| r.rows_affected())
    })?;
    Ok(())
}

/// Moves a referral to another service's queue as a new referral there.
pub async fn transfer(db: impl Into<Exec<'_>>, id: i64, service: &str, now: i64) -> Result<(), DbError> {
    with_db!(db, conn => {
        sqlx::query(
            "UPDATE referrals SET service = $1, status = 'new', assigned_to = NULL, updated_at = $2, closed_at = NULL
             WHERE id = $3",
        )
        .bind(service)
        .bind(now)
        .bind(id)
        .execute(conn)
        .await
        .map(|r| r.rows_affected())
    })?;
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
    with_db!(db, conn => {
        sqlx::query(
            "INSERT INTO referral_events (referral_id, actor_id, action, detail, note_sealed, at)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(referral_id)
        .bind(actor_id)
        .bind(action.as_str())
        .bind(detail)
        .bind(note_sealed)
        .bind(now)
        .execute(conn)
        .await
        .map(|r| r.rows_affected())
    })?;
    Ok(())
}

pub async fn events(db: impl Into<Exec<'_>>, referral_id: i64) -> Result<Vec<EventRow>, DbError> {
    Ok(with_db!(db, conn => {
        sqlx::query_as::<_, EventRow>(
            "SELECT id, referral_id, actor_id, action, detail, note_sealed, at FROM referral_events
             WHERE referral_id = $1 ORDER BY at, id",
        )
        .bind(referral_id)
        .fetch_all(conn)
        .await
    })?)
}

/// The latest audit entries across all referrals, for administrators.
pub async fn recent_events(db: impl Into<Exec<'_>>, limit: i64) -> Result<Vec<(EventRow, String, String)>, DbError> {
    let rows = with_db!(db, conn => {
        sqlx::query_as::<_, (i64, i64, Option<i64>, String, Option<String>, i64, String, String)>(
            "SELECT e.id, e.referral_id, e.actor_id, e.action, e.detail, e.at, r.reference, r.service
             FROM referral_events e JOIN referrals r ON r.id = e.referral_id ORDER BY e.at DESC, e.id DESC LIMIT $1",
        )
        .bind(limit)
        .fetch_all(conn)
        .await
    })?;
    rows.into_iter()
        .map(|(id, referral_id, actor_id, action, detail, at, reference, service)| {
            let action = crate::db::word(action)?;
            Ok((EventRow { id, referral_id, actor_id, action, detail, note_sealed: None, at }, reference, service))
        })
        .collect()
}

/// Deletes referrals closed before `before`; returns how many.
pub async fn purge_closed(db: impl Into<Exec<'_>>, before: i64) -> Result<u64, DbError> {
    Ok(with_db!(db, conn => {
        sqlx::query("DELETE FROM referrals WHERE status = 'closed' AND closed_at IS NOT NULL AND closed_at < $1")
            .bind(before)
            .execute(conn)
            .await
            .map(|r| r.rows_affected())
    })?)
}

pub async fn count_sends(db: impl Into<Exec<'_>>, subject: &[u8], since: i64) -> Result<i64, DbError> {
    Ok(with_db!(db, conn => {
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM referral_sends WHERE subject = $1 AND at >= $2")
            .bind(subject)
            .bind(since)
            .fetch_one(conn)
            .await
    })?)
}

pub async fn record_send(db: impl Into<Exec<'_>>, subject: &[u8], now: i64) -> Result<(), DbError> {
    with_db!(db, conn => {
        sqlx::query("INSERT INTO referral_sends (subject, at) VALUES ($1, $2)")
            .bind(subject)
            .bind(now)
            .execute(conn)
            .await
            .map(|r| r.rows_affected())
    })?;
    Ok(())
}

pub async fn forget_sends_before(db: impl Into<Exec<'_>>, before: i64) -> Result<(), DbError> {
    with_db!(db, conn => {
        sqlx::query("DELETE FROM referral_sends WHERE at < $1").bind(before).execute(conn).await.map(|r| r.rows_affected())
    })?;
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
    Ok(with_db!(db, conn => {
        let mut query = sqlx::query_as::<_, (i64, String)>(&sql);
        for id in ids {
            query = query.bind(id);
        }
        query.fetch_all(conn).await
    })?)
}
