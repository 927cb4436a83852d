//! All SQL for requests: drafts, referrals, their audit events, and the send counter for rate limiting.

use crate::{
    db::{Db, DbError},
    with_db,
};

/// A referral row. Personal details stay sealed until a handler with the right to see them opens them.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ReferralRow {
    pub id: i64,
    pub reference: String,
    pub service: String,
    pub status: String,
    pub assigned_to: Option<i64>,
    pub referrer_id: Option<i64>,
    pub for_someone: bool,
    pub crime_types: String,
    pub age_band: String,
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
    pub age_band: &'a str,
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
    pub action: String,
    pub detail: Option<String>,
    pub note_sealed: Option<Vec<u8>>,
    pub at: i64,
}

pub async fn draft(db: &Db, token_hash: &[u8]) -> Result<Option<Vec<u8>>, DbError> {
    Ok(with_db!(db, pool => {
        sqlx::query_scalar::<_, Vec<u8>>("SELECT sealed FROM referral_drafts WHERE token_hash = $1")
            .bind(token_hash)
            .fetch_optional(pool)
            .await
    })?)
}

pub async fn put_draft(db: &Db, token_hash: &[u8], sealed: &[u8], now: i64) -> Result<(), DbError> {
    with_db!(db, pool => {
        sqlx::query(
            "INSERT INTO referral_drafts (token_hash, sealed, updated_at) VALUES ($1, $2, $3)
             ON CONFLICT (token_hash) DO UPDATE SET sealed = excluded.sealed, updated_at = excluded.updated_at",
        )
        .bind(token_hash)
        .bind(sealed)
        .bind(now)
        .execute(pool)
        .await
        .map(|r| r.rows_affected())
    })?;
    Ok(())
}

pub async fn delete_draft(db: &Db, token_hash: &[u8]) -> Result<(), DbError> {
    with_db!(db, pool => {
        sqlx::query("DELETE FROM referral_drafts WHERE token_hash = $1")
            .bind(token_hash)
            .execute(pool)
            .await
            .map(|r| r.rows_affected())
    })?;
    Ok(())
}

pub async fn insert(db: &Db, r: &NewReferral<'_>) -> Result<i64, DbError> {
    Ok(with_db!(db, pool => {
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
        .bind(r.age_band)
        .bind(r.key_sealed)
        .bind(r.details_sealed)
        .bind(r.now)
        .fetch_one(pool)
        .await
    })?)
}

pub async fn by_reference(db: &Db, reference: &str) -> Result<Option<ReferralRow>, DbError> {
    let sql = format!("SELECT {COLUMNS} FROM referrals WHERE reference = $1");
    Ok(with_db!(db, pool => {
        sqlx::query_as::<_, ReferralRow>(&sql).bind(reference).fetch_optional(pool).await
    })?)
}

/// A service's queue, newest first, optionally of one status only.
pub async fn queue(db: &Db, service: &str, status: Option<&str>) -> Result<Vec<ReferralRow>, DbError> {
    let sql = format!(
        "SELECT {COLUMNS} FROM referrals WHERE service = $1 AND (CAST($2 AS TEXT) IS NULL OR status = CAST($2 AS TEXT)) ORDER BY created_at DESC, id DESC"
    );
    Ok(with_db!(db, pool => {
        sqlx::query_as::<_, ReferralRow>(&sql).bind(service).bind(status).fetch_all(pool).await
    })?)
}

/// How many referrals a service has in each status.
pub async fn counts(db: &Db, service: &str) -> Result<Vec<(String, i64)>, DbError> {
    Ok(with_db!(db, pool => {
        sqlx::query_as::<_, (String, i64)>("SELECT status, COUNT(*) FROM referrals WHERE service = $1 GROUP BY status")
            .bind(service)
            .fetch_all(pool)
            .await
    })?)
}

pub async fn by_referrer(db: &Db, user_id: i64) -> Result<Vec<ReferralRow>, DbError> {
    let sql = format!("SELECT {COLUMNS} FROM referrals WHERE referrer_id = $1 ORDER BY created_at DESC, id DESC");
    Ok(with_db!(db, pool => {
        sqlx::query_as::<_, ReferralRow>(&sql).bind(user_id).fetch_all(pool).await
    })?)
}

/// Referrals created in `[from, to)`, for the commissioner's report.
pub async fn created_between(db: &Db, from: i64, to: i64) -> Result<Vec<ReferralRow>, DbError> {
    let sql = format!("SELECT {COLUMNS} FROM referrals WHERE created_at >= $1 AND created_at < $2 ORDER BY id");
    Ok(with_db!(db, pool => {
        sqlx::query_as::<_, ReferralRow>(&sql).bind(from).bind(to).fetch_all(pool).await
    })?)
}

pub async fn set_status(db: &Db, id: i64, status: &str, now: i64) -> Result<(), DbError> {
    let closed = (status == "closed" || status == "transferred").then_some(now);
    with_db!(db, pool => {
        sqlx::query("UPDATE referrals SET status = $1, updated_at = $2, closed_at = $3 WHERE id = $4")
            .bind(status)
            .bind(now)
            .bind(closed)
            .bind(id)
            .execute(pool)
            .await
            .map(|r| r.rows_affected())
    })?;
    Ok(())
}

