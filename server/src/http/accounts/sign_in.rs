//! Signing in and out: password, then a code (or a recovery code); password and code together while
//! password-only sign-in is paused for a name; the help page; signing out; and resetting a forgotten password.

use super::{
    code_refusal_text, code_text, device_of, end_visit_headers, minutes_until, recovery_code_text, redirect_to_session,
    refusal_status, show_password_problem, show_sign_in_problems,
};
use crate::{
    auth::limits::{self, Kind},
    auth::{checks, flows::Refusal, session},
    http::{
        error::{Result, SignInReason},
        form::LenientForm,
        page::Page,
        visitor::{SecondFactorPending, Visitor},
    },
    AppState,
};
use app::{
    forms::Form,
    i18n::msg,
    models::account::Device,
    pages::account::sign_in::{
        CodePage, LostAccessPage, PasswordResetDonePage, PasswordResetPage, RecoveryCodeSignInPage, SignInPage,
        SignedOutPage,
    },
};
use axum::{
    extract::{FromRequest, FromRequestParts, Query, Request, State},
    response::{IntoResponse, Redirect, Response},
    routing::{get, post},
    Router,
};
use http::{HeaderMap, StatusCode};
use leptos::prelude::*;
use secrecy::SecretString;
use serde::Deserialize;

/// Signing in and out, and resetting a forgotten password.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/sign-in", get(sign_in).post(sign_in_answer))
        .route("/sign-in/code", get(code).post(code_answer))
        .route("/sign-in/recovery-code", get(recovery_code).post(recovery_code_answer))
        .route("/sign-in/help", get(help))
        .route("/sign-out", post(sign_out))
        .route("/signed-out", get(signed_out))
        .route("/password-reset", get(reset).post(reset_answer))
        .route("/password-reset/done", get(reset_done))
}

#[derive(Default, Deserialize)]
pub struct ReasonQuery {
    #[serde(default)]
    reason: String,
}

impl ReasonQuery {
    fn reason(&self) -> Option<SignInReason> {
        SignInReason::parse(&self.reason)
    }
}

pub async fn sign_in(page: Page, visitor: Visitor, Query(query): Query<ReasonQuery>) -> Result {
    if visitor.signed_in().is_some() {
        return Ok(Redirect::to("/account").into_response());
    }
    let notice = query.reason().map(|reason| match reason {
        SignInReason::Expired => msg("sign-in-session-expired"),
        SignInReason::Required => msg("sign-in-session-needed"),
        SignInReason::Idle => msg("sign-in-session-idle"),
    });
    Ok(page
        .render(move || match notice.clone() {
            Some(n) => view! { <SignInPage form=Form::new() notice=n/> }.into_any(),
            None => view! { <SignInPage form=Form::new()/> }.into_any(),
        })
        .await)
}

#[derive(Default, Deserialize)]
pub struct SignInForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    code: Option<String>,
}

