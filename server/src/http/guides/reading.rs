//! A guide, one step at a time. A signed-in reader's place is saved when they ask ("Save my place", a post:
//! opening a step writes nothing), as are their checklist ticks and reflections (kept in their diary);
//! anonymous readers are remembered nowhere.

use crate::{
    auth::session,
    diary::Owner,
    guides::{find, progress, progress::Ticks, reflection},
    http::{
        diary::DiaryAccess,
        error::{Error, Result},
        form::LenientForm,
        page::Page,
        visitor::Visitor,
    },
    AppState,
};
use app::pages::guides::guide::{GuidePage, StepContext};
use axum::{
    extract::{Path, State},
    response::{IntoResponse, Redirect},
};
use leptos::prelude::*;
use serde::Deserialize;

pub async fn start(State(state): State<AppState>, page: Page, visitor: Visitor, Path(code): Path<String>) -> Result {
    show_step(&state, page, &visitor, &code, 1).await
}

pub async fn step(
    State(state): State<AppState>,
    page: Page,
    visitor: Visitor,
    Path((code, number)): Path<(String, String)>,
) -> Result {
    // A step that is not a number from 1 is not there.
    let number = number.parse::<usize>().ok().filter(|n| *n >= 1).ok_or(Error::NotFound)?;
    show_step(&state, page, &visitor, &code, number).await
}

/// Step `number` (from 1) of the guide with this code, in the reader's language where it is translated.
async fn show_step(state: &AppState, page: Page, visitor: &Visitor, code: &str, number: usize) -> Result {
    let (guide, fallback) = state.library.guide(page.locale(), code).ok_or(Error::NotFound)?;
    if number > guide.steps.len() {
        return Err(Error::NotFound);
    }
    let mut context = StepContext { step: number - 1, fallback, ..StepContext::default() };
    if let (Some((user_id, key)), Some((session, _))) = (visitor.reader(), visitor.signed_in()) {
        let owner = Owner { user_id, key: &key };
        let progress = progress::of_guide(&state.db, owner, &guide.slug).await?;
        context.signed_in = true;
        context.ticks = progress.ticks_for(guide);
        context.notice = session::take_flash(&state.db, session).await?.0.first().map(|n| n.text());
    }
    let guide = guide.clone();
    Ok(page.render(move || view! { <GuidePage guide=guide.clone() context=context.clone()/> }).await)
}

pub async fn save_checklist(
    State(state): State<AppState>,
    page: Page,
    access: DiaryAccess,
    Path((code, number, index)): Path<(String, usize, usize)>,
    LenientForm(pairs): LenientForm<Vec<(String, String)>>,
) -> Result {
    let (guide, _) = state.library.guide(page.locale(), &code).ok_or(Error::NotFound)?;
    let items = find::checklist(guide, number, index).ok_or(Error::NotFound)?;
    // Ticked items are posted as `done=<item number>`; anything else posted is ignored.
    let done: Vec<usize> = pairs.iter().filter(|(k, _)| k == "done").filter_map(|(_, v)| v.parse().ok()).collect();
    let ticks = Ticks::new(index, items.len(), &done);
    let now = state.clock.now();
    progress::save_ticks(&state.db, access.owner(), access.session(), &guide.slug, number, ticks, now).await?;
    Ok(Redirect::to(&format!("/guides/{code}/{number}")).into_response())
}

/// "Save my place": the step becomes where the reader continues from.
pub async fn save_place(
    State(state): State<AppState>,
    page: Page,
    access: DiaryAccess,
    Path((code, number)): Path<(String, usize)>,
) -> Result {
    let (guide, _) = state.library.guide(page.locale(), &code).ok_or(Error::NotFound)?;
    if number == 0 || number > guide.steps.len() {
        return Err(Error::NotFound);
    }
    let now = state.clock.now();
    progress::save_place(&state.db, access.owner(), access.session(), &guide.slug, number, now).await?;
    Ok(Redirect::to(&format!("/guides/{code}/{number}")).into_response())
}

#[derive(Default, Deserialize)]
pub struct ReflectionForm {
    #[serde(default)]
    reflection: String,
}

/// A reflection is kept in the diary, linked to the guide it came from.
pub async fn save_reflection(
    State(state): State<AppState>,
    page: Page,
    access: DiaryAccess,
    Path((code, number, index)): Path<(String, usize, usize)>,
    LenientForm(form): LenientForm<ReflectionForm>,
) -> Result {
    let (guide, _) = state.library.guide(page.locale(), &code).ok_or(Error::NotFound)?;
    let question = find::reflection(guide, number, index).ok_or(Error::NotFound)?;
    let now = state.clock.now();
    reflection::save(&state.db, access.owner(), access.session(), guide, question, &form.reflection, now).await?;
    Ok(Redirect::to(&format!("/guides/{code}/{number}")).into_response())
}
