//! The service directory: filters by what happened and by who a service is for (neutral codes in the address),
//! and a search whose words are posted, never put in the address.

use super::{form::LenientForm, page::Page};
use crate::{content::code_for, AppState};
use app::{
    i18n::Catalog,
    i18n::Locale,
    models::vocabulary,
    pages::services::{
        directory::{DirectoryListing, DirectoryPage},
        Filter,
    },
};
use axum::{
    extract::{Query, State},
    response::Response,
};
use axum::{routing::get, Router};
use leptos::prelude::*;
use serde::Deserialize;

/// The service directory.
pub fn router() -> Router<AppState> {
    Router::new().route("/services", get(index).post(search))
}

#[derive(Default, Deserialize)]
pub struct DirectoryQuery {
    #[serde(default)]
    what: Option<String>,
    #[serde(default)]
    who: Option<String>,
}

fn href(what: Option<&str>, who: Option<&str>) -> String {
    match (what, who) {
        (Some(a), Some(b)) => format!("/services?what={a}&who={b}"),
        (Some(a), None) => format!("/services?what={a}"),
        (None, Some(b)) => format!("/services?who={b}"),
        (None, None) => "/services".to_string(),
    }
}

fn listing(
    state: &AppState,
    catalog: &Catalog,
    locale: Locale,
    what: Option<&str>,
    who: Option<&str>,
    search: Option<String>,
) -> DirectoryListing {
    let crime = vocabulary::crime_types().into_iter().find(|(id, _)| Some(code_for("crime", id).as_str()) == what);
    let group = vocabulary::groups().into_iter().find(|(id, _)| Some(code_for("group", id).as_str()) == who);
    let words: Vec<String> = search
        .as_deref()
        .map(|s| s.to_lowercase().split_whitespace().map(str::to_string).collect())
        .unwrap_or_default();
    let services = state
        .directory
        .all()
        .iter()
        .filter(|s| {
            crime.as_ref().is_none_or(|(id, _)| s.helps_with_any_crime() || s.helps_with.iter().any(|c| c == id))
        })
        .filter(|s| group.as_ref().is_none_or(|(id, _)| s.groups.iter().any(|g| g == id || g == "everyone")))
        .filter(|s| {
            let text = format!("{} {}", s.name, s.summary).to_lowercase();
            words.iter().all(|w| text.contains(w.as_str()))
        })
        .cloned()
        .collect();
    let crime_code = crime.as_ref().map(|(id, _)| code_for("crime", id));
    let group_code = group.as_ref().map(|(id, _)| code_for("group", id));
    let crimes = vocabulary::crime_types()
        .into_iter()
        .map(|(id, name)| {
            let code = code_for("crime", id);
            Filter {
                selected: crime_code.as_deref() == Some(code.as_str()),
                href: href(Some(&code), group_code.as_deref()),
                name: catalog.format(locale, name.id, None),
            }
        })
        .collect();
    let groups = vocabulary::groups()
        .into_iter()
        .filter(|(id, _)| *id != "everyone")
        .map(|(id, name)| {
            let code = code_for("group", id);
            Filter {
                selected: group_code.as_deref() == Some(code.as_str()),
                href: href(crime_code.as_deref(), Some(&code)),
                name: catalog.format(locale, name.id, None),
            }
        })
        .collect();
    DirectoryListing { services, crimes, groups, all_href: href(None, None), search }
}

pub async fn index(State(state): State<AppState>, page: Page, Query(query): Query<DirectoryQuery>) -> Response {
    let listing = listing(&state, &state.catalog, page.locale(), query.what.as_deref(), query.who.as_deref(), None);
    page.render(move || view! { <DirectoryPage listing=listing.clone()/> }).await
}

#[derive(Default, Deserialize)]
pub struct SearchForm {
    #[serde(default)]
    q: String,
}

/// Search words arrive in the body of a post, so they never appear in an address or the browser's history.
pub async fn search(State(state): State<AppState>, page: Page, LenientForm(form): LenientForm<SearchForm>) -> Response {
    let search = super::form::search_words(&form.q);
    let listing = listing(&state, &state.catalog, page.locale(), None, None, search);
    page.render(move || view! { <DirectoryPage listing=listing.clone()/> }).await
}
