//! The list of entries, writing, editing and deleting an entry, and deleting the whole diary. Bad input is
//! shown again with a message next to each field that needs correcting, and everything typed is kept.

use super::{view_of, DiaryAccess};
use crate::{
    auth::session,
    dates,
    diary::{
        self,
        check::{self, DateProblem, EntryInput, Problem},
        entries::{Content, Entry},
    },
    http::{
        error::{Error, Result},
        form::LenientForm,
        page::Page,
    },
    AppState,
};
use app::{
    forms::Form,
    i18n::msg,
    pages::diary::{DeleteDiaryPage, DeleteEntryPage, DiaryDeletedPage, DiaryPage, EntryFormMode, EntryFormPage},
};
use axum::{
    extract::{Path, Query, State},
    response::{IntoResponse, Redirect, Response},
};
use http::StatusCode;
use leptos::prelude::*;
use serde::Deserialize;

#[derive(Default, Deserialize)]
pub struct PageQuery {
    #[serde(default)]
    page: Option<String>,
}

pub async fn list(
    State(state): State<AppState>,
    page: Page,
    diary: DiaryAccess,
    Query(query): Query<PageQuery>,
) -> Result {
    // A page number that is not a number shows the first page.
    let requested = query.page.and_then(|p| p.parse::<i64>().ok()).unwrap_or(1);
    let listing = diary::page(&state.db, diary.owner(), requested).await?;
    let flash = session::take_flash(&state.db, &diary.me.session).await?;
    let views: Vec<_> = listing.entries.iter().map(view_of).collect();
    let notice = flash.0.first().map(|n| n.text());
    let (current, pages) = (listing.page as u32, listing.pages as u32);
    let supporter = diary.supporter();
    Ok(page
        .render(move || view! { <DiaryPage entries=views.clone() page=current pages=pages notice=notice.clone() supporter=supporter/> })
        .await)
}

async fn form_page(page: Page, diary: &DiaryAccess, mode: EntryFormMode, form: Form) -> Response {
    let status = if form.has_errors() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    let supporter = diary.supporter();
    page.with_status(status)
        .render(move || view! { <EntryFormPage mode=mode form=form.clone() supporter=supporter/> })
        .await
}

/// The form filled in with an entry's day and (if it could be opened) what it says.
fn form_from(entry_day: i64, content: Option<&Content>) -> Form {
    let (year, month, day) = dates::civil_from_days(entry_day);
    let mut form =
        Form::new().keep("day", day.to_string()).keep("month", month.to_string()).keep("year", year.to_string());
    if let Some(c) = content {
        if c.feeling > 0 {
            form.set("feeling", c.feeling.to_string());
        }
        form.set("text", c.text.clone());
        form.set("helped", c.helped.iter().map(|h| h.as_str()).collect::<Vec<_>>().join(","));
        form.set("own_tags", c.own_tags.join(", "));
    }
    form
}

/// The form as it was posted, with a message next to each field that needs correcting.
fn form_with_problems(input: &EntryInput, problems: &[Problem]) -> Form {
    let mut form = Form::new()
        .keep("day", input.day.as_str())
        .keep("month", input.month.as_str())
        .keep("year", input.year.as_str())
        .keep("feeling", input.feeling.as_str())
        .keep("text", input.text.as_str())
        .keep("helped", input.helped.iter().map(|h| h.as_str()).collect::<Vec<_>>().join(","))
        .keep("own_tags", input.own_tags.as_str());
    for problem in problems {
        let (field, message) = match *problem {
            Problem::Date(DateProblem::Missing) => ("date", msg("diary-error-date-missing")),
            Problem::Date(DateProblem::Invalid) => ("date", msg("diary-error-date-invalid")),
            Problem::Date(DateProblem::Future) => ("date", msg("diary-error-date-future")),
            Problem::Feeling => ("feeling", msg("diary-error-feeling")),
            Problem::TextTooLong { max } => ("text", msg("diary-error-text-long").with_number("max", max as i64)),
            Problem::Tags => ("own_tags", msg("diary-error-tags")),
        };
        form.error(field, message);
    }
    form
}

