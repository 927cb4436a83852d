//! For managers: `/staff/team`, the staff accounts of their service (every service's for the operator) with the
//! staff account log; inviting someone (`/staff/team/invite`); and, each a post, disabling or enabling an
//! account, giving it a new enrolment link (its sign-in is reset) and changing its role. A new link is shown
//! once, in the answer to the post that made it. The [`Manager`] extractor authorises first; an account out of
//! the manager's reach is answered as one that does not exist.

use super::{
    error::{Error, Result},
    form::LenientForm,
    page::Page,
    roles::Manager,
    triage::date_time,
};
use crate::{
    auth::enrol::Invitation,
    staff::{self, check_invite, store, Acting, Change, InviteProblems, NameProblem, Outcome, Scope},
    AppState,
};
use app::{
    forms::Form,
    i18n::msg,
    models::staff::{StaffRole, StaffStanding},
    pages::triage::team::{EnrolmentLinkPage, InvitePage, TeamEvent, TeamMember, TeamPage},
};
use axum::{
    extract::{Path, State},
    response::{IntoResponse, Redirect},
    routing::{get, post},
    Router,
};
use http::StatusCode;
use leptos::prelude::*;
use serde::Deserialize;
use std::collections::HashMap;

/// How many entries of the staff account log the page shows.
const LOG_ENTRIES: i64 = 500;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/staff/team", get(team))
        .route("/staff/team/invite", get(invite_form).post(invite))
        .route("/staff/team/{id}/disable", post(disable))
        .route("/staff/team/{id}/enable", post(enable))
        .route("/staff/team/{id}/reset", post(reset))
        .route("/staff/team/{id}/role", post(role))
}

impl Manager {
    fn acting(&self, state: &AppState) -> Acting<'_> {
        Acting { manager_id: self.me.user.id, scope: &self.scope, now: state.clock.now() }
    }
}

fn service_name(state: &AppState, slug: &str) -> String {
    state.directory.by_slug(slug).map(|s| s.name.clone()).unwrap_or_else(|| slug.to_string())
}

/// The team page, with `form` carrying a refusal to show at the top.
async fn team_page(state: &AppState, page: Page, manager: &Manager, form: Form) -> Result {
    let service = manager.scope.service();
    let rows = store::members(&state.db, service).await?;
    let names: HashMap<i64, String> = rows.iter().map(|r| (r.id, r.display_name.clone().unwrap_or_default())).collect();
    let i18n = page.i18n();
    let me = manager.me.user.id;
    let members: Vec<TeamMember> = rows
        .iter()
        .map(|r| TeamMember {
            id: r.id,
            name: r.display_name.clone().unwrap_or_default(),
            service: r.service_id.as_deref().map(|s| service_name(state, s)),
            role: r.role,
            standing: match (r.disabled_at, r.enrolled) {
                (Some(_), _) => StaffStanding::Disabled,
                (None, false) => StaffStanding::Invited,
                (None, true) => StaffStanding::Active,
            },
            last_signed_in: r.last_signed_in.map(|at| date_time(&i18n, at)),
            changeable: r.id != me && r.role.is_some_and(|role| role != StaffRole::Operator),
        })
        .collect();
    let name = |id: i64| names.get(&id).cloned().unwrap_or_default();
    let events: Vec<TeamEvent> = store::events(&state.db, service, LOG_ENTRIES)
        .await?
        .into_iter()
        .map(|(at, staff_id, actor_id, action)| TeamEvent {
            when: date_time(&i18n, at),
            who: name(staff_id),
            by: actor_id.map(name),
            what: action.label(),
        })
        .collect();
    let service = service.map(|s| service_name(state, s));
    let status = if form.has_errors() { StatusCode::CONFLICT } else { StatusCode::OK };
    Ok(page
        .with_status(status)
        .render(move || {
            view! { <TeamPage service=service.clone() members=members.clone() events=events.clone() form=form.clone()/> }
        })
        .await)
}

pub async fn team(State(state): State<AppState>, page: Page, manager: Manager) -> Result {
    team_page(&state, page, &manager, Form::new()).await
}

/// What a change came to: back to the team page, or the refusal shown on it.
async fn done(state: &AppState, page: Page, manager: &Manager, outcome: Outcome) -> Result {
    match outcome {
        Outcome::Done(()) => Ok(Redirect::to("/staff/team").into_response()),
        Outcome::NotFound => Err(Error::NotFound),
        Outcome::LastManager => {
            let form = Form::new().with_error("team", msg("staff-last-manager-error"));
            team_page(state, page, manager, form).await
        }
    }
}

