//! Following a request without an account over HTTP: `POST /request/done/follow` (from the confirmation page:
//! make a passphrase, shown once in the answer) and `/request/status` (a form; the answer to its post shows the
//! request's neutral status). Nothing about the request is ever in an address, and pages are `no-store`.

use super::{
    accounts::overview::contact_by, error::Result, form::LenientForm, page::Page, requests::owner, visitor::Visitor,
};
use crate::{
    dates,
    follow::{self, FollowKeys, Followed},
    referrals::drafts,
    AppState,
};
use app::{
    forms::Form,
    i18n::msg,
    pages::{
        diary::long_date,
        request::follow::{FollowKeptPage, FollowStatusPage, FollowedRequest},
    },
};
use axum::{
    extract::State,
    response::{IntoResponse, Redirect},
    routing::{get, post},
    Router,
};
use http::StatusCode;
use leptos::prelude::*;
use serde::Deserialize;

pub fn router() -> Router<AppState> {
    Router::new().route("/request/done/follow", post(keep)).route("/request/status", get(status_form).post(status))
}

/// `POST /request/done/follow`: a passphrase for the request this session has just sent, shown once.
pub async fn keep(State(state): State<AppState>, page: Page, visitor: Visitor) -> Result {
    let draft = drafts::current(&state.db, &state.referral_keys, owner(&visitor)).await?;
    let Some(sent) = draft.sent else { return Ok(Redirect::to("/request").into_response()) };
    let keys = FollowKeys::derive(&state.secret);
    let passphrase = follow::keep(&state.db, &keys, &sent.reference, state.clock.now()).await?;
    let reference = sent.reference;
    Ok(page.render(move || view! { <FollowKeptPage reference=reference.clone() passphrase=passphrase.clone()/> }).await)
}

pub async fn status_form(page: Page) -> Result {
    Ok(page.render(|| view! { <FollowStatusPage form=Form::new() found=None/> }).await)
}

#[derive(Default, Deserialize)]
pub struct StatusForm {
    #[serde(default)]
    reference: String,
    #[serde(default)]
    passphrase: String,
}

/// `POST /request/status`: the request's neutral status when the reference and passphrase match; otherwise the
/// form again with one message, the same whether the reference is unknown or the passphrase wrong.
pub async fn status(
    State(state): State<AppState>,
    page: Page,
    visitor: Visitor,
    LenientForm(typed): LenientForm<StatusForm>,
) -> Result {
    let mut form = Form::new().keep("reference", typed.reference.trim());
    if typed.reference.trim().is_empty() {
        form.error("reference", msg("follow-reference-missing"));
    }
    if typed.passphrase.trim().is_empty() {
        form.error("passphrase", msg("follow-passphrase-missing"));
    }
    let keys = FollowKeys::derive(&state.secret);
    let now = state.clock.now();
    let found = if form.has_errors() {
        None
    } else {
        match follow::follow(&state.db, &keys, &visitor.address, &typed.reference, &typed.passphrase, now).await? {
            Followed::Found(row) => Some(row),
            Followed::NoMatch => {
                form.error("reference", msg("follow-no-match"));
                None
            }
            Followed::TooMany => {
                form.error("reference", msg("follow-too-many"));
                None
            }
        }
    };
    let i18n = page.i18n();
    let found = found.map(|r| {
        let (y, m, d) = dates::civil_from_days(dates::day_of(r.created_at));
        FollowedRequest {
            reference: r.reference.clone(),
            sent: long_date(&i18n, y, m, d),
            service: state.directory.by_slug(&r.service).map(|s| s.name.clone()).unwrap_or_default(),
            status: contact_by(&state, &i18n, &r).unwrap_or_else(|| r.status.referrer_label()),
        }
    });
    let status = if form.has_errors() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok(page
        .with_status(status)
        .render(move || view! { <FollowStatusPage form=form.clone() found=found.clone()/> })
        .await)
}
