//! The read-only Open Referral UK API: `GET /api/oruk` (what the API is), `/api/oruk/services` (the standard's
//! paginated list, `?page=` and `?per_page=`) and `/api/oruk/services/{id}`. Open to any origin, outside the
//! page layers (no session, so no cookie is ever set), and built from the directory alone: nothing personal.

use crate::AppState;
use axum::{
    extract::{Path, Query, State},
    response::{IntoResponse, Response},
    routing::get,
    Json, Router,
};
use http::{header, HeaderMap, HeaderValue, StatusCode};
use serde::Deserialize;
use serde_json::json;
use tower_http::set_header::SetResponseHeaderLayer;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/oruk", get(info))
        .route("/api/oruk/services", get(services))
        .route("/api/oruk/services/{id}", get(service))
        .layer(SetResponseHeaderLayer::overriding(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*")))
}

/// The origin the API's links use: the configured public origin, or the request's host.
fn origin(state: &AppState, headers: &HeaderMap) -> String {
    state.config.public_origin.clone().unwrap_or_else(|| {
        let host = headers.get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or("localhost");
        format!("http://{host}")
    })
}

async fn info() -> Json<serde_json::Value> {
    Json(crate::oruk::info())
}

/// Page numbers as the standard names them; anything unreadable is the default.
#[derive(Deserialize)]
struct Paging {
    page: Option<String>,
    per_page: Option<String>,
}

async fn services(State(state): State<AppState>, headers: HeaderMap, Query(paging): Query<Paging>) -> Response {
    let number = |s: Option<String>, default: usize| s.and_then(|s| s.parse().ok()).unwrap_or(default);
    let page = number(paging.page, 1);
    let per_page = number(paging.per_page, crate::oruk::DEFAULT_PER_PAGE);
    Json(crate::oruk::page(&state.directory, &origin(&state, &headers), page, per_page)).into_response()
}

async fn service(State(state): State<AppState>, headers: HeaderMap, Path(id): Path<String>) -> Response {
    match crate::oruk::by_id(&state.directory, &id) {
        Some(s) => Json(crate::oruk::service(s, &origin(&state, &headers))).into_response(),
        None => (StatusCode::NOT_FOUND, Json(json!({ "error": "no service with this id" }))).into_response(),
    }
}
