//! Diary routes. Every handler takes [`DiaryAccess`]: a signed-in person and their diary key, unwrapped with
//! this session's token. Entries are always looked up by id *and* owner, so nobody reaches another person's
//! entries through any route.

use super::{page::Page, visitor::SignedIn};
use crate::{
    auth::store as auth_store,
    dates,
    diary::{
        entries::{self, Content, Entry, HELPED},
        keys::DiaryKey,
        store,
    },
    http::form::LenientForm,
    AppState,
};
use app::{
    forms::Form,
    i18n::{msg, western_digits},
    models::flash::{Flash, Notice},
    pages::diary::{
        DeleteDiaryPage, DeleteEntryPage, DiaryDeletedPage, DiaryLockedPage, DiaryPage, EntryContentView,
        EntryFormMode, EntryFormPage, EntryView, PrintPage, ProgressPage, ProgressPoint, TimelinePage,
    },
};
use axum::{
    extract::{FromRequestParts, Path, Query, State},
    response::{IntoResponse, Redirect, Response},
    Json,
};
use axum::{routing::get, Router};
use http::{header, request::Parts, HeaderValue, StatusCode};
use leptos::prelude::*;
use serde::Deserialize;
use serde_json::json;
use std::collections::HashMap;

/// The diary: entries, progress, timeline, print, export and deleting.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/diary", get(list))
        .route("/diary/new", get(new_form).post(new_answer))
        .route("/diary/entries/{id}/edit", get(edit_form).post(edit_answer))
        .route("/diary/entries/{id}/delete", get(delete_form).post(delete_answer))
        .route("/diary/progress", get(progress))
        .route("/diary/timeline", get(timeline))
        .route("/diary/print", get(print))
        .route("/diary/export", get(export))
        .route("/diary/delete", get(delete_all_form).post(delete_all_answer))
}

const PER_PAGE: i64 = 10;
pub const MAX_TEXT_CHARS: usize = 10_000;
const MAX_TAGS: usize = 10;
const MAX_TAG_CHARS: usize = 40;
/// What separates a person's own tags: a comma in Latin, Arabic script (،), or full width (，、).
const TAG_SEPARATORS: [char; 4] = [',', '\u{060C}', '\u{FF0C}', '\u{3001}'];

/// A signed-in person with their diary key.
pub struct DiaryAccess {
    pub me: SignedIn,
    pub key: DiaryKey,
}

impl DiaryAccess {
    fn user_id(&self) -> i64 {
        self.me.user.id
    }
}

impl FromRequestParts<AppState> for DiaryAccess {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let me = SignedIn::from_request_parts(parts, state).await.map_err(IntoResponse::into_response)?;
        match me.diary_key() {
            Some(key) => Ok(DiaryAccess { me, key }),
            None => Err(Page::new(state, parts).render(|| view! { <DiaryLockedPage/> }).await),
        }
    }
}

fn view_of(entry: &Entry) -> EntryView {
    let (year, month, day) = dates::civil_from_days(entry.day);
    EntryView {
        id: entry.id,
        year,
        month,
        day,
        content: entry.content.as_ref().map(|c| EntryContentView {
            feeling: c.feeling,
            text: c.text.clone(),
            helped: c.helped.clone(),
            own_tags: c.own_tags.clone(),
            source: c.source.as_ref().map(|s| s.title.clone()),
        }),
    }
}

async fn failure(page: &Page, error: impl std::fmt::Display) -> Response {
    tracing::error!("diary operation failed: {error}");
    page.service_problem().await
}

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
) -> Response {
    let requested = query.page.and_then(|p| p.parse::<i64>().ok()).unwrap_or(1).max(1);
    let loaded = async {
        let total = store::count_entries(&state.db, diary.user_id()).await?;
        let pages = ((total + PER_PAGE - 1) / PER_PAGE).max(1);
        let current = requested.min(pages);
        let rows = store::entries_page(&state.db, diary.user_id(), PER_PAGE, (current - 1) * PER_PAGE).await?;
        let flash = crate::auth::session::take_flash(&state.db, &diary.me.session).await?;
        Ok::<_, crate::db::DbError>((rows, current, pages, flash))
    }
    .await;
    let (rows, current, pages, flash) = match loaded {
        Ok(v) => v,
        Err(e) => return failure(&page, e).await,
    };
    let views: Vec<EntryView> = rows.iter().map(|r| view_of(&entries::open(&diary.key, diary.user_id(), r))).collect();
    let notice = flash.0.first().map(|n| n.text());
    let (current, pages) = (current as u32, pages as u32);
    page.render(move || match notice.clone() {
        Some(n) => view! { <DiaryPage entries=views.clone() page=current pages=pages notice=n/> }.into_any(),
        None => view! { <DiaryPage entries=views.clone() page=current pages=pages/> }.into_any(),
    })
    .await
}

