//! The service directory: filters by what happened and by who a service is for (neutral codes in the address),
//! and a search whose words are posted, never put in the address.

use super::{error::Result, form::LenientForm, page::Page};
use crate::{content::code_for, AppState};
use app::{
    i18n::{I18n, Locale, Text},
    models::vocabulary,
    pages::services::{
        directory::{DirectoryListing, DirectoryPage},
        Filter,
    },
};
use axum::{
    extract::{Query, State},
    routing::get,
    Router,
};
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

/// The vocabulary id whose neutral code (of `kind`) is `code`; an unknown code filters nothing.
fn id_for(kind: &str, list: &[(&'static str, Text)], code: Option<&str>) -> Option<&'static str> {
    let code = code?;
    list.iter().map(|(id, _)| *id).find(|id| code_for(kind, id) == code)
}

/// The directory filtered by the crime type and group whose codes are `what` and `who`, and by `search`.
fn listing(
    state: &AppState,
    i18n: &I18n,
    what: Option<&str>,
    who: Option<&str>,
    search: Option<String>,
) -> DirectoryListing {
    let crime = id_for("crime", &vocabulary::crime_types(), what);
    let group = id_for("group", &vocabulary::groups(), who);
    // Crime types by name, in English and in the reader's language, so that "burglary" finds who helps with it.
    let english = i18n.in_locale(Locale::En);
    let crime_names: Vec<(&str, String)> = vocabulary::crime_types()
        .into_iter()
        .flat_map(|(id, name)| [(id, i18n.text(&name)), (id, english.text(&name))])
        .collect();
    let services = state.directory.matching(crime, group, search.as_deref(), &crime_names);
    let crime_code = crime.map(|id| code_for("crime", id));
    let group_code = group.map(|id| code_for("group", id));
    let crimes = vocabulary::crime_types()
        .into_iter()
        .map(|(id, name)| {
            let code = code_for("crime", id);
            Filter {
                selected: crime_code.as_deref() == Some(code.as_str()),
                href: href(Some(&code), group_code.as_deref()),
                name: i18n.text(&name),
            }
        })
        .collect();
    let groups = vocabulary::groups()
        .into_iter()
        .filter(|(id, _)| *id != vocabulary::EVERYONE)
        .map(|(id, name)| {
            let code = code_for("group", id);
            Filter {
                selected: group_code.as_deref() == Some(code.as_str()),
                href: href(crime_code.as_deref(), Some(&code)),
                name: i18n.text(&name),
            }
        })
        .collect();
    DirectoryListing { services, crimes, groups, all_href: href(None, None), search }
}

pub async fn index(State(state): State<AppState>, page: Page, Query(query): Query<DirectoryQuery>) -> Result {
    let listing = listing(&state, &page.i18n(), query.what.as_deref(), query.who.as_deref(), None);
    Ok(page.render(move || view! { <DirectoryPage listing=listing.clone()/> }).await)
}

#[derive(Default, Deserialize)]
pub struct SearchForm {
    #[serde(default)]
    q: String,
}

/// Search words arrive in the body of a post, so they never appear in an address or the browser's history.
pub async fn search(State(state): State<AppState>, page: Page, LenientForm(form): LenientForm<SearchForm>) -> Result {
    let search = super::form::search_words(&form.q);
    let listing = listing(&state, &page.i18n(), None, None, search);
    Ok(page.render(move || view! { <DirectoryPage listing=listing.clone()/> }).await)
}
