//! The account page and the sensitive changes made from it: password, authenticator, recovery codes, signing
//! out elsewhere, downloading one's information and deleting the account.

use super::ReauthFields;
use crate::components::{
    BackLink, Button, ButtonKind, ErrorSummary, NotificationBanner, Panel, SummaryList, SummaryRow, Table, TextInput,
    WarningText,
};
use crate::forms::Form;
use crate::i18n::{use_i18n, I18n, Text};
use crate::models::account::{Browser, Device, System};
use crate::models::staff::StaffRole;
use crate::shell::PageTitle;
use leptos::prelude::*;

/// A signed-in device, as the account page lists it.
#[derive(Clone, Debug)]
pub struct DeviceSession {
    pub device: Device,
    pub idle_minutes: i64,
    pub current: bool,
}

/// What the account page shows.
#[derive(Clone, Debug, Default)]
pub struct AccountOverview {
    pub supporter: bool,
    pub staff: bool,
    /// What a staff account may do.
    pub staff_role: Option<StaffRole>,
    pub service: Option<String>,
    pub recovery_codes_left: i64,
    pub sessions: Vec<DeviceSession>,
    pub notices: Vec<Text>,
    /// Requests for support this account has sent.
    pub requests: Vec<AccountRequest>,
}

/// A request for support as its sender sees it: a neutral status only.
#[derive(Clone, Debug)]
pub struct AccountRequest {
    pub reference: String,
    pub sent: String,
    pub service: String,
    pub status: Text,
    /// Closed, and the person may still say how it went.
    pub feedback: bool,
}

fn device_text(i18n: &I18n, device: Device) -> String {
    let browser = match device.browser {
        Browser::Chrome => i18n.t("device-browser-chrome"),
        Browser::Firefox => i18n.t("device-browser-firefox"),
        Browser::Safari => i18n.t("device-browser-safari"),
        Browser::Edge => i18n.t("device-browser-edge"),
        Browser::Samsung => i18n.t("device-browser-samsung"),
        Browser::Other => i18n.t("device-browser-other"),
    };
    let system = match device.system {
        System::Android => i18n.t("device-system-android"),
        System::Ios => i18n.t("device-system-ios"),
        System::Windows => i18n.t("device-system-windows"),
        System::MacOs => i18n.t("device-system-macos"),
        System::ChromeOs => i18n.t("device-system-chromeos"),
        System::Linux => i18n.t("device-system-linux"),
        System::Other => i18n.t("device-system-other"),
    };
    i18n.tr("device-description", &[("browser", browser.into()), ("system", system.into())])
}

fn idle_text(i18n: &I18n, minutes: i64) -> String {
    if minutes < 1 {
        i18n.t("time-just-now")
    } else if minutes < 60 {
        i18n.tr("time-minutes-ago", &[("minutes", minutes.into())])
    } else {
        i18n.tr("time-hours-ago", &[("hours", (minutes / 60).into())])
    }
}

/// Where a staff account's work is, by what its role may do: the queue, the team and audit log, the figures.
fn staff_links(i18n: &I18n, role: Option<StaffRole>, has_service: bool) -> impl IntoView {
    let mut links = Vec::new();
    if role.is_some_and(|r| r.works_queue()) && has_service {
        links.push(("/staff/referrals", i18n.t("account-staff-queue")));
    }
    if role.is_some_and(|r| r.manages()) {
        links.push(("/staff/team", i18n.t("staff-team-link")));
        links.push(("/staff/audit", i18n.t("triage-audit-link")));
    }
    if role.is_some_and(|r| r.sees_across_services() || r.manages()) {
        links.push(("/staff/returns", i18n.t("triage-report-link")));
    }
    if role.is_some_and(|r| r.sees_across_services()) {
        links.push(("/staff/api-keys", i18n.t("api-keys-link")));
        links.push(("/staff/organisations", i18n.t("partners-organisations-link")));
    }
    // A staff account without a role is a partner organisation's worker (migration 0017).
    if role.is_none() {
        links.push(("/refer", i18n.t("partners-refer-link")));
    }
    let items =
        links.into_iter().map(|(href, text)| view! { <li><a class="wm-link" href=href>{text}</a></li> }).collect_view();
    view! { <ul class="wm-list">{items}</ul> }
}

