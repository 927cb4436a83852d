//! The HTTP layer: the route table and the middleware every response passes through.
//!
//! Each feature's module exports its own `router()`; this one assembles them. Layers, outermost first: request id
//! and tracing → security headers → caching of static files → anonymous pages from memory ([`page_cache`]) →
//! compression of HTML → body limit → cross-site request refusal → (pages only) the visitor → drawing errors
//! ([`error`]) → handlers.

pub mod accounts;
pub mod api;
pub mod api_keys;
pub mod assets;
pub mod cookies;
pub mod csrf;
pub mod diary;
pub mod error;
pub mod exit;
pub mod follow;
pub mod form;
pub mod guides;
pub mod hate;
pub mod health;
pub mod islands;
pub mod language;
pub mod organisations;
pub mod oruk;
pub mod page;
pub mod page_cache;
pub mod pages;
pub mod partners;
pub mod request_id;
pub mod requests;
pub mod returns;
pub mod roles;
pub mod security;
pub mod services;
pub mod team;
pub mod triage;
pub mod valid_html;
pub mod visitor;

use crate::AppState;
use axum::{extract::DefaultBodyLimit, handler::Handler, middleware, routing::get, Router};
use http::{header::CONTENT_TYPE, HeaderMap, StatusCode, Version};
use std::sync::Arc;
use tower::ServiceBuilder;
use tower_http::{
    compression::{CompressionLayer, CompressionLevel},
    services::ServeDir,
};

/// Brotli and gzip level for pages compressed on the fly: the libraries' defaults (brotli's 11) cost more CPU
/// than rendering the page; 4 keeps most of the saving at a fraction of the cost.
const HTML_COMPRESSION_LEVEL: i32 = 4;

/// Largest request body accepted, in bytes. Forms are small; anything larger is refused before parsing.
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// The whole application. Pages get the visitor (session, account, client address) and have their errors drawn
/// as localised pages; `/healthz` and the static files get neither.
pub fn router(state: AppState) -> Router {
    let page_layers = ServiceBuilder::new()
        .layer(middleware::from_fn_with_state(state.clone(), visitor::load))
        .layer(middleware::from_fn_with_state(state.clone(), error::render))
        .layer(middleware::from_fn(language::remember_asked));
    let pages = Router::new()
        .merge(pages::router())
        .merge(language::router())
        .merge(accounts::router())
        .merge(diary::router())
        .merge(guides::router())
        .merge(services::router())
        .merge(requests::router())
        .merge(follow::router())
        .merge(triage::router())
        .merge(returns::router())
        .merge(team::router())
        .merge(api_keys::router())
        .merge(organisations::router())
        .merge(partners::router())
        .merge(hate::router())
        .merge(exit::router())
        .layer(page_layers.clone());
    let not_found = pages::not_found.layer(page_layers).with_state(state.clone());
    Router::new()
        .merge(pages)
        .route("/healthz", get(health::check))
        .merge(oruk::router())
        .merge(api::router())
        .nest_service("/pkg", assets::pkg_service(&state.config.site_root))
        // Public files at the site root (the favicon, for example); anything else is the not-found page.
        .fallback_service(ServeDir::new(&state.config.site_root).fallback(not_found))
        .layer(middleware::from_fn_with_state(state.clone(), csrf::refuse_cross_site))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(
            CompressionLayer::new()
                .quality(CompressionLevel::Precise(HTML_COMPRESSION_LEVEL))
                .compress_when(compressible),
        )
        .layer(middleware::from_fn_with_state(Arc::new(page_cache::PageCache::default()), page_cache::serve))
        .layer(middleware::from_fn(assets::cache_control))
        .layer(middleware::from_fn(security::headers))
        .layer(middleware::from_fn(request_id::trace))
        .with_state(state)
}

/// HTML and JSON are compressed on the fly; assets are served precompressed.
fn compressible(_: StatusCode, _: Version, headers: &HeaderMap, _: &http::Extensions) -> bool {
    headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("text/html") || t.starts_with("application/json"))
}