pub async fn assign(db: &Db, id: i64, staff_id: Option<i64>, now: i64) -> Result<(), DbError> {
    with_db!(db, pool => {
        sqlx::query("UPDATE referrals SET assigned_to = $1, updated_at = $2 WHERE id = $3")
            .bind(staff_id)
            .bind(now)
            .bind(id)
            .execute(pool)
            .await
            .map(|r| r.rows_affected())
    })?;
    Ok(())
}

/// Moves a referral to another service's queue as a new referral there.
pub async fn transfer(db: &Db, id: i64, service: &str, now: i64) -> Result<(), DbError> {
    with_db!(db, pool => {
        sqlx::query(
            "UPDATE referrals SET service = $1, status = 'new', assigned_to = NULL, updated_at = $2, closed_at = NULL
             WHERE id = $3",
        )
        .bind(service)
        .bind(now)
        .bind(id)
        .execute(pool)
        .await
        .map(|r| r.rows_affected())
    })?;
    Ok(())
}

pub async fn add_event(
    db: &Db,
    referral_id: i64,
    actor_id: Option<i64>,
    action: &str,
    detail: Option<&str>,
    note_sealed: Option<&[u8]>,
    now: i64,
) -> Result<(), DbError> {
    with_db!(db, pool => {
        sqlx::query(
            "INSERT INTO referral_events (referral_id, actor_id, action, detail, note_sealed, at)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(referral_id)
        .bind(actor_id)
        .bind(action)
        .bind(detail)
        .bind(note_sealed)
        .bind(now)
        .execute(pool)
        .await
        .map(|r| r.rows_affected())
    })?;
    Ok(())
}

pub async fn events(db: &Db, referral_id: i64) -> Result<Vec<EventRow>, DbError> {
    Ok(with_db!(db, pool => {
        sqlx::query_as::<_, EventRow>(
            "SELECT id, referral_id, actor_id, action, detail, note_sealed, at FROM referral_events
             WHERE referral_id = $1 ORDER BY at, id",
        )
        .bind(referral_id)
        .fetch_all(pool)
        .await
    })?)
}

/// The latest audit entries across all referrals, for administrators.
pub async fn recent_events(db: &Db, limit: i64) -> Result<Vec<(EventRow, String, String)>, DbError> {
    let rows = with_db!(db, pool => {
        sqlx::query_as::<_, (i64, i64, Option<i64>, String, Option<String>, i64, String, String)>(
            "SELECT e.id, e.referral_id, e.actor_id, e.action, e.detail, e.at, r.reference, r.service
             FROM referral_events e JOIN referrals r ON r.id = e.referral_id ORDER BY e.at DESC, e.id DESC LIMIT $1",
        )
        .bind(limit)
        .fetch_all(pool)
        .await
    })?;
    Ok(rows
        .into_iter()
        .map(|(id, referral_id, actor_id, action, detail, at, reference, service)| {
            (EventRow { id, referral_id, actor_id, action, detail, note_sealed: None, at }, reference, service)
        })
        .collect())
}

/// Deletes referrals closed before `before`; returns how many.
pub async fn purge_closed(db: &Db, before: i64) -> Result<u64, DbError> {
    Ok(with_db!(db, pool => {
        sqlx::query("DELETE FROM referrals WHERE status = 'closed' AND closed_at IS NOT NULL AND closed_at < $1")
            .bind(before)
            .execute(pool)
            .await
            .map(|r| r.rows_affected())
    })?)
}

pub async fn count_sends(db: &Db, subject: &[u8], since: i64) -> Result<i64, DbError> {
    Ok(with_db!(db, pool => {
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM referral_sends WHERE subject = $1 AND at >= $2")
            .bind(subject)
            .bind(since)
            .fetch_one(pool)
            .await
    })?)
}

pub async fn record_send(db: &Db, subject: &[u8], now: i64) -> Result<(), DbError> {
    with_db!(db, pool => {
        sqlx::query("INSERT INTO referral_sends (subject, at) VALUES ($1, $2)")
            .bind(subject)
            .bind(now)
            .execute(pool)
            .await
            .map(|r| r.rows_affected())
    })?;
    Ok(())
}

pub async fn forget_sends_before(db: &Db, before: i64) -> Result<(), DbError> {
    with_db!(db, pool => {
        sqlx::query("DELETE FROM referral_sends WHERE at < $1").bind(before).execute(pool).await.map(|r| r.rows_affected())
    })?;
    Ok(())
}

/// Staff names by id, for showing who did what.
pub async fn staff_names(db: &Db, ids: &[i64]) -> Result<Vec<(i64, String)>, DbError> {
    let mut out = Vec::new();
    for id in ids {
        let name = with_db!(db, pool => {
            sqlx::query_scalar::<_, Option<String>>("SELECT display_name FROM users WHERE id = $1")
                .bind(id)
                .fetch_optional(pool)
                .await
        })?;
        if let Some(Some(name)) = name {
            out.push((*id, name));
        }
    }
    Ok(out)
}
