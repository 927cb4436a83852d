//! All SQL for staff accounts: disabling and enabling them, and the staff account log.

use crate::{
    db::{DbError, Exec},
    execute, fetch,
};
use app::models::staff::StaffAction;

/// A staff account of a service, as the administrators' page lists it.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct MemberRow {
    pub id: i64,
    pub display_name: Option<String>,
    pub role: String,
    pub enrolled: bool,
    pub disabled_at: Option<i64>,
}

/// Records `action` about the account `staff_id` if it is a staff account (a member's account is never
/// logged here); `actor_id` is the administrator who did it, if not the account itself.
pub async fn record(
    db: impl Into<Exec<'_>>,
    staff_id: i64,
    actor_id: Option<i64>,
    action: StaffAction,
    now: i64,
) -> Result<(), DbError> {
    execute!(
        db,
        "INSERT INTO staff_events (staff_id, actor_id, action, at)
         SELECT id, $2, $3, $4 FROM users WHERE id = $1 AND role IN ('staff', 'admin')",
        staff_id,
        actor_id,
        action.as_str(),
        now
    )?;
    Ok(())
}

/// Records `action` about every staff account whose sign-in name has this key.
pub async fn record_by_name_key(
    db: impl Into<Exec<'_>>,
    name_key: &[u8],
    action: StaffAction,
    now: i64,
) -> Result<(), DbError> {
    execute!(
        db,
        "INSERT INTO staff_events (staff_id, action, at)
         SELECT id, $2, $3 FROM users WHERE name_key = $1 AND role IN ('staff', 'admin')",
        name_key,
        action.as_str(),
        now
    )?;
    Ok(())
}

/// Disables or enables (`disabled_at` NULL) a staff account of `service` other than `except`, if it is not
/// that way already. `false` if nothing changed.
pub async fn set_disabled(
    db: impl Into<Exec<'_>>,
    staff_id: i64,
    service: &str,
    except: i64,
    disabled_at: Option<i64>,
) -> Result<bool, DbError> {
    let changed = execute!(
        db,
        "UPDATE users SET disabled_at = $1
         WHERE id = $2 AND service_id = $3 AND id <> $4 AND role IN ('staff', 'admin')
           AND (disabled_at IS NULL) <> (CAST($1 AS BIGINT) IS NULL)",
        disabled_at,
        staff_id,
        service,
        except
    )?;
    Ok(changed == 1)
}

/// Every staff account of a service, by name.
pub async fn members(db: impl Into<Exec<'_>>, service: &str) -> Result<Vec<MemberRow>, DbError> {
    Ok(fetch!(
        db,
        all::<MemberRow>,
        "SELECT id, display_name, role, locator IS NOT NULL AS enrolled, disabled_at FROM users
         WHERE service_id = $1 AND role IN ('staff', 'admin') ORDER BY display_name, id",
        service
    )?)
}

/// The latest entries of the staff account log for a service's accounts, newest first: when, whose account,
/// who did it (if an administrator), what.
pub async fn events(
    db: impl Into<Exec<'_>>,
    service: &str,
    limit: i64,
) -> Result<Vec<(i64, i64, Option<i64>, StaffAction)>, DbError> {
    let rows = fetch!(
        db,
        all::<(i64, i64, Option<i64>, String)>,
        "SELECT e.at, e.staff_id, e.actor_id, e.action FROM staff_events e JOIN users u ON u.id = e.staff_id
         WHERE u.service_id = $1 ORDER BY e.at DESC, e.id DESC LIMIT $2",
        service,
        limit
    )?;
    rows.into_iter().map(|(at, staff, actor, action)| Ok((at, staff, actor, crate::db::word(action)?))).collect()
}
