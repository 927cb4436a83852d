//! Signing in and out: password, then a code (or a recovery code); password and code together while
//! password-only sign-in is paused for a name; the help page; signing out; and resetting a forgotten password.

use super::{code_refusal_text, complete_sign_in, device_of, end_visit_headers, minutes_until, refusal_status};
use crate::{
    auth::{
        flows::Refusal,
        password,
        session::{self, Stage},
        store,
    },
    diary,
    http::{
        form::LenientForm,
        page::Page,
        visitor::{SecondFactorPending, Visitor},
    },
    AppState,
};
use app::{
    forms::Form,
    i18n::msg,
    pages::account::sign_in::{
        CodePage, LostAccessPage, PasswordResetDonePage, PasswordResetPage, RecoveryCodeSignInPage, SignInPage,
        SignedOutPage,
    },
};
use axum::{
    extract::{Query, State},
    response::{IntoResponse, Redirect, Response},
};
use axum::{
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

pub async fn sign_in(page: Page, visitor: Visitor, Query(query): Query<ReasonQuery>) -> Response {
    if visitor.signed_in().is_some() {
        return Redirect::to("/account").into_response();
    }
    let notice = match query.reason.as_str() {
        "expired" => Some(msg("sign-in-session-expired")),
        "required" => Some(msg("sign-in-session-needed")),
        "idle" => Some(msg("sign-in-session-idle")),
        _ => None,
    };
    page.render(move || match notice.clone() {
        Some(n) => view! { <SignInPage form=Form::new() notice=n/> }.into_any(),
        None => view! { <SignInPage form=Form::new()/> }.into_any(),
    })
    .await
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
) -> Response {
    let mut form = Form::new().keep("name", input.name.clone());
    if input.name.trim().is_empty() {
        form.error("name", msg("sign-in-error-name"));
    }
    if input.password.is_empty() {
        form.error("password", msg("sign-in-error-password"));
    }
    let code = input.code.clone().unwrap_or_default();
    let combined = input.code.is_some();
    if combined {
        super::check_code_field(&mut form, "code", &code, true);
    }
    if form.has_errors() {
        let paused = combined.then_some(1);
        return render_sign_in(page, form, paused, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    let accounts = state.accounts(&visitor.address);
    let password = SecretString::from(input.password);
    let device = device_of(&headers);
    if combined {
        return match accounts.check_password_and_code(&input.name, &password, &code).await {
            Ok(success) => {
                let now = state.clock.now();
                let key = match diary::keys::open_or_create(&state.db, &state.hasher, success.user.id, &password, now)
                    .await
                {
                    Ok(key) => key,
                    Err(e) => return super::register::failure(&page, e).await,
                };
                match complete_sign_in(&state, visitor.session.as_ref(), &success, &device, key.as_ref()).await {
                    Ok(r) => r,
                    Err(e) => super::register::failure(&page, e).await,
                }
            }
            Err(refusal) => {
                let status = refusal_status(&refusal);
                let text = match &refusal {
                    Refusal::Mismatch => msg("reauth-error-mismatch"),
                    other => code_refusal_text(other, state.clock.now()),
                };
                // Stay on the combined form: the name is still paused.
                let paused = paused_minutes(&state, &input.name).await.or(Some(1));
                render_sign_in(page, form.with_error("name", text), paused, status).await
            }
        };
    }
    match accounts.check_password(&input.name, &password).await {
        Ok(user) => {
            if let Some(old) = &visitor.session {
                let _ = store::delete_session(&state.db, &old.token_hash).await;
            }
            let now = state.clock.now();
            // The diary key is unwrapped with the password now, and kept only wrapped for the new session.
            let started = async {
                let key = diary::keys::open_or_create(&state.db, &state.hasher, user.id, &password, now).await?;
                let token = session::start(&state.db, Some(user.id), Stage::SecondFactor, None, &device, now).await?;
                if let Some(key) = &key {
                    diary::keys::attach_to_session(&state.db, key, &token).await?;
                }
                Ok::<_, diary::keys::KeyError>(token)
            }
            .await;
            match started {
                Ok(token) => super::redirect_with_cookie("/sign-in/code", Some(session::cookie(&token))),
                Err(e) => super::register::failure(&page, e).await,
            }
        }
        Err(Refusal::Paused(until)) => {
            let minutes = minutes_until(until, state.clock.now());
            render_sign_in(page, form, Some(minutes), StatusCode::TOO_MANY_REQUESTS).await
        }
        Err(refusal) => {
            let status = refusal_status(&refusal);
            let text = match &refusal {
                Refusal::Wait(seconds) => msg("sign-in-error-wait").with_number("seconds", *seconds),
                Refusal::Busy(_) => msg("sign-in-error-busy"),
                _ => msg("sign-in-error-mismatch"),
            };
            render_sign_in(page, form.with_error("name", text), None, status).await
        }
    }
}

async fn paused_minutes(state: &AppState, name: &str) -> Option<i64> {
    let canonical = crate::auth::names::normalise(name);
    let subject = crate::auth::throttle::Subject::name(&state.auth_keys.throttle, &canonical);
    let now = state.clock.now();
    crate::auth::throttle::pause(&state.db, &subject, now).await.ok().flatten().map(|until| minutes_until(until, now))
}

async fn render_sign_in(page: Page, form: Form, paused: Option<i64>, status: StatusCode) -> Response {
    page.with_status(status)
        .render(move || match paused {
            Some(minutes) => view! { <SignInPage form=form.clone() paused_minutes=minutes/> }.into_any(),
            None => view! { <SignInPage form=form.clone()/> }.into_any(),
        })
        .await
}

pub async fn code(page: Page, _pending: SecondFactorPending) -> Response {
    page.render(|| view! { <CodePage form=Form::new()/> }).await
}

#[derive(Default, Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    code: String,
}

pub async fn code_answer(
    State(state): State<AppState>,
    page: Page,
    pending: SecondFactorPending,
    headers: HeaderMap,
    LenientForm(input): LenientForm<CodeForm>,
) -> Response {
    second_factor_answer(state, page, pending, headers, input.code, false).await
}

pub async fn recovery_code(page: Page, _pending: SecondFactorPending) -> Response {
    page.render(|| view! { <RecoveryCodeSignInPage form=Form::new()/> }).await
}

pub async fn recovery_code_answer(
    State(state): State<AppState>,
    page: Page,
    pending: SecondFactorPending,
    headers: HeaderMap,
    LenientForm(input): LenientForm<CodeForm>,
) -> Response {
    second_factor_answer(state, page, pending, headers, input.code, true).await
}

async fn second_factor_answer(
    state: AppState,
    page: Page,
    pending: SecondFactorPending,
    headers: HeaderMap,
    code: String,
    recovery: bool,
) -> Response {
    let mut form = Form::new();
    let well_formed = if recovery {
        if code.trim().is_empty() {
            form.error("code", msg("recovery-code-error-missing"));
            false
        } else if !crate::auth::recovery::looks_like_recovery_code(&code) {
            form.error("code", msg("recovery-code-error-format"));
            false
        } else {
            true
        }
    } else {
        super::check_code_field(&mut form, "code", &code, true)
    };
    let render = move |page: Page, form: Form, status: StatusCode| async move {
        page.with_status(status)
            .render(move || {
                if recovery {
                    view! { <RecoveryCodeSignInPage form=form.clone()/> }.into_any()
                } else {
                    view! { <CodePage form=form.clone()/> }.into_any()
                }
            })
            .await
    };
    if !well_formed {
        return render(page, form, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    let accounts = state.accounts(&pending.address);
    match accounts.check_second_factor(&pending.user, &code).await {
        Ok(success) => {
            let key = diary::keys::unwrap_from_session(pending.session.diary_key_wrapped.as_deref(), &pending.token);
            match complete_sign_in(&state, Some(&pending.session), &success, &device_of(&headers), key.as_ref()).await {
                Ok(r) => r,
                Err(e) => super::register::failure(&page, e).await,
            }
        }
        Err(refusal) => {
            let text = match (&refusal, recovery) {
                (Refusal::Mismatch, true) => msg("recovery-code-error-wrong"),
                _ => code_refusal_text(&refusal, state.clock.now()),
            };
            let status = refusal_status(&refusal);
            render(page, form.with_error("code", text), status).await
        }
    }
}

pub async fn help(page: Page) -> Response {
    page.render(|| view! { <LostAccessPage/> }).await
}

/// Signing out ends the session on the server and clears the site's data in the browser; the answer is the
/// signed-out page itself, so nothing personal is reachable with Back.
pub async fn sign_out(State(state): State<AppState>, page: Page, visitor: Visitor) -> Response {
    if let Some(session) = &visitor.session {
        if let Err(e) = store::delete_session(&state.db, &session.token_hash).await {
            return super::register::failure(&page, e).await;
        }
    }
    let mut response = page.signed_out().render(|| view! { <SignedOutPage idle=false/> }).await;
    end_visit_headers(&mut response);
    response
}

pub async fn signed_out(page: Page, Query(query): Query<ReasonQuery>) -> Response {
    let idle = query.reason == "idle";
    page.render(move || view! { <SignedOutPage idle=idle/> }).await
}

pub async fn reset(page: Page) -> Response {
    page.render(|| view! { <PasswordResetPage form=Form::new()/> }).await
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

pub async fn reset_answer(
    State(state): State<AppState>,
    page: Page,
    visitor: Visitor,
    LenientForm(input): LenientForm<ResetForm>,
) -> Response {
    let mut form = Form::new().keep("name", input.name.clone());
    if input.name.trim().is_empty() {
        form.error("name", msg("sign-in-error-name"));
    }
    if input.recovery_code.trim().is_empty() {
        form.error("recovery_code", msg("recovery-code-error-missing"));
    } else if !crate::auth::recovery::looks_like_recovery_code(&input.recovery_code) {
        form.error("recovery_code", msg("recovery-code-error-format"));
    }
    super::check_code_field(&mut form, "code", &input.code, false);
    if let Err(problem) = password::check_new(&input.password, &[&input.name]) {
        for text in problem.messages() {
            form.error("password", text);
        }
    }
    if form.has_errors() {
        return page
            .with_status(StatusCode::UNPROCESSABLE_ENTITY)
            .render(move || view! { <PasswordResetPage form=form.clone()/> })
            .await;
    }
    let accounts = state.accounts(&visitor.address);
    let password = SecretString::from(input.password);
    match accounts.reset_password(&input.name, &input.recovery_code, &input.code, &password).await {
        Ok(user_id) => {
            // The diary survives: its key, unwrapped with the recovery code, is wrapped under the new password.
            let kept = async {
                let recovery = &state.auth_keys.recovery;
                let key = diary::keys::unwrap_with_recovery_code(
                    &state.db,
                    &state.hasher,
                    recovery,
                    user_id,
                    &input.recovery_code,
                )
                .await?;
                if let Some(key) = key {
                    diary::keys::rewrap_for_password(
                        &state.db,
                        &state.hasher,
                        &key,
                        user_id,
                        &password,
                        state.clock.now(),
                    )
                    .await?;
                }
                Ok::<_, diary::keys::KeyError>(())
            }
            .await;
            if let Err(e) = kept {
                tracing::error!("could not keep a diary key after a password reset: {e}");
            }
            Redirect::to("/password-reset/done").into_response()
        }
        Err(Refusal::Db(e)) => super::register::failure(&page, e).await,
        Err(refusal) => {
            let status = refusal_status(&refusal);
            let text = match &refusal {
                Refusal::Mismatch | Refusal::Replayed => msg("reset-error-mismatch"),
                other => code_refusal_text(other, state.clock.now()),
            };
            let form = form.with_error("name", text);
            page.with_status(status).render(move || view! { <PasswordResetPage form=form.clone()/> }).await
        }
    }
}

pub async fn reset_done(page: Page) -> Response {
    page.render(|| view! { <PasswordResetDonePage/> }).await
}
