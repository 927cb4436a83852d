//! For administrators: the audit log (every view and change of a referral) and the commissioner's report
//! (counts only, nothing personal), also offered as CSV.

use crate::i18n::{use_i18n, Text};
use crate::shell::PageTitle;
use leptos::prelude::*;

/// One audit entry.
#[derive(Clone, Debug)]
pub struct AuditRow {
    pub when: String,
    pub reference: String,
    pub service: String,
    pub who: Option<String>,
    pub what: Text,
}

#[component]
pub fn AuditPage(rows: Vec<AuditRow>) -> impl IntoView {
    let i18n = use_i18n();
    let body = rows
        .into_iter()
        .map(|r| {
            let who = r.who.clone().unwrap_or_else(|| i18n.t("triage-history-system"));
            view! {
                <tr class="wm-table__row">
                    <td class="wm-table__cell">{i18n.digits(&r.when)}</td>
                    <td class="wm-table__cell">{r.reference.clone()}</td>
                    <td class="wm-table__cell">{r.service.clone()}</td>
                    <td class="wm-table__cell">{who}</td>
                    <td class="wm-table__cell">{i18n.text(&r.what)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <PageTitle text=i18n.t("triage-audit-title")/>
        <h1 class="wm-heading-xl">{i18n.t("triage-audit-heading")}</h1>
        <p class="wm-body">{i18n.t("triage-audit-lead")}</p>
        <div class="wm-table-wrapper" role="region" tabindex="0" aria-label=i18n.t("triage-audit-heading")>
            <table class="wm-table">
                <caption class="wm-table__caption wm-visually-hidden">{i18n.t("triage-audit-heading")}</caption>
                <thead class="wm-table__head">
                    <tr class="wm-table__row">
                        <th scope="col" class="wm-table__header">{i18n.t("triage-audit-when")}</th>
                        <th scope="col" class="wm-table__header">{i18n.t("triage-reference")}</th>
                        <th scope="col" class="wm-table__header">{i18n.t("triage-audit-service")}</th>
                        <th scope="col" class="wm-table__header">{i18n.t("triage-audit-who")}</th>
                        <th scope="col" class="wm-table__header">{i18n.t("triage-audit-what")}</th>
                    </tr>
                </thead>
                <tbody class="wm-table__body">{body}</tbody>
            </table>
        </div>
    }
}

/// One table of the report: a dimension and its counts.
#[derive(Clone, Debug)]
pub struct ReportTable {
    pub title: Text,
    pub rows: Vec<(String, String)>,
}

#[component]
pub fn ReportPage(days: i64, total: i64, tables: Vec<ReportTable>) -> impl IntoView {
    let i18n = use_i18n();
    let periods = [30, 90, 365]
        .into_iter()
        .map(|d| {
            let current = (d == days).then_some("page");
            let label = i18n.tr("triage-report-days", &[("days", d.into())]);
            view! { <li class="wm-filter__item"><a class="wm-link" href=format!("/staff/report?days={d}") aria-current=current>{label}</a></li> }
        })
        .collect_view();
    let tables = tables
        .into_iter()
        .map(|t| {
            let title = i18n.text(&t.title);
            let rows = t
                .rows
                .into_iter()
                .map(|(name, count)| {
                    view! {
                        <tr class="wm-table__row">
                            <th scope="row" class="wm-table__header">{name}</th>
                            <td class="wm-table__cell wm-table__cell--numeric">{count}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <table class="wm-table">
                    <caption class="wm-table__caption">{title}</caption>
                    <thead class="wm-table__head">
                        <tr class="wm-table__row">
                            <th scope="col" class="wm-table__header">{i18n.t("triage-report-answer")}</th>
                            <th scope="col" class="wm-table__header">{i18n.t("triage-report-count")}</th>
                        </tr>
                    </thead>
                    <tbody class="wm-table__body">{rows}</tbody>
                </table>
            }
        })
        .collect_view();
    view! {
        <PageTitle text=i18n.t("triage-report-title")/>
        <h1 class="wm-heading-xl">{i18n.t("triage-report-heading")}</h1>
        <p class="wm-body">{i18n.t("triage-report-lead")}</p>
        <nav class="wm-filter" aria-label=i18n.t("triage-report-period")>
            <ul class="wm-filter__list wm-filter__list--inline">{periods}</ul>
        </nav>
        <p class="wm-body-l">{i18n.tr("triage-report-total", &[("count", total.into())])}</p>
        <p class="wm-body"><a class="wm-link" href=format!("/staff/report.csv?days={days}") download="report.csv">{i18n.t("triage-report-csv")}</a></p>
        {tables}
    }
}
