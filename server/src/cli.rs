//! Administrative commands of the `waymark` binary that change data: adding staff.

use crate::{
    auth::{store, Role},
    crypto::{random_token, token_hash},
    db::{Db, DbError},
};

/// How long a staff enrolment link works.
pub const INVITE_SECONDS: i64 = 24 * 60 * 60;

/// Creates a staff account waiting for enrolment, and returns the one-time enrolment path
/// (`/staff/enrol?invite=…`), valid for 24 hours.
pub async fn add_staff(db: &Db, display_name: &str, service: &str, admin: bool, now: i64) -> Result<String, DbError> {
    // Until the staff member chooses a sign-in name, the account has an unguessable placeholder.
    let placeholder = token_hash(&random_token(32));
    let role = if admin { Role::Admin } else { Role::Staff };
    let id = store::insert_user(
        db,
        &store::NewUser {
            role: role.as_str(),
            audience: None,
            name_key: &placeholder,
            login_locator: None,
            email_sealed: None,
            display_name: Some(display_name),
            service_id: Some(service),
            now,
        },
    )
    .await?
    .ok_or_else(|| DbError::Sqlx(sqlx::Error::RowNotFound))?;
    let token = random_token(32);
    store::insert_invite(db, &token_hash(&token), id, now + INVITE_SECONDS).await?;
    Ok(format!("/staff/enrol?invite={token}"))
}

/// Checks a service identifier: lower-case letters, digits and hyphens.
pub fn valid_service_id(service: &str) -> bool {
    !service.is_empty()
        && service.len() <= 64
        && service.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}
