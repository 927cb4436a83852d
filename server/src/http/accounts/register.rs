//! Registration: who the account is for → age → sign-in details → authenticator → recovery codes. Each answer
//! is kept in the journey, so Back and mistakes lose nothing; the account is only created once the
//! authenticator has produced a correct code.

use super::{device_of, journey, redirect_with_cookie};
use crate::{
    auth::{
        flows::{Journey, PendingLogin},
        names::{self, NameProblem},
        password::{self, HashError},
        session, store, totp, Audience,
    },
    diary::{self, keys::DiaryKey},
    http::{form::LenientForm, page::Page, visitor::Visitor},
    AppState,
};
use app::{
    forms::Form,
    i18n::msg,
    models::flash::{Flash, Notice},
    pages::account::register::{
        AuthenticatorPage, AuthenticatorSetup, RecoveryCodesPage, RegisterAgePage, RegisterDetailsPage,
        RegisterStartPage, RegisterWhoPage, UnderSixteenPage,
    },
};
use axum::{
    extract::State,
    response::{IntoResponse, Redirect, Response},
};
use axum::{routing::get, Router};
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

pub async fn start(page: Page, visitor: Visitor) -> Response {
    if let Some(r) = already_signed_in(&visitor) {
        return r;
    }
    page.render(|| view! { <RegisterStartPage/> }).await
}

#[derive(Default, Deserialize)]
pub struct WhoForm {
    #[serde(default)]
    audience: String,
}

pub async fn who(State(state): State<AppState>, page: Page, visitor: Visitor) -> Response {
    if let Some(r) = already_signed_in(&visitor) {
        return r;
    }
    let journey = journey::current(&state, &visitor);
    let form = Form::new().keep("audience", journey.audience.map(|a| a.as_str()).unwrap_or_default());
    page.render(move || view! { <RegisterWhoPage form=form.clone()/> }).await
}

pub async fn who_answer(
    State(state): State<AppState>,
    page: Page,
    visitor: Visitor,
    headers: HeaderMap,
    LenientForm(input): LenientForm<WhoForm>,
) -> Response {
    let Some(audience) = Audience::parse(&input.audience) else {
        let form = Form::new().with_error("audience", msg("register-who-error"));
        return page
            .with_status(StatusCode::UNPROCESSABLE_ENTITY)
            .render(move || view! { <RegisterWhoPage form=form.clone()/> })
            .await;
    };
    let mut journey = journey::current(&state, &visitor);
    journey.audience = Some(audience);
    match journey::save(&state, &visitor, &journey, &device_of(&headers)).await {
        Ok(saved) => redirect_with_cookie("/register/age", saved.cookie),
        Err(e) => failure(&page, e).await,
    }
}

#[derive(Default, Deserialize)]
pub struct AgeForm {
    #[serde(default)]
    adult: String,
}

pub async fn age(State(state): State<AppState>, page: Page, visitor: Visitor) -> Response {
    let journey = journey::current(&state, &visitor);
    if journey.audience.is_none() {
        return Redirect::to("/register/who").into_response();
    }
    let answer = match journey.adult {
        Some(true) => "yes",
        Some(false) => "no",
        None => "",
    };
    let form = Form::new().keep("adult", answer);
    page.render(move || view! { <RegisterAgePage form=form.clone()/> }).await
}

pub async fn age_answer(
    State(state): State<AppState>,
    page: Page,
    visitor: Visitor,
    headers: HeaderMap,
    LenientForm(input): LenientForm<AgeForm>,
) -> Response {
    let adult = match input.adult.as_str() {
        "yes" => true,
        "no" => false,
        _ => {
            let form = Form::new().with_error("adult", msg("register-age-error"));
            return page
                .with_status(StatusCode::UNPROCESSABLE_ENTITY)
                .render(move || view! { <RegisterAgePage form=form.clone()/> })
                .await;
        }
    };
    let mut journey = journey::current(&state, &visitor);
    journey.adult = Some(adult);
    if !adult {
        // Nothing about a person under 16 is kept.
        journey = Journey::default();
    }
    match journey::save(&state, &visitor, &journey, &device_of(&headers)).await {
        Ok(saved) => redirect_with_cookie(if adult { "/register/details" } else { "/register/under-16" }, saved.cookie),
        Err(e) => failure(&page, e).await,
    }
}

