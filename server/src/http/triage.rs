//! The triage console: `/staff/referrals` (the queue of the staff member's own service), one referral with
//! its actions, and for administrators `/staff/audit` and `/staff/report` (with CSV). Every route checks on
//! the server that the visitor is signed-in staff, and that a referral belongs to their service; a referral
//! of another service is answered exactly as one that does not exist. Every view and change is audited.

use super::{form::LenientForm, page::Page, visitor::SignedIn};
use crate::{
    auth::{store as auth_store, Role},
    dates,
    referrals::{self, report, store, store::ReferralRow, summary, STATUSES},
    AppState,
};
use app::{
    forms::Form,
    i18n::{msg, I18n, Text},
    pages::{
        diary::long_date,
        request::check::Part,
        triage::{
            admin::{AuditPage, AuditRow, ReportPage},
            detail::{DetailRow, HistoryEntry, ReferralPage, ReferralView},
            queue::{QueuePage, QueueRow, StatusTab},
        },
    },
    vocab,
};
use axum::{
    extract::{FromRequestParts, Path, Query, State},
    response::{IntoResponse, Redirect, Response},
};
use http::{header, request::Parts, StatusCode};
use leptos::prelude::*;
use serde::Deserialize;
use std::collections::HashMap;

/// A signed-in member of staff and the service whose queue they work on.
pub struct Staff {
    pub me: SignedIn,
    pub service: String,
    pub admin: bool,
}

impl FromRequestParts<AppState> for Staff {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let me = SignedIn::from_request_parts(parts, state).await?;
        let role = Role::parse(&me.user.role);
        match (role.is_staff(), me.user.service_id.clone()) {
            (true, Some(service)) if state.directory.by_slug(&service).is_some_and(|s| s.receives_referrals) => {
                Ok(Staff { admin: role == Role::Admin, me, service })
            }
            _ => Err(super::pages::not_found(Page::new(state, parts)).await),
        }
    }
}

async fn failure(page: &Page, error: impl std::fmt::Display) -> Response {
    tracing::error!("triage operation failed: {error}");
    page.service_problem().await
}

/// The UK date of a moment, as staff read it.
fn date(i18n: &I18n, unix: i64) -> String {
    let (y, m, d) = dates::civil_from_days(dates::day_of(dates::uk_clock(unix)));
    long_date(i18n, y, m, d)
}

/// The UK date and clock time of a moment, as staff read it.
fn date_time(i18n: &I18n, unix: i64) -> String {
    let seconds = dates::uk_clock(unix).rem_euclid(86_400);
    format!("{} {:02}:{:02}", date(i18n, unix), seconds / 3600, (seconds % 3600) / 60)
}

fn age_text(band: &str) -> Text {
    vocab::age_bands().into_iter().find(|b| b.0 == band).map(|b| b.1).unwrap_or(msg("request-rather-not-say"))
}

fn crime_texts(crimes: &str) -> Vec<Text> {
    crimes.split(',').filter_map(|c| vocab::label_of(&vocab::crime_types(), c)).collect()
}

async fn names(state: &AppState, ids: impl Iterator<Item = Option<i64>>) -> HashMap<i64, String> {
    let mut ids: Vec<i64> = ids.flatten().collect();
    ids.sort_unstable();
    ids.dedup();
    store::staff_names(&state.db, &ids).await.unwrap_or_default().into_iter().collect()
}

/// The referral, if it exists and belongs to the staff member's service.
async fn load(state: &AppState, staff: &Staff, reference: &str) -> Result<Option<ReferralRow>, crate::db::DbError> {
    Ok(store::by_reference(&state.db, reference).await?.filter(|r| r.service == staff.service))
}

#[derive(Default, Deserialize)]
pub struct QueueQuery {
    #[serde(default)]
    status: Option<String>,
}

