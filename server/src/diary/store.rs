//! All SQL for the diary: wrapped keys and sealed entries.

use crate::{
    db::{DbError, Exec},
    execute, fetch,
};

/// Stores the key's wrapping under the password, made under a key-encryption key of version `kek_version`.
pub async fn put_key(
    db: impl Into<Exec<'_>>,
    user_id: i64,
    salt: &[u8],
    wrapped: &[u8],
    kek_version: i64,
    now: i64,
) -> Result<(), DbError> {
    execute!(
        db,
        "INSERT INTO diary_keys (user_id, password_salt, wrapped_by_password, kek_version, created_at)
             VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (user_id) DO UPDATE SET password_salt = excluded.password_salt,
                                                 wrapped_by_password = excluded.wrapped_by_password,
                                                 kek_version = excluded.kek_version",
        user_id,
        salt,
        wrapped,
        kek_version,
        now
    )?;
    Ok(())
}

/// (salt, wrapping, key-encryption key version) of the key under the password.
pub async fn password_wrap(db: impl Into<Exec<'_>>, user_id: i64) -> Result<Option<(Vec<u8>, Vec<u8>, i64)>, DbError> {
    Ok(fetch!(
        db,
        optional::<(Vec<u8>, Vec<u8>, i64)>,
        "SELECT password_salt, wrapped_by_password, kek_version FROM diary_keys WHERE user_id = $1",
        user_id
    )?)
}

/// Stores the key's wrapping under one recovery code, made under a key-encryption key of version `kek_version`.
pub async fn put_recovery_wrap(
    db: impl Into<Exec<'_>>,
    user_id: i64,
    code_hash: &[u8],
    salt: &[u8],
    wrapped: &[u8],
    kek_version: i64,
) -> Result<(), DbError> {
    execute!(
        db,
        "UPDATE recovery_codes SET diary_salt = $3, diary_key_wrapped = $4, kek_version = $5
             WHERE user_id = $1 AND code_hash = $2",
        user_id,
        code_hash,
        salt,
        wrapped,
        kek_version
    )?;
    Ok(())
}

/// (salt, wrapping, key-encryption key version) of the key under one recovery code, used or not.
pub async fn recovery_wrap(
    db: impl Into<Exec<'_>>,
    user_id: i64,
    code_hash: &[u8],
) -> Result<Option<(Vec<u8>, Vec<u8>, i64)>, DbError> {
    let row = fetch!(
        db,
        optional::<(Option<Vec<u8>>, Option<Vec<u8>>, i64)>,
        "SELECT diary_salt, diary_key_wrapped, kek_version FROM recovery_codes WHERE user_id = $1 AND code_hash = $2",
        user_id,
        code_hash
    )?;
    Ok(row.and_then(|(salt, wrapped, version)| Some((salt?, wrapped?, version))))
}

/// The wrappings under recovery codes that are still of key-encryption key version `kek_version`:
/// (code fingerprint, salt, wrapping).
pub async fn recovery_wraps_of_version(
    db: impl Into<Exec<'_>>,
    user_id: i64,
    kek_version: i64,
) -> Result<Vec<(Vec<u8>, Vec<u8>, Vec<u8>)>, DbError> {
    Ok(fetch!(
        db,
        all::<(Vec<u8>, Vec<u8>, Vec<u8>)>,
        "SELECT code_hash, diary_salt, diary_key_wrapped FROM recovery_codes
             WHERE user_id = $1 AND kek_version = $2 AND diary_salt IS NOT NULL AND diary_key_wrapped IS NOT NULL",
        user_id,
        kek_version
    )?)
}

/// A stored entry: its id and day in the clear, everything else sealed.
#[derive(sqlx::FromRow, Clone, Debug)]
pub struct EntryRow {
    pub id: i64,
    pub entry_day: i64,
    pub created_at: i64,
    pub updated_at: i64,
    pub sealed: Vec<u8>,
}

const ENTRY_COLUMNS: &str = "id, entry_day, created_at, updated_at, sealed";

/// Creates an entry row (with empty content) and returns its id; the caller seals the content, bound to the
/// id, and stores it with [`update_entry`] in the same transaction.
pub async fn insert_entry(db: impl Into<Exec<'_>>, user_id: i64, day: i64, now: i64) -> Result<i64, DbError> {
    Ok(fetch!(
        db,
        scalar::<i64>,
        "INSERT INTO diary_entries (user_id, entry_day, created_at, updated_at, sealed) VALUES ($1, $2, $3, $3, $4)
             RETURNING id",
        user_id,
        day,
        now,
        Vec::<u8>::new()
    )?)
}

/// Stores an entry's sealed content. `false` if there is no such entry for this person.
pub async fn update_entry(
    db: impl Into<Exec<'_>>,
    user_id: i64,
    id: i64,
    day: i64,
    sealed: &[u8],
    now: i64,
) -> Result<bool, DbError> {
    let n = execute!(
        db,
        "UPDATE diary_entries SET entry_day = $3, sealed = $4, updated_at = $5 WHERE id = $2 AND user_id = $1",
        user_id,
        id,
        day,
        sealed,
        now
    )?;
    Ok(n == 1)
}

pub async fn entry(db: impl Into<Exec<'_>>, user_id: i64, id: i64) -> Result<Option<EntryRow>, DbError> {
    let sql = format!("SELECT {ENTRY_COLUMNS} FROM diary_entries WHERE id = $1 AND user_id = $2");
    Ok(fetch!(db, optional::<EntryRow>, &sql, id, user_id)?)
}

/// A page of entries, newest first.
pub async fn entries_page(
    db: impl Into<Exec<'_>>,
    user_id: i64,
    limit: i64,
    offset: i64,
) -> Result<Vec<EntryRow>, DbError> {
    let sql = format!(
        "SELECT {ENTRY_COLUMNS} FROM diary_entries WHERE user_id = $1 ORDER BY entry_day DESC, id DESC LIMIT $2 OFFSET $3"
    );
    Ok(fetch!(db, all::<EntryRow>, &sql, user_id, limit, offset)?)
}

/// Every entry, oldest first (for the chart, the summary and the export).
pub async fn all_entries(db: impl Into<Exec<'_>>, user_id: i64) -> Result<Vec<EntryRow>, DbError> {
    let sql = format!("SELECT {ENTRY_COLUMNS} FROM diary_entries WHERE user_id = $1 ORDER BY entry_day, id");
    Ok(fetch!(db, all::<EntryRow>, &sql, user_id)?)
}

pub async fn count_entries(db: impl Into<Exec<'_>>, user_id: i64) -> Result<i64, DbError> {
    Ok(fetch!(db, scalar::<i64>, "SELECT COUNT(*) FROM diary_entries WHERE user_id = $1", user_id)?)
}

/// Deletes one entry. `false` if there is no such entry for this person.
pub async fn delete_entry(db: impl Into<Exec<'_>>, user_id: i64, id: i64) -> Result<bool, DbError> {
    let n = execute!(db, "DELETE FROM diary_entries WHERE id = $1 AND user_id = $2", id, user_id)?;
    Ok(n == 1)
}

pub async fn delete_all_entries(db: impl Into<Exec<'_>>, user_id: i64) -> Result<u64, DbError> {
    Ok(execute!(db, "DELETE FROM diary_entries WHERE user_id = $1", user_id)?)
}
