//! Registration: who the account is for → age → sign-in details → authenticator → recovery codes. Each answer
//! is kept in the journey, so Back and mistakes lose nothing; the account is only created once the
//! authenticator has produced a correct code. Staff enrolment ([`super::staff`]) shares the last two steps.

use super::{code_text, device_of, keep_journey, redirect_to_session, redirect_with_cookie, show_login_problems};
use crate::{
    auth::limits::{self, Kind},
    auth::{
        checks,
        enrol::{Chosen, Confirmed, Enrolling},
        flows::Accounts,
        journey::Journey,
        session, totp,
    },
    http::{
        error::Result,
        form::LenientForm,
        page::Page,
        visitor::{SignedIn, Visitor},
    },
    AppState,
};
use app::{
    forms::Form,
    i18n::{msg, Text},
    models::{
        account::{Audience, OverSixteen},
        flash::Notice,
    },
    pages::account::register::{
        AuthenticatorPage, AuthenticatorSetup, RecoveryCodesPage, RegisterAgePage, RegisterDetailsPage,
        RegisterStartPage, RegisterWhoPage, UnderSixteenPage,
    },
};
use axum::{
    extract::State,
    response::{IntoResponse, Redirect, Response},
    routing::get,
    Router,
};
use base64::{engine::general_purpose::STANDARD, Engine as _};
use http::{HeaderMap, StatusCode};
use leptos::prelude::*;
use secrecy::SecretString;
use serde::Deserialize;

/// Registering an account, one question per page.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/register", get(start))
        .route("/register/who", get(who).post(who_answer))
        .route("/register/age", get(age).post(age_answer))
        .route("/register/under-16", get(under_16))
        .route("/register/details", get(details).post(details_answer))
        .route("/register/authenticator", get(authenticator).post(authenticator_answer))
        .route("/register/recovery-codes", get(recovery_codes).post(recovery_codes_saved))
}

fn already_signed_in(visitor: &Visitor) -> Option<Response> {
    visitor.signed_in().map(|_| Redirect::to("/account").into_response())
}

fn journey_of(state: &AppState, visitor: &Visitor) -> Journey {
    Journey::of(&state.auth_keys.journey, visitor.session.as_ref())
}

pub async fn start(page: Page, visitor: Visitor) -> Result {
    if let Some(r) = already_signed_in(&visitor) {
        return Ok(r);
    }
    Ok(page.render(|| view! { <RegisterStartPage/> }).await)
}

#[derive(Default, Deserialize)]
pub struct WhoForm {
    #[serde(default)]
    audience: String,
}

pub async fn who(State(state): State<AppState>, page: Page, visitor: Visitor) -> Result {
    if let Some(r) = already_signed_in(&visitor) {
        return Ok(r);
    }
    let journey = journey_of(&state, &visitor);
    let form = Form::new().keep("audience", journey.audience.map(Audience::as_str).unwrap_or_default());
    Ok(page.render(move || view! { <RegisterWhoPage form=form.clone()/> }).await)
}

pub async fn who_answer(
    State(state): State<AppState>,
    page: Page,
    visitor: Visitor,
    headers: HeaderMap,
    LenientForm(input): LenientForm<WhoForm>,
) -> Result {
    let Some(audience) = Audience::parse(&input.audience) else {
        let form = Form::new().with_error("audience", msg("register-who-error"));
        return Ok(page
            .with_status(StatusCode::UNPROCESSABLE_ENTITY)
            .render(move || view! { <RegisterWhoPage form=form.clone()/> })
            .await);
    };
    let mut journey = journey_of(&state, &visitor);
    journey.audience = Some(audience);
    let cookie = keep_journey(&state, &visitor, &journey, None, &headers).await?;
    Ok(redirect_with_cookie("/register/age", cookie))
}

#[derive(Default, Deserialize)]
pub struct AgeForm {
    #[serde(default)]
    adult: String,
}

pub async fn age(State(state): State<AppState>, page: Page, visitor: Visitor) -> Result {
    let journey = journey_of(&state, &visitor);
    if journey.audience.is_none() {
        return Ok(Redirect::to("/register/who").into_response());
    }
    let form = Form::new().keep("adult", journey.over_sixteen().map(OverSixteen::as_str).unwrap_or_default());
    Ok(page.render(move || view! { <RegisterAgePage form=form.clone()/> }).await)
}

