//! All SQL for partner organisations: the organisations and the services each may refer to, their workers,
//! and marking a referral as a partner's.

use crate::{
    db::{Db, DbError, Exec},
    execute, fetch,
};
use app::models::partners::OrganisationKind;

/// An organisation as the commissioner's page lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OrganisationRow {
    pub id: i64,
    pub name: String,
    pub kind: OrganisationKind,
    pub disabled: bool,
    /// Slugs of the services it may refer to.
    pub services: Vec<String>,
    /// How many workers it has (invited or enrolled).
    pub workers: i64,
}

/// A worker's organisation, as their journey needs it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Membership {
    pub organisation_id: i64,
    pub name: String,
    pub services: Vec<String>,
}

/// Stores an organisation; returns its id.
pub async fn insert(db: impl Into<Exec<'_>>, name: &str, kind: OrganisationKind, now: i64) -> Result<i64, DbError> {
    Ok(fetch!(
        db,
        scalar::<i64>,
        "INSERT INTO organisations (name, kind, created_at) VALUES ($1, $2, $3) RETURNING id",
        name,
        kind.as_str(),
        now
    )?)
}

pub async fn add_service(db: impl Into<Exec<'_>>, organisation_id: i64, service: &str) -> Result<(), DbError> {
    execute!(
        db,
        "INSERT INTO organisation_services (organisation_id, service) VALUES ($1, $2) ON CONFLICT DO NOTHING",
        organisation_id,
        service
    )?;
    Ok(())
}

/// Whether the organisation exists and is not disabled.
pub async fn is_active(db: impl Into<Exec<'_>>, organisation_id: i64) -> Result<bool, DbError> {
    Ok(fetch!(
        db,
        scalar::<i64>,
        "SELECT COUNT(*) FROM organisations WHERE id = $1 AND disabled_at IS NULL",
        organisation_id
    )? == 1)
}

pub async fn add_worker(db: impl Into<Exec<'_>>, user_id: i64, organisation_id: i64, now: i64) -> Result<(), DbError> {
    execute!(
        db,
        "INSERT INTO partner_workers (user_id, organisation_id, created_at) VALUES ($1, $2, $3)",
        user_id,
        organisation_id,
        now
    )?;
    Ok(())
}

/// Every organisation, by name, with its services and how many workers it has.
pub async fn all(db: &Db) -> Result<Vec<OrganisationRow>, DbError> {
    let rows = fetch!(
        db,
        all::<(i64, String, String, Option<i64>, i64)>,
        "SELECT o.id, o.name, o.kind, o.disabled_at,
                (SELECT COUNT(*) FROM partner_workers w WHERE w.organisation_id = o.id)
         FROM organisations o ORDER BY o.name, o.id"
    )?;
    let links = fetch!(
        db,
        all::<(i64, String)>,
        "SELECT organisation_id, service FROM organisation_services ORDER BY organisation_id, service"
    )?;
    rows.into_iter()
        .map(|(id, name, kind, disabled_at, workers)| {
            let services = links.iter().filter(|(o, _)| *o == id).map(|(_, s)| s.clone()).collect();
            Ok(OrganisationRow {
                id,
                name,
                kind: crate::db::word(kind)?,
                disabled: disabled_at.is_some(),
                services,
                workers,
            })
        })
        .collect()
}

/// The organisation of the worker `user_id`, if they are one and it is not disabled.
pub async fn membership(db: &Db, user_id: i64) -> Result<Option<Membership>, DbError> {
    let row = fetch!(
        db,
        optional::<(i64, String)>,
        "SELECT o.id, o.name FROM partner_workers w JOIN organisations o ON o.id = w.organisation_id
         WHERE w.user_id = $1 AND o.disabled_at IS NULL",
        user_id
    )?;
    let Some((organisation_id, name)) = row else { return Ok(None) };
    let services = fetch!(
        db,
        scalars::<String>,
        "SELECT service FROM organisation_services WHERE organisation_id = $1 ORDER BY service",
        organisation_id
    )?;
    Ok(Some(Membership { organisation_id, name, services }))
}

/// Marks the referral `id` as made by a worker of the organisation.
pub async fn mark_partner(db: impl Into<Exec<'_>>, id: i64, organisation_id: i64) -> Result<(), DbError> {
    execute!(db, "UPDATE referrals SET source = 'partner', organisation_id = $2 WHERE id = $1", id, organisation_id)?;
    Ok(())
}

/// An organisation's name.
pub async fn organisation_name(db: impl Into<Exec<'_>>, organisation_id: i64) -> Result<Option<String>, DbError> {
    Ok(fetch!(db, scalar_optional::<String>, "SELECT name FROM organisations WHERE id = $1", organisation_id)?)
}
