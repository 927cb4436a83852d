//! All SQL for accounts: users, recovery codes and staff invitations here; sessions in [`sessions`], sign-in
//! failures and pauses in [`failures`] (both re-exported, so every statement is `store::…`).

mod failures;
mod sessions;

pub use failures::*;
pub use sessions::*;

use super::{Audience, Role};
use crate::{
    db::{self, DbError, Exec, Tx},
    execute, fetch, with_db,
};
use app::models::staff::StaffRole;

/// A row of `users`.
#[derive(Clone, Debug)]
pub struct UserRow {
    pub id: i64,
    pub role: Role,
    /// Who a member's account is for (none for staff).
    pub audience: Option<Audience>,
    pub name_key: Vec<u8>,
    pub email_sealed: Option<Vec<u8>>,
    pub display_name: Option<String>,
    pub service_id: Option<String>,
    /// What a staff account may do (none for a member).
    pub staff_role: Option<StaffRole>,
    pub totp_secret_sealed: Option<Vec<u8>>,
    pub totp_last_step: Option<i64>,
    pub created_at: i64,
    pub password_changed_at: i64,
    /// Wrong codes entered since the account last signed in (see [`count_code_attempt`]).
    pub code_failures: i64,
}

/// A `users` row as read, before its audience (a word that may be NULL) becomes a type.
#[derive(sqlx::FromRow)]
struct StoredUser {
    id: i64,
    #[sqlx(try_from = "String")]
    role: Role,
    audience: Option<String>,
    name_key: Vec<u8>,
    email_sealed: Option<Vec<u8>>,
    display_name: Option<String>,
    service_id: Option<String>,
    staff_role: Option<String>,
    totp_secret_sealed: Option<Vec<u8>>,
    totp_last_step: Option<i64>,
    created_at: i64,
    password_changed_at: i64,
    code_failures: i64,
}

impl TryFrom<StoredUser> for UserRow {
    type Error = DbError;

    fn try_from(s: StoredUser) -> Result<UserRow, DbError> {
        Ok(UserRow {
            id: s.id,
            role: s.role,
            audience: s.audience.map(db::word).transpose()?,
            name_key: s.name_key,
            email_sealed: s.email_sealed,
            display_name: s.display_name,
            service_id: s.service_id,
            staff_role: s.staff_role.map(db::word).transpose()?,
            totp_secret_sealed: s.totp_secret_sealed,
            totp_last_step: s.totp_last_step,
            created_at: s.created_at,
            password_changed_at: s.password_changed_at,
            code_failures: s.code_failures,
        })
    }
}

const USER_COLUMNS: &str = "id, role, audience, name_key, email_sealed, display_name, service_id, staff_role, \
     totp_secret_sealed, totp_last_step, created_at, password_changed_at, code_failures";

/// A new account, written once two-factor sign-in is set up.
pub struct NewUser<'a> {
    pub role: Role,
    pub audience: Option<Audience>,
    pub name_key: &'a [u8],
    pub locator: Option<&'a [u8]>,
    pub email_sealed: Option<&'a [u8]>,
    pub display_name: Option<&'a str>,
    pub service_id: Option<&'a str>,
    pub staff_role: Option<StaffRole>,
    pub now: i64,
}

/// Inserts an account and returns its id. Several accounts may share a name and password.
pub async fn insert_user(db: impl Into<Exec<'_>>, user: &NewUser<'_>) -> Result<i64, DbError> {
    Ok(fetch!(
        db,
        scalar::<i64>,
        "INSERT INTO users (role, audience, name_key, locator, email_sealed, display_name, service_id,
                                created_at, password_changed_at, staff_role)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9) RETURNING id",
        user.role.as_str(),
        user.audience.map(Audience::as_str),
        user.name_key,
        user.locator,
        user.email_sealed,
        user.display_name,
        user.service_id,
        user.now,
        user.staff_role.map(StaffRole::as_str)
    )?)
}

pub async fn user_by_id(db: impl Into<Exec<'_>>, id: i64) -> Result<Option<UserRow>, DbError> {
    let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE id = $1");
    let stored = fetch!(db, optional::<StoredUser>, &sql, id)?;
    stored.map(UserRow::try_from).transpose()
}

/// Every account with this locator (this name and password), oldest first; a disabled (staff) account cannot
/// sign in, reset its password or be found by its sign-in details.
pub async fn users_by_locator(db: impl Into<Exec<'_>>, locator: &[u8]) -> Result<Vec<UserRow>, DbError> {
    let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE locator = $1 AND disabled_at IS NULL ORDER BY id");
    let stored = fetch!(db, all::<StoredUser>, &sql, locator)?;
    stored.into_iter().map(UserRow::try_from).collect()
}