pub async fn under_16(page: Page) -> Response {
    page.render(|| view! { <UnderSixteenPage/> }).await
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

fn ready_for_details(journey: &Journey) -> bool {
    journey.audience.is_some() && journey.adult == Some(true)
}

pub async fn details(State(state): State<AppState>, page: Page, visitor: Visitor) -> Response {
    let journey = journey::current(&state, &visitor);
    if !ready_for_details(&journey) {
        return Redirect::to("/register/who").into_response();
    }
    let mut form = Form::new();
    if let Some(p) = &journey.pending {
        form.set("name", p.name.clone());
        form.set("email", p.email.clone().unwrap_or_default());
    }
    page.render(move || view! { <RegisterDetailsPage form=form.clone()/> }).await
}

/// Checks a sign-in name and new password, adding messages to `form`. Returns the canonical name if both are
/// acceptable.
pub fn check_name_and_password(form: &mut Form, name: &str, password: &str, related: &[&str]) -> Option<String> {
    let canonical = match names::validate(name) {
        Ok(c) => Some(c),
        Err(problem) => {
            form.error(
                "name",
                match problem {
                    NameProblem::Missing => msg("name-error-missing"),
                    NameProblem::TooShort => msg("name-error-too-short"),
                    NameProblem::TooLong => msg("name-error-too-long"),
                    NameProblem::Control => msg("name-error-control"),
                },
            );
            None
        }
    };
    let mut related: Vec<&str> = related.to_vec();
    related.push(name);
    if let Err(problem) = password::check_new(password, &related) {
        for text in problem.messages() {
            form.error("password", text);
        }
        return None;
    }
    canonical
}

fn valid_email(email: &str) -> bool {
    let email = email.trim();
    email.len() <= 254
        && !email.chars().any(|c| c.is_whitespace() || c.is_control())
        && email.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty() && domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.')
        })
}

