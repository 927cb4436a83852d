//! The directory page: every service, filtered by what happened and by who it is for (links carrying neutral
//! codes, so they work without JavaScript and an address reveals nothing), with a search box whose words are
//! posted rather than put in the address.

use super::card::ServiceCard;
use super::Filter;
use crate::components::Button;
use crate::i18n::use_i18n;
use crate::models::service::Service;
use crate::shell::PageTitle;
use leptos::prelude::*;

/// What the directory is showing.
#[derive(Clone, Debug, Default)]
pub struct DirectoryListing {
    pub services: Vec<Service>,
    pub crimes: Vec<Filter>,
    pub groups: Vec<Filter>,
    /// The link that clears the filters.
    pub all_href: String,
    pub search: Option<String>,
}

fn filter_list(filters: &[Filter]) -> impl IntoView {
    filters
        .iter()
        .map(|f| {
            let current = f.selected.then_some("page");
            view! { <li class="wm-filter__item"><a class="wm-link" href=f.href.clone() aria-current=current>{f.name.clone()}</a></li> }
        })
        .collect_view()
}

#[component]
pub fn DirectoryPage(listing: DirectoryListing) -> impl IntoView {
    let i18n = use_i18n();
    let filtered = listing.crimes.iter().chain(&listing.groups).any(|f| f.selected);
    let count = i18n.tr("services-count", &[("count", (listing.services.len() as i64).into())]);
    let heading = match &listing.search {
        Some(words) => i18n.tr("services-search-results", &[("words", words.clone().into())]),
        None => i18n.t("services-heading"),
    };
    let cards = listing.services.iter().cloned().map(|s| view! { <ServiceCard service=s/> }).collect_view();
    view! {
        <PageTitle text=i18n.t("services-title")/>
        <h1 class="wm-heading-xl">{heading}</h1>
        <p class="wm-body-l">{i18n.t("services-lead")}</p>
        <div class="wm-inset-text">
            <p class="wm-body">{i18n.t("services-request-lead")}</p>
            <p class="wm-body"><a class="wm-link" href="/request">{i18n.t("services-request-link")}</a></p>
        </div>
        <form method="post" action="/services" class="wm-search" role="search">
            <label class="wm-label" for="q">{i18n.t("services-search-label")}</label>
            <div class="wm-search__row">
                <input class="wm-input wm-search__input" id="q" name="q" type="search" value=listing.search.clone().unwrap_or_default()/>
                <Button text=i18n.t("services-search-button")/>
            </div>
        </form>
        <div class="wm-guides">
            <nav class="wm-filter" aria-label=i18n.t("services-filter-label")>
                // Collapsed on a phone, so the services come first; always open on a wider screen (see the style).
                <details class="wm-filter-details">
                <summary class="wm-filter-details__summary">{i18n.t("services-filter-label")}</summary>
                <h2 class="wm-heading-s">{i18n.t("services-filter-what")}</h2>
                <ul class="wm-filter__list">{filter_list(&listing.crimes)}</ul>
                <h2 class="wm-heading-s">{i18n.t("services-filter-who")}</h2>
                <ul class="wm-filter__list">{filter_list(&listing.groups)}</ul>
                {filtered.then(|| view! { <p class="wm-body"><a class="wm-link" href=listing.all_href.clone()>{i18n.t("services-filter-clear")}</a></p> })}
                </details>
            </nav>
            <div class="wm-guides__results">
                <p class="wm-body" role="status">{count}</p>
                {listing.services.is_empty().then(|| view! {
                    <p class="wm-body"><a class="wm-link" href=listing.all_href.clone()>{i18n.t("services-filter-clear")}</a></p>
                })}
                <ul class="wm-service-list">{cards}</ul>
            </div>
        </div>
    }
}