pub async fn sign_in_answer(
    State(state): State<AppState>,
    page: Page,
    visitor: Visitor,
    headers: HeaderMap,
    LenientForm(input): LenientForm<SignInForm>,
) -> Result {
    let accounts = state.sign_in_accounts(&visitor.address);
    let now = accounts.now;
    // The password and a code together are taken only while password-only sign-in is paused for the name;
    // otherwise a code is ignored and the password alone checked.
    let paused = match &input.code {
        Some(_) => accounts.name_paused_until(&input.name).await?,
        None => None,
    };
    let code = input.code.filter(|_| paused.is_some());
    let mut form = Form::new().keep("name", input.name.clone());
    if let Err(problems) = checks::sign_in(&input.name, &input.password, code.as_deref()) {
        show_sign_in_problems(&mut form, problems);
        let paused = paused.map(|until| minutes_until(until, now));
        return render_sign_in(page, form, paused, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    let password = SecretString::from(input.password);
    let device = device_of(&headers);
    if let Some(code) = &code {
        return match accounts.check_password_and_code(&input.name, &password, code).await? {
            Ok(success) => {
                let old = visitor.session.as_ref();
                let token = accounts.finish_sign_in_with_password(&success, &password, old, &device).await?;
                Ok(redirect_to_session("/account", &token))
            }
            Err(refusal) => {
                let text = match refusal {
                    Refusal::Mismatch => msg("reauth-error-mismatch"),
                    other => code_refusal_text(other, now),
                };
                // Stay on the combined form while the name is still paused.
                let paused = accounts.name_paused_until(&input.name).await?.map(|until| minutes_until(until, now));
                let form = form.with_error("name", text);
                render_sign_in(page, form, paused, refusal_status(refusal)).await
            }
        };
    }
    match accounts.check_password(&input.name, &password).await? {
        Ok(found) => {
            let token = accounts.await_second_factor(&found, &password, visitor.session.as_ref(), &device).await?;
            Ok(redirect_to_session("/sign-in/code", &token))
        }
        Err(Refusal::Paused(until)) => {
            let minutes = minutes_until(until, now);
            render_sign_in(page, form, Some(minutes), StatusCode::TOO_MANY_REQUESTS).await
        }
        Err(refusal) => {
            let text = match refusal {
                Refusal::Wait(seconds) => msg("sign-in-error-wait").with_number("seconds", seconds),
                Refusal::Busy => msg("sign-in-error-busy"),
                _ => msg("sign-in-error-mismatch"),
            };
            render_sign_in(page, form.with_error("name", text), None, refusal_status(refusal)).await
        }
    }
}

async fn render_sign_in(page: Page, form: Form, paused: Option<i64>, status: StatusCode) -> Result {
    Ok(page
        .with_status(status)
        .render(move || match paused {
            Some(minutes) => view! { <SignInPage form=form.clone() paused_minutes=minutes/> }.into_any(),
            None => view! { <SignInPage form=form.clone()/> }.into_any(),
        })
        .await)
}

pub async fn code(page: Page, _pending: SecondFactorPending) -> Result {
    code_page(page, false, Form::new(), StatusCode::OK).await
}

#[derive(Default, Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    code: String,
}

/// A second factor posted by someone whose password was accepted, from their device.
pub struct CodeAttempt {
    pending: SecondFactorPending,
    device: Device,
    code: String,
}

impl FromRequest<AppState> for CodeAttempt {
    type Rejection = Response;

    async fn from_request(req: Request, state: &AppState) -> std::result::Result<Self, Response> {
        let (mut parts, body) = req.into_parts();
        let pending =
            SecondFactorPending::from_request_parts(&mut parts, state).await.map_err(IntoResponse::into_response)?;
        let device = device_of(&parts.headers);
        let LenientForm(CodeForm { code }) = LenientForm::from_request(Request::from_parts(parts, body), state).await?;
        Ok(CodeAttempt { pending, device, code })
    }
}

pub async fn code_answer(State(state): State<AppState>, page: Page, attempt: CodeAttempt) -> Result {
    second_factor_answer(state, page, attempt, false).await
}

pub async fn recovery_code(page: Page, _pending: SecondFactorPending) -> Result {
    code_page(page, true, Form::new(), StatusCode::OK).await
}

pub async fn recovery_code_answer(State(state): State<AppState>, page: Page, attempt: CodeAttempt) -> Result {
    second_factor_answer(state, page, attempt, true).await
}

/// The code page (or the recovery-code page) again, with what to say about the code.
async fn code_page(page: Page, recovery: bool, form: Form, status: StatusCode) -> Result {
    Ok(page
        .with_status(status)
        .render(move || {
            if recovery {
                view! { <RecoveryCodeSignInPage form=form.clone()/> }.into_any()
            } else {
                view! { <CodePage form=form.clone()/> }.into_any()
            }
        })
        .await)
}

async fn second_factor_answer(state: AppState, page: Page, attempt: CodeAttempt, recovery: bool) -> Result {
    let CodeAttempt { pending, device, code } = attempt;
    let well_formed = if recovery {
        checks::recovery_code(&code).map_err(recovery_code_text)
    } else {
        checks::code(&code, true).map_err(code_text)
    };
    if let Err(text) = well_formed {
        let form = Form::new().with_error("code", text);
        return code_page(page, recovery, form, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    let accounts = state.sign_in_accounts(&pending.address);
    let candidates = accounts.candidates(&pending.session, &pending.token, &pending.user).await?;
    let users: Vec<_> = candidates.iter().map(|(user, _)| user.clone()).collect();
    match accounts.check_second_factor(&users, &code).await? {
        Ok(success) => {
            let key = candidates.into_iter().find(|(user, _)| user.id == success.user.id).and_then(|(_, key)| key);
            let token = accounts.finish_sign_in(&success, key.as_ref(), Some(&pending.session), &device).await?;
            Ok(redirect_to_session("/account", &token))
        }
        Err(refusal) => {
            let text = match (refusal, recovery) {
                (Refusal::Mismatch, true) => msg("recovery-code-error-wrong"),
                _ => code_refusal_text(refusal, accounts.now),
            };
            let form = Form::new().with_error("code", text);
            code_page(page, recovery, form, refusal_status(refusal)).await
        }
    }
}

pub async fn help(page: Page) -> Result {
    Ok(page.render(|| view! { <LostAccessPage/> }).await)
}

/// Signing out ends the session on the server and clears the site's data in the browser; the answer is the
/// signed-out page itself, so nothing personal is reachable with Back.
pub async fn sign_out(State(state): State<AppState>, page: Page, visitor: Visitor) -> Result {
    if let Some(session) = &visitor.session {
        session::end(&state.db, session).await?;
    }
    let mut response = page.signed_out().render(|| view! { <SignedOutPage idle=false/> }).await;
    end_visit_headers(&mut response);
    Ok(response)
}

pub async fn signed_out(page: Page, Query(query): Query<ReasonQuery>) -> Result {
    let idle = query.reason() == Some(SignInReason::Idle);
    Ok(page.render(move || view! { <SignedOutPage idle=idle/> }).await)
}

pub async fn reset(page: Page) -> Result {
    reset_page(page, Form::new(), StatusCode::OK).await
}

#[derive(Default, Deserialize)]
pub struct ResetForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    recovery_code: String,
    #[serde(default)]
    code: String,
    #[serde(default)]
    password: String,
}

async fn reset_page(page: Page, form: Form, status: StatusCode) -> Result {
    Ok(page.with_status(status).render(move || view! { <PasswordResetPage form=form.clone()/> }).await)
}

pub async fn reset_answer(
    State(state): State<AppState>,
    page: Page,
    visitor: Visitor,
    LenientForm(input): LenientForm<ResetForm>,
) -> Result {
    let mut form = Form::new().keep("name", input.name.clone());
    if let Err(problems) = checks::reset(&input.name, &input.recovery_code, &input.code, &input.password) {
        if problems.name_missing {
            form.error("name", msg("sign-in-error-name"));
        }
        if let Some(problem) = problems.recovery_code {
            form.error("recovery_code", recovery_code_text(problem));
        }
        if let Some(problem) = problems.code {
            form.error("code", code_text(problem));
        }
        if let Some(problem) = &problems.password {
            show_password_problem(&mut form, "password", problem);
        }
        return reset_page(page, form, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    let now = state.clock.now();
    if !limits::admit(
        &state.db,
        &state.auth_keys,
        Kind::PasswordReset,
        state.config.registrations_per_hour,
        &visitor.address,
        &input.name,
        now,
    )
    .await?
    {
        return reset_page(page, form.with_error("name", msg("limit-error-too-many")), StatusCode::TOO_MANY_REQUESTS)
            .await;
    }
    let accounts = state.accounts(&visitor.address);
    let password = SecretString::from(input.password);
    match accounts.reset_password(&input.name, &input.recovery_code, &input.code, &password).await? {
        Ok(()) => Ok(Redirect::to("/password-reset/done").into_response()),
        Err(refusal) => {
            let text = match refusal {
                Refusal::Mismatch | Refusal::Replayed => msg("reset-error-mismatch"),
                other => code_refusal_text(other, accounts.now),
            };
            reset_page(page, form.with_error("name", text), refusal_status(refusal)).await
        }
    }
}

pub async fn reset_done(page: Page) -> Result {
    Ok(page.render(|| view! { <PasswordResetDonePage/> }).await)
}
