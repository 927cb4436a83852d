//! All SQL for guide progress and check-ins.

use crate::{
    db::{DbError, Exec},
    with_db,
};

pub async fn progress(db: impl Into<Exec<'_>>, user_id: i64, guide_key: &[u8]) -> Result<Option<Vec<u8>>, DbError> {
    Ok(with_db!(db, conn => {
        sqlx::query_scalar::<_, Vec<u8>>("SELECT sealed FROM guide_progress WHERE user_id = $1 AND guide_key = $2")
            .bind(user_id)
            .bind(guide_key)
            .fetch_optional(conn)
            .await
    })?)
}

pub async fn put_progress(
    db: impl Into<Exec<'_>>,
    user_id: i64,
    guide_key: &[u8],
    sealed: &[u8],
    now: i64,
) -> Result<(), DbError> {
    with_db!(db, conn => {
        sqlx::query(
            "INSERT INTO guide_progress (user_id, guide_key, sealed, updated_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (user_id, guide_key) DO UPDATE SET sealed = excluded.sealed, updated_at = excluded.updated_at",
        )
        .bind(user_id)
        .bind(guide_key)
        .bind(sealed)
        .bind(now)
        .execute(conn)
        .await
        .map(|r| r.rows_affected())
    })?;
    Ok(())
}

pub async fn latest_progress(db: impl Into<Exec<'_>>, user_id: i64) -> Result<Option<(Vec<u8>, Vec<u8>)>, DbError> {
    Ok(with_db!(db, conn => {
        sqlx::query_as::<_, (Vec<u8>, Vec<u8>)>(
            "SELECT guide_key, sealed FROM guide_progress WHERE user_id = $1 ORDER BY updated_at DESC LIMIT 1",
        )
        .bind(user_id)
        .fetch_optional(conn)
        .await
    })?)
}

pub async fn insert_check_in(db: impl Into<Exec<'_>>, user_id: i64, sealed: &[u8], now: i64) -> Result<(), DbError> {
    with_db!(db, conn => {
        sqlx::query("INSERT INTO check_ins (user_id, created_at, sealed) VALUES ($1, $2, $3)")
            .bind(user_id)
            .bind(now)
            .bind(sealed)
            .execute(conn)
            .await
            .map(|r| r.rows_affected())
    })?;
    Ok(())
}

pub async fn check_ins(db: impl Into<Exec<'_>>, user_id: i64) -> Result<Vec<(i64, Vec<u8>)>, DbError> {
    Ok(with_db!(db, conn => {
        sqlx::query_as::<_, (i64, Vec<u8>)>(
            "SELECT created_at, sealed FROM check_ins WHERE user_id = $1 ORDER BY created_at DESC, id DESC LIMIT 100",
        )
        .bind(user_id)
        .fetch_all(conn)
        .await
    })?)
}
