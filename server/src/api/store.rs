//! All SQL for the API: keys, the record of calls, what idempotency keys have made, and the organisations (and
//! the services each may refer to) that keys belong to, read here for the API's own needs.

use crate::{
    db::{DbError, Exec},
    execute, fetch,
};

/// An API key as stored: never the key itself.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct KeyRow {
    pub id: i64,
    pub organisation_id: i64,
    pub organisation: String,
    pub label: String,
    pub prefix: String,
    pub created_at: i64,
    pub revoked_at: Option<i64>,
    /// The latest call made with it.
    pub last_used_at: Option<i64>,
}

const KEY_COLUMNS: &str =
    "k.id, k.organisation_id, o.name AS organisation, k.label, k.prefix, k.created_at, k.revoked_at,
     (SELECT MAX(c.at) FROM api_calls c WHERE c.api_key_id = k.id) AS last_used_at";

/// The key with this hash, if it is not revoked and its organisation is not disabled.
pub async fn active_key(db: impl Into<Exec<'_>>, key_hash: &[u8]) -> Result<Option<KeyRow>, DbError> {
    let sql = format!(
        "SELECT {KEY_COLUMNS} FROM api_keys k JOIN organisations o ON o.id = k.organisation_id
         WHERE k.key_hash = $1 AND k.revoked_at IS NULL AND o.disabled_at IS NULL"
    );
    Ok(fetch!(db, optional::<KeyRow>, &sql, key_hash)?)
}

/// Every key, newest first.
pub async fn keys(db: impl Into<Exec<'_>>) -> Result<Vec<KeyRow>, DbError> {
    let sql = format!(
        "SELECT {KEY_COLUMNS} FROM api_keys k JOIN organisations o ON o.id = k.organisation_id
         ORDER BY k.created_at DESC, k.id DESC"
    );
    Ok(fetch!(db, all::<KeyRow>, &sql)?)
}

/// Keeps a new key's hash; returns its id.
pub async fn insert_key(
    db: impl Into<Exec<'_>>,
    organisation_id: i64,
    label: &str,
    prefix: &str,
    key_hash: &[u8],
    created_by: Option<i64>,
    now: i64,
) -> Result<i64, DbError> {
    Ok(fetch!(
        db,
        scalar::<i64>,
        "INSERT INTO api_keys (organisation_id, label, prefix, key_hash, created_at, created_by)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        organisation_id,
        label,
        prefix,
        key_hash,
        now,
        created_by
    )?)
}

/// Revokes a key; false if there is no such key or it was already revoked.
pub async fn revoke_key(db: impl Into<Exec<'_>>, id: i64, by: Option<i64>, now: i64) -> Result<bool, DbError> {
    Ok(execute!(
        db,
        "UPDATE api_keys SET revoked_at = $1, revoked_by = $2 WHERE id = $3 AND revoked_at IS NULL",
        now,
        by,
        id
    )? == 1)
}

/// Organisations that are not disabled, by name: (id, name).
pub async fn organisations(db: impl Into<Exec<'_>>) -> Result<Vec<(i64, String)>, DbError> {
    Ok(fetch!(
        db,
        all::<(i64, String)>,
        "SELECT id, name FROM organisations WHERE disabled_at IS NULL ORDER BY name, id"
    )?)
}

/// Whether the organisation may refer to `service`.
pub async fn may_refer_to(db: impl Into<Exec<'_>>, organisation_id: i64, service: &str) -> Result<bool, DbError> {
    Ok(fetch!(
        db,
        scalar::<i64>,
        "SELECT COUNT(*) FROM organisation_services WHERE organisation_id = $1 AND service = $2",
        organisation_id,
        service
    )? > 0)
}

/// Records a call as it arrives; returns its id.
pub async fn record_call(
    db: impl Into<Exec<'_>>,
    key_id: Option<i64>,
    outcome: &str,
    status: i64,
    now: i64,
) -> Result<i64, DbError> {
    Ok(fetch!(
        db,
        scalar::<i64>,
        "INSERT INTO api_calls (api_key_id, at, outcome, status) VALUES ($1, $2, $3, $4) RETURNING id",
        key_id,
        now,
        outcome,
        status
    )?)
}

