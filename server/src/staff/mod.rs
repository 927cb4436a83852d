//! Staff accountability: administrators disable and enable staff accounts of their service (never delete
//! them, so what each person did stays attributed to them; disabling ends their sessions at once), and the
//! staff account log, which records enrolments, sign-ins, failed sign-ins and second-factor resets of staff
//! accounts with nothing personal (the account, what, when, and the administrator for a change they made).

pub mod store;

use crate::{
    auth::store as auth_store,
    db::{Db, DbError},
};
use app::models::staff::StaffAction;

/// An administrator's change to a staff account.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    Disable,
    Enable,
}

/// Disables or enables a staff account of the administrator's service (never their own). Disabling ends every
/// session of the account. The change, the ended sessions and the log entry are one transaction. `false` if the
/// account is not one the administrator can change, or is that way already.
pub async fn change(
    db: &Db,
    admin_id: i64,
    service: &str,
    staff_id: i64,
    change: Change,
    now: i64,
) -> Result<bool, DbError> {
    let mut tx = db.begin().await?;
    let (disabled_at, action) = match change {
        Change::Disable => (Some(now), StaffAction::Disabled),
        Change::Enable => (None, StaffAction::Enabled),
    };
    if !store::set_disabled(&mut tx, staff_id, service, admin_id, disabled_at).await? {
        return Ok(false);
    }
    if change == Change::Disable {
        auth_store::delete_user_sessions(&mut tx, staff_id, None).await?;
    }
    store::record(&mut tx, staff_id, Some(admin_id), action, now).await?;
    tx.commit().await?;
    Ok(true)
}
