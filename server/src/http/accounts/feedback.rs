//! `/account/requests/{reference}/feedback`: the three feedback questions for the person who sent a request,
//! once it is closed, answered once. Anyone else (or a request still open, or answered already) is not found.

use crate::{
    auth::store as auth_store,
    http::{
        error::{Error, Result},
        form::LenientForm,
        page::Page,
        visitor::SignedIn,
    },
    referrals::{outcomes, store, store::ReferralRow},
    AppState,
};
use app::{
    forms::Form,
    i18n::msg,
    models::{
        flash::{Flash, Notice},
        outcome::Question,
    },
    pages::account::feedback::FeedbackPage,
};
use axum::{
    extract::{Path, State},
    response::{IntoResponse, Redirect},
    routing::get,
    Router,
};
use http::StatusCode;
use leptos::prelude::*;

pub fn router() -> Router<AppState> {
    Router::new().route("/account/requests/{reference}/feedback", get(show).post(give))
}

/// The signed-in person's own closed request that has no feedback yet.
async fn feedback_for(state: &AppState, me: &SignedIn, reference: &str) -> Result<ReferralRow> {
    let row = store::by_reference(&state.db, reference).await?.ok_or(Error::NotFound)?;
    if outcomes::may_give_feedback(&state.db, &row, me.user.id).await? {
        Ok(row)
    } else {
        Err(Error::NotFound)
    }
}

async fn render(state: &AppState, page: Page, row: &ReferralRow, form: Form) -> Result {
    let service = state.directory.by_slug(&row.service).map(|s| s.name.clone()).unwrap_or_default();
    let reference = row.reference.clone();
    let status = if form.has_errors() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok(page
        .with_status(status)
        .render(move || view! { <FeedbackPage reference=reference.clone() service=service.clone() form=form.clone()/> })
        .await)
}

pub async fn show(State(state): State<AppState>, page: Page, me: SignedIn, Path(reference): Path<String>) -> Result {
    let row = feedback_for(&state, &me, &reference).await?;
    render(&state, page, &row, Form::new()).await
}

pub async fn give(
    State(state): State<AppState>,
    page: Page,
    me: SignedIn,
    Path(reference): Path<String>,
    LenientForm(pairs): LenientForm<Vec<(String, String)>>,
) -> Result {
    let row = feedback_for(&state, &me, &reference).await?;
    let answer = |q: Question| pairs.iter().find(|(k, _)| k == q.field()).map(|(_, v)| v.clone()).unwrap_or_default();
    let feedback = match outcomes::check_feedback(answer) {
        Ok(feedback) => feedback,
        Err(missing) => {
            let mut form = Form::new();
            for q in Question::ALL {
                form.set(q.field(), answer(*q));
            }
            for q in missing {
                form.error(q.field(), msg("feedback-error"));
            }
            return render(&state, page, &row, form).await;
        }
    };
    if outcomes::give_feedback(&state.db, &row, &feedback, state.clock.now()).await? {
        auth_store::set_flash(&state.db, &me.session.token_hash, &Flash::one(Notice::FeedbackThanks)).await?;
    }
    Ok(Redirect::to("/account").into_response())
}
