//! `GET /healthz`: whether this node can reach its database, for load balancers and monitoring, and whether
//! alerts to services are being delivered. Alerts waiting longer than [`alerts::STALE_SECONDS`] make the answer
//! `degraded` (still 200: the node serves pages; the mail server or the mail settings need attention).

use crate::{alerts, AppState};
use axum::{extract::State, response::IntoResponse, Json};
use http::StatusCode;
use serde_json::json;
use std::time::Duration;

pub async fn check(State(state): State<AppState>) -> impl IntoResponse {
    let reachable = matches!(tokio::time::timeout(Duration::from_secs(2), state.db.ping()).await, Ok(Ok(())));
    let stale = match reachable {
        true => {
            let before = state.clock.now() - alerts::STALE_SECONDS;
            tokio::time::timeout(Duration::from_secs(2), alerts::store::undelivered_since(&state.db, before))
                .await
                .ok()
                .and_then(Result::ok)
        }
        false => None,
    };
    let (status, word) = match (reachable, stale) {
        (false, _) => (StatusCode::SERVICE_UNAVAILABLE, "unavailable"),
        (true, Some(0)) => (StatusCode::OK, "ok"),
        (true, _) => (StatusCode::OK, "degraded"),
    };
    let body = json!({
        "status": word,
        "database": { "backend": state.db.backend(), "reachable": reachable },
        "alerts": {
            "configured": state.mail.is_some(),
            "undelivered_older_than_minutes": alerts::STALE_SECONDS / 60,
            "undelivered": stale,
        },
    });
    (status, Json(body))
}