/// Records what came of a call.
pub async fn finish_call(
    db: impl Into<Exec<'_>>,
    id: i64,
    outcome: &str,
    status: i64,
    reference: Option<&str>,
) -> Result<(), DbError> {
    execute!(
        db,
        "UPDATE api_calls SET outcome = $1, status = $2, reference = $3 WHERE id = $4",
        outcome,
        status,
        reference,
        id
    )?;
    Ok(())
}

/// How many calls a key has made since `since`.
pub async fn calls_since(db: impl Into<Exec<'_>>, key_id: i64, since: i64) -> Result<i64, DbError> {
    Ok(fetch!(db, scalar::<i64>, "SELECT COUNT(*) FROM api_calls WHERE api_key_id = $1 AND at > $2", key_id, since)?)
}

/// The latest calls, newest first: (key id, time, outcome, status, reference).
pub async fn recent_calls(
    db: impl Into<Exec<'_>>,
    limit: i64,
) -> Result<Vec<(Option<i64>, i64, String, i64, Option<String>)>, DbError> {
    Ok(fetch!(
        db,
        all::<(Option<i64>, i64, String, i64, Option<String>)>,
        "SELECT api_key_id, at, outcome, status, reference FROM api_calls ORDER BY at DESC, id DESC LIMIT $1",
        limit
    )?)
}

/// Forgets calls made before `before` (housekeeping), except each key's latest, which says when it was last used.
pub async fn forget_calls_before(db: impl Into<Exec<'_>>, before: i64) -> Result<u64, DbError> {
    Ok(execute!(
        db,
        "DELETE FROM api_calls WHERE at < $1
         AND id NOT IN (SELECT MAX(id) FROM api_calls WHERE api_key_id IS NOT NULL GROUP BY api_key_id)",
        before
    )?)
}

/// What an idempotency key already made: the body's hash, the status and the response.
pub async fn idempotent(
    db: impl Into<Exec<'_>>,
    key_id: i64,
    key_hash: &[u8],
) -> Result<Option<(Vec<u8>, i64, String)>, DbError> {
    Ok(fetch!(
        db,
        optional::<(Vec<u8>, i64, String)>,
        "SELECT body_hash, status, response FROM api_idempotency WHERE api_key_id = $1 AND key_hash = $2",
        key_id,
        key_hash
    )?)
}

/// Claims an idempotency key for this answer; false if it was already claimed (nothing written then). Two
/// claims at the same moment are decided by the primary key: one waits for the other and then finds it.
pub async fn claim(
    db: impl Into<Exec<'_>>,
    key_id: i64,
    key_hash: &[u8],
    body_hash: &[u8],
    status: i64,
    response: &str,
    now: i64,
) -> Result<bool, DbError> {
    Ok(execute!(
        db,
        "INSERT INTO api_idempotency (api_key_id, key_hash, body_hash, status, response, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (api_key_id, key_hash) DO NOTHING",
        key_id,
        key_hash,
        body_hash,
        status,
        response,
        now
    )? == 1)
}

/// Marks a referral as sent by an organisation through the API.
pub async fn mark_from_api(db: impl Into<Exec<'_>>, referral_id: i64, organisation_id: i64) -> Result<(), DbError> {
    execute!(
        db,
        "UPDATE referrals SET source = $1, organisation_id = $2 WHERE id = $3",
        app::models::referral::Source::Api.as_str(),
        organisation_id,
        referral_id
    )?;
    Ok(())
}

/// Forgets idempotency keys older than `before` (housekeeping).
pub async fn forget_idempotency_before(db: impl Into<Exec<'_>>, before: i64) -> Result<u64, DbError> {
    Ok(execute!(db, "DELETE FROM api_idempotency WHERE created_at < $1", before)?)
}
