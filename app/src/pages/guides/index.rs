//! The list of guides: filters by topic and by who a guide is for (links with neutral codes, so they work
//! without JavaScript and reveal nothing in an address), and a search box whose words are posted, never put in
//! the address.

use super::TopicFilter;
use crate::components::Button;
use crate::i18n::{use_i18n, I18n};
use crate::models::guide::{Audience, GuideSummary, Resume};
use crate::shell::PageTitle;
use leptos::prelude::*;

/// What the list is showing.
#[derive(Clone, Debug, Default)]
pub struct GuideListing {
    pub guides: Vec<GuideSummary>,
    pub topics: Vec<TopicFilter>,
    /// Showing the guides for people supporting someone.
    pub for_supporters: bool,
    /// The words searched for, when this is a search result.
    pub search: Option<String>,
    /// Only guides with a British Sign Language video.
    pub bsl_only: bool,
    /// The guide a signed-in reader opened last.
    pub continue_reading: Option<Resume>,
}

pub fn audience_text(i18n: &I18n, audience: Audience) -> String {
    match audience {
        Audience::Victim => i18n.t("guide-for-victim"),
        Audience::Supporter => i18n.t("guide-for-supporter"),
        Audience::Both => i18n.t("guide-for-both"),
    }
}

#[component]
pub fn GuideIndexPage(listing: GuideListing) -> impl IntoView {
    let i18n = use_i18n();
    let suffix = if listing.for_supporters { "&for=supporters" } else { "" };
    let any_topic = !listing.topics.iter().any(|t| t.selected);
    let all_link = if listing.for_supporters { "/guides?for=supporters".to_string() } else { "/guides".to_string() };
    let topics = listing
        .topics
        .iter()
        .map(|t| {
            let href = format!("/guides?topic={}{suffix}", t.code);
            let current = t.selected.then_some("page");
            view! { <li class="wm-filter__item"><a class="wm-link" href=href aria-current=current>{t.name.clone()}</a></li> }
        })
        .collect_view();
    let cards = listing
        .guides
        .iter()
        .map(|g| {
            let minutes = i18n.tr("guide-minutes", &[("minutes", (g.minutes as i64).into())]);
            let bsl = g.has_bsl.then(|| view! { <li>{i18n.t("guide-has-bsl")}</li> });
            // An untranslated guide's title and summary are English, read left to right even in a right-to-left page.
            let lang = g.in_english.then_some("en");
            let dir = g.in_english.then_some("ltr");
            view! {
                <li class="wm-guide-card">
                    <h2 class="wm-heading-s wm-guide-card__title">
                        <a class="wm-link" href=format!("/guides/{}", g.code) lang=lang dir=dir>{g.title.clone()}</a>
                    </h2>
                    <p class="wm-body wm-guide-card__summary" lang=lang dir=dir>{g.summary.clone()}</p>
                    <ul class="wm-guide-card__meta">
                        <li>{audience_text(&i18n, g.audience)}</li>
                        <li>{minutes}</li>
                        {bsl}
                    </ul>
                </li>
            }
        })
        .collect_view();
    let count = i18n.tr("guides-count", &[("count", (listing.guides.len() as i64).into())]);
    let heading = match &listing.search {
        Some(words) => i18n.tr("guides-search-results", &[("words", words.clone().into())]),
        None => i18n.t("guides-heading"),
    };
    let resume = listing.continue_reading.clone().map(|Resume { code, title, step }| {
        view! {
            <div class="wm-inset-text">
                <p class="wm-body">{i18n.t("guides-continue")}</p>
                <p class="wm-body"><a class="wm-link" href=format!("/guides/{code}/{step}")>{title}</a></p>
            </div>
        }
    });
    view! {
        <PageTitle text=i18n.t("guides-title")/>
        <h1 class="wm-heading-xl">{heading}</h1>
        <p class="wm-body-l">{i18n.t("guides-lead")}</p>
        <p class="wm-body">{i18n.t("guides-impact")} " " <a class="wm-link" href="/guides/check-in">{i18n.t("guides-check-in-link")}</a></p>
        {resume}
        <form method="post" action="/guides" class="wm-search" role="search">
            <label class="wm-label" for="q">{i18n.t("guides-search-label")}</label>
            <div class="wm-search__row">
                <input class="wm-input wm-search__input" id="q" name="q" type="search" value=listing.search.clone().unwrap_or_default()/>
                <Button text=i18n.t("guides-search-button")/>
            </div>
        </form>
        <div class="wm-guides">
            <nav class="wm-filter" aria-label=i18n.t("guides-filter-label")>
                // Collapsed on a phone, so the guides come first; always open on a wider screen (see the style).
                <details class="wm-filter-details">
                <summary class="wm-filter-details__summary">{i18n.t("guides-filter-label")}</summary>
                <h2 class="wm-heading-s">{i18n.t("guides-filter-who")}</h2>
                <ul class="wm-filter__list">
                    <li class="wm-filter__item">
                        <a class="wm-link" href="/guides" aria-current=(!listing.for_supporters && !listing.bsl_only).then_some("page")>{i18n.t("guides-filter-everyone")}</a>
                    </li>
                    <li class="wm-filter__item">
                        <a class="wm-link" href="/guides?for=supporters" aria-current=listing.for_supporters.then_some("page")>{i18n.t("guides-filter-supporters")}</a>
                    </li>
                    <li class="wm-filter__item">
                        <a class="wm-link" href="/guides?bsl=1" aria-current=listing.bsl_only.then_some("page")>{i18n.t("guides-filter-bsl")}</a>
                    </li>
                </ul>
                <h2 class="wm-heading-s">{i18n.t("guides-filter-topic")}</h2>
                <ul class="wm-filter__list">
                    <li class="wm-filter__item"><a class="wm-link" href=all_link aria-current=any_topic.then_some("page")>{i18n.t("guides-filter-all")}</a></li>
                    {topics}
                </ul>
                </details>
            </nav>
            <div class="wm-guides__results">
                <p class="wm-body" role="status">{count}</p>
                <ul class="wm-guide-list">{cards}</ul>
            </div>
        </div>
    }
}
