//! The British Sign Language page: what is available in BSL now (999 BSL, video relay, asking a service to
//! contact you in BSL, Deaf organisations in the directory), the guides with a BSL video, and how a guide's BSL
//! video appears. Relay UK is listed as what it is: text relay, not sign language.

use crate::components::WarningText;
use crate::i18n::use_i18n;
use crate::shell::PageTitle;
use crate::{models::service::Service, pages::services::card::ServiceCard};
use leptos::prelude::*;

#[component]
pub fn BslPage(
    /// Guides with a BSL video: (code, title).
    guides: Vec<(String, String)>,
    /// Services that offer BSL, and services for Deaf people.
    services: Vec<Service>,
    /// The service directory filtered for Deaf people.
    deaf_services: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let guide_list = if guides.is_empty() {
        view! { <p class="wm-body">{i18n.t("bsl-page-no-guides")}</p> }.into_any()
    } else {
        let items = guides
            .into_iter()
            .map(|(code, title)| view! { <li><a class="wm-link" href=format!("/guides/{code}")>{title}</a></li> })
            .collect_view();
        view! { <ul class="wm-list wm-list--bullet">{items}</ul> }.into_any()
    };
    let services = (!services.is_empty()).then(|| {
        let cards = services.into_iter().map(|s| view! { <ServiceCard service=s level=3/> }).collect_view();
        view! {
            <h2 class="wm-heading-m">{i18n.t("bsl-page-services-heading")}</h2>
            <ul class="wm-service-list">{cards}</ul>
        }
    });
    view! {
        <PageTitle text=i18n.t("bsl-page-title")/>
        <h1 class="wm-heading-xl">{i18n.t("bsl-page-heading")}</h1>
        <p class="wm-body-l">{i18n.t("bsl-page-lead")}</p>
        <WarningText text=i18n.t("bsl-page-999")/>
        <h2 class="wm-heading-m">{i18n.t("bsl-page-contact-heading")}</h2>
        <ul class="wm-list wm-list--bullet">
            <li>{i18n.t("bsl-page-relay-uk")}</li>
            <li>{i18n.t("bsl-page-video-relay")}</li>
            <li>{i18n.t("bsl-page-request")} " " <a class="wm-link" href="/request">{i18n.t("bsl-page-request-link")}</a></li>
        </ul>
        <h2 class="wm-heading-m">{i18n.t("bsl-page-guides-heading")}</h2>
        {guide_list}
        <p class="wm-body">{i18n.t("bsl-page-how-guides")}</p>
        {services}
        <p class="wm-body"><a class="wm-link" href=deaf_services>{i18n.t("bsl-page-deaf-services")}</a></p>
    }
}
