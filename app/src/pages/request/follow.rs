//! Following a request without an account: the passphrase, shown once in the answer to the post that made it,
//! and `/request/status`, where the reference and passphrase show the request's neutral status.

use crate::components::{Button, ErrorSummary, SummaryList, SummaryRow, TextInput, WarningText};
use crate::forms::Form;
use crate::i18n::{use_i18n, Text};
use crate::shell::PageTitle;
use leptos::prelude::*;

/// A request as the person who sent it may see it: never the staff's work on it.
#[derive(Clone, Debug)]
pub struct FollowedRequest {
    pub reference: String,
    pub sent: String,
    pub service: String,
    /// The neutral status, with the day contact is expected where the service has declared it.
    pub status: Text,
}

/// The offer on the confirmation page: keep a way to check on the request without an account.
#[component]
pub fn FollowOffer() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h2 class="wm-heading-m">{i18n.t("follow-offer-heading")}</h2>
        <p class="wm-body">{i18n.t("follow-offer-lead")}</p>
        <p class="wm-body">{i18n.t("follow-offer-safety")}</p>
        <form method="post" action="/request/done/follow">
            <Button text=i18n.t("follow-offer-button") kind=crate::components::ButtonKind::Secondary/>
        </form>
    }
}

/// The reference and the new passphrase, shown once.
#[component]
pub fn FollowKeptPage(reference: String, passphrase: String) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=i18n.t("follow-kept-title")/>
        <h1 class="wm-heading-l">{i18n.t("follow-kept-heading")}</h1>
        <p class="wm-body">{i18n.t("follow-kept-lead")}</p>
        <dl class="wm-summary-list">
            <div class="wm-summary-list__row">
                <dt class="wm-summary-list__key">{i18n.t("follow-reference")}</dt>
                <dd class="wm-summary-list__value"><code data-testid="follow-reference">{reference}</code></dd>
            </div>
            <div class="wm-summary-list__row">
                <dt class="wm-summary-list__key">{i18n.t("follow-passphrase")}</dt>
                <dd class="wm-summary-list__value"><code data-testid="follow-passphrase">{passphrase}</code></dd>
            </div>
        </dl>
        <WarningText text=i18n.t("follow-kept-once")/>
        <p class="wm-body">{i18n.t("follow-kept-safety")}</p>
        <p class="wm-body">{i18n.t("follow-kept-replace")}</p>
        <p class="wm-body"><a class="wm-link" href="/request/status">{i18n.t("follow-kept-where")}</a></p>
    }
}

/// `/request/status`: the form, and the request's status once the reference and passphrase match.
#[component]
pub fn FollowStatusPage(form: Form, found: Option<FollowedRequest>) -> impl IntoView {
    let i18n = use_i18n();
    let result = found.map(|r| {
        let rows = vec![
            SummaryRow { key: i18n.t("follow-reference"), value: r.reference, action: None },
            SummaryRow { key: i18n.t("account-requests-sent"), value: i18n.digits(&r.sent), action: None },
            SummaryRow { key: i18n.t("account-requests-service"), value: r.service, action: None },
            SummaryRow {
                key: i18n.t("account-requests-status"),
                value: i18n.digits(&i18n.text(&r.status)),
                action: None,
            },
        ];
        view! {
            <h1 class="wm-heading-l">{i18n.t("follow-status-found-heading")}</h1>
            <div data-testid="follow-status"><SummaryList rows=rows/></div>
            <p class="wm-body">{i18n.t("follow-status-safety")}</p>
            <p class="wm-body">{i18n.t("request-done-urgent")}</p>
            <h2 class="wm-heading-m">{i18n.t("follow-status-again-heading")}</h2>
        }
    });
    let heading = result.is_none().then(|| view! { <h1 class="wm-heading-l">{i18n.t("follow-status-heading")}</h1> });
    view! {
        <PageTitle text=i18n.t("follow-status-title") error=form.has_errors()/>
        <ErrorSummary form=form.clone()/>
        {result}
        {heading}
        <p class="wm-body">{i18n.t("follow-status-lead")}</p>
        <form method="post" action="/request/status" novalidate>
            <TextInput
                name="reference"
                label=i18n.t("follow-reference")
                hint=i18n.t("follow-reference-hint")
                form=form.clone()
                autocomplete="off"
                width="10"
                spellcheck_off=true
            />
            <TextInput
                name="passphrase"
                label=i18n.t("follow-passphrase")
                hint=i18n.t("follow-passphrase-hint")
                form=form.clone()
                autocomplete="off"
                width="20"
                spellcheck_off=true
            />
            <Button text=i18n.t("follow-status-button")/>
        </form>
        <p class="wm-body">{i18n.t("follow-status-no-passphrase")}</p>
    }
}