pub async fn age_answer(
    State(state): State<AppState>,
    page: Page,
    visitor: Visitor,
    headers: HeaderMap,
    LenientForm(input): LenientForm<AgeForm>,
) -> Result {
    let Some(answer) = OverSixteen::parse(&input.adult) else {
        let form = Form::new().with_error("adult", msg("register-age-error"));
        return Ok(page
            .with_status(StatusCode::UNPROCESSABLE_ENTITY)
            .render(move || view! { <RegisterAgePage form=form.clone()/> })
            .await);
    };
    let mut journey = journey_of(&state, &visitor);
    journey.answer_age(answer);
    let cookie = keep_journey(&state, &visitor, &journey, None, &headers).await?;
    Ok(redirect_with_cookie(if answer.is_adult() { "/register/details" } else { "/register/under-16" }, cookie))
}

pub async fn under_16(page: Page) -> Result {
    let young = format!("/services?who={}", crate::content::code_for("group", "young-people"));
    Ok(page.render(move || view! { <UnderSixteenPage young_services=young.clone()/> }).await)
}

#[derive(Default, Deserialize)]
pub struct DetailsForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
}

pub async fn details(State(state): State<AppState>, page: Page, visitor: Visitor) -> Result {
    let journey = journey_of(&state, &visitor);
    if !journey.ready_for_details() {
        return Ok(Redirect::to("/register/who").into_response());
    }
    let mut form = Form::new();
    if let Some(p) = &journey.pending {
        form.set("name", p.name.clone());
        form.set("email", p.email.clone().unwrap_or_default());
    }
    details_page(page, form, StatusCode::OK).await
}

async fn details_page(page: Page, form: Form, status: StatusCode) -> Result {
    Ok(page.with_status(status).render(move || view! { <RegisterDetailsPage form=form.clone()/> }).await)
}

pub async fn details_answer(
    State(state): State<AppState>,
    page: Page,
    visitor: Visitor,
    headers: HeaderMap,
    LenientForm(input): LenientForm<DetailsForm>,
) -> Result {
    let mut journey = journey_of(&state, &visitor);
    if !journey.ready_for_details() {
        return Ok(Redirect::to("/register/who").into_response());
    }
    let mut form = Form::new().keep("name", input.name.clone()).keep("email", input.email.clone());
    let login = match checks::new_login(&input.name, &input.password, Some(&input.email), &[]) {
        Ok(login) => login,
        Err(problems) => {
            show_login_problems(&mut form, &problems);
            return details_page(page, form, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
    };
    // Limited per address, per name and overall before any hashing, alike for names in use and not.
    let now = state.clock.now();
    if !limits::admit(
        &state.db,
        &state.auth_keys,
        Kind::Registration,
        state.config.registrations_per_hour,
        &visitor.address,
        &login.name,
        now,
    )
    .await?
    {
        let form = form.with_error("password", msg("limit-error-too-many"));
        return details_page(page, form, StatusCode::TOO_MANY_REQUESTS).await;
    }
    let password = SecretString::from(input.password);
    let (pending, diary_key) = match state.accounts(&visitor.address).choose_login(login, &password).await? {
        Chosen::Ready(pending, diary_key) => (pending, diary_key),
        Chosen::Busy => {
            let form = form.with_error("password", msg("sign-in-error-busy"));
            return details_page(page, form, StatusCode::SERVICE_UNAVAILABLE).await;
        }
    };
    journey.begin_enrolment(pending);
    let cookie = keep_journey(&state, &visitor, &journey, Some(&diary_key), &headers).await?;
    Ok(redirect_with_cookie("/register/authenticator", cookie))
}

/// The QR code and key for a new authenticator secret.
pub fn setup_for(secret: &[u8], label: &str, action: &'static str, back: &'static str) -> AuthenticatorSetup {
    let svg = totp::provisioning_url(secret, label).and_then(|url| totp::qr_svg(&url)).unwrap_or_default();
    AuthenticatorSetup {
        qr_svg_data_uri: format!("data:image/svg+xml;base64,{}", STANDARD.encode(svg)),
        key: totp::display_secret(secret),
        action,
        back,
    }
}

/// The step a new authenticator's first code confirms, or what to say next to the code field.
pub fn confirm_code(accounts: &Accounts<'_>, secret: &[u8], code: &str) -> std::result::Result<u64, Text> {
    checks::code(code, false).map_err(code_text)?;
    accounts.confirm_new_totp(secret, code).ok_or_else(|| msg("code-error-wrong"))
}

/// Where Back leads from the authenticator step: the details of staff enrolment or of registration.
fn back_from_authenticator(journey: &Journey) -> &'static str {
    if journey.staff_user.is_some() {
        "/staff/enrol"
    } else {
        "/register/details"
    }
}

pub async fn authenticator(State(state): State<AppState>, page: Page, visitor: Visitor) -> Result {
    let journey = journey_of(&state, &visitor);
    let Some((_, secret)) = journey.enrolment() else {
        return Ok(Redirect::to("/register").into_response());
    };
    let setup = setup_for(secret, totp::ISSUER, "/register/authenticator", back_from_authenticator(&journey));
    Ok(page.render(move || view! { <AuthenticatorPage setup=setup.clone() form=Form::new()/> }).await)
}

#[derive(Default, Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    code: String,
}

