//! SQL for sessions: the row a cookie token's hash finds, its journey, notices and diary key wrapping.

use crate::{
    auth::session::Stage,
    db::{DbError, Exec},
    execute, fetch,
};
use app::models::{account::Device, flash::Flash};

/// A row of `sessions`.
#[derive(sqlx::FromRow, Clone, Debug)]
pub struct SessionRow {
    pub token_hash: Vec<u8>,
    pub user_id: Option<i64>,
    #[sqlx(try_from = "String")]
    pub stage: Stage,
    pub journey_sealed: Option<Vec<u8>>,
    pub flash: Option<String>,
    #[sqlx(try_from = "String")]
    pub device: Device,
    pub created_at: i64,
    pub last_seen_at: i64,
    pub expires_at: i64,
    /// The diary key, wrapped under this session's token (see `diary::keys`).
    #[sqlx(default)]
    pub diary_key_wrapped: Option<Vec<u8>>,
}

const SESSION_COLUMNS: &str =
    "token_hash, user_id, stage, journey_sealed, flash, device, created_at, last_seen_at, expires_at, diary_key_wrapped";

/// Writes a new session row, whole.
pub async fn insert_session(db: impl Into<Exec<'_>>, row: &SessionRow) -> Result<(), DbError> {
    execute!(
        db,
        "INSERT INTO sessions (token_hash, user_id, stage, journey_sealed, flash, device, created_at, last_seen_at,
                                   expires_at, diary_key_wrapped)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
        &row.token_hash,
        row.user_id,
        row.stage.as_str(),
        &row.journey_sealed,
        &row.flash,
        row.device.to_string(),
        row.created_at,
        row.last_seen_at,
        row.expires_at,
        &row.diary_key_wrapped
    )?;
    Ok(())
}

pub async fn session(db: impl Into<Exec<'_>>, token_hash: &[u8]) -> Result<Option<SessionRow>, DbError> {
    let sql = format!("SELECT {SESSION_COLUMNS} FROM sessions WHERE token_hash = $1");
    Ok(fetch!(db, optional::<SessionRow>, &sql, token_hash)?)
}

/// The signed-in sessions of a user, most recently used first.
pub async fn user_sessions(db: impl Into<Exec<'_>>, user_id: i64, now: i64) -> Result<Vec<SessionRow>, DbError> {
    let sql = format!(
        "SELECT {SESSION_COLUMNS} FROM sessions WHERE user_id = $1 AND stage = $3 AND expires_at > $2
         ORDER BY last_seen_at DESC"
    );
    Ok(fetch!(db, all::<SessionRow>, &sql, user_id, now, Stage::Active.as_str())?)
}

pub async fn touch_session(db: impl Into<Exec<'_>>, token_hash: &[u8], now: i64) -> Result<(), DbError> {
    execute!(db, "UPDATE sessions SET last_seen_at = $2 WHERE token_hash = $1", token_hash, now)?;
    Ok(())
}

/// Stores a session's journey and, if given, a new wrapping of the diary key (without one, the wrapping the
/// session has is kept).
pub async fn update_journey(
    db: impl Into<Exec<'_>>,
    token_hash: &[u8],
    sealed: Option<&[u8]>,
    diary_key_wrapped: Option<&[u8]>,
) -> Result<(), DbError> {
    execute!(
        db,
        "UPDATE sessions SET journey_sealed = $2, diary_key_wrapped = COALESCE($3, diary_key_wrapped)
             WHERE token_hash = $1",
        token_hash,
        sealed,
        diary_key_wrapped
    )?;
    Ok(())
}

/// Forgets a session's journey and leaves notices for its next page, in one statement.
pub async fn finish_journey(db: impl Into<Exec<'_>>, token_hash: &[u8], flash: &Flash) -> Result<(), DbError> {
    let stored = (!flash.is_empty()).then(|| flash.encode());
    execute!(db, "UPDATE sessions SET journey_sealed = NULL, flash = $2 WHERE token_hash = $1", token_hash, &stored)?;
    Ok(())
}

/// Leaves notices for the session's next page (none clears them).
pub async fn set_flash(db: impl Into<Exec<'_>>, token_hash: &[u8], flash: &Flash) -> Result<(), DbError> {
    let stored = (!flash.is_empty()).then(|| flash.encode());
    execute!(db, "UPDATE sessions SET flash = $2 WHERE token_hash = $1", token_hash, &stored)?;
    Ok(())
}

pub async fn delete_session(db: impl Into<Exec<'_>>, token_hash: &[u8]) -> Result<(), DbError> {
    execute!(db, "DELETE FROM sessions WHERE token_hash = $1", token_hash)?;
    Ok(())
}

/// Ends every session of a user except `keep` (if given). Returns how many ended.
pub async fn delete_user_sessions(db: impl Into<Exec<'_>>, user_id: i64, keep: Option<&[u8]>) -> Result<u64, DbError> {
    Ok(execute!(db, "DELETE FROM sessions WHERE user_id = $1 AND ($2 IS NULL OR token_hash <> $2)", user_id, keep)?)
}
