//! The account page and the changes made from it. Every route here takes [`SignedIn`], so nothing runs for a
//! visitor who is not signed in; sensitive changes also ask for the sign-in name, password and a second factor
//! again, and then replace the session token.

use super::{code_refusal_text, device_of, end_visit_headers, journey, redirect_with_cookie, refusal_status};
use crate::{
    auth::{
        flows::{Journey, Refusal},
        password, session, store, Role,
    },
    http::{form::LenientForm, page::Page, visitor::SignedIn, visitor::Visitor},
    AppState,
};
use app::{
    forms::Form,
    i18n::{msg, Text},
    models::flash::{Flash, Notice},
    pages::account::{
        manage::{
            AccountDeletedPage, AccountOverview, AccountPage, AccountRequest, ChangePasswordPage, ConfirmPage,
            Confirmed, DeviceSession,
        },
        register::{AuthenticatorPage, RecoveryCodesPage},
    },
};
use axum::{
    extract::State,
    response::{IntoResponse, Redirect, Response},
    Json,
};
use axum::{
    routing::{get, post},
    Router,
};
use http::{header, HeaderMap, HeaderValue, StatusCode};
use leptos::prelude::*;
use secrecy::SecretString;
use serde::Deserialize;
use serde_json::json;

/// The account page and its sensitive changes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/account", get(overview))
        .route("/account/keep-alive", post(keep_alive))
        .route("/account/password", get(change_password).post(change_password_answer))
        .route("/account/authenticator", get(reset_authenticator).post(reset_authenticator_answer))
        .route("/account/authenticator/new", get(new_authenticator).post(new_authenticator_answer))
        .route("/account/recovery-codes", get(new_recovery_codes).post(new_recovery_codes_answer))
        .route("/account/recovery-codes/new", get(show_new_codes).post(new_codes_saved))
        .route("/account/sessions/sign-out-others", post(sign_out_others))
        .route("/account/data", get(download))
        .route("/account/delete", get(delete).post(delete_answer))
}

pub async fn overview(State(state): State<AppState>, page: Page, me: SignedIn) -> Response {
    let now = state.clock.now();
    let loaded = async {
        let sessions = store::user_sessions(&state.db, me.user.id, now).await?;
        let codes = store::unused_recovery_codes(&state.db, me.user.id).await?;
        let requests = crate::referrals::store::by_referrer(&state.db, me.user.id).await?;
        session::take_flash(&state.db, &me.session).await?;
        Ok::<_, crate::db::DbError>((sessions, codes, requests))
    }
    .await;
    let (sessions, codes, requests) = match loaded {
        Ok(v) => v,
        Err(e) => return super::register::failure(&page, e).await,
    };
    let user = me.user();
    let overview = AccountOverview {
        supporter: user.audience == Some(crate::auth::Audience::Supporter),
        staff: user.role.is_staff(),
        admin: user.role == Role::Admin,
        service: user.service_id.clone(),
        recovery_codes_left: codes,
        sessions: sessions
            .iter()
            .map(|s| DeviceSession {
                device: s.device.clone(),
                idle_minutes: (now - s.last_seen_at).max(0) / 60,
                current: s.token_hash == me.session.token_hash,
            })
            .collect(),
        notices: me.session.flash.0.iter().map(|n| n.text()).collect(),
        requests: requests
            .iter()
            .map(|r| {
                let (y, m, d) = crate::dates::civil_from_days(crate::dates::day_of(r.created_at));
                AccountRequest {
                    reference: r.reference.clone(),
                    sent: app::pages::diary::long_date(&page.i18n(), y, m, d),
                    service: state.directory.by_slug(&r.service).map(|s| s.name.clone()).unwrap_or_default(),
                    status: match r.status.as_str() {
                        "new" => msg("account-request-received"),
                        "closed" => msg("account-request-closed"),
                        _ => msg("account-request-in-progress"),
                    },
                }
            })
            .collect(),
    };
    page.render(move || view! { <AccountPage overview=overview.clone()/> }).await
}

/// `POST /account/keep-alive`: the "stay signed in" button.
pub async fn keep_alive(State(state): State<AppState>, me: SignedIn) -> Response {
    match session::keep_alive(&state.db, &me.session, state.clock.now()).await {
        Ok(()) => StatusCode::NO_CONTENT.into_response(),
        Err(_) => StatusCode::SERVICE_UNAVAILABLE.into_response(),
    }
}

