//! The triage console: `/staff/referrals` (the queue of the staff member's own service), one referral with
//! its actions, and for managers `/staff/audit` (their service's; every service's for the operator); the return
//! is in [`super::returns`]. The extractors authorise before a handler runs: [`Staff`] works a receiving
//! service's queue, [`Queued`] is a referral in their service's queue (a referral of another service
//! is answered exactly as one that does not exist); [`Manager`] and [`Commissioner`] are in
//! [`super::roles`]. Every view and change is audited by [`crate::referrals::triage`]; opening a referral is a
//! post (its view is recorded there), so reading its page afterwards changes nothing. What a caseworker changes
//! on a referral is in [`changes`].

mod changes;

pub use super::roles::{Commissioner, Manager, Staff};
use super::{
    error::{Error, Result},
    page::Page,
};
use crate::{
    alerts,
    auth::session,
    dates,
    deadlines::{self, Standing},
    referrals::{
        self, store,
        store::ReferralRow,
        summary,
        triage::{self, Actor},
        ReferralError,
    },
    AppState,
};
use app::{
    forms::Form,
    i18n::{msg, I18n, Text},
    models::vocabulary,
    models::{
        flash::Notice,
        referral::{Action, Status},
        request::Answer,
        summary::{Part, SummaryRow},
    },
    pages::{
        diary::{long_date, weekday_date},
        triage::{
            admin::{AuditPage, AuditRow},
            detail::{DetailRow, HistoryEntry, OpenReferralPage, ReferralPage, ReferralView, Views},
            outcomes::{NeedLine, NeedsView},
            queue::{DueMark, QueuePage, QueueRow, StatusTab},
        },
    },
};
use axum::{
    extract::{FromRequestParts, Path, Query, State},
    response::{IntoResponse, Redirect},
    routing::{get, post},
    Router,
};
use http::{request::Parts, StatusCode};
use leptos::prelude::*;
use serde::Deserialize;
use std::collections::HashMap;

/// The triage console and, for managers, the audit log.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/staff/referrals", get(queue))
        .route("/staff/referrals/{reference}", get(show))
        .route("/staff/referrals/{reference}/open", post(open))
        .route("/staff/referrals/{reference}/assign", post(changes::assign))
        .route("/staff/referrals/{reference}/update", post(changes::update))
        .route("/staff/referrals/{reference}/transfer", post(changes::transfer))
        .route("/staff/referrals/{reference}/needs", post(changes::record_needs))
        .route("/staff/referrals/{reference}/close", post(changes::close))
        .route("/staff/audit", get(audit))
}

impl From<ReferralError> for Error {
    fn from(e: ReferralError) -> Error {
        Error::unavailable(e)
    }
}

impl Staff {
    fn actor(&self, state: &AppState) -> Actor {
        Actor { staff_id: self.me.user.id, now: state.clock.now() }
    }
}

/// A referral in the staff member's own service's queue, named by the address's `{reference}`.
pub struct Queued {
    pub staff: Staff,
    pub row: ReferralRow,
}

impl FromRequestParts<AppState> for Queued {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Error> {
        let staff = Staff::from_request_parts(parts, state).await?;
        let Path(reference) = Path::<String>::from_request_parts(parts, state).await.map_err(|_| Error::NotFound)?;
        let row = store::by_reference(&state.db, &reference).await?;
        match row.filter(|r| r.service == staff.service) {
            Some(row) => Ok(Queued { staff, row }),
            None => Err(Error::NotFound),
        }
    }
}

/// The UK date of a moment, as staff read it.
fn date(i18n: &I18n, unix: i64) -> String {
    let (y, m, d) = dates::civil_from_days(dates::day_of(dates::uk_clock(unix)));
    long_date(i18n, y, m, d)
}

/// The UK date and clock time of a moment, as staff read it.
pub(super) fn date_time(i18n: &I18n, unix: i64) -> String {
    let seconds = dates::uk_clock(unix).rem_euclid(86_400);
    format!("{} {:02}:{:02}", date(i18n, unix), seconds / 3600, (seconds % 3600) / 60)
}