pub async fn authenticator_answer(
    State(state): State<AppState>,
    page: Page,
    visitor: Visitor,
    headers: HeaderMap,
    LenientForm(input): LenientForm<CodeForm>,
) -> Result {
    let mut journey = journey_of(&state, &visitor);
    let Some((pending, secret)) = journey.enrolment().map(|(p, s)| (p.clone(), s.to_vec())) else {
        return Ok(Redirect::to("/register").into_response());
    };
    let accounts = state.accounts(&visitor.address);
    let step = match confirm_code(&accounts, &secret, &input.code) {
        Ok(step) => step,
        Err(text) => {
            let back = back_from_authenticator(&journey);
            let setup = setup_for(&secret, totp::ISSUER, "/register/authenticator", back);
            let form = Form::new().with_error("code", text);
            return Ok(page
                .with_status(StatusCode::UNPROCESSABLE_ENTITY)
                .render(move || view! { <AuthenticatorPage setup=setup.clone() form=form.clone()/> })
                .await);
        }
    };
    let confirmed = Confirmed { who: Enrolling::of(&journey), pending: &pending, totp_secret: &secret, step };
    let diary_key = visitor.diary_key();
    let device = device_of(&headers);
    let finished = accounts.finish_enrolment(confirmed, diary_key.as_ref(), visitor.session.as_ref(), &device).await?;
    let Some(token) = finished else {
        if let Enrolling::Staff(_) = Enrolling::of(&journey) {
            // The enrolment link was used (by this enrolment's twin, say) or ran out: it works once.
            return Ok(page
                .with_status(StatusCode::NOT_FOUND)
                .render(|| view! { <app::pages::account::staff::InviteInvalidPage/> })
                .await);
        }
        // The account being registered is gone: this enrolment cannot finish.
        journey.forget_login();
        keep_journey(&state, &visitor, &journey, None, &headers).await?;
        return Ok(Redirect::to("/register/who").into_response());
    };
    // Signed in from here, in a fresh session that carries only the codes to show once.
    Ok(redirect_to_session("/register/recovery-codes", &token))
}

pub async fn recovery_codes(State(state): State<AppState>, page: Page, me: SignedIn) -> Result {
    let Some(codes) = Journey::of(&state.auth_keys.journey, Some(&me.session)).new_codes else {
        return Ok(Redirect::to("/account").into_response());
    };
    Ok(page.render(move || view! { <RecoveryCodesPage codes=codes.clone() action="/register/recovery-codes"/> }).await)
}

/// "I have saved my codes": the codes are forgotten and the account page welcomes the new member.
pub async fn recovery_codes_saved(State(state): State<AppState>, me: SignedIn) -> Result {
    session::finish_journey(&state.db, &me.session, Notice::Welcome).await?;
    Ok(Redirect::to("/account").into_response())
}
