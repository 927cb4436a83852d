//! Administrative commands of the `waymark` binary that change data: adding staff, rotating the referral master
//! key.

use crate::{
    auth::enrol,
    db::{Db, DbError},
    referrals::{keys, ReferralError},
    AppState,
};
use app::models::staff::StaffRole;

/// Creates a staff account waiting for enrolment, and returns the one-time enrolment path
/// (`/staff/enrol?invite=…`), valid for 24 hours: the operator's administrator with `admin`, otherwise a
/// caseworker.
pub async fn add_staff(db: &Db, display_name: &str, service: &str, admin: bool, now: i64) -> Result<String, DbError> {
    let role = if admin { StaffRole::Operator } else { StaffRole::Caseworker };
    add_staff_as(db, display_name, Some(service), role, now).await
}

/// Creates a staff account of any role waiting for enrolment (`waymark staff add --role …`), and returns its
/// one-time enrolment path. A commissioner has no service.
pub async fn add_staff_as(
    db: &Db,
    display_name: &str,
    service: Option<&str>,
    role: StaffRole,
    now: i64,
) -> Result<String, DbError> {
    let service = if role == StaffRole::Commissioner { None } else { service };
    let new = enrol::NewStaff { display_name, service, role };
    let (_, invitation) = enrol::invite_staff(db, &new, None, now).await?;
    Ok(format!("/staff/enrol?invite={}", invitation.token))
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
