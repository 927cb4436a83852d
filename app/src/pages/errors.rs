//! Pages shown when something cannot be done: an address that does not exist, or a form sent from another
//! website.

use crate::i18n::use_i18n;
use crate::shell::PageTitle;
use leptos::prelude::*;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=i18n.t("not-found-title")/>
        <h1 class="wm-heading-xl">{i18n.t("not-found-heading")}</h1>
        <p class="wm-body">{i18n.t("not-found-body")}</p>
        <p class="wm-body"><a class="wm-link" href="/">{i18n.t("not-found-home")}</a></p>
    }
}

#[component]
pub fn CrossSitePage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=i18n.t("cross-site-title")/>
        <h1 class="wm-heading-xl">{i18n.t("cross-site-heading")}</h1>
        <p class="wm-body">{i18n.t("cross-site-body")}</p>
        <p class="wm-body"><a class="wm-link" href="/">{i18n.t("not-found-home")}</a></p>
    }
}

/// Something went wrong on our side (the database could not be reached, for example).
#[component]
pub fn ServerErrorPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=i18n.t("server-error-title")/>
        <h1 class="wm-heading-xl">{i18n.t("server-error-heading")}</h1>
        <p class="wm-body">{i18n.t("server-error-body")}</p>
        <p class="wm-body">{i18n.t("server-error-urgent")}</p>
    }
}