fn form_page(
    page: Page,
    mode: EntryFormMode,
    form: Form,
    status: StatusCode,
) -> impl std::future::Future<Output = Response> {
    let choices: Vec<&'static str> = HELPED.to_vec();
    page.with_status(status)
        .render(move || view! { <EntryFormPage mode=mode form=form.clone() helped_choices=choices.clone()/> })
}

fn form_from(entry_day: i64, content: Option<&Content>) -> Form {
    let (year, month, day) = dates::civil_from_days(entry_day);
    let mut form =
        Form::new().keep("day", day.to_string()).keep("month", month.to_string()).keep("year", year.to_string());
    if let Some(c) = content {
        if c.feeling > 0 {
            form.set("feeling", c.feeling.to_string());
        }
        form.set("text", c.text.clone());
        form.set("helped", c.helped.join(","));
        form.set("own_tags", c.own_tags.join(", "));
    }
    form
}

pub async fn new_form(State(state): State<AppState>, page: Page, _diary: DiaryAccess) -> Response {
    let today = dates::day_of(state.clock.now());
    form_page(page, EntryFormMode::New, form_from(today, None), StatusCode::OK).await
}

/// What the entry form sent, checked. Errors go next to their fields; everything typed is kept. The feeling
/// may be left out only when editing an entry that never had one (a reflection saved from a guide).
fn parse_entry(pairs: &[(String, String)], today: i64, feeling_optional: bool) -> Result<(i64, Content), Form> {
    let mut fields: HashMap<&str, &str> = HashMap::new();
    let mut helped = Vec::new();
    for (k, v) in pairs {
        if k == "helped" {
            if HELPED.contains(&v.as_str()) && !helped.contains(v) {
                helped.push(v.clone());
            }
        } else {
            fields.insert(k.as_str(), v.as_str());
        }
    }
    let get = |k: &str| fields.get(k).copied().unwrap_or("").trim().to_string();
    // Digits typed in Arabic or Persian script are read as the same numbers.
    let (d, m, y) =
        (western_digits(&get("date_day")), western_digits(&get("date_month")), western_digits(&get("date_year")));
    let text = fields.get("text").copied().unwrap_or("").replace("\r\n", "\n");
    let own = get("own_tags");
    let feeling = get("feeling");
    let mut form = Form::new()
        .keep("day", d.clone())
        .keep("month", m.clone())
        .keep("year", y.clone())
        .keep("feeling", feeling.clone())
        .keep("text", text.clone())
        .keep("helped", helped.join(","))
        .keep("own_tags", own.clone());

    let day = if d.is_empty() && m.is_empty() && y.is_empty() {
        form.error("date", msg("diary-error-date-missing"));
        None
    } else {
        match (d.parse::<u32>(), m.parse::<u32>(), y.parse::<i64>()) {
            (Ok(d), Ok(m), Ok(y)) if (1900..=9999).contains(&y) => match dates::days_from_civil(y, m, d) {
                // A day's grace for time zones: the server counts days in UTC.
                Some(n) if n > today + 1 => {
                    form.error("date", msg("diary-error-date-future"));
                    None
                }
                Some(n) => Some(n),
                None => {
                    form.error("date", msg("diary-error-date-invalid"));
                    None
                }
            },
            _ => {
                form.error("date", msg("diary-error-date-invalid"));
                None
            }
        }
    };
    let feeling = match feeling.parse::<u8>() {
        Ok(n @ 1..=10) => Some(n),
        _ if feeling.is_empty() && feeling_optional => Some(0),
        _ => {
            form.error("feeling", msg("diary-error-feeling"));
            None
        }
    };
    if text.chars().count() > MAX_TEXT_CHARS {
        form.error("text", msg("diary-error-text-long").with_number("max", MAX_TEXT_CHARS as i64));
    }
    let own_tags: Vec<String> =
        own.split(TAG_SEPARATORS).map(|t| t.trim().to_string()).filter(|t| !t.is_empty()).collect();
    if own_tags.len() > MAX_TAGS || own_tags.iter().any(|t| t.chars().count() > MAX_TAG_CHARS) {
        form.error("own_tags", msg("diary-error-tags"));
    }
    match (day, feeling, form.has_errors()) {
        (Some(day), Some(feeling), false) => {
            Ok((day, Content { feeling, text: text.trim().to_string(), helped, own_tags, source: None }))
        }
        _ => Err(form),
    }
}

