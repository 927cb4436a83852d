//! All SQL for staff accounts: their roles, disabling and enabling them, new enrolment links, and the staff
//! account log.

use crate::{
    db::{DbError, Exec},
    execute, fetch,
};
use app::models::staff::{StaffAction, StaffRole};

/// A staff account as a manager's team page lists it.
#[derive(Clone, Debug)]
pub struct MemberRow {
    pub id: i64,
    pub display_name: Option<String>,
    pub service_id: Option<String>,
    pub role: Option<StaffRole>,
    pub enrolled: bool,
    pub disabled_at: Option<i64>,
    pub last_signed_in: Option<i64>,
}

/// A staff account a manager may act on, as [`target`] finds it.
#[derive(Clone, Debug)]
pub struct TargetRow {
    pub id: i64,
    pub service_id: Option<String>,
    pub role: StaffRole,
    pub disabled: bool,
}

type StoredMember = (i64, Option<String>, Option<String>, Option<String>, bool, Option<i64>, Option<i64>);

/// Records `action` about the account `staff_id` if it is a staff account (a member's account is never
/// logged here); `actor_id` is the manager who did it, if not the account itself.
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

/// The staff account `staff_id` if a manager may act on it: of `service` (any service when `None`), not the
/// manager themselves (`except`), and never an operator (made only at the server's shell).
pub async fn target(
    db: impl Into<Exec<'_>>,
    staff_id: i64,
    service: Option<&str>,
    except: i64,
) -> Result<Option<TargetRow>, DbError> {
    let row = fetch!(
        db,
        optional::<(i64, Option<String>, Option<String>, Option<i64>)>,
        "SELECT id, service_id, staff_role, disabled_at FROM users
         WHERE id = $1 AND id <> $2 AND role = 'staff' AND staff_role <> 'operator'
           AND (CAST($3 AS TEXT) IS NULL OR service_id = $3)",
        staff_id,
        except,
        service
    )?;
    let Some((id, service_id, role, disabled_at)) = row else { return Ok(None) };
    let Some(role) = role.map(crate::db::word).transpose()? else { return Ok(None) };
    Ok(Some(TargetRow { id, service_id, role, disabled: disabled_at.is_some() }))
}

/// How many managers of `service` other than `except` are not disabled (invited ones count).
pub async fn other_managers(db: impl Into<Exec<'_>>, service: &str, except: i64) -> Result<i64, DbError> {
    Ok(fetch!(
        db,
        scalar::<i64>,
        "SELECT COUNT(*) FROM users
         WHERE service_id = $1 AND id <> $2 AND staff_role = 'manager' AND disabled_at IS NULL",
        service,
        except
    )?)
}

/// Disables or enables (`disabled_at` NULL) a staff account, if it is not that way already. `false` if
/// nothing changed.
pub async fn set_disabled(db: impl Into<Exec<'_>>, staff_id: i64, disabled_at: Option<i64>) -> Result<bool, DbError> {
    let changed = execute!(
        db,
        "UPDATE users SET disabled_at = $1
         WHERE id = $2 AND (disabled_at IS NULL) <> (CAST($1 AS BIGINT) IS NULL)",
        disabled_at,
        staff_id
    )?;
    Ok(changed == 1)
}

/// Gives a staff account another role, if it has a different one. `false` if nothing changed.
pub async fn set_role(db: impl Into<Exec<'_>>, staff_id: i64, role: StaffRole) -> Result<bool, DbError> {
    let changed =
        execute!(db, "UPDATE users SET staff_role = $1 WHERE id = $2 AND staff_role <> $1", role.as_str(), staff_id)?;
    Ok(changed == 1)
}

/// Forgets a staff account's sign-in details and authenticator, so that it signs in again only after
/// enrolling from a new link. Its recovery codes go too.
pub async fn forget_login(db: impl Into<Exec<'_>>, staff_id: i64) -> Result<(), DbError> {
    execute!(
        db,
        "UPDATE users SET locator = NULL, totp_secret_sealed = NULL, totp_last_step = NULL WHERE id = $1",
        staff_id
    )?;
    Ok(())
}

/// Every staff account of a service (every service's, commissioners' and operators' too, when `None`), by
/// service and name, with when each last signed in.
pub async fn members(db: impl Into<Exec<'_>>, service: Option<&str>) -> Result<Vec<MemberRow>, DbError> {
    let rows = fetch!(
        db,
        all::<StoredMember>,
        "SELECT u.id, u.display_name, u.service_id, u.staff_role, u.locator IS NOT NULL AS enrolled, u.disabled_at,
                (SELECT MAX(e.at) FROM staff_events e WHERE e.staff_id = u.id AND e.action = 'signed_in')
         FROM users u
         WHERE u.role IN ('staff', 'admin') AND (CAST($1 AS TEXT) IS NULL OR u.service_id = $1)
         ORDER BY u.service_id, u.display_name, u.id",
        service
    )?;
    rows.into_iter()
        .map(|(id, display_name, service_id, role, enrolled, disabled_at, last_signed_in)| {
            let role = role.map(crate::db::word).transpose()?;
            Ok(MemberRow { id, display_name, service_id, role, enrolled, disabled_at, last_signed_in })
        })
        .collect()
}

/// The latest entries of the staff account log for a service's accounts (every account's when `None`),
/// newest first: when, whose account, who did it (if a manager), what.
pub async fn events(
    db: impl Into<Exec<'_>>,
    service: Option<&str>,
    limit: i64,
) -> Result<Vec<(i64, i64, Option<i64>, StaffAction)>, DbError> {
    let rows = fetch!(
        db,
        all::<(i64, i64, Option<i64>, String)>,
        "SELECT e.at, e.staff_id, e.actor_id, e.action FROM staff_events e JOIN users u ON u.id = e.staff_id
         WHERE CAST($1 AS TEXT) IS NULL OR u.service_id = $1 ORDER BY e.at DESC, e.id DESC LIMIT $2",
        service,
        limit
    )?;
    rows.into_iter().map(|(at, staff, actor, action)| Ok((at, staff, actor, crate::db::word(action)?))).collect()
}
