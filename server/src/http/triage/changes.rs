//! A caseworker's changes to a referral in their queue: taking it, a new status or note, a transfer to another
//! service, the needs and support plan, and closing it with outcomes. Each checks its input first and, when
//! something needs correcting, draws the referral's page again with the message next to the field and the rest
//! of the input kept.

use super::{detail_page, Queued};
use crate::{
    auth::store as auth_store,
    http::{error::Result, form::LenientForm, page::Page},
    referrals::{
        outcomes::{self, ClosureInput, ClosureProblems, NeedsProblems},
        store,
        triage::{self, TextProblem, TransferProblems, UpdateProblem},
    },
    AppState,
};
use app::{
    forms::Form,
    i18n::{msg, Text},
    models::{
        flash::{Flash, Notice},
        outcome::{OUTCOME_FIELDS, REASON_FIELDS},
    },
};
use axum::{
    extract::State,
    response::{IntoResponse, Redirect},
};
use serde::Deserialize;

/// After a change: back to the referral's actions, which say it was saved.
async fn saved(state: &AppState, queued: &Queued) -> Result {
    let session = &queued.staff.me.session;
    auth_store::set_flash(&state.db, &session.token_hash, &Flash::one(Notice::TriageSaved)).await?;
    Ok(Redirect::to(&format!("/staff/referrals/{}#actions", queued.row.reference)).into_response())
}

pub async fn assign(State(state): State<AppState>, queued: Queued) -> Result {
    triage::assign(&state.db, &queued.row, queued.staff.actor(&state)).await?;
    saved(&state, &queued).await
}

#[derive(Default, Deserialize)]
pub struct UpdateForm {
    #[serde(default)]
    status: String,
    #[serde(default)]
    note: String,
}

/// The message for a piece of free text that needs correcting.
fn text_problem(problem: TextProblem, missing: Text) -> Text {
    match problem {
        TextProblem::Missing => missing,
        TextProblem::TooLong { max } => msg("request-too-long").with_number("max", max as i64),
    }
}

/// A new status and a note, either or both, saved together.
pub async fn update(
    State(state): State<AppState>,
    page: Page,
    queued: Queued,
    LenientForm(input): LenientForm<UpdateForm>,
) -> Result {
    let update = match triage::check_update(&queued.row, &input.status, &input.note) {
        Ok(update) => update,
        Err(problem) => {
            let (field, text) = match problem {
                UpdateProblem::Status => ("status", msg("triage-status-error")),
                UpdateProblem::Note(p) => ("note", text_problem(p, msg("triage-note-error"))),
                UpdateProblem::Nothing => ("status", msg("triage-update-nothing")),
                UpdateProblem::Close => ("status", msg("outcome-close-elsewhere")),
            };
            let form = Form::new().keep("status", input.status).keep("note", input.note).with_error(field, text);
            return detail_page(&state, page, &queued, form).await;
        }
    };
    triage::update(&state.db, &state.referral_keys, &queued.row, &update, queued.staff.actor(&state)).await?;
    saved(&state, &queued).await
}

#[derive(Default, Deserialize)]
pub struct TransferForm {
    #[serde(default)]
    service: String,
    #[serde(default)]
    reason: String,
}

pub async fn transfer(
    State(state): State<AppState>,
    page: Page,
    queued: Queued,
    LenientForm(input): LenientForm<TransferForm>,
) -> Result {
    let transfer = match triage::check_transfer(&state.directory, &queued.row, &input.service, &input.reason) {
        Ok(transfer) => transfer,
        Err(TransferProblems { service, reason }) => {
            let mut form = Form::new().keep("service", input.service).keep("reason", input.reason);
            if service {
                form.error("service", msg("triage-transfer-service-error"));
            }
            if let Some(problem) = reason {
                form.error("reason", text_problem(problem, msg("triage-transfer-reason-error")));
            }
            return detail_page(&state, page, &queued, form).await;
        }
    };
    triage::transfer(
        &state.db,
        &state.referral_keys,
        &state.holidays,
        &queued.row,
        &transfer,
        queued.staff.actor(&state),
    )
    .await?;
    let session = &queued.staff.me.session;
    auth_store::set_flash(&state.db, &session.token_hash, &Flash::one(Notice::TriageTransferred)).await?;
    Ok(Redirect::to("/staff/referrals").into_response())
}