pub async fn new_answer(
    State(state): State<AppState>,
    page: Page,
    diary: DiaryAccess,
    LenientForm(pairs): LenientForm<Vec<(String, String)>>,
) -> Response {
    let now = state.clock.now();
    let (day, content) = match parse_entry(&pairs, dates::day_of(now), false) {
        Ok(v) => v,
        Err(form) => return form_page(page, EntryFormMode::New, form, StatusCode::UNPROCESSABLE_ENTITY).await,
    };
    let saved = async {
        entries::create(&state.db, &diary.key, diary.user_id(), day, &content, now).await?;
        auth_store::set_flash(&state.db, &diary.me.session.token_hash, &Flash::one(Notice::DiarySaved)).await
    }
    .await;
    match saved {
        Ok(()) => Redirect::to("/diary").into_response(),
        Err(e) => failure(&page, e).await,
    }
}

/// The person's own entry with this id, or the not-found page.
async fn own_entry(state: &AppState, page: &Page, diary: &DiaryAccess, id: i64) -> Result<Entry, Response> {
    match store::entry(&state.db, diary.user_id(), id).await {
        Ok(Some(row)) => Ok(entries::open(&diary.key, diary.user_id(), &row)),
        Ok(None) => Err(super::error::Error::NotFound.into_response()),
        Err(e) => Err(failure(page, e).await),
    }
}

pub async fn edit_form(State(state): State<AppState>, page: Page, diary: DiaryAccess, Path(id): Path<i64>) -> Response {
    let entry = match own_entry(&state, &page, &diary, id).await {
        Ok(e) => e,
        Err(r) => return r,
    };
    form_page(page, EntryFormMode::Edit(id), form_from(entry.day, entry.content.as_ref()), StatusCode::OK).await
}

pub async fn edit_answer(
    State(state): State<AppState>,
    page: Page,
    diary: DiaryAccess,
    Path(id): Path<i64>,
    LenientForm(pairs): LenientForm<Vec<(String, String)>>,
) -> Response {
    let entry = match own_entry(&state, &page, &diary, id).await {
        Ok(e) => e,
        Err(r) => return r,
    };
    let now = state.clock.now();
    let was_reflection = entry.content.as_ref().is_some_and(|c| c.feeling == 0);
    let (day, mut content) = match parse_entry(&pairs, dates::day_of(now), was_reflection) {
        Ok(v) => v,
        Err(form) => return form_page(page, EntryFormMode::Edit(id), form, StatusCode::UNPROCESSABLE_ENTITY).await,
    };
    content.source = entry.content.and_then(|c| c.source);
    let saved = async {
        entries::update(&state.db, &diary.key, diary.user_id(), id, day, &content, now).await?;
        auth_store::set_flash(&state.db, &diary.me.session.token_hash, &Flash::one(Notice::DiaryUpdated)).await
    }
    .await;
    match saved {
        Ok(()) => Redirect::to("/diary").into_response(),
        Err(e) => failure(&page, e).await,
    }
}

pub async fn delete_form(
    State(state): State<AppState>,
    page: Page,
    diary: DiaryAccess,
    Path(id): Path<i64>,
) -> Response {
    let entry = match own_entry(&state, &page, &diary, id).await {
        Ok(e) => view_of(&e),
        Err(r) => return r,
    };
    page.render(move || view! { <DeleteEntryPage entry=entry.clone()/> }).await
}

pub async fn delete_answer(
    State(state): State<AppState>,
    page: Page,
    diary: DiaryAccess,
    Path(id): Path<i64>,
) -> Response {
    let deleted = async {
        let found = store::delete_entry(&state.db, diary.user_id(), id).await?;
        if found {
            auth_store::set_flash(&state.db, &diary.me.session.token_hash, &Flash::one(Notice::DiaryEntryDeleted))
                .await?;
        }
        Ok::<_, crate::db::DbError>(found)
    }
    .await;
    match deleted {
        Ok(true) => Redirect::to("/diary").into_response(),
        Ok(false) => super::error::Error::NotFound.into_response(),
        Err(e) => failure(&page, e).await,
    }
}

