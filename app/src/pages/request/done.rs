//! The confirmation: the request has been sent, a neutral reference, what happens next, and other services
//! that fit what happened.

use crate::i18n::use_i18n;
use crate::shell::PageTitle;
use crate::{models::service::Service, pages::request::follow::FollowOffer, pages::services::card::ServiceCard};
use leptos::prelude::*;

#[component]
pub fn RequestDonePage(
    reference: String,
    service: Service,
    suggestions: Vec<Service>,
    signed_in: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let others = (!suggestions.is_empty()).then(|| {
        let cards = suggestions.into_iter().map(|s| view! { <ServiceCard service=s level=3/> }).collect_view();
        view! {
            <h2 class="wm-heading-m">{i18n.t("request-done-others-heading")}</h2>
            <p class="wm-body">{i18n.t("request-done-others-lead")}</p>
            <ul class="wm-service-list">{cards}</ul>
        }
    });
    // The reference never breaks across lines: the sentence is drawn around it.
    let sentence = i18n.tr("request-done-reference", &[("reference", reference.clone().into())]);
    let (before, after) = match sentence.split_once(reference.as_str()) {
        Some((b, a)) => (b.to_string(), a.to_string()),
        None => (sentence.clone(), String::new()),
    };
    // How soon the service will make contact is said only when the service has declared it.
    let next = match service.contact_within_working_days {
        Some(days) => i18n.tr(
            "request-done-next-within",
            &[("service", service.name.clone().into()), ("days", (days as i64).into())],
        ),
        None => i18n.tr("request-done-next", &[("service", service.name.clone().into())]),
    };
    let status =
        if signed_in { i18n.t("request-done-status-account") } else { i18n.t("request-done-status-reference") };
    view! {
        <PageTitle text=i18n.t("request-done-title")/>
        <div class="wm-panel">
            <h1 class="wm-panel__title">{i18n.t("request-done-heading")}</h1>
            <div class="wm-panel__body">{before}<strong class="wm-panel__reference">{reference}</strong>{after}</div>
        </div>
        <h2 class="wm-heading-m">{i18n.t("request-done-next-heading")}</h2>
        <p class="wm-body">{next}</p>
        <p class="wm-body">{i18n.t("request-done-safe")}</p>
        <p class="wm-body">{status}</p>
        <p class="wm-body">{i18n.t("request-done-urgent")}</p>
        {(!signed_in).then(|| view! { <FollowOffer/> })}
        {others}
        <h2 class="wm-heading-m">{i18n.t("request-done-meanwhile-heading")}</h2>
        <p class="wm-body"><a class="wm-link" href="/guides">{i18n.t("request-done-guides")}</a></p>
    }
}
