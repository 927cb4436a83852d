//! What a page needs to know about the request it is drawn for, provided by the server as context.

use leptos::prelude::*;

/// The name of the session cookie (the `__Host-` prefix makes browsers insist on Secure, Path=/ and no Domain).
pub const SESSION_COOKIE: &str = "__Host-wm_session";

/// Facts about the current request that the frame around a page uses.
#[derive(Clone, Debug, Default)]
pub struct RequestInfo {
    /// Path and query of the page, for forms that return the reader to where they were.
    pub path: String,
    /// Whether someone is signed in (the header then offers the account page and signing out).
    pub signed_in: bool,
    /// Seconds until the session ends without activity, for the in-page warning.
    pub session_seconds_left: Option<i64>,
}

/// The current request's [`RequestInfo`]; an empty one when rendering outside a request (in tests).
pub fn use_request_info() -> RequestInfo {
    use_context::<RequestInfo>().unwrap_or_default()
}
