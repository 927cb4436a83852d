//! Teams: a service manager (or the operator, for every service) invites staff with a one-time enrolment
//! link, disables and enables accounts (never deleting them, so what each person did stays attributed to them;
//! disabling ends their sessions at once), resets someone's sign-in details and authenticator with a new link,
//! and changes roles within the service, never their own account and never leaving a service without a
//! manager. Each change and its entry in the staff account log are one transaction. The log records
//! enrolments, sign-ins, failed sign-ins and these changes with nothing personal (the account, what, when, and
//! the manager for a change they made).

pub mod store;

use crate::{
    auth::{
        enrol::{self, Invitation, NewStaff},
        store as auth_store,
    },
    db::{Db, DbError},
};
use app::models::staff::{StaffAction, StaffRole};

/// The longest display name a manager may give (it is shown on the team page and in the audit log).
pub const NAME_MAX: usize = 100;

/// Whose staff a manager acts on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Scope {
    /// A service manager: their own service's.
    Service(String),
    /// The operator: every service's, and commissioners.
    Every,
}

impl Scope {
    /// The service to which queries are limited, if any.
    pub fn service(&self) -> Option<&str> {
        match self {
            Scope::Service(s) => Some(s),
            Scope::Every => None,
        }
    }

    /// The roles this manager may give: within a service, caseworker or manager; the operator also makes
    /// commissioners. Nobody makes an operator on the web.
    pub fn roles(&self) -> &'static [StaffRole] {
        match self {
            Scope::Service(_) => &StaffRole::IN_SERVICE,
            Scope::Every => &[StaffRole::Caseworker, StaffRole::Manager, StaffRole::Commissioner],
        }
    }
}

/// A manager acting on their team: who, and over whose staff.
#[derive(Clone, Debug)]
pub struct Acting<'a> {
    pub manager_id: i64,
    pub scope: &'a Scope,
    pub now: i64,
}

/// A disabling or enabling.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    Disable,
    Enable,
}

/// What came of a change to someone's account.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome<T = ()> {
    Done(T),
    /// Not an account this manager may act on (another service's, their own, an operator's), or it is that
    /// way already: answered as if it did not exist.
    NotFound,
    /// It would leave the service without a manager who can sign in.
    LastManager,
}

/// What is wrong with an invitation as posted.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct InviteProblems {
    pub name: Option<NameProblem>,
    pub role: bool,
    pub service: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameProblem {
    Missing,
    TooLong,
}

/// Checks an invitation: a name, a role this manager may give, and (for the operator inviting a caseworker or
/// manager) a receiving service. Returns what to create.
pub fn check_invite<'a>(
    scope: &'a Scope,
    name: &'a str,
    role: &str,
    service: &'a str,
    receives: impl Fn(&str) -> bool,
) -> Result<NewStaff<'a>, InviteProblems> {
    let display_name = name.trim();
    let mut problems = InviteProblems::default();
    if display_name.is_empty() {
        problems.name = Some(NameProblem::Missing);
    } else if display_name.chars().count() > NAME_MAX {
        problems.name = Some(NameProblem::TooLong);
    }
    let role = StaffRole::parse(role).filter(|r| scope.roles().contains(r));
    problems.role = role.is_none();
    let service = match (scope, role) {
        (Scope::Service(own), _) => Some(own.as_str()),
        (Scope::Every, Some(r)) if r.needs_service() => {
            let chosen = Some(service).filter(|s| receives(s));
            problems.service = chosen.is_none();
            chosen
        }
        (Scope::Every, _) => None,
    };
    match role {
        Some(role) if problems == InviteProblems::default() => Ok(NewStaff { display_name, service, role }),
        _ => Err(problems),
    }
}

/// Invites a member of staff (checked by [`check_invite`]): the account, its one-time enrolment link and the
/// log entry, in one transaction.
pub async fn invite(db: &Db, acting: &Acting<'_>, new: &NewStaff<'_>) -> Result<Invitation, DbError> {
    let (_, invitation) = enrol::invite_staff(db, new, Some(acting.manager_id), acting.now).await?;
    Ok(invitation)
}

/// Whether taking `target` away from being a manager would leave its service with none.
async fn would_leave_no_manager(tx: &mut crate::db::Tx, target: &store::TargetRow) -> Result<bool, DbError> {
    match (&target.service_id, target.role) {
        (Some(service), StaffRole::Manager) => Ok(store::other_managers(&mut *tx, service, target.id).await? == 0),
        _ => Ok(false),
    }
}