#[component]
pub fn AccountPage(overview: AccountOverview) -> impl IntoView {
    let i18n = use_i18n();
    let mut rows = Vec::new();
    if overview.staff {
        let role = overview.staff_role.map(|r| i18n.text(&r.label())).unwrap_or_else(|| i18n.t("account-role-staff"));
        rows.push(SummaryRow { key: i18n.t("account-role"), value: role, action: None });
        if let Some(service) = overview.service.clone() {
            rows.push(SummaryRow { key: i18n.t("account-service"), value: service, action: None });
        }
    } else {
        let audience = if overview.supporter { i18n.t("account-for-supporter") } else { i18n.t("account-for-self") };
        // A supporter's account points to the guides written for supporters.
        let guides =
            overview.supporter.then(|| ("/guides?for=supporters".to_string(), i18n.t("supporter-guides-link")));
        rows.push(SummaryRow { key: i18n.t("account-for"), value: audience, action: guides });
    }
    rows.push(SummaryRow {
        key: i18n.t("account-recovery-left"),
        value: overview.recovery_codes_left.to_string(),
        action: Some(("/account/recovery-codes".into(), i18n.t("account-recovery-get-new"))),
    });
    let notices =
        overview.notices.iter().map(|n| view! { <NotificationBanner text=i18n.text(n) success=true/> }).collect_view();
    let sessions = overview
        .sessions
        .iter()
        .map(|s| {
            let device = device_text(&i18n, s.device);
            let when =
                if s.current { i18n.t("account-sessions-this-device") } else { idle_text(&i18n, s.idle_minutes) };
            view! {
                <tr class="wm-table__row">
                    <td class="wm-table__cell">{device}</td>
                    <td class="wm-table__cell">{when}</td>
                </tr>
            }
        })
        .collect_view();
    let others = overview.sessions.iter().any(|s| !s.current);
    let requests = (!overview.requests.is_empty()).then(|| {
        let rows = overview
            .requests
            .iter()
            .map(|r| {
                view! {
                    <tr class="wm-table__row">
                        <td class="wm-table__cell">{r.reference.clone()}</td>
                        <td class="wm-table__cell">{r.sent.clone()}</td>
                        <td class="wm-table__cell">{r.service.clone()}</td>
                        <td class="wm-table__cell">
                            {i18n.text(&r.status)}
                            {r.feedback.then(|| view! {
                                " "
                                <a class="wm-link" href=format!("/account/requests/{}/feedback", r.reference)>
                                    {i18n.t("feedback-link")}
                                </a>
                            })}
                        </td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <h2 class="wm-heading-l">{i18n.t("account-requests-heading")}</h2>
            <Table caption=i18n.t("account-requests-caption") headings=vec![
                i18n.t("account-requests-reference"),
                i18n.t("account-requests-sent"),
                i18n.t("account-requests-service"),
                i18n.t("account-requests-status"),
            ]>
                <tbody class="wm-table__body">{rows}</tbody>
            </Table>
        }
    });
    view! {
        <PageTitle text=i18n.t("account-title")/>
        {notices}
        <h1 class="wm-heading-xl">{i18n.t("account-heading")}</h1>
        <SummaryList rows=rows/>

        {overview.staff.then(|| staff_links(&i18n, overview.staff_role, overview.service.is_some()))}
        {requests}

        <h2 class="wm-heading-l">{i18n.t("account-security-heading")}</h2>
        <ul class="wm-list">
            <li><a class="wm-link" href="/account/password">{i18n.t("account-change-password")}</a></li>
            <li><a class="wm-link" href="/account/authenticator">{i18n.t("account-reset-authenticator")}</a></li>
            <li><a class="wm-link" href="/account/recovery-codes">{i18n.t("account-new-recovery-codes")}</a></li>
        </ul>

        <h2 class="wm-heading-l">{i18n.t("account-sessions-heading")}</h2>
        <table class="wm-table">
            <caption class="wm-table__caption wm-visually-hidden">{i18n.t("account-sessions-caption")}</caption>
            <thead class="wm-table__head">
                <tr class="wm-table__row">
                    <th scope="col" class="wm-table__header">{i18n.t("account-sessions-device")}</th>
                    <th scope="col" class="wm-table__header">{i18n.t("account-sessions-last-active")}</th>
                </tr>
            </thead>
            <tbody class="wm-table__body">{sessions}</tbody>
        </table>
        {others.then(|| view! {
            <form method="post" action="/account/sessions/sign-out-others">
                <Button text=i18n.t("account-sessions-sign-out-others") kind=ButtonKind::Secondary/>
            </form>
        })}

        <h2 class="wm-heading-l">{i18n.t("account-data-heading")}</h2>
        <p class="wm-body">{i18n.t("account-data-body")}</p>
        <p class="wm-body"><a class="wm-link" href="/account/data" download="waymark-data.json">{i18n.t("account-data-download")}</a></p>

        {(!overview.staff).then(|| view! {
            <h2 class="wm-heading-l">{i18n.t("account-delete-heading")}</h2>
            <p class="wm-body"><a class="wm-link" href="/account/delete">{i18n.t("account-delete-link")}</a></p>
        })}

        <form method="post" action="/sign-out">
            <Button text=i18n.t("account-sign-out") kind=ButtonKind::Secondary/>
        </form>
    }
}

#[component]
pub fn ChangePasswordPage(form: Form) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=i18n.t("change-password-title") error=form.has_errors()/>
        <BackLink href="/account".to_string()/>
        <ErrorSummary form=form.clone()/>
        <h1 class="wm-heading-l">{i18n.t("change-password-heading")}</h1>
        <form method="post" action="/account/password" novalidate>
            <ReauthFields form=form.clone()/>
            <TextInput
                name="new_password"
                label=i18n.t("change-password-new-label")
                hint=i18n.t("new-password-hint")
                form=form
                input_type="password"
                autocomplete="new-password"
            />
            <Button text=i18n.t("change-password-button")/>
        </form>
    }
}

