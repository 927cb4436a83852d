//! Staff enrolment from a one-time link (`/staff/enrol?invite=…`, created by `waymark staff add`): the staff
//! member chooses sign-in details, then sets up the authenticator and recovery codes like everyone else.

use super::{keep_journey, redirect_with_cookie, show_login_problems};
use crate::{
    auth::{
        checks,
        enrol::{self, Chosen},
        journey::Journey,
    },
    http::{error::Result, form::LenientForm, page::Page, visitor::Visitor},
    AppState,
};
use app::{
    forms::Form,
    i18n::msg,
    pages::account::staff::{InviteInvalidPage, StaffEnrolPage},
};
use axum::{
    extract::{Query, State},
    routing::get,
    Router,
};
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

/// An invitation that is unknown, used or expired: its own page, answered as not found.
async fn invalid(page: Page) -> Result {
    Ok(page.with_status(StatusCode::NOT_FOUND).render(|| view! { <InviteInvalidPage/> }).await)
}

async fn enrol_page(page: Page, display_name: String, form: Form, status: StatusCode) -> Result {
    Ok(page
        .with_status(status)
        .render(move || view! { <StaffEnrolPage display_name=display_name.clone() form=form.clone()/> })
        .await)
}

pub async fn enrol(State(state): State<AppState>, page: Page, Query(query): Query<InviteQuery>) -> Result {
    let Some(user) = enrol::invited(&state.db, &query.invite, state.clock.now()).await? else {
        return invalid(page).await;
    };
    let form = Form::new().keep("invite", query.invite);
    enrol_page(page, user.display_name.unwrap_or_default(), form, StatusCode::OK).await
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
) -> Result {
    let Some(user) = enrol::invited(&state.db, &input.invite, state.clock.now()).await? else {
        return invalid(page).await;
    };
    let display_name = user.display_name.clone().unwrap_or_default();
    let mut form = Form::new().keep("invite", input.invite.clone()).keep("name", input.name.clone());
    let login = match checks::new_login(&input.name, &input.password, None, &[&display_name]) {
        Ok(login) => login,
        Err(problems) => {
            show_login_problems(&mut form, &problems);
            return enrol_page(page, display_name, form, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
    };
    let password = SecretString::from(input.password);
    let (pending, diary_key) = match state.accounts(&visitor.address).choose_login(login, &password).await? {
        Chosen::Ready(pending, diary_key) => (pending, diary_key),
        Chosen::Busy => {
            let form = form.with_error("password", msg("sign-in-error-busy"));
            return enrol_page(page, display_name, form, StatusCode::SERVICE_UNAVAILABLE).await;
        }
    };
    let mut journey = Journey { staff_user: Some(user.id), ..Journey::default() };
    journey.begin_enrolment(pending);
    let cookie = keep_journey(&state, &visitor, &journey, Some(&diary_key), &headers).await?;
    Ok(redirect_with_cookie("/register/authenticator", cookie))
}
