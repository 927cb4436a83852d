//! Installation-wide facts in the `app_meta` table, shared by every node (for example when a background task
//! last ran).

use super::{now, DbError, Exec};
use crate::with_db;

/// The value stored under `key`, if any.
pub async fn get(db: impl Into<Exec<'_>>, key: &str) -> Result<Option<String>, DbError> {
    let value = with_db!(db, conn => {
        sqlx::query_scalar::<_, String>("SELECT value FROM app_meta WHERE key = $1")
            .bind(key)
            .fetch_optional(conn)
            .await
    })?;
    Ok(value)
}

/// Stores `value` under `key`, replacing any earlier value.
pub async fn set(db: impl Into<Exec<'_>>, key: &str, value: &str) -> Result<(), DbError> {
    with_db!(db, conn => {
        sqlx::query(
            "INSERT INTO app_meta (key, value, updated_at) VALUES ($1, $2, $3)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
        )
        .bind(key)
        .bind(value)
        .bind(now())
        .execute(conn)
        .await
        .map(|r| r.rows_affected())
    })?;
    Ok(())
}

/// Stores `value` under `key` only if the current value is `expected` (or absent when `expected` is `None`).
/// Returns whether it was stored, so that exactly one node wins a race, e.g. to run a daily task.
pub async fn compare_and_set(
    db: impl Into<Exec<'_>>,
    key: &str,
    expected: Option<&str>,
    value: &str,
) -> Result<bool, DbError> {
    let result = with_db!(db, conn => {
        match expected {
            None => sqlx::query(
                "INSERT INTO app_meta (key, value, updated_at) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING",
            )
            .bind(key)
            .bind(value)
            .bind(now())
            .execute(conn)
            .await
            .map(|r| r.rows_affected()),
            Some(expected) => sqlx::query(
                "UPDATE app_meta SET value = $2, updated_at = $3 WHERE key = $1 AND value = $4",
            )
            .bind(key)
            .bind(value)
            .bind(now())
            .bind(expected)
            .execute(conn)
            .await
            .map(|r| r.rows_affected()),
        }
    })?;
    Ok(result == 1)
}
