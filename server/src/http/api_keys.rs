//! For the commissioner and the operator: `/staff/api-keys`, the organisations' API keys (never the keys
//! themselves) and the latest API calls; making a key (`POST /staff/api-keys`, the key shown once in the answer)
//! and revoking one (`POST /staff/api-keys/{id}/revoke`). The [`Commissioner`] extractor authorises first.

use super::{
    error::{Error, Result},
    form::LenientForm,
    page::Page,
    roles::Commissioner,
    triage::date_time,
};
use crate::{
    api::{
        keys::{self, Refusal},
        store, ApiKeys,
    },
    AppState,
};
use app::{
    forms::Form,
    i18n::msg,
    pages::triage::api_keys::{ApiCallRow, ApiKeyCreatedPage, ApiKeyRow, ApiKeysPage},
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

/// How many of the latest calls the page lists.
const CALLS_SHOWN: i64 = 100;

pub fn router() -> Router<AppState> {
    Router::new().route("/staff/api-keys", get(list).post(create)).route("/staff/api-keys/{id}/revoke", post(revoke))
}

/// The page, with `form` holding what was typed and its problems.
async fn keys_page(state: &AppState, page: Page, form: Form) -> Result {
    let i18n = page.i18n();
    let rows = store::keys(&state.db).await?;
    let prefixes: HashMap<i64, String> = rows.iter().map(|k| (k.id, k.prefix.clone())).collect();
    let keys: Vec<ApiKeyRow> = rows
        .iter()
        .map(|k| ApiKeyRow {
            id: k.id,
            organisation: k.organisation.clone(),
            label: k.label.clone(),
            prefix: k.prefix.clone(),
            created: date_time(&i18n, k.created_at),
            last_used: k.last_used_at.map(|at| date_time(&i18n, at)),
            revoked: k.revoked_at.map(|at| date_time(&i18n, at)),
        })
        .collect();
    let calls: Vec<ApiCallRow> = store::recent_calls(&state.db, CALLS_SHOWN)
        .await?
        .into_iter()
        .map(|(key, at, outcome, status, reference)| ApiCallRow {
            when: date_time(&i18n, at),
            key: key.and_then(|id| prefixes.get(&id).cloned()),
            outcome,
            status,
            reference,
        })
        .collect();
    let organisations: Vec<(String, String)> =
        store::organisations(&state.db).await?.into_iter().map(|(id, name)| (id.to_string(), name)).collect();
    let status = if form.has_errors() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok(page
        .with_status(status)
        .render(move || {
            view! {
                <ApiKeysPage
                    keys=keys.clone()
                    calls=calls.clone()
                    organisations=organisations.clone()
                    form=form.clone()
                />
            }
        })
        .await)
}

pub async fn list(State(state): State<AppState>, page: Page, _who: Commissioner) -> Result {
    keys_page(&state, page, Form::new()).await
}

#[derive(Default, Deserialize)]
pub struct NewKeyForm {
    #[serde(default)]
    organisation: String,
    #[serde(default)]
    label: String,
}

pub async fn create(
    State(state): State<AppState>,
    page: Page,
    who: Commissioner,
    LenientForm(typed): LenientForm<NewKeyForm>,
) -> Result {
    let organisation = typed.organisation.parse::<i64>().unwrap_or(0);
    let keys_ = ApiKeys::derive(&state.secret);
    let made =
        keys::create(&state.db, &keys_, organisation, &typed.label, Some(who.me.user.id), state.clock.now()).await?;
    let new = match made {
        Ok(new) => new,
        Err(refusal) => {
            let form = Form::new().keep("organisation", typed.organisation.clone()).keep("label", typed.label.clone());
            let form = match refusal {
                Refusal::NoOrganisation => form.with_error("organisation", msg("api-keys-organisation-error")),
                Refusal::LabelMissing => form.with_error("label", msg("api-keys-label-missing")),
                Refusal::LabelTooLong => {
                    form.with_error("label", msg("api-keys-label-too-long").with_number("max", keys::MAX_LABEL as i64))
                }
            };
            return keys_page(&state, page, form).await;
        }
    };
    let name = store::organisations(&state.db)
        .await?
        .into_iter()
        .find(|(id, _)| *id == organisation)
        .map(|(_, name)| name)
        .unwrap_or_default();
    let label = typed.label.trim().to_string();
    Ok(page
        .render(move || {
            view! { <ApiKeyCreatedPage organisation=name.clone() label=label.clone() key=new.key.clone()/> }
        })
        .await)
}

pub async fn revoke(State(state): State<AppState>, who: Commissioner, Path(id): Path<i64>) -> Result {
    if !keys::revoke(&state.db, id, Some(who.me.user.id), state.clock.now()).await? {
        return Err(Error::NotFound);
    }
    Ok(Redirect::to("/staff/api-keys").into_response())
}
