//! The sensitive changes made from the account page: a new password, a new authenticator, new recovery codes
//! and deleting the account. Each asks for the sign-in name, password and a second factor again, and then
//! replaces the session token (deletion ends it).

use super::{
    code_refusal_text, device_of, end_visit_headers, redirect_to_session, refusal_status, register,
    show_password_problem, show_sign_in_problems,
};
use crate::{
    auth::{
        changes::{self, PasswordChange},
        checks,
        flows::Refusal,
        journey::Journey,
        password, session,
    },
    http::{
        error::{Error, Result},
        form::LenientForm,
        page::Page,
        visitor::SignedIn,
    },
    AppState,
};
use app::{
    forms::Form,
    i18n::{msg, Text},
    models::{account::Device, flash::Notice},
    pages::account::{
        manage::{AccountDeletedPage, ChangePasswordPage, ConfirmPage, Confirmed},
        register::{AuthenticatorPage, RecoveryCodesPage},
    },
};
use axum::{
    extract::{FromRequest, FromRequestParts, Request, State},
    response::{IntoResponse, Redirect, Response},
    routing::get,
    Router,
};
use http::{HeaderMap, StatusCode};
use leptos::prelude::*;
use secrecy::SecretString;
use serde::Deserialize;

/// The sensitive changes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/account/password", get(change_password).post(change_password_answer))
        .route("/account/authenticator", get(reset_authenticator).post(reset_authenticator_answer))
        .route("/account/authenticator/new", get(new_authenticator).post(new_authenticator_answer))
        .route("/account/recovery-codes", get(new_recovery_codes).post(new_recovery_codes_answer))
        .route("/account/recovery-codes/new", get(show_new_codes).post(new_codes_saved))
        .route("/account/delete", get(delete).post(delete_answer))
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

/// The form as typed, with the problems of its re-authentication fields.
fn checked_form(input: &ReauthForm) -> Form {
    let mut form = Form::new().keep("name", input.name.clone());
    if let Err(problems) = checks::sign_in(&input.name, &input.password, Some(&input.code)) {
        show_sign_in_problems(&mut form, problems);
    }
    form
}

/// Checks that it is the owner; if not, what to say and the status to answer with.
async fn reauthenticate(
    state: &AppState,
    me: &SignedIn,
    input: &ReauthForm,
) -> Result<std::result::Result<(), (Text, StatusCode)>> {
    let accounts = state.accounts(&me.address);
    let password = SecretString::from(input.password.clone());
    Ok(match accounts.reauthenticate(me.user.id, &input.name, &password, &input.code).await? {
        Ok(_) => Ok(()),
        Err(refusal) => {
            let text = match refusal {
                Refusal::Mismatch => msg("reauth-error-mismatch"),
                other => code_refusal_text(other, accounts.now),
            };
            Err((text, refusal_status(refusal)))
        }
    })
}

async fn password_page(page: Page, form: Form, status: StatusCode) -> Result {
    Ok(page.with_status(status).render(move || view! { <ChangePasswordPage form=form.clone()/> }).await)
}

pub async fn change_password(page: Page, _me: SignedIn) -> Result {
    password_page(page, Form::new(), StatusCode::OK).await
}