/// Disables or enables a staff account in the manager's scope (never their own). Disabling ends every session
/// of the account. The change, the ended sessions and the log entry are one transaction.
pub async fn change(db: &Db, acting: &Acting<'_>, staff_id: i64, change: Change) -> Result<Outcome, DbError> {
    let mut tx = db.begin().await?;
    let Some(target) = store::target(&mut tx, staff_id, acting.scope.service(), acting.manager_id).await? else {
        return Ok(Outcome::NotFound);
    };
    let (disabled_at, action) = match change {
        Change::Disable => (Some(acting.now), StaffAction::Disabled),
        Change::Enable => (None, StaffAction::Enabled),
    };
    if change == Change::Disable && would_leave_no_manager(&mut tx, &target).await? {
        return Ok(Outcome::LastManager);
    }
    if !store::set_disabled(&mut tx, staff_id, disabled_at).await? {
        return Ok(Outcome::NotFound);
    }
    if change == Change::Disable {
        auth_store::delete_user_sessions(&mut tx, staff_id, None).await?;
    }
    store::record(&mut tx, staff_id, Some(acting.manager_id), action, acting.now).await?;
    tx.commit().await?;
    Ok(Outcome::Done(()))
}

/// Resets a staff account's sign-in details and authenticator and makes a new one-time enrolment link: their
/// sessions end and their old sign-in stops working. Also a new link for someone who never used theirs. Not for
/// a disabled account (enable it first). One transaction.
pub async fn reinvite(db: &Db, acting: &Acting<'_>, staff_id: i64) -> Result<Outcome<Invitation>, DbError> {
    let mut tx = db.begin().await?;
    let target = store::target(&mut tx, staff_id, acting.scope.service(), acting.manager_id).await?;
    let Some(target) = target.filter(|t| !t.disabled) else { return Ok(Outcome::NotFound) };
    store::forget_login(&mut tx, target.id).await?;
    auth_store::delete_user_sessions(&mut tx, target.id, None).await?;
    let invitation = enrol::issue_invite(&mut tx, target.id, acting.now).await?;
    store::record(&mut tx, target.id, Some(acting.manager_id), StaffAction::Reinvited, acting.now).await?;
    tx.commit().await?;
    Ok(Outcome::Done(invitation))
}

/// Makes a staff account of a service a caseworker or a manager (never the manager's own, never a
/// commissioner's, never leaving the service without a manager). The change and its log entry are one
/// transaction.
pub async fn set_role(db: &Db, acting: &Acting<'_>, staff_id: i64, role: StaffRole) -> Result<Outcome, DbError> {
    if !StaffRole::IN_SERVICE.contains(&role) {
        return Ok(Outcome::NotFound);
    }
    let mut tx = db.begin().await?;
    let target = store::target(&mut tx, staff_id, acting.scope.service(), acting.manager_id).await?;
    let Some(target) = target.filter(|t| t.service_id.is_some() && StaffRole::IN_SERVICE.contains(&t.role)) else {
        return Ok(Outcome::NotFound);
    };
    if role == StaffRole::Caseworker && would_leave_no_manager(&mut tx, &target).await? {
        return Ok(Outcome::LastManager);
    }
    if !store::set_role(&mut tx, target.id, role).await? {
        return Ok(Outcome::NotFound);
    }
    let action = if role == StaffRole::Manager { StaffAction::MadeManager } else { StaffAction::MadeCaseworker };
    store::record(&mut tx, target.id, Some(acting.manager_id), action, acting.now).await?;
    tx.commit().await?;
    Ok(Outcome::Done(()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn receives(s: &str) -> bool {
        s == "victim-hub"
    }

    #[test]
    fn a_manager_invites_caseworkers_and_managers_of_their_own_service_only() {
        let scope = Scope::Service("domestic-abuse".into());
        let new = check_invite(&scope, "  Dana  ", "caseworker", "victim-hub", receives).expect("valid");
        assert_eq!((new.display_name, new.service, new.role), ("Dana", Some("domestic-abuse"), StaffRole::Caseworker));
        for role in ["commissioner", "operator", "admin", ""] {
            let problems = check_invite(&scope, "Dana", role, "", receives).err().expect(role);
            assert!(problems.role && problems.name.is_none(), "{role}");
        }
    }

    #[test]
    fn the_operator_chooses_a_receiving_service_except_for_a_commissioner() {
        let scope = Scope::Every;
        assert!(check_invite(&scope, "Dana", "manager", "nowhere", receives).err().expect("service").service);
        let new = check_invite(&scope, "Dana", "manager", "victim-hub", receives).expect("valid");
        assert_eq!(new.service, Some("victim-hub"));
        let new = check_invite(&scope, "Cam", "commissioner", "victim-hub", receives).expect("valid");
        assert_eq!((new.service, new.role), (None, StaffRole::Commissioner));
        assert!(check_invite(&scope, "Op", "operator", "", receives).err().expect("role").role);
    }

    #[test]
    fn a_name_is_needed_and_not_too_long() {
        let scope = Scope::Service("s".into());
        let missing = check_invite(&scope, "   ", "caseworker", "", receives).err().expect("missing");
        assert_eq!(missing, InviteProblems { name: Some(NameProblem::Missing), ..InviteProblems::default() });
        let long = "a".repeat(NAME_MAX + 1);
        let too_long = check_invite(&scope, &long, "manager", "", receives).err().expect("long");
        assert_eq!(too_long.name, Some(NameProblem::TooLong));
        assert!(check_invite(&scope, &"a".repeat(NAME_MAX), "manager", "", receives).is_ok());
    }
}