/// Sets the sign-in name and password (and so the locator). `false` if there is no such account.
pub async fn set_login(
    db: impl Into<Exec<'_>>,
    user_id: i64,
    name_key: &[u8],
    locator: &[u8],
    now: i64,
) -> Result<bool, DbError> {
    let n = execute!(
        db,
        "UPDATE users SET name_key = $2, locator = $3, password_changed_at = $4 WHERE id = $1",
        user_id,
        name_key,
        locator,
        now
    )?;
    Ok(n == 1)
}

/// Counts one code attempt against an account before it is judged, in one atomic statement: the number of
/// wrong codes since the last sign-in including this one, or `None` if code entry is closed (`cap` reached),
/// in which case nothing is counted. 100 attempts at once count as 100 (up to the cap).
pub async fn count_code_attempt(db: impl Into<Exec<'_>>, user_id: i64, cap: i64) -> Result<Option<i64>, DbError> {
    Ok(fetch!(
        db,
        scalar_optional::<i64>,
        "UPDATE users SET code_failures = code_failures + 1 WHERE id = $1 AND code_failures < $2
             RETURNING code_failures",
        user_id,
        cap
    )?)
}

/// Takes back one counted code attempt (it was right, or it was another account's).
pub async fn uncount_code_attempt(db: impl Into<Exec<'_>>, user_id: i64) -> Result<(), DbError> {
    execute!(db, "UPDATE users SET code_failures = code_failures - 1 WHERE id = $1 AND code_failures > 0", user_id)?;
    Ok(())
}

/// Notes when code entry closed, if the count has reached `cap` (kept until the owner has been told).
pub async fn note_code_entry_closed(db: impl Into<Exec<'_>>, user_id: i64, cap: i64, now: i64) -> Result<(), DbError> {
    execute!(
        db,
        "UPDATE users SET code_closed_at = $3 WHERE id = $1 AND code_failures >= $2 AND code_closed_at IS NULL",
        user_id,
        cap,
        now
    )?;
    Ok(())
}

/// After a sign-in (inside its transaction): the wrong-code count starts again. Returns whether code entry had
/// closed since the owner was last told (which is then forgotten).
pub async fn signed_in_after_codes(tx: &mut Tx, user_id: i64) -> Result<bool, DbError> {
    let told = execute!(
        &mut *tx,
        "UPDATE users SET code_closed_at = NULL WHERE id = $1 AND code_closed_at IS NOT NULL",
        user_id
    )?;
    execute!(&mut *tx, "UPDATE users SET code_failures = 0 WHERE id = $1", user_id)?;
    Ok(told == 1)
}

/// After a password reset with a recovery code: code entry opens again (the owner is told at sign-in).
pub async fn reopen_code_entry(db: impl Into<Exec<'_>>, user_id: i64) -> Result<(), DbError> {
    execute!(db, "UPDATE users SET code_failures = 0 WHERE id = $1", user_id)?;
    Ok(())
}

/// Stores a new authenticator secret; codes from the old one stop working and the replay record restarts.
pub async fn set_totp_secret(
    db: impl Into<Exec<'_>>,
    user_id: i64,
    sealed: &[u8],
    accepted_step: i64,
) -> Result<(), DbError> {
    execute!(
        db,
        "UPDATE users SET totp_secret_sealed = $2, totp_last_step = $3 WHERE id = $1",
        user_id,
        sealed,
        accepted_step
    )?;
    Ok(())
}

/// Records `step` as used if it is later than any step used before. `false` means the code was already used
/// (on this node or any other): the database decides, atomically.
pub async fn accept_totp_step(db: impl Into<Exec<'_>>, user_id: i64, step: i64) -> Result<bool, DbError> {
    let updated = execute!(
        db,
        "UPDATE users SET totp_last_step = $2 WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)",
        user_id,
        step
    )?;
    Ok(updated == 1)
}

pub async fn delete_user(db: impl Into<Exec<'_>>, user_id: i64) -> Result<(), DbError> {
    execute!(db, "DELETE FROM users WHERE id = $1", user_id)?;
    Ok(())
}

/// Replaces a user's recovery codes with new ones (given as fingerprints).
pub async fn replace_recovery_codes(tx: &mut Tx, user_id: i64, hashes: &[Vec<u8>]) -> Result<(), DbError> {
    execute!(&mut *tx, "DELETE FROM recovery_codes WHERE user_id = $1", user_id).map(|_| ())?;
    for hash in hashes {
        execute!(&mut *tx, "INSERT INTO recovery_codes (user_id, code_hash) VALUES ($1, $2)", user_id, hash)
            .map(|_| ())?;
    }
    Ok(())
}

