//! Administrative commands of the `waymark` binary that change data: adding staff, rotating the referral master
//! key.

use crate::{
    auth::{enrol, Role},
    db::{Db, DbError},
    referrals::{keys, ReferralError},
    AppState,
};

/// Creates a staff account waiting for enrolment, and returns the one-time enrolment path
/// (`/staff/enrol?invite=…`), valid for 24 hours.
pub async fn add_staff(db: &Db, display_name: &str, service: &str, admin: bool, now: i64) -> Result<String, DbError> {
    let role = if admin { Role::Admin } else { Role::Staff };
    let token = enrol::invite_staff(db, display_name, service, role, now).await?;
    Ok(format!("/staff/enrol?invite={token}"))
}

/// Checks a service identifier: lower-case letters, digits and hyphens.
pub fn valid_service_id(service: &str) -> bool {
    !service.is_empty()
        && service.len() <= 64
        && service.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Re-seals every referral's key under a new master key and deletes the old one (`waymark keys
/// rotate-referral-key`).
pub async fn rotate_referral_key(state: &AppState) -> Result<keys::Rotated, ReferralError> {
    keys::rotate(&state.db, &state.referral_keys, state.clock.now()).await
}
