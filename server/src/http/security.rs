//! Security headers on every response, pages, assets and errors alike: a Content Security Policy (with a fresh
//! nonce for each page's inline bootstrap script), HSTS, no sniffing, no referrer, a restrictive permissions
//! policy, no framing, and `Cache-Control: no-store` on HTML.

use axum::{extract::Request, middleware::Next, response::Response};
use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine as _};
use http::{
    header::{
        CACHE_CONTROL, CONTENT_SECURITY_POLICY, CONTENT_TYPE, REFERRER_POLICY, STRICT_TRANSPORT_SECURITY,
        X_CONTENT_TYPE_OPTIONS, X_FRAME_OPTIONS,
    },
    HeaderName, HeaderValue,
};
use rand::RngCore;
use std::sync::LazyLock;

/// The nonce that this request's page may use on inline scripts.
#[derive(Clone, Debug)]
pub struct CspNonce(pub String);

/// The policy for HTML pages. Frames may come only from the video players a reader can choose to load; forms
/// post only to this site, whose `/exit` may send the browser on to the neutral site (Chromium applies
/// `form-action` to where a form's answer redirects).
pub fn page_policy(nonce: &str) -> String {
    static PLAYERS: LazyLock<String> = LazyLock::new(|| app::pages::guides::bsl::PLAYER_HOSTS.join(" "));
    static EXIT: LazyLock<String> =
        LazyLock::new(|| app::shell::NEUTRAL_EXIT_URL.splitn(4, '/').take(3).collect::<Vec<_>>().join("/"));
    // Under `cargo leptos watch` (`make dev`) pages also open a WebSocket to the live-reload server.
    static CONNECT: LazyLock<&str> =
        LazyLock::new(|| if std::env::var_os("LEPTOS_WATCH").is_some() { "'self' ws:" } else { "'self'" });
    let (players, connect, exit) = (PLAYERS.as_str(), *CONNECT, EXIT.as_str());
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; style-src 'self'; \
         img-src 'self' data:; font-src 'self'; connect-src {connect}; media-src 'self'; frame-src {players}; \
         object-src 'none'; base-uri 'none'; form-action 'self' {exit}; frame-ancestors 'none'"
    )
}

/// The policy for everything that is not a page: nothing may run.
pub const ASSET_POLICY: &str =
    "default-src 'none'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

const PERMISSIONS_POLICY: &str = "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), \
     gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()";

pub async fn headers(mut req: Request, next: Next) -> Response {
    let mut bytes = [0u8; 16];
    rand::thread_rng().fill_bytes(&mut bytes);
    let nonce = URL_SAFE_NO_PAD.encode(bytes);
    req.extensions_mut().insert(CspNonce(nonce.clone()));

    let mut response = next.run(req).await;
    let is_html =
        response.headers().get(CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|t| t.starts_with("text/html"));
    let headers = response.headers_mut();
    let policy = if is_html { page_policy(&nonce) } else { ASSET_POLICY.to_string() };
    if let Ok(value) = HeaderValue::from_str(&policy) {
        headers.insert(CONTENT_SECURITY_POLICY, value);
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
        let policy = super::page_policy("n0nce");
        assert!(policy.contains("form-action 'self' https://www.bbc.co.uk;"), "{policy}");
    }
}
