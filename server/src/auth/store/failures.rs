//! SQL for slowing down guessing: failed attempts by subject, and pauses.

use crate::{
    db::{DbError, Exec},
    execute, fetch, with_db,
};

/// How many failures a subject has had since `since`, and when the latest was.
pub async fn failures_since(
    db: impl Into<Exec<'_>>,
    subject: &[u8],
    since: i64,
) -> Result<(i64, Option<i64>), DbError> {
    Ok(fetch!(
        db,
        one::<(i64, Option<i64>)>,
        "SELECT COUNT(*), MAX(at) FROM auth_failures WHERE subject = $1 AND at > $2",
        subject,
        since
    )?)
}

/// How many attempts other than `mine` a subject has had since `since`, and when the latest of them was: one
/// statement, read after `mine` was committed, so it sees every attempt committed before it (see
/// [`crate::auth::throttle::begin`]).
pub async fn other_attempts_since(
    db: impl Into<Exec<'_>>,
    subject: &[u8],
    mine: i64,
    since: i64,
) -> Result<(i64, Option<i64>), DbError> {
    Ok(fetch!(
        db,
        one::<(i64, Option<i64>)>,
        "SELECT COUNT(*), MAX(at) FROM auth_failures WHERE subject = $1 AND at > $2 AND id <> $3",
        subject,
        since,
        mine
    )?)
}

/// Records an attempt (counted as a failure until it succeeds) and forgets this subject's attempts older than
/// `forget_before`. Returns the attempt's id.
pub async fn record_attempt(
    db: impl Into<Exec<'_>>,
    subject: &[u8],
    now: i64,
    forget_before: i64,
) -> Result<i64, DbError> {
    Ok(with_db!(db, conn => {
        async {
            sqlx::query("DELETE FROM auth_failures WHERE subject = $1 AND at < $2")
                .bind(subject)
                .bind(forget_before)
                .execute(&mut *conn)
                .await?;
            sqlx::query_scalar::<_, i64>("INSERT INTO auth_failures (subject, at) VALUES ($1, $2) RETURNING id")
                .bind(subject)
                .bind(now)
                .fetch_one(&mut *conn)
                .await
        }
        .await
    })?)
}

/// Takes back an attempt that succeeded.
pub async fn forget_attempt(db: impl Into<Exec<'_>>, id: i64) -> Result<(), DbError> {
    execute!(db, "DELETE FROM auth_failures WHERE id = $1", id)?;
    Ok(())
}

pub async fn clear_failures(db: impl Into<Exec<'_>>, subject: &[u8]) -> Result<(), DbError> {
    execute!(db, "DELETE FROM auth_failures WHERE subject = $1", subject)?;
    Ok(())
}

pub async fn pause_until(db: impl Into<Exec<'_>>, subject: &[u8], now: i64) -> Result<Option<i64>, DbError> {
    Ok(fetch!(
        db,
        scalar_optional::<i64>,
        "SELECT until FROM auth_pauses WHERE subject = $1 AND until > $2",
        subject,
        now
    )?)
}

pub async fn set_pause(db: impl Into<Exec<'_>>, subject: &[u8], until: i64) -> Result<(), DbError> {
    execute!(
        db,
        "INSERT INTO auth_pauses (subject, until) VALUES ($1, $2)
             ON CONFLICT (subject) DO UPDATE SET until = excluded.until",
        subject,
        until
    )?;
    Ok(())
}