pub async fn sign_out_others(State(state): State<AppState>, page: Page, me: SignedIn) -> Response {
    let result = async {
        store::delete_user_sessions(&state.db, me.user.id, Some(&me.session.token_hash)).await?;
        store::set_flash(&state.db, &me.session.token_hash, &Flash::one(Notice::OtherSessionsEnded)).await
    }
    .await;
    match result {
        Ok(()) => Redirect::to("/account").into_response(),
        Err(e) => super::register::failure(&page, e).await,
    }
}

#[derive(Default, Deserialize)]
pub struct ReauthForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    code: String,
    #[serde(default)]
    new_password: String,
}

fn check_reauth_fields(form: &mut Form, input: &ReauthForm) {
    if input.name.trim().is_empty() {
        form.error("name", msg("sign-in-error-name"));
    }
    if input.password.is_empty() {
        form.error("password", msg("sign-in-error-password"));
    }
    super::check_code_field(form, "code", &input.code, true);
}

/// Checks that it is the owner; on failure returns the message and status to show.
async fn reauthenticate(state: &AppState, me: &SignedIn, input: &ReauthForm) -> Result<(), (Text, StatusCode)> {
    let accounts = state.accounts(&me.address);
    let password = SecretString::from(input.password.clone());
    match accounts.reauthenticate(me.user.id, &input.name, &password, &input.code).await {
        Ok(_) => Ok(()),
        Err(refusal) => {
            let status = refusal_status(&refusal);
            let text = match &refusal {
                Refusal::Mismatch => msg("reauth-error-mismatch"),
                other => code_refusal_text(other, state.clock.now()),
            };
            Err((text, status))
        }
    }
}

/// Replaces the current session with a new one (new token) after re-authentication, carrying `journey` and
/// `flash`, and ends every other session if `end_others`.
async fn rotate(
    state: &AppState,
    me: &SignedIn,
    headers: &HeaderMap,
    journey: Option<&Journey>,
    flash: Option<Notice>,
    end_others: bool,
) -> Result<String, crate::db::DbError> {
    if end_others {
        store::delete_user_sessions(&state.db, me.user.id, None).await?;
    } else {
        store::delete_session(&state.db, &me.session.token_hash).await?;
    }
    let token = session::start(
        &state.db,
        Some(me.user.id),
        session::Stage::Active,
        None,
        &device_of(headers),
        state.clock.now(),
    )
    .await?;
    if let Some(key) = me.diary_key() {
        crate::diary::keys::attach_to_session(&state.db, &key, &token).await?;
    }
    let hash = crate::crypto::token_hash(&token);
    if let Some(journey) = journey {
        let sealed = session::seal_journey(&state.auth_keys.journey, &hash, journey);
        store::update_journey(&state.db, &hash, sealed.as_deref()).await?;
    }
    if let Some(flash) = flash {
        store::set_flash(&state.db, &hash, &Flash::one(flash)).await?;
    }
    Ok(session::cookie(&token))
}

pub async fn change_password(page: Page, _me: SignedIn) -> Response {
    page.render(|| view! { <ChangePasswordPage form=Form::new()/> }).await
}

