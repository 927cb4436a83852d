//! A service's queue: filters by status with counts, and one row per referral, urgent ones first and marked.
//! Each reference is a button that opens the referral (a post, as opening it is recorded). Requests waiting for
//! contact show when contact is due, marked in words (not colour alone) when due today or overdue.

use crate::components::Table;
use crate::i18n::{use_i18n, Text};
use crate::models::referral::Status;
use crate::shell::PageTitle;
use leptos::prelude::*;

/// A referral as the queue lists it: nothing personal.
#[derive(Clone, Debug)]
pub struct QueueRow {
    /// Not safe now, still happening, or crisis support asked for.
    pub urgent: bool,
    pub reference: String,
    pub received: String,
    pub crimes: Vec<Text>,
    pub age: Text,
    pub status: Status,
    pub assigned: Option<String>,
    pub for_someone: bool,
    /// Where it came from, when not the public request journey: a partner organisation, a hate incident report.
    pub from: Option<Text>,
    /// The last day for contact (London time), while the request waits for contact.
    pub due: Option<String>,
    pub due_mark: Option<DueMark>,
}

/// How a request waiting for contact stands against its deadline, when it needs attention.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DueMark {
    DueToday,
    Overdue,
}

/// A status filter with its count.
#[derive(Clone, Debug)]
pub struct StatusTab {
    pub status: Option<Status>,
    pub count: i64,
    pub selected: bool,
}

#[component]
pub fn QueuePage(
    service: String,
    tabs: Vec<StatusTab>,
    rows: Vec<QueueRow>,
    admin: bool,
    #[prop(default = None)] notice: Option<Text>,
    /// For managers: alerts to the service's inbox that could not be sent yet.
    #[prop(default = None)]
    alerts_failing: Option<Text>,
) -> impl IntoView {
    let i18n = use_i18n();
    let alerts_failing = alerts_failing.map(|text| view! { <crate::components::WarningText text=i18n.text(&text)/> });
    let notice = notice.map(|n| view! { <crate::components::NotificationBanner text=i18n.text(&n) success=true/> });
    let tabs = tabs
        .into_iter()
        .map(|t| {
            let (href, name) = match &t.status {
                Some(s) => (format!("/staff/referrals?status={s}"), i18n.text(&s.label())),
                None => ("/staff/referrals".to_string(), i18n.t("triage-all")),
            };
            let current = t.selected.then_some("page");
            view! {
                <li class="wm-filter__item">
                    <a class="wm-link" href=href aria-current=current>{name}" (" {t.count} ")"</a>
                </li>
            }
        })
        .collect_view();
    let empty = rows.is_empty().then(|| view! { <p class="wm-body">{i18n.t("triage-queue-empty")}</p> });
    let table = (!rows.is_empty()).then(|| {
        let body = rows
            .into_iter()
            .map(|r| {
                let crimes = r.crimes.iter().map(|c| i18n.text(c)).collect::<Vec<_>>().join(", ");
                let assigned = r.assigned.clone().unwrap_or_else(|| i18n.t("triage-unassigned"));
                let who = match &r.from {
                    Some(from) => i18n.text(from),
                    None if r.for_someone => i18n.t("triage-by-supporter"),
                    None => i18n.t("triage-self"),
                };
                let urgent = r.urgent.then(|| view! { " " <strong class="wm-tag wm-tag--urgent">{i18n.t("triage-urgent")}</strong> });
                let row_class = if r.urgent { "wm-table__row wm-table__row--urgent" } else { "wm-table__row" };
                let due_mark = r.due_mark.map(|mark| {
                    let (class, word) = match mark {
                        DueMark::Overdue => ("wm-tag wm-tag--overdue", i18n.t("triage-overdue")),
                        DueMark::DueToday => ("wm-tag wm-tag--due-today", i18n.t("triage-due-today")),
                    };
                    view! { " " <strong class=class>{word}</strong> }
                });
                let due = r.due.clone().map(|d| i18n.digits(&d)).unwrap_or_else(|| i18n.t("triage-due-none"));
                view! {
                    <tr class=row_class>
                        <td class="wm-table__cell wm-table__cell--nowrap">
                            <form method="post" action=format!("/staff/referrals/{}/open", r.reference) class="wm-inline-form">
                                <button type="submit" class="wm-link-button">{r.reference.clone()}</button>
                            </form>
                            {urgent}
                        </td>
                        <td class="wm-table__cell wm-table__cell--nowrap">{i18n.digits(&r.received)}</td>
                        <td class="wm-table__cell">{due}{due_mark}</td>
                        <td class="wm-table__cell">{crimes}</td>
                        <td class="wm-table__cell">{i18n.text(&r.age)}</td>
                        <td class="wm-table__cell">{who}</td>
                        <td class="wm-table__cell">{i18n.text(&r.status.label())}</td>
                        <td class="wm-table__cell">{assigned}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <Table caption=i18n.t("triage-queue-caption") modifier="wm-table--queue" headings=vec![
                i18n.t("triage-reference"),
                i18n.t("triage-received"),
                i18n.t("triage-due"),
                i18n.t("triage-what"),
                i18n.t("triage-age"),
                i18n.t("triage-from"),
                i18n.t("triage-status"),
                i18n.t("triage-assigned"),
            ]>
                <tbody class="wm-table__body">{body}</tbody>
            </Table>
        }
    });
    let admin_links = admin.then(|| {
        view! {
            <p class="wm-body">
                <a class="wm-link" href="/staff/returns">{i18n.t("triage-report-link")}</a>
                " · "
                <a class="wm-link" href="/staff/audit">{i18n.t("triage-audit-link")}</a>
                " · "
                <a class="wm-link" href="/staff/team">{i18n.t("staff-team-link")}</a>
            </p>
        }
    });
    view! {
        <PageTitle text=i18n.t("triage-title")/>
        <span class="wm-caption">{service}</span>
        {notice}
        <h1 class="wm-heading-xl">{i18n.t("triage-queue-heading")}</h1>
        {admin_links}
        {alerts_failing}
        <p class="wm-body">{i18n.t("triage-urgent-first")} " " {i18n.t("triage-due-first")}</p>
        <nav class="wm-filter" aria-label=i18n.t("triage-filter-label")>
            <ul class="wm-filter__list wm-filter__list--inline">{tabs}</ul>
        </nav>
        {empty}
        {table}
    }
}
