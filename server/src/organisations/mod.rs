//! Partner organisations (a GP practice, a school, a housing provider, a community group…): the commissioner
//! registers each with the receiving services it may refer to, and invites its workers with a one-time
//! enrolment link. A worker is a staff account without a staff role (so no queue, team or figures) and a row in
//! `partner_workers` naming their organisation (migration 0017); they sign in with two factors like all staff,
//! refer people through `/refer`, and see the neutral status of the referrals they made themselves. Every
//! change and its log entry are one transaction.

pub mod store;

use crate::{
    auth::{
        enrol::{self, Invitation},
        store as auth_store, Role,
    },
    crypto::{random_token, token_hash},
    db::{Db, DbError},
    staff::{self, NAME_MAX},
};
use app::models::{partners::OrganisationKind, staff::StaffAction};

/// A partner organisation as registered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewOrganisation {
    pub name: String,
    pub kind: OrganisationKind,
    /// Slugs of the receiving services it may refer to (at least one).
    pub services: Vec<String>,
}

/// What is wrong with an organisation as posted.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Problems {
    pub name: Option<staff::NameProblem>,
    pub kind: bool,
    pub services: bool,
}

/// Checks an organisation: a name, a kind, and one or more services that receive requests.
pub fn check(
    name: &str,
    kind: &str,
    services: &[String],
    receives: impl Fn(&str) -> bool,
) -> Result<NewOrganisation, Problems> {
    let name = name.trim();
    let mut problems = Problems::default();
    if name.is_empty() {
        problems.name = Some(staff::NameProblem::Missing);
    } else if name.chars().count() > NAME_MAX {
        problems.name = Some(staff::NameProblem::TooLong);
    }
    let kind = OrganisationKind::parse(kind);
    problems.kind = kind.is_none();
    let mut services: Vec<String> = services.iter().map(|s| s.trim().to_string()).filter(|s| receives(s)).collect();
    services.sort();
    services.dedup();
    problems.services = services.is_empty();
    match kind {
        Some(kind) if problems == Problems::default() => Ok(NewOrganisation { name: name.to_string(), kind, services }),
        _ => Err(problems),
    }
}

/// Registers an organisation with its services, in one transaction. Returns its id.
pub async fn register(db: &Db, new: &NewOrganisation, now: i64) -> Result<i64, DbError> {
    let mut tx = db.begin().await?;
    let id = store::insert(&mut tx, &new.name, new.kind, now).await?;
    for service in &new.services {
        store::add_service(&mut tx, id, service).await?;
    }
    tx.commit().await?;
    Ok(id)
}

/// Invites a worker of an organisation that is registered and not disabled: their account (a staff account
/// without a staff role), its membership, its one-time enrolment link and the log entry (`by` the commissioner
/// who made it, or none from the server's shell), in one transaction. `None` if there is no such organisation.
pub async fn invite_worker(
    db: &Db,
    organisation_id: i64,
    display_name: &str,
    by: Option<i64>,
    now: i64,
) -> Result<Option<Invitation>, DbError> {
    let mut tx = db.begin().await?;
    if !store::is_active(&mut tx, organisation_id).await? {
        return Ok(None);
    }
    // Until the worker chooses a sign-in name, the account has an unguessable placeholder.
    let placeholder = token_hash(&random_token(32));
    let user = auth_store::NewUser {
        role: Role::Staff,
        audience: None,
        name_key: &placeholder,
        locator: None,
        email_sealed: None,
        display_name: Some(display_name),
        service_id: None,
        staff_role: None,
        now,
    };
    let user_id = auth_store::insert_user(&mut tx, &user).await?;
    store::add_worker(&mut tx, user_id, organisation_id, now).await?;
    let invitation = enrol::issue_invite(&mut tx, user_id, now).await?;
    staff::store::record(&mut tx, user_id, by, StaffAction::Invited, now).await?;
    tx.commit().await?;
    Ok(Some(invitation))
}

/// Checks a worker's name as the commissioner typed it.
pub fn check_worker_name(name: &str) -> Result<&str, staff::NameProblem> {
    let name = name.trim();
    if name.is_empty() {
        Err(staff::NameProblem::Missing)
    } else if name.chars().count() > NAME_MAX {
        Err(staff::NameProblem::TooLong)
    } else {
        Ok(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn receives(s: &str) -> bool {
        ["victim-hub", "harbour"].contains(&s)
    }

    #[test]
    fn an_organisation_needs_a_name_a_kind_and_a_receiving_service() {
        let services = vec!["harbour".to_string(), "victim-hub".into(), "harbour".into(), "samaritans".into()];
        let new = check("  Riverside Surgery ", "gp-practice", &services, receives).expect("valid");
        assert_eq!(new.name, "Riverside Surgery");
        assert_eq!(new.kind, OrganisationKind::GpPractice);
        assert_eq!(new.services, ["harbour", "victim-hub"], "receiving services only, once each");
        let problems = check("", "bank", &["samaritans".to_string()], receives).expect_err("all wrong");
        assert_eq!(problems, Problems { name: Some(staff::NameProblem::Missing), kind: true, services: true });
        let long = "a".repeat(NAME_MAX + 1);
        assert_eq!(
            check(&long, "school", &services, receives).expect_err("long").name,
            Some(staff::NameProblem::TooLong)
        );
        assert_eq!(check_worker_name("  Jo "), Ok("Jo"));
        assert_eq!(check_worker_name(" "), Err(staff::NameProblem::Missing));
    }
}
