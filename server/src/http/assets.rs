//! Static files: the build's `pkg/` bundle, served precompressed (brotli or gzip, whichever the browser
//! accepts) and cached for a year when the name carries a content hash; other public files from the site root
//! with a short cache; anything else is the not-found page.

use axum::{extract::Request, middleware::Next, response::Response};
use http::{header::CACHE_CONTROL, HeaderValue, StatusCode};
use std::path::Path;
use tower_http::services::ServeDir;

/// The build's bundle under `/pkg`.
pub fn pkg_service(site_root: &Path) -> ServeDir {
    ServeDir::new(site_root.join("pkg")).precompressed_br().precompressed_gzip()
}

/// Sets caching for static files: immutable for hashed names, a day for other files. Pages set their own.
pub async fn cache_control(req: Request, next: Next) -> Response {
    let path = req.uri().path().to_owned();
    let mut response = next.run(req).await;
    let served_file =
        matches!(response.status(), StatusCode::OK | StatusCode::NOT_MODIFIED | StatusCode::PARTIAL_CONTENT)
            && !response.headers().contains_key(CACHE_CONTROL)
            && is_static_path(&path);
    if served_file {
        let value = if is_hashed_name(&path) { "public, max-age=31536000, immutable" } else { "public, max-age=86400" };
        response.headers_mut().insert(CACHE_CONTROL, HeaderValue::from_static(value));
    }
    response
}

fn is_static_path(path: &str) -> bool {
    path.starts_with("/pkg/") || path.rsplit('/').next().is_some_and(|name| name.contains('.'))
}

/// Whether a file name carries a content hash, as the build writes them: `name.<22 base64url chars>.ext`.
pub fn is_hashed_name(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    let parts: Vec<&str> = name.split('.').collect();
    parts.len() >= 3
        && parts[1..parts.len() - 1]
            .iter()
            .any(|p| p.len() == 22 && p.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
}

#[cfg(test)]
mod tests {
    use super::is_hashed_name;

    #[test]
    fn recognises_hashed_names() {
        assert!(is_hashed_name("/pkg/waymark.AbCdEfGhIjKlMnOpQrStUv.css"));
        assert!(is_hashed_name("/pkg/waymark.AbCdEfGhIjKlMnOpQrSt-_.wasm"));
        assert!(!is_hashed_name("/pkg/waymark.css"));
        assert!(!is_hashed_name("/pkg/waymark.short.js"));
        assert!(!is_hashed_name("/favicon.svg"));
    }
}
