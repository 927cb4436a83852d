//! Security headers on every response, pages, assets and errors alike: a Content Security Policy, HSTS, no
//! sniffing, no referrer, a restrictive permissions policy, no framing, and `Cache-Control: no-store` on HTML.
//!
//! A page's policy allows its inline scripts (the fixed bootstrap that loads the islands, and Leptos' data
//! scripts) by their SHA-256 hashes, which [`page::Page::render`](super::page::Page::render) computes from the
//! exact text it sends ([`script_hashes`]). Unlike a per-request nonce, hashes leave identical pages identical,
//! so an anonymous page can be rendered and compressed once and served from memory ([`super::page_cache`]).
//! A page without a policy of its own gets one that allows no inline script at all.

use axum::{extract::Request, middleware::Next, response::Response};
use base64::{engine::general_purpose::STANDARD, Engine as _};
use http::{
    header::{
        CACHE_CONTROL, CONTENT_SECURITY_POLICY, CONTENT_TYPE, REFERRER_POLICY, STRICT_TRANSPORT_SECURITY,
        X_CONTENT_TYPE_OPTIONS, X_FRAME_OPTIONS,
    },
    HeaderName, HeaderValue,
};
use sha2::{Digest, Sha256};
use std::sync::LazyLock;

/// The policy for HTML pages. Frames may come only from the video players a reader can choose to load; forms
/// post only to this site, whose `/exit` may send the browser on to the neutral site (Chromium applies
/// `form-action` to where a form's answer redirects). Inline scripts run only if their hash is listed.
pub fn page_policy(script_hashes: &[String]) -> String {
    static PLAYERS: LazyLock<String> = LazyLock::new(|| app::pages::guides::bsl::PLAYER_HOSTS.join(" "));
    static EXIT: LazyLock<String> =
        LazyLock::new(|| app::shell::NEUTRAL_EXIT_URL.splitn(4, '/').take(3).collect::<Vec<_>>().join("/"));
    // Under `cargo leptos watch` (`make dev`) pages also open a WebSocket to the live-reload server.
    static CONNECT: LazyLock<&str> =
        LazyLock::new(|| if std::env::var_os("LEPTOS_WATCH").is_some() { "'self' ws:" } else { "'self'" });
    let (players, connect, exit) = (PLAYERS.as_str(), *CONNECT, EXIT.as_str());
    let hashes: String = script_hashes.iter().map(|h| format!(" '{h}'")).collect();
    format!(
        "default-src 'self'; script-src 'self'{hashes} 'wasm-unsafe-eval'; style-src 'self'; \
         img-src 'self' data:; font-src 'self'; connect-src {connect}; media-src 'self'; frame-src {players}; \
         object-src 'none'; base-uri 'none'; form-action 'self' {exit}; frame-ancestors 'none'"
    )
}

/// The policy for everything that is not a page: nothing may run.
pub const ASSET_POLICY: &str =
    "default-src 'none'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

const PERMISSIONS_POLICY: &str = "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), \
     gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()";

/// The `sha256-…` source of every inline `<script>` in `html` (scripts with a `src` are covered by `'self'`),
/// in order, without repeats.
pub fn script_hashes(html: &str) -> Vec<String> {
    let mut hashes: Vec<String> = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find("<script") {
        rest = &rest[at + "<script".len()..];
        let Some(tag_end) = rest.find('>') else { break };
        let (attributes, after) = (&rest[..tag_end], &rest[tag_end + 1..]);
        let Some(close) = after.find("</script>") else { break };
        if !attributes.contains(" src=") && !attributes.starts_with("src=") {
            let hash = format!("sha256-{}", STANDARD.encode(Sha256::digest(&after.as_bytes()[..close])));
            if !hashes.contains(&hash) {
                hashes.push(hash);
            }
        }
        rest = &after[close + "</script>".len()..];
    }
    hashes
}

pub async fn headers(req: Request, next: Next) -> Response {
    let mut response = next.run(req).await;
    let is_html =
        response.headers().get(CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|t| t.starts_with("text/html"));
    let headers = response.headers_mut();
    // A rendered page brings its own policy, with the hashes of its scripts.
    if !(is_html && headers.contains_key(CONTENT_SECURITY_POLICY)) {
        let policy = if is_html { page_policy(&[]) } else { ASSET_POLICY.to_string() };
        if let Ok(value) = HeaderValue::from_str(&policy) {
            headers.insert(CONTENT_SECURITY_POLICY, value);
        }
    }
    headers.insert(STRICT_TRANSPORT_SECURITY, HeaderValue::from_static("max-age=63072000; includeSubDomains"));
    headers.insert(X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    headers.insert(X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(HeaderName::from_static("permissions-policy"), HeaderValue::from_static(PERMISSIONS_POLICY));
    headers.insert(HeaderName::from_static("cross-origin-opener-policy"), HeaderValue::from_static("same-origin"));
    headers.insert(HeaderName::from_static("cross-origin-resource-policy"), HeaderValue::from_static("same-origin"));
    if is_html || !headers.contains_key(CACHE_CONTROL) {
        headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

#[cfg(test)]
mod tests {
    #[test]
    fn forms_may_post_here_and_be_sent_on_to_the_neutral_site_only() {
        let policy = super::page_policy(&[]);
        assert!(policy.contains("form-action 'self' https://www.bbc.co.uk;"), "{policy}");
        assert!(policy.contains("script-src 'self' 'wasm-unsafe-eval';"), "no inline script without a hash: {policy}");
    }

    #[test]
    fn inline_scripts_are_allowed_by_their_exact_hash() {
        let html = concat!(
            "<head><script type=\"module\">go()</script><script src=\"/pkg/w.js\"></script></head>",
            "<body><script>data=1</script><script>go()</script></body>"
        );
        let hashes = super::script_hashes(html);
        // `echo -n 'go()' | openssl dgst -sha256 -binary | base64`, and likewise for `data=1`.
        assert_eq!(
            hashes,
            [
                "sha256-5KYv+PUboo5h+0+YAtGRPbwv5d/QxzHslP4YGnUaxRw=",
                "sha256-1VXkAjSOzaa2QK2aGlGi3bwci69tRN/sPe+bKiXAC0U="
            ]
        );
        let policy = super::page_policy(&hashes);
        assert!(policy.contains(&format!("script-src 'self' '{}' '{}' 'wasm-unsafe-eval'", hashes[0], hashes[1])));
        assert!(super::script_hashes("<script>unterminated").is_empty());
    }
}
