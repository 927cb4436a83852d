//! Refusal of cross-site requests that change state. Browsers say where a request comes from in
//! `Sec-Fetch-Site` and `Origin`; a POST (or any method other than GET, HEAD and OPTIONS) from another site is
//! refused before it reaches a handler. Cookies are also `SameSite`, so this is a second, independent defence.

use super::page::Page;
use crate::AppState;
use app::pages::errors::CrossSitePage;
use axum::{
    extract::{Request, State},
    middleware::Next,
    response::{IntoResponse, Response},
};
use http::{header::HOST, header::ORIGIN, HeaderMap, Method, StatusCode};

pub async fn refuse_cross_site(State(state): State<AppState>, req: Request, next: Next) -> Response {
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS)
        || is_same_site(req.headers(), state.config.public_origin.as_deref())
    {
        return next.run(req).await;
    }
    tracing::warn!("refused a cross-site request");
    let (parts, _) = req.into_parts();
    if parts.method == Method::POST && parts.uri.path() == "/exit" {
        return StatusCode::FORBIDDEN.into_response();
    }
    if parts.uri.path().starts_with("/api/") {
        let detail = "The API is for other systems, not for pages on other sites.";
        return super::api::problem(StatusCode::FORBIDDEN, "cross-site", "Cross-site request refused", detail, None);
    }
    Page::new(&state, &parts).with_status(StatusCode::FORBIDDEN).render(|| leptos::view! { <CrossSitePage/> }).await
}

/// Whether the request's own headers show it came from this site (or from no site: typed or bookmarked, or a
/// client that is not a browser and so carries no ambient cookies to abuse).
///
/// `Sec-Fetch-Site`, sent by every current browser, decides when present. Only without it is `Origin` compared
/// with the host; there an `Origin` of `null` is refused. (Browsers send `Origin: null` on same-origin form posts
/// from pages with `Referrer-Policy: no-referrer`, as ours are, which is why `Sec-Fetch-Site` comes first.)
pub fn is_same_site(headers: &HeaderMap, public_origin: Option<&str>) -> bool {
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return site == "same-origin" || site == "none";
    }
    match headers.get(ORIGIN).map(|v| v.to_str().unwrap_or("null")) {
        None => true,
        Some(origin) => match public_origin {
            Some(expected) => origin.eq_ignore_ascii_case(expected.trim_end_matches('/')),
            None => {
                let host = headers.get(HOST).and_then(|v| v.to_str().ok());
                let origin_host = origin.split_once("://").map(|(_, rest)| rest);
                matches!((origin_host, host), (Some(o), Some(h)) if o.eq_ignore_ascii_case(h))
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::HeaderValue;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (k, v) in pairs {
            map.insert(*k, HeaderValue::from_static(v));
        }
        map
    }

    #[test]
    fn same_origin_requests_pass() {
        assert!(is_same_site(&headers(&[("host", "127.0.0.1:3000"), ("origin", "http://127.0.0.1:3000")]), None));
        assert!(is_same_site(&headers(&[("sec-fetch-site", "same-origin"), ("host", "a")]), None));
        // What Chromium sends for a same-origin form post from a page with `Referrer-Policy: no-referrer`.
        assert!(is_same_site(&headers(&[("sec-fetch-site", "same-origin"), ("origin", "null"), ("host", "a")]), None));
        assert!(is_same_site(&headers(&[("host", "a")]), None));
    }

    #[test]
    fn cross_site_requests_are_refused() {
        assert!(!is_same_site(&headers(&[("sec-fetch-site", "cross-site")]), None));
        assert!(!is_same_site(&headers(&[("sec-fetch-site", "same-site")]), None));
        assert!(!is_same_site(
            &headers(&[("sec-fetch-site", "cross-site"), ("origin", "http://a"), ("host", "a")]),
            None
        ));
        assert!(!is_same_site(&headers(&[("host", "127.0.0.1:3000"), ("origin", "https://evil.example")]), None));
        assert!(!is_same_site(&headers(&[("host", "127.0.0.1:3000"), ("origin", "null")]), None));
        assert!(!is_same_site(&headers(&[("host", "127.0.0.1:3000"), ("origin", "http://127.0.0.1:3000.evil")]), None));
    }

    #[test]
    fn a_configured_public_origin_is_what_counts() {
        let proxied = headers(&[("host", "internal:8080"), ("origin", "https://waymark.example")]);
        assert!(is_same_site(&proxied, Some("https://waymark.example/")));
        assert!(!is_same_site(&proxied, None));
        assert!(!is_same_site(&proxied, Some("https://other.example")));
    }
}
