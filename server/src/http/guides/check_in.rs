//! The wellbeing check-in: the questions, the result (which points to help now when the answers show risk, and
//! to guides that fit), and a signed-in reader's earlier answers, which are kept only for them.

use crate::{
    dates,
    diary::Owner,
    guides::check_in,
    http::{diary::DiaryAccess, error::Result, form::LenientForm, page::Page, visitor::Visitor},
    AppState,
};
use app::{
    forms::Form,
    pages::{
        diary::long_date,
        guides::check_in::{CheckInHistoryPage, CheckInPage, CheckInResultPage, PastCheckIn},
    },
};
use axum::extract::State;
use leptos::prelude::*;

pub async fn form(page: Page, visitor: Visitor) -> Result {
    let signed_in = visitor.reader().is_some();
    Ok(page.render(move || view! { <CheckInPage form=Form::new() signed_in=signed_in/> }).await)
}

pub async fn answer(
    State(state): State<AppState>,
    page: Page,
    visitor: Visitor,
    LenientForm(pairs): LenientForm<Vec<(String, String)>>,
) -> Result {
    let answers = check_in::answers(&pairs);
    let reader = visitor.reader();
    if let Some((user_id, key)) = &reader {
        check_in::record(&state.db, Owner { user_id: *user_id, key }, &answers, state.clock.now()).await?;
    }
    let outcome = check_in::outcome(&answers);
    let suggestions: Vec<(String, String)> = check_in::suggestions(&state.library, page.locale(), &answers)
        .into_iter()
        .map(|g| (g.code.clone(), g.title.clone()))
        .collect();
    let signed_in = reader.is_some();
    Ok(page
        .render(move || {
            view! { <CheckInResultPage outcome=outcome suggestions=suggestions.clone() signed_in=signed_in/> }
        })
        .await)
}

pub async fn history(State(state): State<AppState>, page: Page, access: DiaryAccess) -> Result {
    let past = check_in::history(&state.db, access.owner()).await?;
    let i18n = page.i18n();
    let past: Vec<PastCheckIn> = past
        .into_iter()
        .map(|(at, answers)| {
            let (y, m, d) = dates::civil_from_days(dates::day_of(at));
            PastCheckIn { date: long_date(&i18n, y, m, d), answers }
        })
        .collect();
    Ok(page.render(move || view! { <CheckInHistoryPage past=past.clone()/> }).await)
}
