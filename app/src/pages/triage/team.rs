//! For service managers (and the operator, for every service): the team, with each account's role, standing
//! and last sign-in, and what a manager can do to it (disable or enable it, give it a new enrolment link, make
//! it a manager or a caseworker); inviting someone; the one-time link, shown once; and the staff account log
//! (enrolments, sign-ins, failed sign-ins, these changes), which holds nothing personal.

use crate::components::{BackLink, Button, ErrorSummary, Radio, Radios, Table, TextInput};
use crate::forms::Form;
use crate::i18n::{msg, use_i18n, I18n, Text};
use crate::models::staff::{StaffRole, StaffStanding};
use crate::shell::PageTitle;
use leptos::prelude::*;

/// One staff account.
#[derive(Clone, Debug)]
pub struct TeamMember {
    pub id: i64,
    pub name: String,
    /// The service's name, on the operator's page (which lists every service's staff).
    pub service: Option<String>,
    pub role: Option<StaffRole>,
    pub standing: StaffStanding,
    pub last_signed_in: Option<String>,
    /// Whether the manager looking at the page may change it (never their own account, never an operator's).
    pub changeable: bool,
}

/// One entry of the staff account log.
#[derive(Clone, Debug)]
pub struct TeamEvent {
    pub when: String,
    pub who: String,
    /// The manager who did it, if not the account itself.
    pub by: Option<String>,
    pub what: Text,
}

/// A small form of one button acting on one account; the account's name is read out with the button.
fn action_button(
    i18n: &I18n,
    m: &TeamMember,
    path: &str,
    text: &str,
    class: &str,
    role: Option<StaffRole>,
) -> impl IntoView {
    let label = i18n.text(&msg("staff-team-action-for").with("action", text).with("name", m.name.clone()));
    view! {
        <form method="post" action=format!("/staff/team/{}/{path}", m.id) class="wm-inline-form">
            {role.map(|r| view! { <input type="hidden" name="role" value=r.as_str()/> })}
            <button type="submit" class=class.to_string() aria-label=label>{text.to_string()}</button>
        </form>
    }
}

fn member_actions(i18n: &I18n, m: &TeamMember) -> impl IntoView {
    if !m.changeable {
        return None;
    }
    let (warning, secondary) = ("wm-button wm-button--warning", "wm-button wm-button--secondary");
    let mut actions = Vec::new();
    if m.standing == StaffStanding::Disabled {
        actions.push(action_button(i18n, m, "enable", &i18n.t("staff-enable"), secondary, None).into_any());
    } else {
        let reset = if m.standing == StaffStanding::Invited { i18n.t("staff-new-link") } else { i18n.t("staff-reset") };
        actions.push(action_button(i18n, m, "reset", &reset, secondary, None).into_any());
        match m.role {
            Some(StaffRole::Caseworker) => actions.push(
                action_button(i18n, m, "role", &i18n.t("staff-make-manager"), secondary, Some(StaffRole::Manager))
                    .into_any(),
            ),
            Some(StaffRole::Manager) => actions.push(
                action_button(
                    i18n,
                    m,
                    "role",
                    &i18n.t("staff-make-caseworker"),
                    secondary,
                    Some(StaffRole::Caseworker),
                )
                .into_any(),
            ),
            _ => {}
        }
        actions.push(action_button(i18n, m, "disable", &i18n.t("staff-disable"), warning, None).into_any());
    }
    Some(view! { <div class="wm-button-group">{actions}</div> })
}

