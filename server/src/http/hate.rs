//! Reporting a hate incident without the police: `/report` (to the first question), `/report/{step}` (the
//! request journey's machinery with the report's own pages) and `/report/done`. Anyone may report, signed in or
//! not, as the person it happened to or as a witness, and anonymously; the report goes to the third-party
//! reporting service's queue like any request.

use super::{
    error::{Error, Result},
    form::LenientForm,
    page::Page,
    requests::{answer_in, send_in, show_in, StepPath},
    visitor::Visitor,
};
use crate::{
    hate,
    referrals::{
        drafts::{self, Owner},
        journey::{Answers, Step},
        Via,
    },
    AppState,
};
use app::{i18n::msg, models::partners::JourneyKind, pages::partners::SentPage};
use axum::{
    extract::State,
    response::{IntoResponse, Redirect},
    routing::get,
    Router,
};
use http::HeaderMap;
use leptos::prelude::*;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/report", get(start))
        .route("/report/done", get(done))
        .route("/report/{step}", get(show).post(answer))
}

/// Where reports go: the directory's reporting service (unavailable if it has none).
fn via(state: &AppState) -> Result<Via> {
    let service =
        hate::reporting_service(&state.directory).ok_or_else(|| Error::unavailable("no reporting service"))?;
    Ok(Via::Hate { service: service.slug.clone() })
}

pub async fn start() -> Result {
    Ok(Redirect::to(&Step::HateRole.path_in(JourneyKind::Hate)).into_response())
}

pub async fn show(State(state): State<AppState>, page: Page, visitor: Visitor, StepPath(step): StepPath) -> Result {
    show_in(&state, page, &visitor, step, &via(&state)?).await
}

pub async fn answer(
    State(state): State<AppState>,
    page: Page,
    visitor: Visitor,
    headers: HeaderMap,
    StepPath(step): StepPath,
    LenientForm(pairs): LenientForm<Vec<(String, String)>>,
) -> Result {
    let via = via(&state)?;
    if step == Step::Check {
        let limit = state.config.requests_per_hour;
        return send_in(&state, page, &visitor, Answers(pairs), &via, limit).await;
    }
    answer_in(&state, page, &visitor, &headers, step, Answers(pairs), &via).await
}

pub async fn done(State(state): State<AppState>, page: Page, visitor: Visitor) -> Result {
    let owner = Owner { session: visitor.session.as_ref().map(|s| s.token_hash.as_slice()), user: None };
    let draft = drafts::current(&state.db, &state.referral_keys, owner).await?;
    let Some(sent) = draft.sent else { return Ok(Redirect::to("/report").into_response()) };
    // A report only a program would send has no service: the same page, with the reporting service's name.
    let service = state
        .directory
        .by_slug(&sent.service)
        .or_else(|| hate::reporting_service(&state.directory))
        .map(|s| s.name.clone())
        .unwrap_or_default();
    let next =
        vec![msg("hate-done-next").with("service", service), msg("hate-done-police"), msg("request-done-urgent")];
    let links = vec![("/guides".to_string(), msg("request-done-guides"))];
    let reference = sent.reference;
    Ok(page
        .render(move || {
            view! { <SentPage title=msg("hate-done-title") reference=reference.clone() next=next.clone() links=links.clone()/> }
        })
        .await)
}