/// A sensitive change that needs only re-authentication: setting up the authenticator again, new recovery
/// codes, or deleting the account.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Confirmed {
    ResetAuthenticator,
    NewRecoveryCodes,
    DeleteAccount,
}

#[component]
pub fn ConfirmPage(action: Confirmed, form: Form) -> impl IntoView {
    let i18n = use_i18n();
    let (title, heading, path) = match action {
        Confirmed::ResetAuthenticator => {
            (i18n.t("reset-authenticator-title"), i18n.t("reset-authenticator-heading"), "/account/authenticator")
        }
        Confirmed::NewRecoveryCodes => {
            (i18n.t("new-codes-title"), i18n.t("new-codes-heading"), "/account/recovery-codes")
        }
        Confirmed::DeleteAccount => (i18n.t("delete-title"), i18n.t("delete-heading"), "/account/delete"),
    };
    let lead = match action {
        Confirmed::ResetAuthenticator => {
            view! { <p class="wm-body-l">{i18n.t("reset-authenticator-lead")}</p> }.into_any()
        }
        Confirmed::NewRecoveryCodes => view! { <p class="wm-body-l">{i18n.t("new-codes-lead")}</p> }.into_any(),
        Confirmed::DeleteAccount => view! { <WarningText text=i18n.t("delete-warning")/> }.into_any(),
    };
    let button = match action {
        Confirmed::DeleteAccount => {
            view! { <Button text=i18n.t("delete-button") kind=ButtonKind::Warning/> }.into_any()
        }
        _ => view! { <Button text=i18n.t("continue")/> }.into_any(),
    };
    view! {
        <PageTitle text=title error=form.has_errors()/>
        <BackLink href="/account".to_string()/>
        <ErrorSummary form=form.clone()/>
        <h1 class="wm-heading-l">{heading}</h1>
        {lead}
        <form method="post" action=path novalidate>
            <ReauthFields form=form/>
            {button}
        </form>
    }
}

#[component]
pub fn AccountDeletedPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=i18n.t("deleted-title")/>
        <Panel title=i18n.t("deleted-heading")/>
        <p class="wm-body">{i18n.t("deleted-body")}</p>
        <p class="wm-body"><a class="wm-link" href="/">{i18n.t("not-found-home")}</a></p>
    }
}
