//! Staff enrolment from a one-time link (`/staff/enrol?invite=…`, created by `waymark staff add`): the staff
//! member chooses sign-in details, then sets up the authenticator and recovery codes like everyone else.

use super::{device_of, journey, redirect_with_cookie, register::check_name_and_password};
use crate::{
    auth::{
        flows::{Journey, PendingLogin},
        store, totp,
    },
    crypto::token_hash,
    diary::{self, keys::DiaryKey},
    http::{form::LenientForm, page::Page, visitor::Visitor},
    AppState,
};
use app::{
    forms::Form,
    i18n::msg,
    pages::account::staff::{InviteInvalidPage, StaffEnrolPage},
};
use axum::{
    extract::{Query, State},
    response::Response,
};
use axum::{routing::get, Router};
use http::{HeaderMap, StatusCode};
use leptos::prelude::*;
use secrecy::SecretString;
use serde::Deserialize;

/// Staff enrolment from a one-time link.
pub fn router() -> Router<AppState> {
    Router::new().route("/staff/enrol", get(enrol).post(enrol_answer))
}

#[derive(Default, Deserialize)]
pub struct InviteQuery {
    #[serde(default)]
    invite: String,
}

async fn invited(state: &AppState, invite: &str) -> Option<store::UserRow> {
    if invite.is_empty() {
        return None;
    }
    let user_id = store::invite_user(&state.db, &token_hash(invite), state.clock.now()).await.ok().flatten()?;
    store::user_by_id(&state.db, user_id).await.ok().flatten()
}

async fn invalid(page: Page) -> Response {
    page.with_status(StatusCode::NOT_FOUND).render(|| view! { <InviteInvalidPage/> }).await
}

pub async fn enrol(State(state): State<AppState>, page: Page, Query(query): Query<InviteQuery>) -> Response {
    let Some(user) = invited(&state, &query.invite).await else { return invalid(page).await };
    let name = user.display_name.unwrap_or_default();
    let form = Form::new().keep("invite", query.invite);
    page.render(move || view! { <StaffEnrolPage display_name=name.clone() form=form.clone()/> }).await
}

#[derive(Default, Deserialize)]
pub struct EnrolForm {
    #[serde(default)]
    invite: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    password: String,
}

pub async fn enrol_answer(
    State(state): State<AppState>,
    page: Page,
    visitor: Visitor,
    headers: HeaderMap,
    LenientForm(input): LenientForm<EnrolForm>,
) -> Response {
    let Some(user) = invited(&state, &input.invite).await else { return invalid(page).await };
    let display_name = user.display_name.clone().unwrap_or_default();
    let mut form = Form::new().keep("invite", input.invite.clone()).keep("name", input.name.clone());
    let canonical = check_name_and_password(&mut form, &input.name, &input.password, &[&display_name]);
    let Some(canonical) = canonical.filter(|_| !form.has_errors()) else {
        return page
            .with_status(StatusCode::UNPROCESSABLE_ENTITY)
            .render(move || view! { <StaffEnrolPage display_name=display_name.clone() form=form.clone()/> })
            .await;
    };
    let password = SecretString::from(input.password);
    let locator = match state.hasher.locator(&canonical, &password).await {
        Ok(l) => l,
        Err(_) => {
            let form = form.with_error("password", msg("sign-in-error-busy"));
            return page
                .with_status(StatusCode::SERVICE_UNAVAILABLE)
                .render(move || view! { <StaffEnrolPage display_name=display_name.clone() form=form.clone()/> })
                .await;
        }
    };
    let diary_key = DiaryKey::random();
    let diary_wrap = match diary::keys::wrap_for_password(&state.hasher, &diary_key, &password).await {
        Ok(w) => w,
        Err(e) => return super::register::failure(&page, e).await,
    };
    let journey = Journey {
        staff_user: Some(user.id),
        pending: Some(PendingLogin { name: canonical, locator, email: None, diary_wrap: Some(diary_wrap) }),
        new_totp: Some(totp::new_secret()),
        ..Journey::default()
    };
    let saved = match journey::save(&state, &visitor, &journey, &device_of(&headers)).await {
        Ok(saved) => saved,
        Err(e) => return super::register::failure(&page, e).await,
    };
    if let Err(e) = diary::keys::attach_to_session(&state.db, &diary_key, &saved.token).await {
        return super::register::failure(&page, e).await;
    }
    redirect_with_cookie("/register/authenticator", saved.cookie)
}