pub async fn change_password_answer(
    State(state): State<AppState>,
    page: Page,
    me: SignedIn,
    headers: HeaderMap,
    LenientForm(input): LenientForm<ReauthForm>,
) -> Result {
    let mut form = checked_form(&input);
    if let Err(problem) = password::check_new(&input.new_password, &[&input.name]) {
        show_password_problem(&mut form, "new_password", &problem);
    }
    if form.has_errors() {
        return password_page(page, form, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    if let Err((text, status)) = reauthenticate(&state, &me, &input).await? {
        return password_page(page, form.with_error("name", text), status).await;
    }
    let accounts = state.accounts(&me.address);
    let new_password = SecretString::from(input.new_password);
    let diary_key = me.diary_key();
    let device = device_of(&headers);
    match accounts.change_password(&me.user, &input.name, &new_password, diary_key.as_ref(), &device).await? {
        PasswordChange::Changed(token) => Ok(redirect_to_session("/account", &token)),
        PasswordChange::Busy => {
            let form = form.with_error("new_password", code_refusal_text(Refusal::Busy, accounts.now));
            password_page(page, form, refusal_status(Refusal::Busy)).await
        }
    }
}

async fn confirm_page(page: Page, action: Confirmed, form: Form, status: StatusCode) -> Result {
    Ok(page.with_status(status).render(move || view! { <ConfirmPage action=action form=form.clone()/> }).await)
}

pub async fn reset_authenticator(page: Page, _me: SignedIn) -> Result {
    confirm_page(page, Confirmed::ResetAuthenticator, Form::new(), StatusCode::OK).await
}

pub async fn new_recovery_codes(page: Page, _me: SignedIn) -> Result {
    confirm_page(page, Confirmed::NewRecoveryCodes, Form::new(), StatusCode::OK).await
}

/// Staff accounts are never deleted (an administrator disables them, so what they did stays attributed):
/// for staff, deletion is not there.
fn deletable(me: &SignedIn) -> Result<()> {
    if me.user.role.is_staff() {
        return Err(Error::NotFound);
    }
    Ok(())
}

pub async fn delete(page: Page, me: SignedIn) -> Result {
    deletable(&me)?;
    confirm_page(page, Confirmed::DeleteAccount, Form::new(), StatusCode::OK).await
}

/// What a confirmation posts, and who posts it: the signed-in owner, their device and what they typed to prove
/// who they are.
pub struct Reauthentication {
    me: SignedIn,
    device: Device,
    input: ReauthForm,
}

impl FromRequest<AppState> for Reauthentication {
    type Rejection = Response;

    async fn from_request(req: Request, state: &AppState) -> std::result::Result<Self, Response> {
        let (mut parts, body) = req.into_parts();
        let me = SignedIn::from_request_parts(&mut parts, state).await.map_err(IntoResponse::into_response)?;
        let device = device_of(&parts.headers);
        let LenientForm(input) = LenientForm::from_request(Request::from_parts(parts, body), state).await?;
        Ok(Reauthentication { me, device, input })
    }
}

pub async fn reset_authenticator_answer(State(state): State<AppState>, page: Page, posted: Reauthentication) -> Result {
    confirmed(state, page, posted, Confirmed::ResetAuthenticator).await
}

pub async fn new_recovery_codes_answer(State(state): State<AppState>, page: Page, posted: Reauthentication) -> Result {
    confirmed(state, page, posted, Confirmed::NewRecoveryCodes).await
}

pub async fn delete_answer(State(state): State<AppState>, page: Page, posted: Reauthentication) -> Result {
    deletable(&posted.me)?;
    confirmed(state, page, posted, Confirmed::DeleteAccount).await
}

/// A confirmed change: once the owner has proved who they are, the change is made.
async fn confirmed(state: AppState, page: Page, posted: Reauthentication, action: Confirmed) -> Result {
    let Reauthentication { me, device, input } = posted;
    let form = checked_form(&input);
    if form.has_errors() {
        return confirm_page(page, action, form, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    if let Err((text, status)) = reauthenticate(&state, &me, &input).await? {
        return confirm_page(page, action, form.with_error("name", text), status).await;
    }
    let accounts = state.accounts(&me.address);
    let diary_key = me.diary_key();
    match action {
        Confirmed::ResetAuthenticator => {
            let token = accounts.begin_new_authenticator(me.user.id, &me.session, diary_key.as_ref(), &device).await?;
            Ok(redirect_to_session("/account/authenticator/new", &token))
        }
        Confirmed::NewRecoveryCodes => {
            let token = accounts.replace_recovery_codes(me.user.id, &me.session, diary_key.as_ref(), &device).await?;
            Ok(redirect_to_session("/account/recovery-codes/new", &token))
        }
        Confirmed::DeleteAccount => {
            changes::delete_account(&state.db, me.user.id).await?;
            let mut response = page.signed_out().render(|| view! { <AccountDeletedPage/> }).await;
            end_visit_headers(&mut response);
            Ok(response)
        }
    }
}

fn journey_of(state: &AppState, me: &SignedIn) -> Journey {
    Journey::of(&state.auth_keys.journey, Some(&me.session))
}

pub async fn new_authenticator(State(state): State<AppState>, page: Page, me: SignedIn) -> Result {
    let Some(secret) = journey_of(&state, &me).new_totp else {
        return Ok(Redirect::to("/account/authenticator").into_response());
    };
    let setup = register::setup_for(&secret, "Waymark", "/account/authenticator/new", "/account");
    Ok(page.render(move || view! { <AuthenticatorPage setup=setup.clone() form=Form::new()/> }).await)
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
) -> Result {
    let Some(secret) = journey_of(&state, &me).new_totp else {
        return Ok(Redirect::to("/account/authenticator").into_response());
    };
    let accounts = state.accounts(&me.address);
    let step = match register::confirm_code(&accounts, &secret, &input.code) {
        Ok(step) => step,
        Err(text) => {
            let setup = register::setup_for(&secret, "Waymark", "/account/authenticator/new", "/account");
            let form = Form::new().with_error("code", text);
            return Ok(page
                .with_status(StatusCode::UNPROCESSABLE_ENTITY)
                .render(move || view! { <AuthenticatorPage setup=setup.clone() form=form.clone()/> })
                .await);
        }
    };
    accounts.store_new_authenticator(me.user.id, &me.session, &secret, step).await?;
    Ok(Redirect::to("/account").into_response())
}

pub async fn show_new_codes(State(state): State<AppState>, page: Page, me: SignedIn) -> Result {
    let Some(codes) = journey_of(&state, &me).new_codes else {
        return Ok(Redirect::to("/account").into_response());
    };
    Ok(page
        .render(move || view! { <RecoveryCodesPage codes=codes.clone() action="/account/recovery-codes/new"/> })
        .await)
}

pub async fn new_codes_saved(State(state): State<AppState>, me: SignedIn) -> Result {
    session::finish_journey(&state.db, &me.session, Notice::RecoveryCodesReplaced).await?;
    Ok(Redirect::to("/account").into_response())
}
