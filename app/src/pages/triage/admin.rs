//! For administrators: the audit log (every view and change of a referral).

use crate::components::Table;
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
        <Table caption=i18n.t("triage-audit-heading") headings=vec![
            i18n.t("triage-audit-when"),
            i18n.t("triage-reference"),
            i18n.t("triage-audit-service"),
            i18n.t("triage-audit-who"),
            i18n.t("triage-audit-what"),
        ]>
            <tbody class="wm-table__body">{body}</tbody>
        </Table>
    }
}