async fn all(state: &AppState, diary: &DiaryAccess) -> Result<Vec<Entry>, crate::db::DbError> {
    let rows = store::all_entries(&state.db, diary.user_id()).await?;
    Ok(rows.iter().map(|r| entries::open(&diary.key, diary.user_id(), r)).collect())
}

/// How often each "what helped" choice appears: (key or own words, whether standard, count), most first.
pub fn helped_summary(entries: &[Entry]) -> Vec<(String, bool, i64)> {
    let mut counts: Vec<(String, bool, i64)> = Vec::new();
    for content in entries.iter().filter_map(|e| e.content.as_ref()) {
        let mut seen: Vec<(String, bool)> = content.helped.iter().map(|k| (k.clone(), true)).collect();
        seen.extend(content.own_tags.iter().map(|t| (t.to_lowercase(), false)));
        seen.dedup();
        for (label, standard) in seen {
            match counts.iter_mut().find(|(l, s, _)| *l == label && *s == standard) {
                Some(entry) => entry.2 += 1,
                None => counts.push((label, standard, 1)),
            }
        }
    }
    counts.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.0.cmp(&b.0)));
    counts
}

pub async fn progress(State(state): State<AppState>, page: Page, diary: DiaryAccess) -> Response {
    let entries = match all(&state, &diary).await {
        Ok(e) => e,
        Err(e) => return failure(&page, e).await,
    };
    let points: Vec<ProgressPoint> = entries
        .iter()
        .filter_map(|e| {
            let c = e.content.as_ref().filter(|c| c.feeling > 0)?;
            let (year, month, day) = dates::civil_from_days(e.day);
            Some(ProgressPoint { day_number: e.day, year, month, day, feeling: c.feeling })
        })
        .collect();
    let helped = helped_summary(&entries);
    page.render(move || view! { <ProgressPage points=points.clone() helped=helped.clone()/> }).await
}

pub async fn timeline(State(state): State<AppState>, page: Page, diary: DiaryAccess) -> Response {
    let entries = match all(&state, &diary).await {
        Ok(e) => e,
        Err(e) => return failure(&page, e).await,
    };
    let views: Vec<EntryView> = entries.iter().rev().map(view_of).collect();
    page.render(move || view! { <TimelinePage entries=views.clone()/> }).await
}

pub async fn print(State(state): State<AppState>, page: Page, diary: DiaryAccess) -> Response {
    let entries = match all(&state, &diary).await {
        Ok(e) => e,
        Err(e) => return failure(&page, e).await,
    };
    let views: Vec<EntryView> = entries.iter().map(view_of).collect();
    page.render(move || view! { <PrintPage entries=views.clone()/> }).await
}