pub async fn change_password_answer(
    State(state): State<AppState>,
    page: Page,
    me: SignedIn,
    headers: HeaderMap,
    LenientForm(input): LenientForm<ReauthForm>,
) -> Response {
    let mut form = Form::new().keep("name", input.name.clone());
    check_reauth_fields(&mut form, &input);
    if let Err(problem) = password::check_new(&input.new_password, &[&input.name]) {
        for text in problem.messages() {
            form.error("new_password", text);
        }
    }
    let render = |page: Page, form: Form, status| async move {
        page.with_status(status).render(move || view! { <ChangePasswordPage form=form.clone()/> }).await
    };
    if form.has_errors() {
        return render(page, form, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    if let Err((text, status)) = reauthenticate(&state, &me, &input).await {
        return render(page, form.with_error("name", text), status).await;
    }
    let accounts = state.accounts(&me.address);
    let new_password = SecretString::from(input.new_password.clone());
    match accounts.change_password(&me.user, &input.name, &new_password).await {
        Ok(true) => {
            if let Some(key) = me.diary_key() {
                let now = state.clock.now();
                let rewrapped = crate::diary::keys::rewrap_for_password(
                    &state.db,
                    &state.hasher,
                    &key,
                    me.user.id,
                    &new_password,
                    now,
                )
                .await;
                if let Err(e) = rewrapped {
                    return super::register::failure(&page, e).await;
                }
            }
        }
        Ok(false) => {
            let form = form.with_error("new_password", msg("password-error-in-use"));
            return render(page, form, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
        Err(Refusal::Db(e)) => return super::register::failure(&page, e).await,
        Err(refusal) => {
            return render(
                page,
                form.with_error("new_password", code_refusal_text(&refusal, state.clock.now())),
                refusal_status(&refusal),
            )
            .await
        }
    }
    match rotate(&state, &me, &headers, None, Some(Notice::PasswordChanged), true).await {
        Ok(cookie) => redirect_with_cookie("/account", Some(cookie)),
        Err(e) => super::register::failure(&page, e).await,
    }
}

async fn confirm_page(page: Page, action: Confirmed, form: Form, status: StatusCode) -> Response {
    page.with_status(status).render(move || view! { <ConfirmPage action=action form=form.clone()/> }).await
}

pub async fn reset_authenticator(page: Page, _me: SignedIn) -> Response {
    confirm_page(page, Confirmed::ResetAuthenticator, Form::new(), StatusCode::OK).await
}

pub async fn new_recovery_codes(page: Page, _me: SignedIn) -> Response {
    confirm_page(page, Confirmed::NewRecoveryCodes, Form::new(), StatusCode::OK).await
}

pub async fn delete(page: Page, _me: SignedIn) -> Response {
    confirm_page(page, Confirmed::DeleteAccount, Form::new(), StatusCode::OK).await
}

pub async fn reset_authenticator_answer(
    State(state): State<AppState>,
    page: Page,
    me: SignedIn,
    headers: HeaderMap,
    LenientForm(input): LenientForm<ReauthForm>,
) -> Response {
    confirmed(state, page, me, headers, input, Confirmed::ResetAuthenticator).await
}

pub async fn new_recovery_codes_answer(
    State(state): State<AppState>,
    page: Page,
    me: SignedIn,
    headers: HeaderMap,
    LenientForm(input): LenientForm<ReauthForm>,
) -> Response {
    confirmed(state, page, me, headers, input, Confirmed::NewRecoveryCodes).await
}

pub async fn delete_answer(
    State(state): State<AppState>,
    page: Page,
    me: SignedIn,
    headers: HeaderMap,
    LenientForm(input): LenientForm<ReauthForm>,
) -> Response {
    confirmed(state, page, me, headers, input, Confirmed::DeleteAccount).await
}

async fn confirmed(
    state: AppState,
    page: Page,
    me: SignedIn,
    headers: HeaderMap,
    input: ReauthForm,
    action: Confirmed,
) -> Response {
    let mut form = Form::new().keep("name", input.name.clone());
    check_reauth_fields(&mut form, &input);
    if form.has_errors() {
        return confirm_page(page, action, form, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    if let Err((text, status)) = reauthenticate(&state, &me, &input).await {
        return confirm_page(page, action, form.with_error("name", text), status).await;
    }
    match action {
        Confirmed::ResetAuthenticator => {
            let journey = Journey { new_totp: Some(crate::auth::totp::new_secret()), ..Journey::default() };
            match rotate(&state, &me, &headers, Some(&journey), None, false).await {
                Ok(cookie) => redirect_with_cookie("/account/authenticator/new", Some(cookie)),
                Err(e) => super::register::failure(&page, e).await,
            }
        }
        Confirmed::NewRecoveryCodes => {
            let codes = match state.accounts(&me.address).new_recovery_codes(me.user.id).await {
                Ok(c) => c,
                Err(e) => return super::register::failure(&page, e).await,
            };
            if let Some(key) = me.diary_key() {
                let recovery = &state.auth_keys.recovery;
                let wrapped =
                    crate::diary::keys::wrap_for_codes(&state.db, &state.hasher, recovery, &key, me.user.id, &codes)
                        .await;
                if let Err(e) = wrapped {
                    return super::register::failure(&page, e).await;
                }
            }
            let journey = Journey { new_codes: Some(codes), ..Journey::default() };
            match rotate(&state, &me, &headers, Some(&journey), None, false).await {
                Ok(cookie) => redirect_with_cookie("/account/recovery-codes/new", Some(cookie)),
                Err(e) => super::register::failure(&page, e).await,
            }
        }
        Confirmed::DeleteAccount => {
            if let Err(e) = store::delete_user(&state.db, me.user.id).await {
                return super::register::failure(&page, e).await;
            }
            tracing::info!("an account was deleted");
            let mut response = page.signed_out().render(|| view! { <AccountDeletedPage/> }).await;
            end_visit_headers(&mut response);
            response
        }
    }
}

pub async fn new_authenticator(State(state): State<AppState>, page: Page, me: SignedIn) -> Response {
    let visitor = Visitor { session: Some(me.session.clone()), ..Visitor::default() };
    let Some(secret) = journey::current(&state, &visitor).new_totp else {
        return Redirect::to("/account/authenticator").into_response();
    };
    let setup = super::register::setup_for(&secret, "Waymark", "/account/authenticator/new", "/account");
    page.render(move || view! { <AuthenticatorPage setup=setup.clone() form=Form::new()/> }).await
}

#[derive(Default, Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    code: String,
}

pub async fn new_authenticator_answer(
    State(state): State<AppState>,
    page: Page,
    me: SignedIn,
    LenientForm(input): LenientForm<CodeForm>,
) -> Response {
    let visitor = Visitor { session: Some(me.session.clone()), ..Visitor::default() };
    let Some(secret) = journey::current(&state, &visitor).new_totp else {
        return Redirect::to("/account/authenticator").into_response();
    };
    let accounts = state.accounts(&me.address);
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
        let setup = super::register::setup_for(&secret, "Waymark", "/account/authenticator/new", "/account");
        return page
            .with_status(StatusCode::UNPROCESSABLE_ENTITY)
            .render(move || view! { <AuthenticatorPage setup=setup.clone() form=form.clone()/> })
            .await;
    };
    let result = async {
        accounts.store_totp(me.user.id, &secret, step).await?;
        store::update_journey(&state.db, &me.session.token_hash, None).await?;
        store::set_flash(&state.db, &me.session.token_hash, &Flash::one(Notice::AuthenticatorChanged)).await
    }
    .await;
    match result {
        Ok(()) => Redirect::to("/account").into_response(),
        Err(e) => super::register::failure(&page, e).await,
    }
}

pub async fn show_new_codes(State(state): State<AppState>, page: Page, me: SignedIn) -> Response {
    let visitor = Visitor { session: Some(me.session.clone()), ..Visitor::default() };
    let Some(codes) = journey::current(&state, &visitor).new_codes else {
        return Redirect::to("/account").into_response();
    };
    page.render(move || view! { <RecoveryCodesPage codes=codes.clone() action="/account/recovery-codes/new"/> }).await
}

pub async fn new_codes_saved(State(state): State<AppState>, page: Page, me: SignedIn) -> Response {
    let result = async {
        store::update_journey(&state.db, &me.session.token_hash, None).await?;
        store::set_flash(&state.db, &me.session.token_hash, &Flash::one(Notice::RecoveryCodesReplaced)).await
    }
    .await;
    match result {
        Ok(()) => Redirect::to("/account").into_response(),
        Err(e) => super::register::failure(&page, e).await,
    }
}

/// `GET /account/data`: everything the account holds, as JSON to download.
pub async fn download(State(state): State<AppState>, page: Page, me: SignedIn) -> Response {
    let now = state.clock.now();
    let loaded = async {
        let sessions = store::user_sessions(&state.db, me.user.id, now).await?;
        let codes = store::unused_recovery_codes(&state.db, me.user.id).await?;
        let requests = crate::referrals::store::by_referrer(&state.db, me.user.id).await?;
        Ok::<_, crate::db::DbError>((sessions, codes, requests))
    }
    .await;
    let (sessions, codes, requests) = match loaded {
        Ok(v) => v,
        Err(e) => return super::register::failure(&page, e).await,
    };
    let email = me
        .user
        .email_sealed
        .as_deref()
        .and_then(|sealed| state.auth_keys.email.open(b"users.email", sealed).ok())
        .map(|plain| String::from_utf8_lossy(&plain).into_owned());
    let user = me.user();
    let body = json!({
        "about": "Everything Waymark holds about your account. Your sign-in name and password are not stored in a form anyone can read.",
        "account": {
            "role": user.role.as_str(),
            "account_for": user.audience.map(|a| a.as_str()),
            "service": user.service_id,
            "created": crate::dates::iso8601(user.created_at),
            "password_changed": crate::dates::iso8601(user.password_changed_at),
            "email": email,
            "unused_recovery_codes": codes,
        },
        "sessions": sessions.iter().map(|s| json!({
            "device": s.device,
            "started": crate::dates::iso8601(s.created_at),
            "last_active": crate::dates::iso8601(s.last_seen_at),
        })).collect::<Vec<_>>(),
        "requests_for_support": requests.iter().map(|r| json!({
            "reference": r.reference,
            "service": r.service,
            "status": r.status,
            "sent": crate::dates::iso8601(r.created_at),
            "details": crate::referrals::open_details(&state.referral_keys, r),
        })).collect::<Vec<_>>(),
    });
    let mut response = Json(body).into_response();
    response
        .headers_mut()
        .insert(header::CONTENT_DISPOSITION, HeaderValue::from_static("attachment; filename=\"waymark-data.json\""));
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}
