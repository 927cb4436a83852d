//! Handlers for the pages that need nothing but the shell: the home page, the footer's information pages and
//! the not-found page.

use super::{
    error::{Error, Result},
    page::Page,
    visitor::Visitor,
};
use crate::AppState;
use app::pages::{
    home::HomePage,
    info::{AccessibilityPage, CookiesPage, PrivacyPage, StayingSafeOnlinePage},
};
use axum::extract::State;
use axum::{routing::get, Router};
use leptos::prelude::*;

/// The home page and the footer's information pages.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(home))
        .route("/staying-safe-online", get(staying_safe_online))
        .route("/privacy", get(privacy))
        .route("/accessibility", get(accessibility))
        .route("/cookies", get(cookies))
}

pub async fn home(State(state): State<AppState>, page: Page, visitor: Visitor) -> Result {
    let resume = super::guides::continue_reading(&state, page.locale(), &visitor).await?;
    Ok(page
        .render(move || match resume.clone() {
            Some(r) => view! { <HomePage continue_reading=r/> }.into_any(),
            None => view! { <HomePage/> }.into_any(),
        })
        .await)
}

pub async fn staying_safe_online(page: Page) -> Result {
    Ok(page.render(|| view! { <StayingSafeOnlinePage/> }).await)
}

pub async fn privacy(page: Page) -> Result {
    Ok(page.render(|| view! { <PrivacyPage/> }).await)
}

pub async fn accessibility(page: Page) -> Result {
    Ok(page.render(|| view! { <AccessibilityPage/> }).await)
}

pub async fn cookies(page: Page) -> Result {
    Ok(page.render(|| view! { <CookiesPage/> }).await)
}

/// Any address that is not a page or a file.
pub async fn not_found() -> Error {
    Error::NotFound
}
