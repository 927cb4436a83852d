//! Security on every response: headers (with a CSP listing the hashes of the page's scripts), refusal of
//! cross-site posts, caching and precompression of assets, on-the-fly compression of HTML, and logs that
//! carry no personal data.

use crate::common;

use axum::body::Body;
use common::sqlite_app;
use http::{header, Request};

fn assert_security_headers(reply: &common::Reply, what: &str) {
    for name in [
        "content-security-policy",
        "strict-transport-security",
        "x-content-type-options",
        "referrer-policy",
        "permissions-policy",
        "x-frame-options",
    ] {
        assert!(reply.header(name).is_some(), "{what}: missing {name}");
    }
    assert_eq!(reply.header("x-content-type-options"), Some("nosniff"));
    assert_eq!(reply.header("referrer-policy"), Some("no-referrer"));
    let csp = reply.header("content-security-policy").unwrap_or_default();
    for directive in ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"] {
        assert!(csp.contains(directive), "{what}: CSP lacks {directive}: {csp}");
    }
    assert!(!csp.contains("'unsafe-inline'") && !csp.contains("'unsafe-eval'"), "{what}: {csp}");
}

#[tokio::test]
async fn pages_allow_exactly_their_inline_scripts_by_hash() {
    use base64::Engine as _;
    use sha2::Digest as _;
    let app = sqlite_app().await;
    let reply = app.get("/").await;
    assert_security_headers(&reply, "home");
    let csp = reply.header("content-security-policy").expect("csp").to_string();
    assert!(csp.contains("script-src 'self' 'sha256-") && csp.contains("'wasm-unsafe-eval'"), "{csp}");
    assert!(!csp.contains("'nonce-"), "{csp}");
    // Every inline script on the page is listed by the hash of its exact text, and nothing else is.
    let html = reply.text();
    let mut inline = Vec::new();
    for part in html.split("<script").skip(1) {
        let (attributes, rest) = part.split_once('>').expect("tag end");
        if !attributes.contains("src=") {
            let text = rest.split("</script>").next().expect("script end");
            let hash = base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(text.as_bytes()));
            inline.push(format!("'sha256-{hash}'"));
        }
    }
    assert!(!inline.is_empty(), "the bootstrap script is inline");
    let listed: Vec<&str> = csp
        .split(';')
        .find(|d| d.trim().starts_with("script-src"))
        .expect("script-src")
        .split_whitespace()
        .filter(|s| s.starts_with("'sha256-"))
        .collect();
    inline.dedup();
    assert_eq!(listed, inline, "{csp}");
    // No nonce: the same page is the same bytes, so it can be served from memory.
    let again = app.get("/").await;
    assert_eq!(again.header("content-security-policy"), Some(csp.as_str()));
    assert_eq!(again.text(), html);
}

#[tokio::test]
async fn errors_and_assets_have_security_headers_too() {
    let app = sqlite_app().await;
    assert_security_headers(&app.get("/no-such-page").await, "404");
    std::fs::write(app.site_root().join("favicon.svg"), "<svg/>").expect("write");
    let reply = app.get("/favicon.svg").await;
    assert_eq!(reply.status, 200);
    assert_security_headers(&reply, "asset");
    assert!(reply.header("content-security-policy").unwrap_or_default().starts_with("default-src 'none'"));
    assert_security_headers(&app.get("/healthz").await, "health");
}

#[tokio::test]
async fn cross_site_posts_are_refused() {
    let app = sqlite_app().await;
    let from_elsewhere = Request::post("/language")
        .header(header::HOST, "waymark.test")
        .header(header::ORIGIN, "https://evil.example")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from("lang=cy&return_to=%2F"))
        .expect("request");
    let reply = app.send(from_elsewhere).await;
    assert_eq!(reply.status, 403);
    assert!(reply.header("set-cookie").is_none(), "no state change");
    assert!(reply.text().contains("Your form was not sent"));
    assert_security_headers(&reply, "refusal");

    let fetch_metadata_only = Request::post("/language")
        .header(header::HOST, "waymark.test")
        .header("sec-fetch-site", "cross-site")
        .body(Body::from("lang=cy"))
        .expect("request");
    assert_eq!(app.send(fetch_metadata_only).await.status, 403);

    let exit_from_elsewhere = Request::post("/exit")
        .header(header::HOST, "waymark.test")
        .header("sec-fetch-site", "cross-site")
        .body(Body::empty())
        .expect("request");
    assert_eq!(app.send(exit_from_elsewhere).await.status, 403);
}

#[tokio::test]
async fn hashed_assets_are_immutable_and_served_precompressed() {
    let app = sqlite_app().await;
    let pkg = app.site_root().join("pkg");
    std::fs::create_dir_all(&pkg).expect("pkg");
    let name = "waymark.AbCdEfGhIjKlMnOpQrStUv.css";
    std::fs::write(pkg.join(name), "body{color:black}").expect("css");
    std::fs::write(pkg.join(format!("{name}.br")), b"brotli-bytes").expect("br");
    std::fs::write(pkg.join(format!("{name}.gz")), b"gzip-bytes").expect("gz");

    let request = |encoding: &'static str| {
        Request::get(format!("/pkg/{name}"))
            .header(header::ACCEPT_ENCODING, encoding)
            .body(Body::empty())
            .expect("request")
    };
    let br = app.send(request("gzip, deflate, br")).await;
    assert_eq!(br.status, 200);
    assert_eq!(br.header("content-encoding"), Some("br"));
    assert_eq!(br.body, b"brotli-bytes");
    assert_eq!(br.header("cache-control"), Some("public, max-age=31536000, immutable"));
    assert!(br.header("content-type").unwrap_or_default().starts_with("text/css"));

    let gz = app.send(request("gzip")).await;
    assert_eq!(gz.header("content-encoding"), Some("gzip"));
    assert_eq!(gz.body, b"gzip-bytes");

    let plain = app.send(request("identity")).await;
    assert_eq!(plain.header("content-encoding"), None);
    assert_eq!(plain.body, b"body{color:black}");

    std::fs::write(pkg.join("waymark.css"), "x").expect("css");
    let unhashed = app.get("/pkg/waymark.css").await;
    assert_eq!(unhashed.header("cache-control"), Some("public, max-age=86400"));
}

#[tokio::test]
async fn html_is_compressed_on_the_fly() {
    let app = sqlite_app().await;
    let reply = app
        .send(Request::get("/privacy").header(header::ACCEPT_ENCODING, "br").body(Body::empty()).expect("request"))
        .await;
    assert_eq!(reply.header("content-encoding"), Some("br"));
    assert_eq!(reply.header("cache-control"), Some("no-store"));
}

#[tokio::test]
async fn every_response_has_a_fresh_request_id() {
    let app = sqlite_app().await;
    let reply = app
        .send(Request::get("/").header("x-request-id", "injected-by-client").body(Body::empty()).expect("request"))
        .await;
    let id = reply.header("x-request-id").expect("request id");
    assert_eq!(id.len(), 32);
    assert!(id.chars().all(|c| c.is_ascii_hexdigit()));
}
