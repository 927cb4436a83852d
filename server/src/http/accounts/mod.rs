//! Account routes: registration, signing in and out, forgotten passwords, the account page and staff enrolment.
//! Handlers validate what was typed (keeping it, with messages next to the fields), call [`crate::auth::flows`]
//! and decide which page comes next.

pub mod journey;
pub mod manage;
pub mod register;
pub mod sign_in;
pub mod staff;

use crate::{
    auth::{
        flows::{Refusal, SecondFactor, SignedIn as SignInSuccess},
        recovery, session, store, totp,
    },
    AppState,
};
use app::{
    forms::Form,
    i18n::{msg, Text},
    models::flash::{Flash, Notice},
};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Router;
use http::{header::SET_COOKIE, HeaderName, HeaderValue, StatusCode};

/// Every account route.
pub fn router() -> Router<AppState> {
    Router::new().merge(register::router()).merge(sign_in::router()).merge(manage::router()).merge(staff::router())
}

/// A redirect that also sets (or removes) a cookie.
pub fn redirect_with_cookie(to: &str, cookie: Option<String>) -> Response {
    let mut response = Redirect::to(to).into_response();
    if let Some(value) = cookie.and_then(|c| HeaderValue::from_str(&c).ok()) {
        response.headers_mut().append(SET_COOKIE, value);
    }
    response
}

/// Headers that end a visit in the browser: the session cookie removed, and the site's cookies, storage and
/// cache cleared.
pub fn end_visit_headers(response: &mut Response) {
    if let Ok(value) = HeaderValue::from_str(&session::removal_cookie()) {
        response.headers_mut().append(SET_COOKIE, value);
    }
    response.headers_mut().insert(
        HeaderName::from_static("clear-site-data"),
        HeaderValue::from_static("\"cache\", \"cookies\", \"storage\""),
    );
}

/// What to say about a refused second factor.
pub fn code_refusal_text(refusal: &Refusal, now: i64) -> Text {
    match refusal {
        Refusal::Wait(seconds) => msg("sign-in-error-wait").with_number("seconds", *seconds),
        Refusal::Paused(until) => msg("code-error-paused").with_number("minutes", minutes_until(*until, now)),
        Refusal::Replayed => msg("code-error-used"),
        Refusal::Busy(_) => msg("sign-in-error-busy"),
        Refusal::Mismatch | Refusal::Db(_) => msg("code-error-wrong"),
    }
}

/// Whole minutes from `now` until `until`, at least one.
pub fn minutes_until(until: i64, now: i64) -> i64 {
    ((until - now) as f64 / 60.0).ceil().max(1.0) as i64
}

/// The status for a form shown again: 429 when slowed down, 503 when busy, otherwise 422.
pub fn refusal_status(refusal: &Refusal) -> StatusCode {
    match refusal {
        Refusal::Wait(_) | Refusal::Paused(_) => StatusCode::TOO_MANY_REQUESTS,
        Refusal::Busy(_) => StatusCode::SERVICE_UNAVAILABLE,
        _ => StatusCode::UNPROCESSABLE_ENTITY,
    }
}

/// Checks the shape of a second-factor field: a 6-digit code, or (when allowed) a recovery code.
pub fn check_code_field(form: &mut Form, field: &'static str, code: &str, allow_recovery: bool) -> bool {
    if code.trim().is_empty() {
        form.error(field, msg("code-error-missing"));
        return false;
    }
    let ok = totp::normalise_code(code).is_some() || (allow_recovery && recovery::looks_like_recovery_code(code));
    if !ok {
        form.error(field, msg("code-error-format"));
    }
    ok
}

/// Finishes signing in: replaces whatever session there was with a fresh signed-in one (a new token), and
/// leaves notes for the account page. Returns the redirect with the new cookie.
pub async fn complete_sign_in(
    state: &AppState,
    old_session: Option<&session::Session>,
    success: &SignInSuccess,
    device: &str,
    diary_key: Option<&crate::diary::keys::DiaryKey>,
) -> Result<Response, crate::db::DbError> {
    if let Some(old) = old_session {
        store::delete_session(&state.db, &old.token_hash).await?;
    }
    let now = state.clock.now();
    let token = session::start(&state.db, Some(success.user.id), session::Stage::Active, None, device, now).await?;
    if let Some(key) = diary_key {
        crate::diary::keys::attach_to_session(&state.db, key, &token).await?;
    }
    let mut flash = Flash::default();
    if success.recent_code_failures > 0 {
        flash.0.push(Notice::CodeFailures(success.recent_code_failures));
    }
    if let SecondFactor::RecoveryCode { remaining } = success.factor {
        if remaining <= 3 {
            flash.0.push(Notice::RecoveryCodesLow(remaining));
        }
    }
    if !flash.is_empty() {
        store::set_flash(&state.db, &crate::crypto::token_hash(&token), &flash).await?;
    }
    Ok(redirect_with_cookie("/account", Some(session::cookie(&token))))
}

/// The device summary for a request.
pub fn device_of(headers: &http::HeaderMap) -> String {
    session::device_summary(headers.get(http::header::USER_AGENT).and_then(|v| v.to_str().ok()).unwrap_or(""))
}
