//! SQL for slowing down guessing: failed attempts by subject, and pauses.

use crate::{
    db::{DbError, Exec},
    with_db,
};

/// How many failures a subject has had since `since`, and when the latest was.
pub async fn failures_since(
    db: impl Into<Exec<'_>>,
    subject: &[u8],
    since: i64,
) -> Result<(i64, Option<i64>), DbError> {
    Ok(with_db!(db, conn => {
        sqlx::query_as::<_, (i64, Option<i64>)>(
            "SELECT COUNT(*), MAX(at) FROM auth_failures WHERE subject = $1 AND at > $2",
        )
        .bind(subject)
        .bind(since)
        .fetch_one(conn)
        .await
    })?)
}

/// Records a failure and forgets this subject's failures older than `forget_before`.
pub async fn record_failure(
    db: impl Into<Exec<'_>>,
    subject: &[u8],
    now: i64,
    forget_before: i64,
) -> Result<(), DbError> {
    with_db!(db, conn => {
        async {
            sqlx::query("DELETE FROM auth_failures WHERE subject = $1 AND at < $2")
                .bind(subject)
                .bind(forget_before)
                .execute(&mut *conn)
                .await?;
            sqlx::query("INSERT INTO auth_failures (subject, at) VALUES ($1, $2)")
                .bind(subject)
                .bind(now)
                .execute(&mut *conn)
                .await
                .map(|r| r.rows_affected())
        }
        .await
    })?;
    Ok(())
}

pub async fn clear_failures(db: impl Into<Exec<'_>>, subject: &[u8]) -> Result<(), DbError> {
    with_db!(db, conn => {
        sqlx::query("DELETE FROM auth_failures WHERE subject = $1").bind(subject).execute(conn).await.map(|r| r.rows_affected())
    })?;
    Ok(())
}

pub async fn pause_until(db: impl Into<Exec<'_>>, subject: &[u8], now: i64) -> Result<Option<i64>, DbError> {
    Ok(with_db!(db, conn => {
        sqlx::query_scalar::<_, i64>("SELECT until FROM auth_pauses WHERE subject = $1 AND until > $2")
            .bind(subject)
            .bind(now)
            .fetch_optional(conn)
            .await
    })?)
}

pub async fn set_pause(db: impl Into<Exec<'_>>, subject: &[u8], until: i64) -> Result<(), DbError> {
    with_db!(db, conn => {
        sqlx::query(
            "INSERT INTO auth_pauses (subject, until) VALUES ($1, $2)
             ON CONFLICT (subject) DO UPDATE SET until = excluded.until",
        )
        .bind(subject)
        .bind(until)
        .execute(conn)
        .await
        .map(|r| r.rows_affected())
    })?;
    Ok(())
}
