//! `POST /exit`: sent by the exit control as the page disappears. It ends any session on the server and asks
//! the browser to clear this site's cookies, storage and cache.

use super::{accounts::end_visit_headers, error::Result, visitor::Visitor};
use crate::{auth::session, AppState};
use axum::{extract::State, response::IntoResponse, routing::post, Router};
use http::StatusCode;

/// The exit control's call.
pub fn router() -> Router<AppState> {
    Router::new().route("/exit", post(leave))
}

pub async fn leave(State(state): State<AppState>, visitor: Visitor) -> Result {
    if let Some(session) = &visitor.session {
        // The exit control must clear the browser even when the database is down: log the failure (once, here),
        // never show it.
        if let Err(e) = session::end(&state.db, session).await {
            tracing::error!(%e, "could not end a session on exit");
        }
    }
    let mut response = StatusCode::NO_CONTENT.into_response();
    end_visit_headers(&mut response);
    Ok(response)
}