/// The team page. `all_services` on the operator's page; `form` carries a refusal to show at the top.
#[component]
pub fn TeamPage(
    service: Option<String>,
    members: Vec<TeamMember>,
    events: Vec<TeamEvent>,
    #[prop(optional)] form: Form,
) -> impl IntoView {
    let i18n = use_i18n();
    let all_services = service.is_none();
    let members = members
        .into_iter()
        .map(|m| {
            let role = m.role.map(|r| i18n.text(&r.label())).unwrap_or_default();
            let last = m.last_signed_in.clone().unwrap_or_else(|| i18n.t("staff-never-signed-in"));
            view! {
                <tr class="wm-table__row">
                    <td class="wm-table__cell">{m.name.clone()}</td>
                    {all_services.then(|| view! { <td class="wm-table__cell">{m.service.clone().unwrap_or_default()}</td> })}
                    <td class="wm-table__cell">{role}</td>
                    <td class="wm-table__cell">{i18n.text(&m.standing.label())}</td>
                    <td class="wm-table__cell">{i18n.digits(&last)}</td>
                    <td class="wm-table__cell">{member_actions(&i18n, &m)}</td>
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
    let caption = service.clone().unwrap_or_else(|| i18n.t("staff-team-every-service"));
    // The service column only where the team spans every service.
    let mut team_headings = vec![i18n.t("staff-team-name")];
    if all_services {
        team_headings.push(i18n.t("staff-team-service"));
    }
    team_headings.extend([
        i18n.t("staff-team-role"),
        i18n.t("staff-team-standing"),
        i18n.t("staff-team-last-sign-in"),
        i18n.t("staff-team-action"),
    ]);
    view! {
        <PageTitle text=i18n.t("staff-team-title") error=form.has_errors()/>
        <ErrorSummary form=form.clone()/>
        <span class="wm-caption">{caption}</span>
        <h1 class="wm-heading-xl">{i18n.t("staff-team-heading")}</h1>
        <p class="wm-body">{i18n.t("staff-team-lead")}</p>
        <p class="wm-body"><a class="wm-button" href="/staff/team/invite">{i18n.t("staff-invite-link")}</a></p>
        <Table caption=i18n.t("staff-team-heading") id="team" headings=team_headings>
            <tbody class="wm-table__body">{members}</tbody>
        </Table>
        <h2 class="wm-heading-l">{i18n.t("staff-log-heading")}</h2>
        <p class="wm-body">{i18n.t("staff-log-lead")}</p>
        <Table caption=i18n.t("staff-log-heading") headings=vec![
            i18n.t("triage-audit-when"),
            i18n.t("staff-team-name"),
            i18n.t("triage-audit-what"),
            i18n.t("staff-log-by"),
        ]>
            <tbody class="wm-table__body">{events}</tbody>
        </Table>
    }
}

/// The invitation form: a name, a role, and (on the operator's page, `services` non-empty) a service.
#[component]
pub fn InvitePage(
    /// The manager's service, or none for the operator.
    service: Option<String>,
    roles: Vec<StaffRole>,
    /// Receiving services (slug, name), for the operator to choose from.
    services: Vec<(String, String)>,
    form: Form,
) -> impl IntoView {
    let i18n = use_i18n();
    let role_options = roles
        .into_iter()
        .map(|r| Radio { value: r.as_str().into(), label: i18n.text(&r.label()), hint: Some(i18n.text(&r.hint())) })
        .collect::<Vec<_>>();
    let service_field = (!services.is_empty()).then(|| {
        let options = services
            .into_iter()
            .map(|(slug, name)| Radio { value: slug.into(), label: name, hint: None })
            .collect::<Vec<_>>();
        view! {
            <Radios
                name="service"
                legend=i18n.t("staff-invite-service")
                hint=i18n.t("staff-invite-service-hint")
                options=options
                form=form.clone()
            />
        }
    });
    view! {
        <PageTitle text=i18n.t("staff-invite-title") error=form.has_errors()/>
        <BackLink href="/staff/team".to_string()/>
        <ErrorSummary form=form.clone()/>
        {service.map(|s| view! { <span class="wm-caption">{s}</span> })}
        <h1 class="wm-heading-xl">{i18n.t("staff-invite-heading")}</h1>
        <p class="wm-body">{i18n.t("staff-invite-lead")}</p>
        <form method="post" action="/staff/team/invite" novalidate>
            <TextInput
                name="name"
                label=i18n.t("staff-invite-name")
                hint=i18n.t("staff-invite-name-hint")
                form=form.clone()
                autocomplete="off"
                spellcheck_off=true
            />
            <Radios name="role" legend=i18n.t("staff-invite-role") options=role_options form=form.clone()/>
            {service_field}
            <Button text=i18n.t("staff-invite-submit")/>
        </form>
    }
}

/// A one-time enrolment link, ready to copy, with when it expires and that it is shown only once.
#[component]
pub fn EnrolmentLinkField(link: String, expires: String) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="wm-form-group">
            <label class="wm-label" for="enrolment-link">{i18n.t("staff-link-label")}</label>
            <div class="wm-hint" id="enrolment-link-hint">
                {i18n.digits(&i18n.text(&msg("staff-link-expires").with("when", expires)))}
            </div>
            <input
                class="wm-input"
                id="enrolment-link"
                type="text"
                readonly=true
                value=link
                spellcheck="false"
                aria-describedby="enrolment-link-hint"
            />
        </div>
        <p class="wm-body">{i18n.t("staff-link-once")}</p>
    }
}

/// A new one-time enrolment link, shown only in the answer to the post that made it.
#[component]
pub fn EnrolmentLinkPage(name: String, link: String, expires: String, reset: bool) -> impl IntoView {
    let i18n = use_i18n();
    let lead = if reset { msg("staff-link-lead-reset") } else { msg("staff-link-lead") };
    view! {
        <PageTitle text=i18n.t("staff-link-title")/>
        <h1 class="wm-heading-xl">{i18n.t("staff-link-heading")}</h1>
        <p class="wm-body">{i18n.text(&lead.with("name", name))}</p>
        <EnrolmentLinkField link=link expires=expires/>
        <p class="wm-body"><a class="wm-link" href="/staff/team">{i18n.t("staff-link-back")}</a></p>
    }
}
