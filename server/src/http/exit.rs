//! `POST /exit`: the exit control. It ends any session on the server and asks the browser to clear this site's
//! cookies, storage and cache. The form posted without JavaScript is then sent on to the neutral site; the
//! beacon the island sends as it leaves by itself gets no content.

use super::{accounts::end_visit_headers, error::Result, visitor::Visitor};
use crate::{auth::session, AppState};
use app::shell::NEUTRAL_EXIT_URL;
use axum::{
    extract::State,
    response::{IntoResponse, Redirect},
    routing::post,
    Router,
};
use http::{HeaderMap, StatusCode};

/// The exit control's form and beacon.
pub fn router() -> Router<AppState> {
    Router::new().route("/exit", post(leave))
}

pub async fn leave(State(state): State<AppState>, visitor: Visitor, headers: HeaderMap) -> Result {
    if let Some(session) = &visitor.session {
        // The exit control must clear the browser even when the database is down: log the failure (once, here),
        // never show it.
        if let Err(e) = session::end(&state.db, session).await {
            tracing::error!(%e, "could not end a session on exit");
        }
    }
    let mut response = if is_beacon(&headers) {
        StatusCode::NO_CONTENT.into_response()
    } else {
        Redirect::to(NEUTRAL_EXIT_URL).into_response()
    };
    end_visit_headers(&mut response);
    Ok(response)
}

/// Whether the browser says the request is not a navigation (the island's beacon). A browser too old to say
/// is sent on to the neutral site, which is right for the form and harmless for a beacon.
fn is_beacon(headers: &HeaderMap) -> bool {
    headers.get("sec-fetch-mode").is_some_and(|mode| mode != "navigate")
}

#[cfg(test)]
mod tests {
    use super::is_beacon;
    use http::{HeaderMap, HeaderValue};

    #[test]
    fn only_a_request_that_is_not_a_navigation_is_a_beacon() {
        let with = |mode: &'static str| {
            let mut headers = HeaderMap::new();
            headers.insert("sec-fetch-mode", HeaderValue::from_static(mode));
            headers
        };
        assert!(is_beacon(&with("no-cors")));
        assert!(is_beacon(&with("cors")));
        assert!(!is_beacon(&with("navigate")));
        assert!(!is_beacon(&HeaderMap::new()));
    }
}