/// Records the categories of need and the support plan.
pub async fn record_needs(
    State(state): State<AppState>,
    page: Page,
    queued: Queued,
    LenientForm(pairs): LenientForm<Vec<(String, String)>>,
) -> Result {
    let ticked: Vec<String> = pairs.iter().filter(|(k, _)| k == "needs").map(|(_, v)| v.clone()).collect();
    let plan = pairs.iter().find(|(k, _)| k == "plan").map(|(_, v)| v.clone()).unwrap_or_default();
    let needs = match outcomes::check_needs(state.library.needs(), &queued.row, &ticked, &plan) {
        Ok(needs) => needs,
        Err(NeedsProblems { needs, plan: plan_problem, closed }) => {
            let mut form = Form::new().keep("needs", ticked.join(",")).keep("plan", plan);
            if needs {
                form.error("needs", msg("needs-error"));
            }
            if let Some(problem) = plan_problem {
                form.error("plan", text_problem(problem, msg("needs-plan-error")));
            }
            if closed {
                form.error("needs", msg("needs-closed-error"));
            }
            return detail_page(&state, page, &queued, form).await;
        }
    };
    outcomes::record_needs(&state.db, &state.referral_keys, &queued.row, &needs, queued.staff.actor(&state)).await?;
    saved(&state, &queued).await
}

/// Closes the referral with an outcome for each need and the onward referral; without them, the page again
/// with what is missing next to each field and everything chosen kept.
pub async fn close(
    State(state): State<AppState>,
    page: Page,
    queued: Queued,
    LenientForm(pairs): LenientForm<Vec<(String, String)>>,
) -> Result {
    let value = |field: &str| pairs.iter().find(|(k, _)| k == field).map(|(_, v)| v.clone()).unwrap_or_default();
    let needs = store::needs(&state.db, queued.row.id).await?;
    let input = ClosureInput {
        outcomes: OUTCOME_FIELDS.iter().zip(REASON_FIELDS).map(|(o, r)| (value(o), value(r))).collect(),
        onward: value("onward"),
    };
    let closure = match outcomes::check_closure(&state.directory, &queued.row, &needs, &input) {
        Ok(closure) => closure,
        Err(ClosureProblems { outcome, reason, onward, closed }) => {
            let mut form = Form::new().keep("onward", input.onward.clone());
            for (i, (o, r)) in input.outcomes.iter().enumerate().take(needs.len()) {
                form.set(OUTCOME_FIELDS[i], o.clone());
                form.set(REASON_FIELDS[i], r.clone());
            }
            let name = |i: usize| {
                let id = needs.get(i).map(|n| n.need.as_str()).unwrap_or_default();
                let text = state.library.needs().iter().find(|c| c.id == id).map(|c| page.i18n().text(&c.text()));
                text.unwrap_or_else(|| id.to_string())
            };
            for i in outcome {
                form.error(OUTCOME_FIELDS[i], msg("outcome-error").with("need", name(i)));
            }
            for i in reason {
                form.error(REASON_FIELDS[i], msg("outcome-reason-error").with("need", name(i)));
            }
            if onward {
                form.error("onward", msg("outcome-onward-error"));
            }
            if closed {
                form.error("onward", msg("outcome-closed-error"));
            }
            return detail_page(&state, page, &queued, form).await;
        }
    };
    outcomes::close(&state.db, &queued.row, &closure, queued.staff.actor(&state)).await?;
    saved(&state, &queued).await
}