/// The last day for contact, as staff and referrers read it ("Tuesday 8 December", London time).
pub(super) fn due_day(i18n: &I18n, due_at: i64) -> String {
    use chrono::Datelike;
    let day = deadlines::last_day(due_at);
    weekday_date(i18n, day.weekday().number_from_monday(), day.month(), day.day())
}

/// Where a request stands against its contact deadline, while it waits for contact.
fn due_mark(row: &ReferralRow, now: i64) -> Option<DueMark> {
    let due_at = row.due_at.filter(|_| row.status == Status::New && row.contacted_at.is_none())?;
    match deadlines::standing(due_at, now) {
        Standing::Overdue => Some(DueMark::Overdue),
        Standing::DueToday => Some(DueMark::DueToday),
        Standing::InTime => None,
    }
}

fn crime_texts(crimes: &str) -> Vec<Text> {
    crimes.split(',').filter_map(|c| vocabulary::label_of(&vocabulary::crime_types(), c)).collect()
}

/// The names of the staff among `ids`, for showing who did what.
async fn names(state: &AppState, ids: impl Iterator<Item = Option<i64>>) -> Result<HashMap<i64, String>> {
    let mut ids: Vec<i64> = ids.flatten().collect();
    ids.sort_unstable();
    ids.dedup();
    Ok(store::staff_names(&state.db, &ids).await?.into_iter().collect())
}

/// The name of the service `slug`, as the directory has it.
fn service_name(state: &AppState, slug: &str) -> String {
    state.directory.by_slug(slug).map(|s| s.name.clone()).unwrap_or_else(|| slug.to_string())
}

#[derive(Default, Deserialize)]
pub struct QueueQuery {
    #[serde(default)]
    status: Option<String>,
}

pub async fn queue(State(state): State<AppState>, page: Page, staff: Staff, Query(q): Query<QueueQuery>) -> Result {
    let status = q.status.as_deref().and_then(Status::parse);
    let rows = store::queue(&state.db, &staff.service, status).await?;
    let counts = store::counts(&state.db, &staff.service).await?;
    let staff_names = names(&state, rows.iter().map(|r| r.assigned_to)).await?;
    let i18n = page.i18n();
    let now = state.clock.now();
    let total: i64 = counts.iter().map(|(_, n)| n).sum();
    let tabs = std::iter::once(StatusTab { status: None, count: total, selected: status.is_none() })
        .chain(Status::ALL.iter().map(|&s| StatusTab {
            status: Some(s),
            count: counts.iter().find(|(k, _)| *k == s).map_or(0, |(_, n)| *n),
            selected: status == Some(s),
        }))
        .collect::<Vec<_>>();
    let mut rows: Vec<QueueRow> = rows
        .iter()
        .map(|r| (r, referrals::open_details(&state.referral_keys, r)))
        .map(|(r, details)| QueueRow {
            urgent: details.as_ref().is_some_and(triage::is_urgent),
            from: details.as_ref().and_then(|d| from_label(r, d)),
            reference: r.reference.clone(),
            received: date(&i18n, r.created_at),
            crimes: crime_texts(&r.crime_types),
            age: r.age_band.label(),
            status: r.status,
            assigned: r.assigned_to.and_then(|id| staff_names.get(&id).cloned()),
            for_someone: r.for_someone,
            due: r.due_at.filter(|_| r.status == Status::New && r.contacted_at.is_none()).map(|d| due_day(&i18n, d)),
            due_mark: due_mark(r, now),
        })
        .collect();
    // Urgent requests first, each group by due time, then newest first, as the store gives them.
    rows.sort_by_key(|r| !r.urgent);
    let service = service_name(&state, &staff.service);
    let admin = staff.manages();
    let flash = session::take_flash(&state.db, &staff.me.session).await?;
    let notice = flash.contains(Notice::TriageTransferred).then(|| Notice::TriageTransferred.text());
    let alerts_failing = match admin {
        true => match alerts::store::failing(&state.db, Some(&staff.service)).await? {
            (count @ 1.., Some(at)) => {
                Some(msg("triage-alerts-failing").with_number("count", count).with("date", date_time(&i18n, at)))
            }
            _ => None,
        },
        false => None,
    };
    Ok(page
        .render(move || {
            view! {
                <QueuePage service=service.clone() tabs=tabs.clone() rows=rows.clone() admin=admin notice=notice.clone()
                    alerts_failing=alerts_failing.clone()/>
            }
        })
        .await)
}