pub async fn details_answer(
    State(state): State<AppState>,
    page: Page,
    visitor: Visitor,
    headers: HeaderMap,
    LenientForm(input): LenientForm<DetailsForm>,
) -> Response {
    let mut journey = journey::current(&state, &visitor);
    if !ready_for_details(&journey) {
        return Redirect::to("/register/who").into_response();
    }
    let mut form = Form::new().keep("name", input.name.clone()).keep("email", input.email.clone());
    let email = input.email.trim();
    if !email.is_empty() && !valid_email(email) {
        form.error("email", msg("email-error-invalid"));
    }
    let canonical = check_name_and_password(&mut form, &input.name, &input.password, &[email]);
    let (Some(canonical), false) = (canonical, form.has_errors()) else {
        return page
            .with_status(StatusCode::UNPROCESSABLE_ENTITY)
            .render(move || view! { <RegisterDetailsPage form=form.clone()/> })
            .await;
    };
    let password = SecretString::from(input.password);
    let locator = match state.hasher.locator(&canonical, &password).await {
        Ok(l) => l,
        Err(HashError::Busy | HashError::Failed) => {
            let form = form.with_error("password", msg("sign-in-error-busy"));
            return page
                .with_status(StatusCode::SERVICE_UNAVAILABLE)
                .render(move || view! { <RegisterDetailsPage form=form.clone()/> })
                .await;
        }
    };
    match store::user_by_locator(&state.db, &locator).await {
        Ok(None) => {}
        Ok(Some(_)) => {
            let form = form.with_error("password", msg("password-error-in-use"));
            return page
                .with_status(StatusCode::UNPROCESSABLE_ENTITY)
                .render(move || view! { <RegisterDetailsPage form=form.clone()/> })
                .await;
        }
        Err(e) => return failure(&page, e).await,
    }
    // The diary key is made now, while the password is at hand: wrapped under the password for the account,
    // and under the session's token until the account exists.
    let diary_key = DiaryKey::random();
    let diary_wrap = match diary::keys::wrap_for_password(&state.hasher, &diary_key, &password).await {
        Ok(w) => w,
        Err(e) => return failure(&page, e).await,
    };
    journey.pending = Some(PendingLogin {
        name: canonical,
        locator,
        email: (!email.is_empty()).then(|| email.to_string()),
        diary_wrap: Some(diary_wrap),
    });
    journey.new_totp = Some(totp::new_secret());
    let saved = match journey::save(&state, &visitor, &journey, &device_of(&headers)).await {
        Ok(saved) => saved,
        Err(e) => return failure(&page, e).await,
    };
    if let Err(e) = diary::keys::attach_to_session(&state.db, &diary_key, &saved.token).await {
        return failure(&page, e).await;
    }
    redirect_with_cookie("/register/authenticator", saved.cookie)
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

fn enrolment_in_progress(journey: &Journey) -> Option<(&PendingLogin, &Vec<u8>)> {
    Some((journey.pending.as_ref()?, journey.new_totp.as_ref()?))
}

pub async fn authenticator(State(state): State<AppState>, page: Page, visitor: Visitor) -> Response {
    let journey = journey::current(&state, &visitor);
    let Some((pending, secret)) = enrolment_in_progress(&journey) else {
        return Redirect::to("/register").into_response();
    };
    let back = if journey.staff_user.is_some() { "/staff/enrol" } else { "/register/details" };
    let setup = setup_for(secret, &pending.name, "/register/authenticator", back);
    page.render(move || view! { <AuthenticatorPage setup=setup.clone() form=Form::new()/> }).await
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
) -> Response {
    let mut journey = journey::current(&state, &visitor);
    let Some((pending, secret)) = enrolment_in_progress(&journey).map(|(p, s)| (p.clone(), s.clone())) else {
        return Redirect::to("/register").into_response();
    };
    let back = if journey.staff_user.is_some() { "/staff/enrol" } else { "/register/details" };
    let accounts = state.accounts(&visitor.address);
    let mut form = Form::new();
    let step = if super::check_code_field(&mut form, "code", &input.code, false) {
        accounts.confirm_new_totp(&secret, &input.code)
    } else {
        None
    };
    let Some(step) = step else {
        if !form.has_errors() {
            form.error("code", msg("code-error-wrong"));
        }
        let setup = setup_for(&secret, &pending.name, "/register/authenticator", back);
        return page
            .with_status(StatusCode::UNPROCESSABLE_ENTITY)
            .render(move || view! { <AuthenticatorPage setup=setup.clone() form=form.clone()/> })
            .await;
    };
    let created = match journey.staff_user {
        Some(staff_id) => {
            accounts.complete_staff_enrolment(staff_id, &pending, &secret, step).await.map(|r| r.map(|c| (staff_id, c)))
        }
        None => {
            let audience = journey.audience.unwrap_or(Audience::Myself);
            accounts.create_member(&pending, audience, &secret, step).await
        }
    };
    let (user_id, codes) = match created {
        Ok(Some(done)) => done,
        Ok(None) => {
            // Someone else registered the same name and password a moment ago.
            journey.pending = None;
            journey.new_totp = None;
            let _ = journey::save(&state, &visitor, &journey, &device_of(&headers)).await;
            let form =
                Form::new().keep("name", pending.name.clone()).with_error("password", msg("password-error-in-use"));
            return page
                .with_status(StatusCode::UNPROCESSABLE_ENTITY)
                .render(move || view! { <RegisterDetailsPage form=form.clone()/> })
                .await;
        }
        Err(e) => return failure(&page, e).await,
    };
    // The diary key, kept for the session since the details step, is stored for the account: wrapped under
    // the password and under each recovery code.
    let diary_key = diary::keys::unwrap_from_session(
        visitor.session.as_ref().and_then(|s| s.diary_key_wrapped.as_deref()),
        visitor.token.as_deref().unwrap_or_default(),
    );
    if let (Some(key), Some((salt, wrapped))) = (&diary_key, pending.diary_wrap.clone()) {
        let stored = async {
            diary::store::put_key(&state.db, user_id, &salt, &wrapped, state.clock.now()).await?;
            let recovery = &state.auth_keys.recovery;
            diary::keys::wrap_for_codes(&state.db, &state.hasher, recovery, key, user_id, &codes).await
        }
        .await;
        if let Err(e) = stored {
            return failure(&page, e).await;
        }
    }
    // Signed in from here: a fresh session (new token) that carries only the codes to show once.
    if let Some(old) = &visitor.session {
        let _ = store::delete_session(&state.db, &old.token_hash).await;
    }
    let now = state.clock.now();
    let started =
        session::start(&state.db, Some(user_id), session::Stage::Active, None, &device_of(&headers), now).await;
    let token = match started {
        Ok(t) => t,
        Err(e) => return failure(&page, e).await,
    };
    let hash = crate::crypto::token_hash(&token);
    let codes_journey = Journey { new_codes: Some(codes), ..Journey::default() };
    let sealed = session::seal_journey(&state.auth_keys.journey, &hash, &codes_journey);
    if let Err(e) = store::update_journey(&state.db, &hash, sealed.as_deref()).await {
        return failure(&page, e).await;
    }
    if let Some(key) = &diary_key {
        if let Err(e) = diary::keys::attach_to_session(&state.db, key, &token).await {
            return failure(&page, e).await;
        }
    }
    redirect_with_cookie("/register/recovery-codes", Some(session::cookie(&token)))
}

pub async fn recovery_codes(
    State(state): State<AppState>,
    page: Page,
    signed_in: crate::http::visitor::SignedIn,
) -> Response {
    let visitor = Visitor { session: Some(signed_in.session.clone()), ..Visitor::default() };
    let Some(codes) = journey::current(&state, &visitor).new_codes else {
        return Redirect::to("/account").into_response();
    };
    page.render(move || view! { <RecoveryCodesPage codes=codes.clone() action="/register/recovery-codes"/> }).await
}

/// "I have saved my codes": the codes are forgotten and the account page welcomes the new member.
pub async fn recovery_codes_saved(
    State(state): State<AppState>,
    page: Page,
    signed_in: crate::http::visitor::SignedIn,
) -> Response {
    let hash = &signed_in.session.token_hash;
    let result = async {
        store::update_journey(&state.db, hash, None).await?;
        store::set_flash(&state.db, hash, &Flash::one(Notice::Welcome)).await
    }
    .await;
    match result {
        Ok(()) => Redirect::to("/account").into_response(),
        Err(e) => failure(&page, e).await,
    }
}

/// A failure on our side: logged without details of the person, answered with the service-problem page.
pub async fn failure(page: &Page, error: impl std::fmt::Display) -> Response {
    tracing::error!("account operation failed: {error}");
    page.service_problem().await
}
