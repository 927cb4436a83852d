//! The home page: what Waymark is, that support does not depend on the police, and how to get help now.

use super::help::{EmergencyHelp, Helplines};
use crate::i18n::use_i18n;
use crate::models::guide::Resume;
use crate::shell::PageTitle;
use leptos::prelude::*;

/// `continue_reading` is the guide a signed-in reader opened last.
#[component]
pub fn HomePage(#[prop(optional)] continue_reading: Option<Resume>) -> impl IntoView {
    let i18n = use_i18n();
    let resume = continue_reading.map(|Resume { code, title, step }| {
        view! {
            <div class="wm-inset-text">
                <p class="wm-body">{i18n.t("guides-continue")}</p>
                <p class="wm-body"><a class="wm-link" href=format!("/guides/{code}/{step}")>{title}</a></p>
            </div>
        }
    });
    view! {
        <PageTitle text=i18n.t("home-title")/>
        <h1 class="wm-heading-xl">{i18n.t("home-heading")}</h1>
        <p class="wm-body-l">{i18n.t("home-lead")}</p>
        // The two ways in, before anything else, so that on a phone they are on the first screen.
        <ul class="wm-list wm-home-start">
            <li><a class="wm-link" href="/request">{i18n.t("home-request-link")}</a></li>
            <li><a class="wm-link" href="/guides">{i18n.t("home-guides-link")}</a></li>
        </ul>
        {resume}
        <EmergencyHelp/>
        <h2 class="wm-heading-l">{i18n.t("home-guides-heading")}</h2>
        <p class="wm-body">{i18n.t("home-guides-body")}</p>
        <ul class="wm-list">
            <li><a class="wm-link" href="/guides">{i18n.t("home-guides-link")}</a></li>
            <li><a class="wm-link" href="/guides/check-in">{i18n.t("home-check-in-link")}</a></li>
        </ul>
        <h2 class="wm-heading-l">{i18n.t("home-police-heading")}</h2>
        <p class="wm-body">{i18n.t("home-police-body")}</p>
        <p class="wm-body">{i18n.t("home-police-immigration")}</p>
        <ul class="wm-list">
            <li><a class="wm-link" href="/request">{i18n.t("home-request-link")}</a></li>
            <li><a class="wm-link" href="/services">{i18n.t("home-services-link")}</a></li>
            <li><a class="wm-link" href="/report">{i18n.t("home-report-hate-link")}</a></li>
        </ul>
        <h2 class="wm-heading-l">{i18n.t("home-talk-heading")}</h2>
        <p class="wm-body">{i18n.t("home-talk-body")}</p>
        <Helplines/>
        <h2 class="wm-heading-l">{i18n.t("home-private-heading")}</h2>
        <p class="wm-body">{i18n.t("home-private-exit")}</p>
        <p class="wm-body">
            <a class="wm-link" href="/staying-safe-online">{i18n.t("home-private-link")}</a>
        </p>
    }
}
