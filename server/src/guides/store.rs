//! All SQL for guide progress and check-ins.

use crate::{
    db::{DbError, Exec},
    execute, fetch,
};

pub async fn progress(db: impl Into<Exec<'_>>, user_id: i64, guide_key: &[u8]) -> Result<Option<Vec<u8>>, DbError> {
    Ok(fetch!(
        db,
        scalar_optional::<Vec<u8>>,
        "SELECT sealed FROM guide_progress WHERE user_id = $1 AND guide_key = $2",
        user_id,
        guide_key
    )?)
}

pub async fn put_progress(
    db: impl Into<Exec<'_>>,
    user_id: i64,
    guide_key: &[u8],
    sealed: &[u8],
    now: i64,
) -> Result<(), DbError> {
    execute!(
        db,
        "INSERT INTO guide_progress (user_id, guide_key, sealed, updated_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (user_id, guide_key) DO UPDATE SET sealed = excluded.sealed, updated_at = excluded.updated_at",
        user_id,
        guide_key,
        sealed,
        now
    )?;
    Ok(())
}

pub async fn latest_progress(db: impl Into<Exec<'_>>, user_id: i64) -> Result<Option<(Vec<u8>, Vec<u8>)>, DbError> {
    Ok(fetch!(
        db,
        optional::<(Vec<u8>, Vec<u8>)>,
        "SELECT guide_key, sealed FROM guide_progress WHERE user_id = $1 ORDER BY updated_at DESC LIMIT 1",
        user_id
    )?)
}

pub async fn insert_check_in(db: impl Into<Exec<'_>>, user_id: i64, sealed: &[u8], now: i64) -> Result<(), DbError> {
    execute!(db, "INSERT INTO check_ins (user_id, created_at, sealed) VALUES ($1, $2, $3)", user_id, now, sealed)?;
    Ok(())
}

pub async fn check_ins(db: impl Into<Exec<'_>>, user_id: i64) -> Result<Vec<(i64, Vec<u8>)>, DbError> {
    Ok(fetch!(
        db,
        all::<(i64, Vec<u8>)>,
        "SELECT created_at, sealed FROM check_ins WHERE user_id = $1 ORDER BY created_at DESC, id DESC LIMIT 100",
        user_id
    )?)
}
