//! `GET /healthz`: whether this node can reach its database, for load balancers and monitoring.

use crate::AppState;
use axum::{extract::State, response::IntoResponse, Json};
use http::StatusCode;
use serde_json::json;
use std::time::Duration;

pub async fn check(State(state): State<AppState>) -> impl IntoResponse {
    let reachable = matches!(tokio::time::timeout(Duration::from_secs(2), state.db.ping()).await, Ok(Ok(())));
    let status = if reachable { StatusCode::OK } else { StatusCode::SERVICE_UNAVAILABLE };
    let body = json!({
        "status": if reachable { "ok" } else { "unavailable" },
        "database": { "backend": state.db.backend(), "reachable": reachable },
    });
    (status, Json(body))
}
