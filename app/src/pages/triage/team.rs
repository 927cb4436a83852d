//! For administrators: the staff accounts of their service, each of which they can disable (it cannot sign
//! in, its sessions end, and what it did stays attributed to it) or enable again, and the staff account log
//! (enrolments, sign-ins, failed sign-ins, second-factor resets, disabling), which holds nothing personal.

use crate::components::{Button, ButtonKind};
use crate::i18n::{use_i18n, Text};
use crate::models::staff::StaffStanding;
use crate::shell::PageTitle;
use leptos::prelude::*;

/// One staff account.
#[derive(Clone, Debug)]
pub struct TeamMember {
    pub id: i64,
    pub name: String,
    pub admin: bool,
    pub standing: StaffStanding,
    /// The administrator looking at the page (who cannot disable themselves).
    pub is_me: bool,
}

/// One entry of the staff account log.
#[derive(Clone, Debug)]
pub struct TeamEvent {
    pub when: String,
    pub who: String,
    /// The administrator who did it, if not the account itself.
    pub by: Option<String>,
    pub what: Text,
}

#[component]
pub fn TeamPage(service: String, members: Vec<TeamMember>, events: Vec<TeamEvent>) -> impl IntoView {
    let i18n = use_i18n();
    let members = members
        .into_iter()
        .map(|m| {
            let role = if m.admin { i18n.t("staff-role-admin") } else { i18n.t("staff-role-staff") };
            let action = match (m.is_me, m.standing) {
                (true, _) => None,
                (false, StaffStanding::Disabled) => Some(("enable", i18n.t("staff-enable"), ButtonKind::Secondary)),
                (false, _) => Some(("disable", i18n.t("staff-disable"), ButtonKind::Warning)),
            };
            let action = action.map(|(path, text, kind)| {
                view! {
                    <form method="post" action=format!("/staff/team/{}/{path}", m.id)>
                        <Button text=text kind=kind/>
                    </form>
                }
            });
            view! {
                <tr class="wm-table__row">
                    <td class="wm-table__cell">{m.name.clone()}</td>
                    <td class="wm-table__cell">{role}</td>
                    <td class="wm-table__cell">{i18n.text(&m.standing.label())}</td>
                    <td class="wm-table__cell">{action}</td>
                </tr>
            }
        })
        .collect_view();
    let events = events
        .into_iter()
        .map(|e| {
            let by = e.by.clone().unwrap_or_default();
            view! {
                <tr class="wm-table__row">
                    <td class="wm-table__cell">{i18n.digits(&e.when)}</td>
                    <td class="wm-table__cell">{e.who.clone()}</td>
                    <td class="wm-table__cell">{i18n.text(&e.what)}</td>
                    <td class="wm-table__cell">{by}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <PageTitle text=i18n.t("staff-team-title")/>
        <span class="wm-caption">{service}</span>
        <h1 class="wm-heading-xl">{i18n.t("staff-team-heading")}</h1>
        <p class="wm-body">{i18n.t("staff-team-lead")}</p>
        <div class="wm-table-wrapper" role="region" tabindex="0" aria-label=i18n.t("staff-team-heading")>
            <table class="wm-table">
                <caption class="wm-table__caption wm-visually-hidden">{i18n.t("staff-team-heading")}</caption>
                <thead class="wm-table__head">
                    <tr class="wm-table__row">
                        <th scope="col" class="wm-table__header">{i18n.t("staff-team-name")}</th>
                        <th scope="col" class="wm-table__header">{i18n.t("staff-team-role")}</th>
                        <th scope="col" class="wm-table__header">{i18n.t("staff-team-standing")}</th>
                        <th scope="col" class="wm-table__header">{i18n.t("staff-team-action")}</th>
                    </tr>
                </thead>
                <tbody class="wm-table__body">{members}</tbody>
            </table>
        </div>
        <h2 class="wm-heading-l">{i18n.t("staff-log-heading")}</h2>
        <p class="wm-body">{i18n.t("staff-log-lead")}</p>
        <div class="wm-table-wrapper" role="region" tabindex="0" aria-label=i18n.t("staff-log-heading")>
            <table class="wm-table">
                <caption class="wm-table__caption wm-visually-hidden">{i18n.t("staff-log-heading")}</caption>
                <thead class="wm-table__head">
                    <tr class="wm-table__row">
                        <th scope="col" class="wm-table__header">{i18n.t("triage-audit-when")}</th>
                        <th scope="col" class="wm-table__header">{i18n.t("staff-team-name")}</th>
                        <th scope="col" class="wm-table__header">{i18n.t("triage-audit-what")}</th>
                        <th scope="col" class="wm-table__header">{i18n.t("staff-log-by")}</th>
                    </tr>
                </thead>
                <tbody class="wm-table__body">{events}</tbody>
            </table>
        </div>
    }
}