pub async fn new_form(State(state): State<AppState>, page: Page, diary: DiaryAccess) -> Result {
    let today = dates::day_of(state.clock.now());
    Ok(form_page(page, &diary, EntryFormMode::New, form_from(today, None)).await)
}

pub async fn new_answer(
    State(state): State<AppState>,
    page: Page,
    diary: DiaryAccess,
    LenientForm(pairs): LenientForm<Vec<(String, String)>>,
) -> Result {
    let now = state.clock.now();
    let input = EntryInput::from_pairs(&pairs);
    let checked = match check::entry(&input, dates::day_of(now), false) {
        Ok(checked) => checked,
        Err(problems) => {
            return Ok(form_page(page, &diary, EntryFormMode::New, form_with_problems(&input, &problems)).await);
        }
    };
    diary::write(&state.db, diary.owner(), diary.session(), checked.day, &checked.content, now).await?;
    Ok(Redirect::to("/diary").into_response())
}

/// The person's own entry with this id (not found if they have none).
async fn own_entry(state: &AppState, diary: &DiaryAccess, id: i64) -> Result<Entry> {
    diary::entry(&state.db, diary.owner(), id).await?.ok_or(Error::NotFound)
}

pub async fn edit_form(State(state): State<AppState>, page: Page, diary: DiaryAccess, Path(id): Path<i64>) -> Result {
    let entry = own_entry(&state, &diary, id).await?;
    Ok(form_page(page, &diary, EntryFormMode::Edit(id), form_from(entry.day, entry.content.as_ref())).await)
}

pub async fn edit_answer(
    State(state): State<AppState>,
    page: Page,
    diary: DiaryAccess,
    Path(id): Path<i64>,
    LenientForm(pairs): LenientForm<Vec<(String, String)>>,
) -> Result {
    let entry = own_entry(&state, &diary, id).await?;
    let now = state.clock.now();
    let input = EntryInput::from_pairs(&pairs);
    let checked = match check::entry(&input, dates::day_of(now), entry.is_reflection()) {
        Ok(checked) => checked,
        Err(problems) => {
            return Ok(form_page(page, &diary, EntryFormMode::Edit(id), form_with_problems(&input, &problems)).await);
        }
    };
    if !diary::edit(&state.db, diary.owner(), diary.session(), &entry, checked.day, checked.content, now).await? {
        return Err(Error::NotFound);
    }
    Ok(Redirect::to("/diary").into_response())
}

pub async fn delete_form(State(state): State<AppState>, page: Page, diary: DiaryAccess, Path(id): Path<i64>) -> Result {
    let entry = view_of(&own_entry(&state, &diary, id).await?);
    Ok(page.render(move || view! { <DeleteEntryPage entry=entry.clone()/> }).await)
}

pub async fn delete_answer(State(state): State<AppState>, diary: DiaryAccess, Path(id): Path<i64>) -> Result {
    if !diary::delete(&state.db, diary.me.user.id, diary.session(), id).await? {
        return Err(Error::NotFound);
    }
    Ok(Redirect::to("/diary").into_response())
}

pub async fn delete_all_form(page: Page, _diary: DiaryAccess) -> Result {
    Ok(page.render(|| view! { <DeleteDiaryPage form=Form::new()/> }).await)
}

#[derive(Default, Deserialize)]
pub struct ConfirmForm {
    #[serde(default)]
    confirm: String,
}

pub async fn delete_all_answer(
    State(state): State<AppState>,
    page: Page,
    diary: DiaryAccess,
    LenientForm(input): LenientForm<ConfirmForm>,
) -> Result {
    if input.confirm != "yes" {
        let form = Form::new().with_error("confirm", msg("diary-delete-all-error"));
        return Ok(page
            .with_status(StatusCode::UNPROCESSABLE_ENTITY)
            .render(move || view! { <DeleteDiaryPage form=form.clone()/> })
            .await);
    }
    diary::delete_all(&state.db, diary.me.user.id).await?;
    Ok(page.render(|| view! { <DiaryDeletedPage/> }).await)
}