pub async fn disable(State(state): State<AppState>, page: Page, manager: Manager, Path(id): Path<i64>) -> Result {
    let outcome = staff::change(&state.db, &manager.acting(&state), id, Change::Disable).await?;
    done(&state, page, &manager, outcome).await
}

pub async fn enable(State(state): State<AppState>, page: Page, manager: Manager, Path(id): Path<i64>) -> Result {
    let outcome = staff::change(&state.db, &manager.acting(&state), id, Change::Enable).await?;
    done(&state, page, &manager, outcome).await
}

#[derive(Default, Deserialize)]
pub struct RoleForm {
    #[serde(default)]
    role: String,
}

pub async fn role(
    State(state): State<AppState>,
    page: Page,
    manager: Manager,
    Path(id): Path<i64>,
    LenientForm(input): LenientForm<RoleForm>,
) -> Result {
    let role = StaffRole::parse(&input.role).ok_or(Error::NotFound)?;
    let outcome = staff::set_role(&state.db, &manager.acting(&state), id, role).await?;
    done(&state, page, &manager, outcome).await
}

/// The page showing a new enrolment link, once.
async fn link_page(state: &AppState, page: Page, name: String, invitation: Invitation, reset: bool) -> Result {
    let origin = state.config.public_origin.clone().unwrap_or_else(|| format!("http://{}", state.config.site_addr));
    let link = format!("{}/staff/enrol?invite={}", origin.trim_end_matches('/'), invitation.token);
    let expires = date_time(&page.i18n(), invitation.expires_at);
    Ok(page
        .render(move || {
            view! { <EnrolmentLinkPage name=name.clone() link=link.clone() expires=expires.clone() reset=reset/> }
        })
        .await)
}

/// Resets someone's sign-in and authenticator (or renews an unused invitation) and shows the new link.
pub async fn reset(State(state): State<AppState>, page: Page, manager: Manager, Path(id): Path<i64>) -> Result {
    let name = store::members(&state.db, manager.scope.service())
        .await?
        .into_iter()
        .find(|m| m.id == id)
        .and_then(|m| m.display_name)
        .unwrap_or_default();
    match staff::reinvite(&state.db, &manager.acting(&state), id).await? {
        Outcome::Done(invitation) => link_page(&state, page, name, invitation, true).await,
        Outcome::NotFound | Outcome::LastManager => Err(Error::NotFound),
    }
}

/// The invitation form, with what was typed and what needs correcting.
async fn invite_page(state: &AppState, page: Page, manager: &Manager, form: Form) -> Result {
    let (service, services) = match &manager.scope {
        Scope::Service(slug) => (Some(service_name(state, slug)), Vec::new()),
        Scope::Every => (None, state.directory.receiving().map(|s| (s.slug.clone(), s.name.clone())).collect()),
    };
    let roles = manager.scope.roles().to_vec();
    let status = if form.has_errors() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok(page
        .with_status(status)
        .render(move || {
            view! { <InvitePage service=service.clone() roles=roles.clone() services=services.clone() form=form.clone()/> }
        })
        .await)
}

pub async fn invite_form(State(state): State<AppState>, page: Page, manager: Manager) -> Result {
    invite_page(&state, page, &manager, Form::new()).await
}

#[derive(Default, Deserialize)]
pub struct InviteForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    service: String,
}

/// Makes the account and its link, and shows the link; or the form again with what needs correcting.
pub async fn invite(
    State(state): State<AppState>,
    page: Page,
    manager: Manager,
    LenientForm(input): LenientForm<InviteForm>,
) -> Result {
    let receives = |s: &str| state.directory.by_slug(s).is_some_and(|s| s.receives_referrals);
    let new = match check_invite(&manager.scope, &input.name, &input.role, &input.service, receives) {
        Ok(new) => new,
        Err(problems) => {
            let form = invite_errors(
                Form::new().keep("name", &input.name).keep("role", &input.role).keep("service", &input.service),
                &problems,
            );
            return invite_page(&state, page, &manager, form).await;
        }
    };
    let invitation = staff::invite(&state.db, &manager.acting(&state), &new).await?;
    link_page(&state, page, new.display_name.to_string(), invitation, false).await
}

fn invite_errors(mut form: Form, problems: &InviteProblems) -> Form {
    match problems.name {
        Some(NameProblem::Missing) => form.error("name", msg("staff-invite-name-error")),
        Some(NameProblem::TooLong) => {
            form.error("name", msg("request-too-long").with_number("max", staff::NAME_MAX as i64))
        }
        None => {}
    }
    if problems.role {
        form.error("role", msg("staff-invite-role-error"));
    }
    if problems.service {
        form.error("service", msg("staff-invite-service-error"));
    }
    form
}