/// What an audit entry says: the action, with the service's name or the status (in the reader's language).
fn event_text(state: &AppState, i18n: &I18n, action: Action, detail: Option<&str>) -> Text {
    let service = || detail.map(|slug| service_name(state, slug)).unwrap_or_default();
    match action {
        Action::Received => msg("triage-event-received").with("service", service()),
        Action::Viewed => msg("triage-event-viewed"),
        Action::Assigned => msg("triage-event-assigned"),
        Action::Status => {
            let status = detail.and_then(Status::parse).unwrap_or(Status::New);
            msg("triage-event-status").with("status", i18n.text(&status.label()))
        }
        Action::Note => msg("triage-event-note"),
        Action::Transferred => msg("triage-event-transferred").with("service", service()),
        Action::Needs => msg("needs-event"),
        Action::Outcomes => msg("outcome-event"),
    }
}

/// The needs part of a referral's page: every category (ticked if recorded), what was recorded and, once
/// closed, its outcomes and the onward referral.
async fn needs_view(state: &AppState, row: &ReferralRow) -> Result<NeedsView> {
    let recorded = store::needs(&state.db, row.id).await?;
    let categories = state.library.needs();
    let label =
        |id: &str| categories.iter().find(|c| c.id == id).map(|c| c.text()).unwrap_or_else(|| msg("needs-unknown"));
    let plan = store::plan(&state.db, row.id).await?;
    let closure = store::closure(&state.db, row.id).await?;
    Ok(NeedsView {
        categories: categories
            .iter()
            .map(|c| (c.id.clone(), c.text(), recorded.iter().any(|n| n.need == c.id)))
            .collect(),
        recorded: recorded
            .iter()
            .map(|n| NeedLine { label: label(&n.need), outcome: n.outcome, reason: n.reason })
            .collect(),
        plan: plan.and_then(|sealed| referrals::open_note(&state.referral_keys, row, &sealed)),
        onward: closure
            .filter(|_| row.status == Status::Closed)
            .map(|(onward, slug)| (onward, slug.map(|s| service_name(state, &s)))),
        services: state.directory.all().iter().map(|s| (s.slug.clone(), s.name.clone())).collect(),
        closed: row.status.is_closed(),
    })
}

