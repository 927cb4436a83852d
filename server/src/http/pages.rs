//! Handlers for the pages that need nothing but the shell: the home page, the footer's information pages and
//! the not-found page.

use super::page::Page;
use super::visitor::Visitor;
use crate::AppState;
use app::pages::{
    errors::NotFoundPage,
    home::HomePage,
    info::{AccessibilityPage, CookiesPage, PrivacyPage, StayingSafeOnlinePage},
};
use axum::{extract::State, response::Response};
use http::StatusCode;
use leptos::prelude::*;

pub async fn home(State(state): State<AppState>, page: Page, visitor: Visitor) -> Response {
    let resume = super::guides::continue_reading(&state, page.locale(), &visitor).await;
    page.render(move || match resume.clone() {
        Some(r) => view! { <HomePage continue_reading=r/> }.into_any(),
        None => view! { <HomePage/> }.into_any(),
    })
    .await
}

pub async fn staying_safe_online(page: Page) -> Response {
    page.render(|| view! { <StayingSafeOnlinePage/> }).await
}

pub async fn privacy(page: Page) -> Response {
    page.render(|| view! { <PrivacyPage/> }).await
}

pub async fn accessibility(page: Page) -> Response {
    page.render(|| view! { <AccessibilityPage/> }).await
}

pub async fn cookies(page: Page) -> Response {
    page.render(|| view! { <CookiesPage/> }).await
}

pub async fn not_found(page: Page) -> Response {
    page.with_status(StatusCode::NOT_FOUND).render(|| view! { <NotFoundPage/> }).await
}
