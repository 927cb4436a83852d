//! For the commissioner (and the operator): `/staff/organisations`, the partner organisations with the services
//! each may refer to; registering another (a post); and inviting a worker of one
//! (`/staff/organisations/{id}/invite`), whose one-time enrolment link is shown once, in the answer to the post
//! that made it. The [`Commissioner`] extractor authorises first.

use super::{
    error::{Error, Result},
    form::LenientForm,
    page::Page,
    roles::Commissioner,
    triage::date_time,
};
use crate::{
    organisations::{self, store, Problems},
    staff::NameProblem,
    AppState,
};
use app::{
    forms::Form,
    i18n::{msg, Text},
    models::{partners::OrganisationKind, request::Answer},
    pages::partners::{OrganisationView, OrganisationsPage, WorkerInvitePage, WorkerLinkPage},
};
use axum::{
    extract::{Path, State},
    response::{IntoResponse, Redirect},
    routing::get,
    Router,
};
use http::StatusCode;
use leptos::prelude::*;
use serde::Deserialize;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/staff/organisations", get(list).post(register))
        .route("/staff/organisations/{id}/invite", get(invite_form).post(invite))
}

fn name_text(problem: NameProblem) -> Text {
    match problem {
        NameProblem::Missing => msg("partners-name-error"),
        NameProblem::TooLong => msg("request-too-long").with_number("max", crate::staff::NAME_MAX as i64),
    }
}

async fn list_page(state: &AppState, page: Page, form: Form) -> Result {
    let service_name =
        |slug: &str| state.directory.by_slug(slug).map(|s| s.name.clone()).unwrap_or_else(|| slug.to_string());
    let organisations: Vec<OrganisationView> = store::all(&state.db)
        .await?
        .into_iter()
        .filter(|o| !o.disabled)
        .map(|o| OrganisationView {
            id: o.id,
            name: o.name,
            kind: o.kind.label(),
            services: o.services.iter().map(|s| service_name(s)).collect(),
            workers: o.workers,
        })
        .collect();
    let kinds: Vec<(&'static str, Text)> = OrganisationKind::ALL.iter().map(|k| (k.as_str(), k.label())).collect();
    let services: Vec<(String, String)> =
        state.directory.receiving().map(|s| (s.slug.clone(), s.name.clone())).collect();
    let status = if form.has_errors() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok(page
        .with_status(status)
        .render(move || {
            view! {
                <OrganisationsPage
                    organisations=organisations.clone()
                    kinds=kinds.clone()
                    services=services.clone()
                    form=form.clone()
                />
            }
        })
        .await)
}

pub async fn list(State(state): State<AppState>, page: Page, _: Commissioner) -> Result {
    list_page(&state, page, Form::new()).await
}

/// Registers an organisation, or shows the form again with what needs correcting.
pub async fn register(
    State(state): State<AppState>,
    page: Page,
    _: Commissioner,
    LenientForm(pairs): LenientForm<Vec<(String, String)>>,
) -> Result {
    let one = |k: &str| pairs.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone()).unwrap_or_default();
    let services: Vec<String> = pairs.iter().filter(|(n, _)| n == "services").map(|(_, v)| v.clone()).collect();
    let receives = |s: &str| state.directory.by_slug(s).is_some_and(|s| s.receives_referrals);
    let (name, kind) = (one("name"), one("kind"));
    match organisations::check(&name, &kind, &services, receives) {
        Ok(new) => {
            organisations::register(&state.db, &new, state.clock.now()).await?;
            Ok(Redirect::to("/staff/organisations").into_response())
        }
        Err(problems) => {
            let form = Form::new().keep("name", &name).keep("kind", &kind).keep("services", services.join(","));
            list_page(&state, page, register_errors(form, &problems)).await
        }
    }
}

fn register_errors(mut form: Form, problems: &Problems) -> Form {
    if let Some(p) = problems.name {
        form.error("name", name_text(p));
    }
    if problems.kind {
        form.error("kind", msg("partners-kind-error"));
    }
    if problems.services {
        form.error("services", msg("partners-services-error"));
    }
    form
}

/// The name of an organisation that is not disabled, or not found.
async fn active_name(state: &AppState, id: i64) -> Result<String> {
    if !store::is_active(&state.db, id).await? {
        return Err(Error::NotFound);
    }
    store::organisation_name(&state.db, id).await?.ok_or(Error::NotFound)
}

async fn invite_page(page: Page, id: i64, organisation: String, form: Form) -> Result {
    let status = if form.has_errors() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok(page
        .with_status(status)
        .render(move || view! { <WorkerInvitePage id=id organisation=organisation.clone() form=form.clone()/> })
        .await)
}

pub async fn invite_form(State(state): State<AppState>, page: Page, _: Commissioner, Path(id): Path<i64>) -> Result {
    let organisation = active_name(&state, id).await?;
    invite_page(page, id, organisation, Form::new()).await
}

#[derive(Default, Deserialize)]
pub struct InviteForm {
    #[serde(default)]
    name: String,
}

/// Makes the worker's account and link and shows the link; or the form again with what needs correcting.
pub async fn invite(
    State(state): State<AppState>,
    page: Page,
    commissioner: Commissioner,
    Path(id): Path<i64>,
    LenientForm(input): LenientForm<InviteForm>,
) -> Result {
    let organisation = active_name(&state, id).await?;
    let name = match organisations::check_worker_name(&input.name) {
        Ok(name) => name.to_string(),
        Err(problem) => {
            let form = Form::new().keep("name", &input.name).with_error("name", name_text(problem));
            return invite_page(page, id, organisation, form).await;
        }
    };
    let now = state.clock.now();
    let by = Some(commissioner.me.user.id);
    let invitation = organisations::invite_worker(&state.db, id, &name, by, now).await?.ok_or(Error::NotFound)?;
    let origin = state.config.public_origin.clone().unwrap_or_else(|| format!("http://{}", state.config.site_addr));
    let link = format!("{}/staff/enrol?invite={}", origin.trim_end_matches('/'), invitation.token);
    let expires = date_time(&page.i18n(), invitation.expires_at);
    Ok(page
        .render(move || {
            view! { <WorkerLinkPage name=name.clone() organisation=organisation.clone() link=link.clone() expires=expires.clone()/> }
        })
        .await)
}