/// The referral's page, with `form` holding what was typed into an action that needs correcting: for staff who
/// opened it recently (so their access is in its history); anyone else gets a button to open it.
async fn detail_page(state: &AppState, page: Page, queued: &Queued, form: Form) -> Result {
    let Queued { staff, row } = queued;
    if !triage::opened_recently(&state.db, row, staff.actor(state)).await? {
        let reference = row.reference.clone();
        return Ok(page.render(move || view! { <OpenReferralPage reference=reference.clone()/> }).await);
    }
    let i18n = page.i18n();
    let draft = referrals::open_details(&state.referral_keys, row).ok_or(ReferralError::Unreadable)?;
    let events = store::events(&state.db, row.id).await?;
    let people = names(state, events.iter().map(|e| e.actor_id).chain(std::iter::once(row.assigned_to))).await?;
    // Views are many and say little each: one line for all of them, the changes listed in full.
    let viewed: Vec<_> = events.iter().filter(|e| e.action == Action::Viewed).collect();
    let views = viewed.last().map(|last| Views {
        count: viewed.len() as i64,
        last_by: last.actor_id.and_then(|id| people.get(&id).cloned()),
        last_at: date_time(&i18n, last.at),
    });
    let history = events
        .iter()
        .rev()
        .filter(|e| e.action != Action::Viewed)
        .map(|e| HistoryEntry {
            when: date_time(&i18n, e.at),
            who: e.actor_id.and_then(|id| people.get(&id).cloned()),
            what: event_text(state, &i18n, e.action, e.detail.as_deref()),
            note: e.note_sealed.as_deref().and_then(|n| referrals::open_note(&state.referral_keys, row, n)),
        })
        .collect();
    let detail_rows = |rows: Vec<_>| rows.into_iter().map(|r: SummaryRow| DetailRow { key: r.key, value: r.value });
    let (contact, details) = summary::for_staff(&draft);
    let (contact, details) = (detail_rows(contact).collect(), detail_rows(details).collect());
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
        from: from_label(row, &draft),
        urgent: triage::is_urgent(&draft),
        views,
        reference: row.reference.clone(),
        received: date_time(&i18n, row.created_at),
        status: row.status,
        assigned: row.assigned_to.and_then(|id| people.get(&id).cloned()),
        assigned_to_me: row.assigned_to == Some(staff.me.user.id),
        safety,
        contact,
        details,
        history,
        transfer_to,
        needs: needs_view(state, row).await?,
    };
    let flash = session::take_flash(&state.db, &staff.me.session).await?;
    let notice = flash.contains(Notice::TriageSaved).then(|| Notice::TriageSaved.text());
    let status = if form.has_errors() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok(page
        .with_status(status)
        .render(move || match notice.clone() {
            Some(n) => view! { <ReferralPage referral=view.clone() form=form.clone() notice=n/> }.into_any(),
            None => view! { <ReferralPage referral=view.clone() form=form.clone()/> }.into_any(),
        })
        .await)
}

/// The referral's page. Reading it writes nothing.
pub async fn show(State(state): State<AppState>, page: Page, queued: Queued) -> Result {
    detail_page(&state, page, &queued, Form::new()).await
}

/// Opens the referral: records the view, then shows it.
pub async fn open(State(state): State<AppState>, queued: Queued) -> Result {
    triage::view(&state.db, &queued.row, queued.staff.actor(&state)).await?;
    Ok(Redirect::to(&format!("/staff/referrals/{}", queued.row.reference)).into_response())
}

/// The audit log: a manager's own service's referrals (and what its staff did), every service's for the
/// operator.
pub async fn audit(State(state): State<AppState>, page: Page, manager: Manager) -> Result {
    let events = store::recent_events(&state.db, manager.scope.service(), 500).await?;
    let people = names(&state, events.iter().map(|(e, _, _)| e.actor_id)).await?;
    let i18n = page.i18n();
    let rows: Vec<AuditRow> = events
        .iter()
        .map(|(e, reference, service)| AuditRow {
            when: date_time(&i18n, e.at),
            reference: reference.clone(),
            service: service_name(&state, service),
            who: e.actor_id.and_then(|id| people.get(&id).cloned()),
            what: event_text(&state, &i18n, e.action, e.detail.as_deref()),
        })
        .collect();
    Ok(page.render(move || view! { <AuditPage rows=rows.clone()/> }).await)
}

/// Where a request came from, when not the public request journey: the registered organisation that sent it
/// (through a worker or its own system), or a hate incident report. Shown only beside details the reader may
/// open.
fn from_label(row: &referrals::store::ReferralRow, draft: &referrals::draft::Draft) -> Option<app::i18n::Text> {
    use app::models::{partners::JourneyKind, referral::Source};
    let organisation = || row.organisation.clone().unwrap_or_else(|| draft.partner.organisation.clone());
    match (row.source, draft.kind) {
        (_, JourneyKind::Hate) => Some(msg("hate-from-report")),
        (Source::Api, _) => Some(msg("api-from-system").with("organisation", organisation())),
        (Source::Partner, _) | (_, JourneyKind::Partner) => {
            Some(msg("partners-from-partner").with("organisation", organisation()))
        }
        (Source::Web, JourneyKind::Request) => None,
    }
}
