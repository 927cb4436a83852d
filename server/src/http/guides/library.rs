//! The list of guides (filtered by topic, by who they are for or by a BSL video, or searched) and the BSL page.
//! A signed-in reader is offered the guide they opened last.

use crate::{
    content::code_for,
    guides::find,
    http::{error::Result, form, form::LenientForm, page::Page, visitor::Visitor},
    AppState,
};
use app::{
    i18n::Locale,
    pages::{
        bsl::BslPage,
        guides::{
            index::{GuideIndexPage, GuideListing},
            TopicFilter,
        },
    },
};
use axum::extract::{Query, State};
use leptos::prelude::*;
use serde::Deserialize;

#[derive(Default, Deserialize)]
pub struct ListQuery {
    #[serde(default)]
    topic: Option<String>,
    #[serde(default, rename = "for")]
    audience: Option<String>,
    #[serde(default)]
    bsl: Option<String>,
}

/// The list for a reader of `locale`, showing the guides that pass `filter`.
fn listing(state: &AppState, locale: Locale, filter: find::Filter<'_>) -> GuideListing {
    let guides = find::guides(&state.library, locale, filter).into_iter().map(|g| state.library.summary(locale, g));
    let topics = state
        .library
        .topics()
        .iter()
        .map(|id| {
            let code = code_for("topic", id);
            let selected = filter.topic == Some(code.as_str());
            TopicFilter { selected, code, name: state.library.topic_name(locale, id) }
        })
        .collect();
    GuideListing {
        guides: guides.collect(),
        topics,
        for_supporters: filter.supporters,
        search: filter.words.map(str::to_string),
        bsl_only: filter.bsl,
        continue_reading: None,
    }
}

pub async fn index(
    State(state): State<AppState>,
    page: Page,
    visitor: Visitor,
    Query(query): Query<ListQuery>,
) -> Result {
    let locale = page.locale();
    let filter = find::Filter {
        topic: query.topic.as_deref(),
        supporters: query.audience.as_deref() == Some("supporters"),
        bsl: query.bsl.is_some(),
        words: None,
    };
    let listing = GuideListing {
        continue_reading: super::continue_reading(&state, locale, &visitor).await?,
        ..listing(&state, locale, filter)
    };
    Ok(page.render(move || view! { <GuideIndexPage listing=listing.clone()/> }).await)
}

#[derive(Default, Deserialize)]
pub struct SearchForm {
    #[serde(default)]
    q: String,
}

/// Search words arrive in the body of a post, so they never appear in an address or the browser's history.
pub async fn search(State(state): State<AppState>, page: Page, LenientForm(input): LenientForm<SearchForm>) -> Result {
    let words = form::search_words(&input.q);
    let listing = listing(&state, page.locale(), find::Filter { words: words.as_deref(), ..find::Filter::default() });
    Ok(page.render(move || view! { <GuideIndexPage listing=listing.clone()/> }).await)
}

/// `/bsl`: guides with a British Sign Language video, and how to reach services in BSL.
pub async fn bsl(State(state): State<AppState>, page: Page) -> Result {
    let filter = find::Filter { bsl: true, ..find::Filter::default() };
    let guides: Vec<(String, String)> = find::guides(&state.library, page.locale(), filter)
        .into_iter()
        .map(|g| (g.code.clone(), g.title.clone()))
        .collect();
    let services: Vec<_> = state
        .directory
        .all()
        .iter()
        .filter(|s| s.offers_bsl() || s.groups.iter().any(|g| g == "deaf"))
        .cloned()
        .collect();
    let directory = format!("/services?who={}", code_for("group", "deaf"));
    Ok(page
        .render(move || {
            view! { <BslPage guides=guides.clone() services=services.clone() deaf_services=directory.clone()/> }
        })
        .await)
}
