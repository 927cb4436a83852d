//! The request journey over HTTP: `/request` (start), `/request/{step}` (one question each, posted without
//! JavaScript), `/request/check` (check and send) and `/request/done` (confirmation). Answers are kept sealed
//! with the visitor's session, never in the browser or an address; a visitor without a session gets one when
//! they first answer.

use super::{accounts::redirect_with_cookie, form::LenientForm, page::Page, visitor::Visitor};
use crate::{
    auth::session::{self, Stage},
    crypto::token_hash,
    referrals::{
        self,
        draft::{Draft, Sent},
        steps::{self, Answers, Step},
        store, SubmitError,
    },
    AppState,
};
use app::{
    forms::Form,
    i18n::msg,
    pages::request::{check::CheckAnswersPage, done::RequestDonePage, question::QuestionPage, start::RequestStartPage},
};
use axum::{
    extract::{Path, State},
    response::{IntoResponse, Redirect, Response},
};
use axum::{routing::get, Router};
use http::{HeaderMap, StatusCode};
use leptos::prelude::*;

/// The request journey.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/request", get(start))
        .route("/request/done", get(done))
        .route("/request/{step}", get(show).post(answer))
}

async fn failure(page: &Page, error: impl std::fmt::Display) -> Response {
    tracing::error!("request journey failed: {error}");
    page.service_problem().await
}

/// The visitor's draft, or a blank one (pre-filled from an earlier request for signed-in people).
async fn current(state: &AppState, visitor: &Visitor) -> Result<Draft, crate::db::DbError> {
    let Some(session) = &visitor.session else { return Ok(Draft::default()) };
    let draft = referrals::load_draft(&state.db, &state.referral_keys, &session.token_hash).await?;
    if draft != Draft::default() {
        return Ok(draft);
    }
    Ok(prefilled(state, visitor).await.unwrap_or_default())
}

/// What a signed-in person already told us: who they are, how to reach them safely and their language.
async fn prefilled(state: &AppState, visitor: &Visitor) -> Option<Draft> {
    let (_, user) = visitor.signed_in()?;
    let mut draft = Draft::default();
    if let Some(audience) = user.audience {
        draft.for_whom = if audience == crate::auth::Audience::Supporter { "someone".into() } else { "me".into() };
    }
    let earlier = store::by_referrer(&state.db, user.id).await.ok()?;
    if let Some(last) = earlier.first().and_then(|row| referrals::open_details(&state.referral_keys, row)) {
        draft.name = last.name;
        draft.channels = last.channels;
        draft.phone = last.phone;
        draft.email = last.email;
        draft.safe = last.safe;
        draft.code_word = last.code_word;
        draft.language = last.language;
        draft.interpreter = last.interpreter;
        draft.access = last.access;
        draft.access_other = last.access_other;
        draft.supporter = referrals::draft::Supporter { agreed: false, ..last.supporter };
    }
    Some(draft)
}

/// Saves the draft, starting a session for a visitor who has none. Returns the cookie to set, if any.
async fn save(
    state: &AppState,
    visitor: &Visitor,
    draft: &Draft,
    headers: &HeaderMap,
) -> Result<Option<String>, crate::db::DbError> {
    let now = state.clock.now();
    match &visitor.session {
        Some(s) => {
            referrals::save_draft(&state.db, &state.referral_keys, &s.token_hash, draft, now).await?;
            Ok(None)
        }
        None => {
            let device = super::accounts::device_of(headers);
            let token = session::start(&state.db, None, Stage::Journey, None, &device, now).await?;
            referrals::save_draft(&state.db, &state.referral_keys, &token_hash(&token), draft, now).await?;
            Ok(Some(session::cookie(&token)))
        }
    }
}

pub async fn start(page: Page, visitor: Visitor) -> Response {
    let signed_in = visitor.signed_in().is_some();
    page.render(move || view! { <RequestStartPage signed_in=signed_in/> }).await
}

pub async fn show(State(state): State<AppState>, page: Page, visitor: Visitor, Path(slug): Path<String>) -> Response {
    let Some(step) = Step::from_slug(&slug) else { return super::error::Error::NotFound.into_response() };
    let mut draft = match current(&state, &visitor).await {
        Ok(d) => d,
        Err(e) => return failure(&page, e).await,
    };
    if draft.sent.is_some() {
        // A new request after one was sent starts afresh.
        draft = prefilled(&state, &visitor).await.unwrap_or_default();
    }
    if !steps::reachable(step, &draft) {
        return Redirect::to(&steps::first_unanswered(&draft).path()).into_response();
    }
    if step == Step::Check {
        let session = visitor.session.as_ref().map(|s| s.token_hash.as_slice());
        return check_page(&state, page, session, draft, Form::new()).await;
    }
    let question = steps::question(step, &draft);
    let form = steps::form_from(step, &draft);
    page.render(move || view! { <QuestionPage question=question.clone() form=form.clone()/> }).await
}

