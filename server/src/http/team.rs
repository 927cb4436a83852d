//! For administrators: `/staff/team`, the staff accounts of their service with the staff account log, and
//! disabling or enabling an account (a post; never their own). The [`Admin`] extractor authorises first.

use super::{
    error::{Error, Result},
    page::Page,
    triage::{date_time, Admin},
};
use crate::{
    staff::{self, store, Change},
    AppState,
};
use app::{
    models::staff::StaffStanding,
    pages::triage::team::{TeamEvent, TeamMember, TeamPage},
};
use axum::{
    extract::{Path, State},
    response::{IntoResponse, Redirect},
    routing::{get, post},
    Router,
};
use leptos::prelude::*;
use std::collections::HashMap;

/// How many entries of the staff account log the page shows.
const LOG_ENTRIES: i64 = 500;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/staff/team", get(team))
        .route("/staff/team/{id}/disable", post(disable))
        .route("/staff/team/{id}/enable", post(enable))
}

pub async fn team(State(state): State<AppState>, page: Page, Admin(admin): Admin) -> Result {
    let rows = store::members(&state.db, &admin.service).await?;
    let names: HashMap<i64, String> = rows.iter().map(|r| (r.id, r.display_name.clone().unwrap_or_default())).collect();
    let me = admin.me.user.id;
    let members: Vec<TeamMember> = rows
        .iter()
        .map(|r| TeamMember {
            id: r.id,
            name: r.display_name.clone().unwrap_or_default(),
            admin: r.role == "admin",
            standing: match (r.disabled_at, r.enrolled) {
                (Some(_), _) => StaffStanding::Disabled,
                (None, false) => StaffStanding::Invited,
                (None, true) => StaffStanding::Active,
            },
            is_me: r.id == me,
        })
        .collect();
    let i18n = page.i18n();
    let name = |id: i64| names.get(&id).cloned().unwrap_or_default();
    let events: Vec<TeamEvent> = store::events(&state.db, &admin.service, LOG_ENTRIES)
        .await?
        .into_iter()
        .map(|(at, staff_id, actor_id, action)| TeamEvent {
            when: date_time(&i18n, at),
            who: name(staff_id),
            by: actor_id.map(name),
            what: action.label(),
        })
        .collect();
    let service = state.directory.by_slug(&admin.service).map(|s| s.name.clone()).unwrap_or_default();
    Ok(page
        .render(move || view! { <TeamPage service=service.clone() members=members.clone() events=events.clone()/> })
        .await)
}

async fn apply(state: &AppState, admin: &Admin, id: i64, change: Change) -> Result {
    let Admin(admin) = admin;
    let now = state.clock.now();
    if !staff::change(&state.db, admin.me.user.id, &admin.service, id, change, now).await? {
        return Err(Error::NotFound);
    }
    Ok(Redirect::to("/staff/team").into_response())
}

pub async fn disable(State(state): State<AppState>, admin: Admin, Path(id): Path<i64>) -> Result {
    apply(&state, &admin, id, Change::Disable).await
}

pub async fn enable(State(state): State<AppState>, admin: Admin, Path(id): Path<i64>) -> Result {
    apply(&state, &admin, id, Change::Enable).await
}
