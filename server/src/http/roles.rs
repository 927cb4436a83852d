//! Who may call a staff route, as extractors that authorise before the handler runs, so a handler's signature
//! says who may call it: [`Staff`] works a receiving service's queue (a caseworker, a manager, or the operator
//! with a service of their own); [`Manager`] runs a team and reads an audit log (a manager their own service's,
//! the operator every service's); [`Commissioner`] reads aggregate figures across services and never a
//! person's details (a commissioner, or the operator). Anyone else is answered as if the page did not exist.

use super::{error::Error, visitor::SignedIn};
use crate::{staff::Scope, AppState};
use app::models::staff::StaffRole;
use axum::extract::FromRequestParts;
use http::request::Parts;

/// The role of a signed-in staff account, if it is one.
fn staff_role(me: &SignedIn) -> Option<StaffRole> {
    me.user.role.is_staff().then_some(me.user.staff_role).flatten()
}

/// A signed-in member of staff who works a queue, and the receiving service whose queue it is.
pub struct Staff {
    pub me: SignedIn,
    pub service: String,
    pub role: StaffRole,
}

impl Staff {
    /// Whether they also run the team and read the audit log.
    pub fn manages(&self) -> bool {
        self.role.manages()
    }
}

/// The same as [`Staff`], by the name of the role that has nothing more.
pub type Caseworker = Staff;

impl FromRequestParts<AppState> for Staff {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Error> {
        let me = SignedIn::from_request_parts(parts, state).await?;
        let receives = |s: &String| state.directory.by_slug(s).is_some_and(|s| s.receives_referrals);
        match (staff_role(&me), me.user.service_id.clone()) {
            (Some(role), Some(service)) if role.works_queue() && receives(&service) => Ok(Staff { me, service, role }),
            _ => Err(Error::NotFound),
        }
    }
}

/// A service manager (their own service's team and audit log) or the operator (every service's).
pub struct Manager {
    pub me: SignedIn,
    pub scope: Scope,
}

impl FromRequestParts<AppState> for Manager {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Error> {
        let me = SignedIn::from_request_parts(parts, state).await?;
        let receives = |s: &String| state.directory.by_slug(s).is_some_and(|s| s.receives_referrals);
        let scope = match (staff_role(&me), me.user.service_id.clone()) {
            (Some(StaffRole::Operator), _) => Scope::Every,
            (Some(StaffRole::Manager), Some(service)) if receives(&service) => Scope::Service(service),
            _ => return Err(Error::NotFound),
        };
        Ok(Manager { me, scope })
    }
}

/// Someone who reads aggregate figures across every service: a commissioner, or the operator. Never a queue,
/// a referral or a person's details.
pub struct Commissioner {
    pub me: SignedIn,
    pub role: StaffRole,
}

impl FromRequestParts<AppState> for Commissioner {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Error> {
        let me = SignedIn::from_request_parts(parts, state).await?;
        match staff_role(&me) {
            Some(role) if role.sees_across_services() => Ok(Commissioner { me, role }),
            _ => Err(Error::NotFound),
        }
    }
}