pub async fn queue(State(state): State<AppState>, page: Page, staff: Staff, Query(q): Query<QueueQuery>) -> Response {
    let status = q.status.filter(|s| STATUSES.contains(&s.as_str()));
    let loaded = async {
        let rows = store::queue(&state.db, &staff.service, status.as_deref()).await?;
        let counts = store::counts(&state.db, &staff.service).await?;
        Ok::<_, crate::db::DbError>((rows, counts))
    }
    .await;
    let (rows, counts) = match loaded {
        Ok(v) => v,
        Err(e) => return failure(&page, e).await,
    };
    let i18n = page.i18n();
    let staff_names = names(&state, rows.iter().map(|r| r.assigned_to)).await;
    let total: i64 = counts.iter().map(|(_, n)| n).sum();
    let mut tabs = vec![StatusTab { status: None, count: total, selected: status.is_none() }];
    for s in STATUSES {
        let count = counts.iter().find(|(k, _)| k == s).map(|(_, n)| *n).unwrap_or(0);
        tabs.push(StatusTab { status: Some(s.to_string()), count, selected: status.as_deref() == Some(s) });
    }
    let rows: Vec<QueueRow> = rows
        .iter()
        .map(|r| QueueRow {
            reference: r.reference.clone(),
            received: date(&i18n, r.created_at),
            crimes: crime_texts(&r.crime_types),
            age: age_text(&r.age_band),
            status: r.status.clone(),
            assigned: r.assigned_to.and_then(|id| staff_names.get(&id).cloned()),
            for_someone: r.for_someone,
        })
        .collect();
    let service = state.directory.by_slug(&staff.service).map(|s| s.name.clone()).unwrap_or_default();
    let admin = staff.admin;
    page.render(move || {
        view! { <QueuePage service=service.clone() tabs=tabs.clone() rows=rows.clone() admin=admin/> }
    })
    .await
}

/// What an audit entry says: the action, with the service's name or the status (in the reader's language).
fn event_text(state: &AppState, i18n: &I18n, action: &str, detail: Option<&str>) -> Text {
    let service_name =
        |slug: Option<&str>| slug.and_then(|s| state.directory.by_slug(s)).map(|s| s.name.clone()).unwrap_or_default();
    match action {
        "received" => msg("triage-event-received").with("service", service_name(detail)),
        "viewed" => msg("triage-event-viewed"),
        "assigned" => msg("triage-event-assigned"),
        "status" => {
            let status = i18n.text(&app::pages::triage::status_text(detail.unwrap_or("new")));
            msg("triage-event-status").with("status", status)
        }
        "note" => msg("triage-event-note"),
        _ => msg("triage-event-transferred").with("service", service_name(detail)),
    }
}

async fn detail_page(state: &AppState, page: Page, staff: &Staff, row: ReferralRow, form: Form) -> Response {
    let i18n = page.i18n();
    let Some(draft) = referrals::open_details(&state.referral_keys, &row) else {
        return failure(&page, "a referral could not be opened").await;
    };
    let events = match store::events(&state.db, row.id).await {
        Ok(e) => e,
        Err(e) => return failure(&page, e).await,
    };
    let people = names(state, events.iter().map(|e| e.actor_id).chain(std::iter::once(row.assigned_to))).await;
    let history = events
        .iter()
        .rev()
        .map(|e| HistoryEntry {
            when: date_time(&i18n, e.at),
            who: e.actor_id.and_then(|id| people.get(&id).cloned()),
            what: event_text(state, &i18n, &e.action, e.detail.as_deref()),
            note: e.note_sealed.as_deref().and_then(|n| referrals::open_note(&state.referral_keys, &row, n)),
        })
        .collect();
    let sections = summary::sections(&draft);
    let mut contact = Vec::new();
    let mut details = Vec::new();
    for (i, section) in sections.into_iter().enumerate() {
        for r in section.rows {
            if r.key.id == "request-check-safe-contact" {
                continue;
            }
            let row = DetailRow { key: r.key, value: r.value };
            if i == 0 {
                contact.push(row);
            } else {
                details.push(row);
            }
        }
    }
    let mut safety = summary::safety(&draft);
    if draft.for_someone() {
        safety.insert(0, Part::Said(msg("triage-safety-supporter")));
    }
    let transfer_to = state
        .directory
        .receiving()
        .filter(|s| s.slug != row.service)
        .map(|s| (s.slug.clone(), s.name.clone()))
        .collect();
    let view = ReferralView {
        reference: row.reference.clone(),
        received: date_time(&i18n, row.created_at),
        status: row.status.clone(),
        assigned: row.assigned_to.and_then(|id| people.get(&id).cloned()),
        assigned_to_me: row.assigned_to == Some(staff.me.user.id),
        safety,
        contact,
        details,
        history,
        transfer_to,
    };
    let notice = match staff.me.session.flash.as_deref() {
        Some("triage-saved") => {
            let _ = auth_store::set_flash(&state.db, &staff.me.session.token_hash, None).await;
            Some(msg("triage-saved"))
        }
        _ => None,
    };
    let status = if form.has_errors() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    page.with_status(status)
        .render(move || match notice.clone() {
            Some(n) => view! { <ReferralPage referral=view.clone() form=form.clone() notice=n/> }.into_any(),
            None => view! { <ReferralPage referral=view.clone() form=form.clone()/> }.into_any(),
        })
        .await
}