pub async fn answer(
    State(state): State<AppState>,
    page: Page,
    visitor: Visitor,
    headers: HeaderMap,
    Path(slug): Path<String>,
    LenientForm(pairs): LenientForm<Vec<(String, String)>>,
) -> Response {
    let Some(step) = Step::from_slug(&slug) else { return super::error::Error::NotFound.into_response() };
    if step == Step::Check {
        return send(state, page, visitor, pairs).await;
    }
    let mut draft = match current(&state, &visitor).await {
        Ok(d) => d,
        Err(e) => return failure(&page, e).await,
    };
    if draft.sent.is_some() {
        draft = prefilled(&state, &visitor).await.unwrap_or_default();
    }
    if !steps::reachable(step, &draft) {
        return Redirect::to(&steps::first_unanswered(&draft).path()).into_response();
    }
    if let Err(form) = steps::accept(step, &mut draft, &Answers(pairs)) {
        let question = steps::question(step, &draft);
        return page
            .with_status(StatusCode::UNPROCESSABLE_ENTITY)
            .render(move || view! { <QuestionPage question=question.clone() form=form.clone()/> })
            .await;
    }
    match save(&state, &visitor, &draft, &headers).await {
        Ok(cookie) => redirect_with_cookie(&steps::next(step, &draft).path(), cookie),
        Err(e) => failure(&page, e).await,
    }
}

async fn check_page(state: &AppState, page: Page, session: Option<&[u8]>, mut draft: Draft, form: Form) -> Response {
    let route = referrals::routing::route(&state.directory, &referrals::facts(&draft));
    let service_name = state.directory.by_slug(&route.service).map(|s| s.name.clone()).unwrap_or_default();
    let for_someone = draft.for_someone();
    let back = steps::back(Step::Check, &draft);
    let sections = referrals::summary::sections(&draft);
    // From here, changing an answer comes back to this page.
    if !draft.reviewing {
        draft.reviewing = true;
        if let Some(session) = session {
            let _ = referrals::save_draft(&state.db, &state.referral_keys, session, &draft, state.clock.now()).await;
        }
    }
    let status = if form.has_errors() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    page.with_status(status)
        .render(move || {
            view! {
                <CheckAnswersPage
                    sections=sections.clone()
                    service_name=service_name.clone()
                    for_someone=for_someone
                    form=form.clone()
                    back=back.clone()
                />
            }
        })
        .await
}

async fn send(state: AppState, page: Page, visitor: Visitor, pairs: Vec<(String, String)>) -> Response {
    let answers = Answers(pairs);
    let Some(session) = visitor.session.clone() else {
        return Redirect::to(&Step::Safe.path()).into_response();
    };
    let draft = match current(&state, &visitor).await {
        Ok(d) => d,
        Err(e) => return failure(&page, e).await,
    };
    if steps::first_unanswered(&draft) != Step::Check {
        return Redirect::to(&steps::first_unanswered(&draft).path()).into_response();
    }
    let now = state.clock.now();
    let referrer = visitor.signed_in().map(|(_, u)| u.id);
    // The hidden field is filled only by programs that fill every field: pretend all is well, keep nothing.
    if !answers.one("website").is_empty() {
        let sent = Sent { reference: referrals::new_reference(), service: String::new(), suggestions: vec![] };
        let done = Draft { sent: Some(sent), ..Draft::default() };
        if let Err(e) = referrals::save_draft(&state.db, &state.referral_keys, &session.token_hash, &done, now).await {
            return failure(&page, e).await;
        }
        return Redirect::to("/request/done").into_response();
    }
    if answers.one("consent") != "yes" {
        let form = Form::new().with_error("consent", msg("request-consent-error"));
        return check_page(&state, page, Some(&session.token_hash), draft, form).await;
    }
    let result = referrals::submit(
        &state.db,
        &state.referral_keys,
        &state.directory,
        &draft,
        referrals::Sender {
            referrer_id: referrer,
            address: &visitor.address,
            sends_per_window: state.config.requests_per_hour,
        },
        now,
    )
    .await;
    match result {
        Ok((reference, route)) => {
            let done = Draft {
                sent: Some(Sent { reference, service: route.service, suggestions: route.suggestions }),
                ..Draft::default()
            };
            match referrals::save_draft(&state.db, &state.referral_keys, &session.token_hash, &done, now).await {
                Ok(()) => Redirect::to("/request/done").into_response(),
                Err(e) => failure(&page, e).await,
            }
        }
        Err(SubmitError::TooMany) => {
            let form = Form::new().keep("consent", "yes").with_error("consent", msg("request-too-many"));
            check_page(&state, page, Some(&session.token_hash), draft, form).await
        }
        Err(SubmitError::Incomplete) => Redirect::to(&steps::first_unanswered(&draft).path()).into_response(),
        Err(SubmitError::Db(e)) => failure(&page, e).await,
    }
}

pub async fn done(State(state): State<AppState>, page: Page, visitor: Visitor) -> Response {
    let draft = match current(&state, &visitor).await {
        Ok(d) => d,
        Err(e) => return failure(&page, e).await,
    };
    let Some(sent) = draft.sent else { return Redirect::to("/request").into_response() };
    // A honeypot submission has no service: show the same page with the hub, keeping nothing.
    let service = state
        .directory
        .by_slug(&sent.service)
        .or_else(|| state.directory.receiving().find(|s| s.helps_with_any_crime()))
        .cloned();
    let Some(service) = service else { return failure(&page, "no receiving service").await };
    let suggestions: Vec<_> = sent.suggestions.iter().filter_map(|s| state.directory.by_slug(s)).cloned().collect();
    let signed_in = visitor.signed_in().is_some();
    let reference = sent.reference;
    page.render(move || {
        view! {
            <RequestDonePage
                reference=reference.clone()
                service=service.clone()
                suggestions=suggestions.clone()
                signed_in=signed_in
            />
        }
    })
    .await
}
