//! Account routes: registration, signing in and out, forgotten passwords, the account page, its sensitive
//! changes and staff enrolment. Handlers check what was typed with [`crate::auth::checks`] (keeping it, with
//! messages next to the fields), call an operation of [`crate::auth`] and decide which page comes next.

pub mod changes;
pub mod feedback;
pub mod overview;
pub mod register;
pub mod sign_in;
pub mod staff;

use super::{error::Error, visitor::Visitor};
use crate::{
    auth::{
        checks::{CodeProblem, LoginProblems, SignInProblems},
        flows::Refusal,
        journey::Journey,
        names::NameProblem,
        password::PasswordProblem,
        session, AuthError,
    },
    db::DbError,
    diary::keys::DiaryKey,
    AppState,
};
use app::{
    forms::Form,
    i18n::{msg, Text},
    models::account::Device,
};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Router;
use http::{header::SET_COOKIE, HeaderMap, HeaderName, HeaderValue, StatusCode};

/// Every account route.
pub fn router() -> Router<AppState> {
    Router::new()
        .merge(register::router())
        .merge(sign_in::router())
        .merge(overview::router())
        .merge(feedback::router())
        .merge(changes::router())
        .merge(staff::router())
}

impl From<AuthError> for Error {
    fn from(e: AuthError) -> Error {
        Error::unavailable(e)
    }
}

/// A redirect that also sets (or removes) a cookie.
pub fn redirect_with_cookie(to: &str, cookie: Option<String>) -> Response {
    let mut response = Redirect::to(to).into_response();
    if let Some(value) = cookie.and_then(|c| HeaderValue::from_str(&c).ok()) {
        response.headers_mut().append(SET_COOKIE, value);
    }
    response
}

/// A redirect into a fresh session, whose token the cookie now carries.
fn redirect_to_session(to: &str, token: &str) -> Response {
    redirect_with_cookie(to, Some(session::cookie(token)))
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

/// Keeps the visitor's journey (and a new diary key) in their session; returns the cookie of a session it
/// had to start.
async fn keep_journey(
    state: &AppState,
    visitor: &Visitor,
    journey: &Journey,
    diary_key: Option<&DiaryKey>,
    headers: &HeaderMap,
) -> Result<Option<String>, DbError> {
    let current = visitor.session.as_ref().zip(visitor.token.as_deref());
    let now = state.clock.now();
    let key = &state.auth_keys.journey;
    let started = session::keep_journey(&state.db, key, current, journey, diary_key, &device_of(headers), now).await?;
    Ok(started.map(|token| session::cookie(&token)))
}

/// What to say about a refused second factor.
fn code_refusal_text(refusal: Refusal, now: i64) -> Text {
    match refusal {
        Refusal::Wait(seconds) => msg("sign-in-error-wait").with_number("seconds", seconds),
        Refusal::Paused(until) => msg("code-error-paused").with_number("minutes", minutes_until(until, now)),
        Refusal::Replayed => msg("code-error-used"),
        Refusal::Busy => msg("sign-in-error-busy"),
        Refusal::Mismatch => msg("code-error-wrong"),
        Refusal::Closed => msg("code-error-closed"),
    }
}

/// Whole minutes from `now` until `until`, at least one.
fn minutes_until(until: i64, now: i64) -> i64 {
    ((until - now) as f64 / 60.0).ceil().max(1.0) as i64
}

/// The status for a form shown again after a refusal: 429 when slowed down, 503 when busy, otherwise 422.
fn refusal_status(refusal: Refusal) -> StatusCode {
    match refusal {
        Refusal::Wait(_) | Refusal::Paused(_) => StatusCode::TOO_MANY_REQUESTS,
        Refusal::Busy => StatusCode::SERVICE_UNAVAILABLE,
        Refusal::Mismatch | Refusal::Replayed => StatusCode::UNPROCESSABLE_ENTITY,
        Refusal::Closed => StatusCode::FORBIDDEN,
    }
}

/// What to say about a malformed authenticator code.
fn code_text(problem: CodeProblem) -> Text {
    match problem {
        CodeProblem::Missing => msg("code-error-missing"),
        CodeProblem::Format => msg("code-error-format"),
    }
}

/// What to say about a malformed recovery code.
fn recovery_code_text(problem: CodeProblem) -> Text {
    match problem {
        CodeProblem::Missing => msg("recovery-code-error-missing"),
        CodeProblem::Format => msg("recovery-code-error-format"),
    }
}

/// Puts the problems with a sign-in name, password and code next to those fields.
fn show_sign_in_problems(form: &mut Form, problems: SignInProblems) {
    if problems.name_missing {
        form.error("name", msg("sign-in-error-name"));
    }
    if problems.password_missing {
        form.error("password", msg("sign-in-error-password"));
    }
    if let Some(problem) = problems.code {
        form.error("code", code_text(problem));
    }
}

/// Puts what is wrong with a new password (a weak one has a reason and suggestions) next to `field`.
fn show_password_problem(form: &mut Form, field: &'static str, problem: &PasswordProblem) {
    for text in problem.messages() {
        form.error(field, text);
    }
}

/// Puts the problems with new sign-in details next to their fields.
fn show_login_problems(form: &mut Form, problems: &LoginProblems) {
    if problems.email_invalid {
        form.error("email", msg("email-error-invalid"));
    }
    if let Some(problem) = problems.name {
        let text = match problem {
            NameProblem::Missing => msg("name-error-missing"),
            NameProblem::TooShort => msg("name-error-too-short"),
            NameProblem::TooLong => msg("name-error-too-long"),
            NameProblem::Control => msg("name-error-control"),
        };
        form.error("name", text);
    }
    if let Some(problem) = &problems.password {
        show_password_problem(form, "password", problem);
    }
}

/// The device a request comes from, coarsely.
pub fn device_of(headers: &HeaderMap) -> Device {
    session::device_summary(headers.get(http::header::USER_AGENT).and_then(|v| v.to_str().ok()).unwrap_or(""))
}