pub async fn show(State(state): State<AppState>, page: Page, staff: Staff, Path(reference): Path<String>) -> Response {
    let row = match load(&state, &staff, &reference).await {
        Ok(Some(r)) => r,
        Ok(None) => return super::pages::not_found(page).await,
        Err(e) => return failure(&page, e).await,
    };
    if let Err(e) =
        store::add_event(&state.db, row.id, Some(staff.me.user.id), "viewed", None, None, state.clock.now()).await
    {
        return failure(&page, e).await;
    }
    detail_page(&state, page, &staff, row, Form::new()).await
}

async fn saved(state: &AppState, staff: &Staff, reference: &str) -> Response {
    let _ = auth_store::set_flash(&state.db, &staff.me.session.token_hash, Some("triage-saved")).await;
    Redirect::to(&format!("/staff/referrals/{reference}")).into_response()
}

pub async fn assign(
    State(state): State<AppState>,
    page: Page,
    staff: Staff,
    Path(reference): Path<String>,
) -> Response {
    let row = match load(&state, &staff, &reference).await {
        Ok(Some(r)) => r,
        Ok(None) => return super::pages::not_found(page).await,
        Err(e) => return failure(&page, e).await,
    };
    let now = state.clock.now();
    let done = async {
        store::assign(&state.db, row.id, Some(staff.me.user.id), now).await?;
        store::add_event(&state.db, row.id, Some(staff.me.user.id), "assigned", None, None, now).await
    }
    .await;
    match done {
        Ok(()) => saved(&state, &staff, &reference).await,
        Err(e) => failure(&page, e).await,
    }
}

#[derive(Default, Deserialize)]
pub struct StatusForm {
    #[serde(default)]
    status: String,
}

pub async fn set_status(
    State(state): State<AppState>,
    page: Page,
    staff: Staff,
    Path(reference): Path<String>,
    LenientForm(input): LenientForm<StatusForm>,
) -> Response {
    let row = match load(&state, &staff, &reference).await {
        Ok(Some(r)) => r,
        Ok(None) => return super::pages::not_found(page).await,
        Err(e) => return failure(&page, e).await,
    };
    if !["new", "in_contact", "supported", "closed"].contains(&input.status.as_str()) {
        let form = Form::new().with_error("status", msg("triage-status-error"));
        return detail_page(&state, page, &staff, row, form).await;
    }
    let now = state.clock.now();
    let done = async {
        store::set_status(&state.db, row.id, &input.status, now).await?;
        store::add_event(&state.db, row.id, Some(staff.me.user.id), "status", Some(&input.status), None, now).await
    }
    .await;
    match done {
        Ok(()) => saved(&state, &staff, &reference).await,
        Err(e) => failure(&page, e).await,
    }
}

#[derive(Default, Deserialize)]
pub struct NoteForm {
    #[serde(default)]
    note: String,
}

