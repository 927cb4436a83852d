//! The start page of a request: what it is for, what happens, and that it is independent of the police.

use crate::components::WarningText;
use crate::i18n::use_i18n;
use crate::shell::PageTitle;
use leptos::prelude::*;

#[component]
pub fn RequestStartPage(signed_in: bool) -> impl IntoView {
    let i18n = use_i18n();
    let account = if signed_in { i18n.t("request-start-signed-in") } else { i18n.t("request-start-no-account") };
    view! {
        <PageTitle text=i18n.t("request-title")/>
        <h1 class="wm-heading-xl">{i18n.t("request-start-heading")}</h1>
        <p class="wm-body-l">{i18n.t("request-start-lead")}</p>
        <p class="wm-body">{i18n.t("request-start-police")}</p>
        <h2 class="wm-heading-m">{i18n.t("request-start-how-heading")}</h2>
        <ul class="wm-list wm-list--bullet">
            <li>{i18n.t("request-start-how-questions")}</li>
            <li>{i18n.t("request-start-how-service")}</li>
            <li>{i18n.t("request-start-how-safe")}</li>
            <li>{i18n.t("request-start-how-time")}</li>
        </ul>
        <p class="wm-body">{account}</p>
        <WarningText text=i18n.t("request-start-urgent")/>
        <a href="/request/safe" role="button" draggable="false" class="wm-button wm-button--start">
            {i18n.t("request-start-button")}
        </a>
        <p class="wm-body"><a class="wm-link" href="/services">{i18n.t("request-start-directory")}</a></p>
        <p class="wm-body"><a class="wm-link" href="/request/status">{i18n.t("follow-start-link")}</a></p>
    }
}