/// `GET /diary/export`: every entry as JSON, oldest first.
pub async fn export(State(state): State<AppState>, page: Page, diary: DiaryAccess) -> Response {
    let entries = match all(&state, &diary).await {
        Ok(e) => e,
        Err(e) => return failure(&page, e).await,
    };
    let items: Vec<_> = entries
        .iter()
        .map(|e| match &e.content {
            Some(c) => json!({
                "date": dates::iso_date(e.day),
                "feeling": (c.feeling > 0).then_some(c.feeling),
                "text": c.text,
                "what_helped": c.helped,
                "what_else_helped": c.own_tags,
                "from_guide": c.source.as_ref().map(|s| s.title.clone()),
                "written": dates::iso8601(e.created_at),
                "last_changed": dates::iso8601(e.updated_at),
            }),
            None => json!({ "date": dates::iso_date(e.day), "unreadable": true }),
        })
        .collect();
    let body = json!({
        "about": "Your Waymark diary. Feeling is from 1 (very low) to 10 (very good).",
        "entries": items,
    });
    let mut response = Json(body).into_response();
    response
        .headers_mut()
        .insert(header::CONTENT_DISPOSITION, HeaderValue::from_static("attachment; filename=\"waymark-diary.json\""));
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

pub async fn delete_all_form(page: Page, _diary: DiaryAccess) -> Response {
    page.render(|| view! { <DeleteDiaryPage form=Form::new()/> }).await
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
) -> Response {
    if input.confirm != "yes" {
        let form = Form::new().with_error("confirm", msg("diary-delete-all-error"));
        return page
            .with_status(StatusCode::UNPROCESSABLE_ENTITY)
            .render(move || view! { <DeleteDiaryPage form=form.clone()/> })
            .await;
    }
    match store::delete_all_entries(&state.db, diary.user_id()).await {
        Ok(_) => page.render(|| view! { <DiaryDeletedPage/> }).await,
        Err(e) => failure(&page, e).await,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn a_complete_entry_is_accepted() {
        let today = dates::days_from_civil(2026, 11, 22).expect("date");
        let input = pairs(&[
            ("date_day", "21"),
            ("date_month", "11"),
            ("date_year", "2026"),
            ("feeling", "7"),
            ("text", "Slept better.\r\n\r\nWent for a walk."),
            ("helped", "sleep"),
            ("helped", "exercise"),
            ("helped", "not-a-choice"),
            ("own_tags", " my dog , music "),
        ]);
        let (day, content) = parse_entry(&input, today, false).expect("valid");
        assert_eq!(day, today - 1);
        assert_eq!(content.feeling, 7);
        assert_eq!(content.text, "Slept better.\n\nWent for a walk.");
        assert_eq!(content.helped, vec!["sleep", "exercise"]);
        assert_eq!(content.own_tags, vec!["my dog", "music"]);
    }

    #[test]
    fn digits_and_commas_of_other_scripts_are_understood() {
        let today = dates::days_from_civil(2026, 11, 22).expect("date");
        let input = pairs(&[
            ("date_day", "٢١"),
            ("date_month", "۱۱"),
            ("date_year", "٢٠٢٦"),
            ("feeling", "4"),
            ("own_tags", "کلبم، موسیقی , قدم زدن"),
        ]);
        let (day, content) = parse_entry(&input, today, false).expect("valid");
        assert_eq!(day, today - 1);
        assert_eq!(content.own_tags, vec!["کلبم", "موسیقی", "قدم زدن"]);
    }

    #[test]
    fn problems_are_reported_per_field_and_input_kept() {
        let today = dates::days_from_civil(2026, 11, 22).expect("date");
        let input = pairs(&[
            ("date_day", "31"),
            ("date_month", "2"),
            ("date_year", "2026"),
            ("feeling", "11"),
            ("text", "kept"),
        ]);
        let form = parse_entry(&input, today, false).expect_err("invalid");
        assert_eq!(form.error_for("date"), Some(&msg("diary-error-date-invalid")));
        assert_eq!(form.error_for("feeling"), Some(&msg("diary-error-feeling")));
        assert_eq!(form.value("text"), "kept");
        assert_eq!(form.value("day"), "31");

        let future = pairs(&[("date_day", "1"), ("date_month", "1"), ("date_year", "2030"), ("feeling", "5")]);
        assert_eq!(
            parse_entry(&future, today, false).expect_err("future").error_for("date"),
            Some(&msg("diary-error-date-future"))
        );
        let missing = pairs(&[("feeling", "5")]);
        assert_eq!(
            parse_entry(&missing, today, false).expect_err("missing").error_for("date"),
            Some(&msg("diary-error-date-missing"))
        );
        let long = "x".repeat(MAX_TEXT_CHARS + 1);
        let too_long =
            pairs(&[("date_day", "1"), ("date_month", "1"), ("date_year", "2026"), ("feeling", "5"), ("text", &long)]);
        assert!(parse_entry(&too_long, today, false).expect_err("long").error_for("text").is_some());
    }

    #[test]
    fn what_helped_is_counted_once_per_entry_most_first() {
        let entry = |helped: &[&str], own: &[&str]| Entry {
            id: 0,
            day: 0,
            created_at: 0,
            updated_at: 0,
            content: Some(Content {
                feeling: 5,
                helped: helped.iter().map(|s| s.to_string()).collect(),
                own_tags: own.iter().map(|s| s.to_string()).collect(),
                ..Content::default()
            }),
        };
        let summary =
            helped_summary(&[entry(&["sleep"], &["Music"]), entry(&["sleep", "talking"], &["music"]), entry(&[], &[])]);
        assert_eq!(summary[0], ("music".to_string(), false, 2));
        assert_eq!(summary[1], ("sleep".to_string(), true, 2));
        assert_eq!(summary[2], ("talking".to_string(), true, 1));
    }
}