pub async fn add_note(
    State(state): State<AppState>,
    page: Page,
    staff: Staff,
    Path(reference): Path<String>,
    LenientForm(input): LenientForm<NoteForm>,
) -> Response {
    let row = match load(&state, &staff, &reference).await {
        Ok(Some(r)) => r,
        Ok(None) => return super::pages::not_found(page).await,
        Err(e) => return failure(&page, e).await,
    };
    let note = input.note.trim().to_string();
    if note.is_empty() || note.chars().count() > referrals::steps::MAX_LONG {
        let error = if note.is_empty() {
            msg("triage-note-error")
        } else {
            msg("request-too-long").with_number("max", referrals::steps::MAX_LONG as i64)
        };
        let form = Form::new().keep("note", input.note).with_error("note", error);
        return detail_page(&state, page, &staff, row, form).await;
    }
    let Some(sealed) = referrals::seal_note(&state.referral_keys, &row, &note) else {
        return failure(&page, "a note could not be sealed").await;
    };
    match store::add_event(&state.db, row.id, Some(staff.me.user.id), "note", None, Some(&sealed), state.clock.now())
        .await
    {
        Ok(()) => saved(&state, &staff, &reference).await,
        Err(e) => failure(&page, e).await,
    }
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
    staff: Staff,
    Path(reference): Path<String>,
    LenientForm(input): LenientForm<TransferForm>,
) -> Response {
    let row = match load(&state, &staff, &reference).await {
        Ok(Some(r)) => r,
        Ok(None) => return super::pages::not_found(page).await,
        Err(e) => return failure(&page, e).await,
    };
    let target = state.directory.by_slug(&input.service).filter(|s| s.receives_referrals && s.slug != row.service);
    let reason = input.reason.trim().to_string();
    let mut form = Form::new().keep("service", input.service.clone()).keep("reason", input.reason.clone());
    if target.is_none() {
        form.error("service", msg("triage-transfer-service-error"));
    }
    if reason.is_empty() {
        form.error("reason", msg("triage-transfer-reason-error"));
    } else if reason.chars().count() > referrals::steps::MAX_LONG {
        form.error("reason", msg("request-too-long").with_number("max", referrals::steps::MAX_LONG as i64));
    }
    let Some(target) = target.filter(|_| !form.has_errors()) else {
        return detail_page(&state, page, &staff, row, form).await;
    };
    let Some(sealed) = referrals::seal_note(&state.referral_keys, &row, &reason) else {
        return failure(&page, "a note could not be sealed").await;
    };
    let now = state.clock.now();
    let done = async {
        store::add_event(
            &state.db,
            row.id,
            Some(staff.me.user.id),
            "transferred",
            Some(&target.slug),
            Some(&sealed),
            now,
        )
        .await?;
        store::transfer(&state.db, row.id, &target.slug, now).await
    }
    .await;
    match done {
        Ok(()) => {
            let _ = auth_store::set_flash(&state.db, &staff.me.session.token_hash, Some("triage-transferred")).await;
            Redirect::to("/staff/referrals").into_response()
        }
        Err(e) => failure(&page, e).await,
    }
}

pub async fn audit(State(state): State<AppState>, page: Page, staff: Staff) -> Response {
    if !staff.admin {
        return super::pages::not_found(page).await;
    }
    let events = match store::recent_events(&state.db, 500).await {
        Ok(e) => e,
        Err(e) => return failure(&page, e).await,
    };
    let i18n = page.i18n();
    let people = names(&state, events.iter().map(|(e, _, _)| e.actor_id)).await;
    let rows: Vec<AuditRow> = events
        .iter()
        .map(|(e, reference, service)| AuditRow {
            when: date_time(&i18n, e.at),
            reference: reference.clone(),
            service: state.directory.by_slug(service).map(|s| s.name.clone()).unwrap_or_else(|| service.clone()),
            who: e.actor_id.and_then(|id| people.get(&id).cloned()),
            what: event_text(&state, &i18n, &e.action, e.detail.as_deref()),
        })
        .collect();
    page.render(move || view! { <AuditPage rows=rows.clone()/> }).await
}

#[derive(Default, Deserialize)]
pub struct ReportQuery {
    #[serde(default)]
    days: Option<i64>,
}

async fn report_for(state: &AppState, days: i64) -> Result<report::Report, crate::db::DbError> {
    let now = state.clock.now();
    let rows = store::created_between(&state.db, now - days * 86_400, now + 1).await?;
    Ok(report::build(&state.directory, &state.referral_keys, &rows))
}

fn period(q: &ReportQuery) -> i64 {
    q.days.filter(|d| [30, 90, 365].contains(d)).unwrap_or(30)
}

pub async fn report(State(state): State<AppState>, page: Page, staff: Staff, Query(q): Query<ReportQuery>) -> Response {
    if !staff.admin {
        return super::pages::not_found(page).await;
    }
    let days = period(&q);
    let report = match report_for(&state, days).await {
        Ok(r) => r,
        Err(e) => return failure(&page, e).await,
    };
    let i18n = page.i18n();
    let tables = report.tables(&i18n);
    let total = report.total;
    page.render(move || view! { <ReportPage days=days total=total tables=tables.clone()/> }).await
}

pub async fn report_csv(
    State(state): State<AppState>,
    page: Page,
    staff: Staff,
    Query(q): Query<ReportQuery>,
) -> Response {
    if !staff.admin {
        return super::pages::not_found(page).await;
    }
    let days = period(&q);
    match report_for(&state, days).await {
        Ok(report) => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                (header::CONTENT_DISPOSITION, "attachment; filename=\"report.csv\""),
            ],
            report.csv(&page.i18n()),
        )
            .into_response(),
        Err(e) => failure(&page, e).await,
    }
}