/// The owner of an unused recovery code, if any.
pub async fn recovery_code_owner(db: impl Into<Exec<'_>>, hash: &[u8]) -> Result<Option<i64>, DbError> {
    Ok(fetch!(
        db,
        scalar_optional::<i64>,
        "SELECT user_id FROM recovery_codes WHERE code_hash = $1 AND used_at IS NULL",
        hash
    )?)
}

/// Marks a user's unused recovery code as used. `false` if it was not theirs, or already used.
pub async fn use_recovery_code(db: impl Into<Exec<'_>>, user_id: i64, hash: &[u8], now: i64) -> Result<bool, DbError> {
    let updated = execute!(
        db,
        "UPDATE recovery_codes SET used_at = $3 WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL",
        user_id,
        hash,
        now
    )?;
    Ok(updated == 1)
}

pub async fn unused_recovery_codes(db: impl Into<Exec<'_>>, user_id: i64) -> Result<i64, DbError> {
    Ok(fetch!(
        db,
        scalar::<i64>,
        "SELECT COUNT(*) FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL",
        user_id
    )?)
}

pub async fn insert_invite(
    db: impl Into<Exec<'_>>,
    token_hash: &[u8],
    user_id: i64,
    expires_at: i64,
) -> Result<(), DbError> {
    execute!(
        db,
        "INSERT INTO staff_invites (token_hash, user_id, expires_at) VALUES ($1, $2, $3)",
        token_hash,
        user_id,
        expires_at
    )?;
    Ok(())
}

/// The staff account an unexpired invitation is for.
pub async fn invite_user(db: impl Into<Exec<'_>>, token_hash: &[u8], now: i64) -> Result<Option<i64>, DbError> {
    Ok(fetch!(
        db,
        scalar_optional::<i64>,
        "SELECT i.user_id FROM staff_invites i JOIN users u ON u.id = i.user_id
         WHERE i.token_hash = $1 AND i.expires_at > $2 AND u.locator IS NULL AND u.disabled_at IS NULL",
        token_hash,
        now
    )?)
}

/// Gives an invited staff account its sign-in details, only if it has none yet, is not disabled and still has
/// an unexpired invitation: of two enrolments from the same link, one wins. `false` if not.
pub async fn claim_staff_login(
    db: impl Into<Exec<'_>>,
    user_id: i64,
    name_key: &[u8],
    locator: &[u8],
    now: i64,
) -> Result<bool, DbError> {
    let claimed = execute!(
        db,
        "UPDATE users SET name_key = $2, locator = $3, password_changed_at = $4
         WHERE id = $1 AND locator IS NULL AND disabled_at IS NULL
           AND EXISTS (SELECT 1 FROM staff_invites i WHERE i.user_id = $1 AND i.expires_at > $4)",
        user_id,
        name_key,
        locator,
        now
    )?;
    Ok(claimed == 1)
}

pub async fn delete_invites(db: impl Into<Exec<'_>>, user_id: i64) -> Result<(), DbError> {
    execute!(db, "DELETE FROM staff_invites WHERE user_id = $1", user_id)?;
    Ok(())
}

/// Deletes what has outlived its purpose: ended sessions, old failures, finished pauses, expired invitations.
/// Returns the number of rows removed.
pub async fn delete_stale(
    db: impl Into<Exec<'_>>,
    now: i64,
    idle_seconds: i64,
    failure_window: i64,
) -> Result<u64, DbError> {
    Ok(with_db!(db, conn => {
        async {
            let mut removed = 0;
            removed += sqlx::query("DELETE FROM sessions WHERE expires_at <= $1 OR last_seen_at <= $2")
                .bind(now)
                .bind(now - idle_seconds)
                .execute(&mut *conn)
                .await?
                .rows_affected();
            removed += sqlx::query("DELETE FROM auth_failures WHERE at <= $1")
                .bind(now - failure_window)
                .execute(&mut *conn)
                .await?
                .rows_affected();
            removed += sqlx::query("DELETE FROM auth_pauses WHERE until <= $1").bind(now).execute(&mut *conn).await?.rows_affected();
            removed += sqlx::query("DELETE FROM staff_invites WHERE expires_at <= $1").bind(now).execute(&mut *conn).await?.rows_affected();
            Ok::<u64, sqlx::Error>(removed)
        }
        .await
    })?)
}
