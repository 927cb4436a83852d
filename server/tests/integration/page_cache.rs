//! Anonymous pages from memory: drawn once per address and language, served compressed with an entity tag and
//! `304`; pages of someone signed in, or with anything but the language cookie, drawn every time.

use crate::common::{self, on_each_backend, register, Browser, PASSWORD};
use axum::body::Body;
use http::{header, Request};

fn get(path: &str, headers: &[(&'static str, &str)]) -> Request<Body> {
    let mut request = Request::get(path).header(header::HOST, "waymark.test");
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    request.body(Body::empty()).expect("request")
}

fn brotli_text(reply: &common::Reply) -> String {
    let mut out = Vec::new();
    brotli::BrotliDecompress(&mut &reply.body[..], &mut out).expect("brotli");
    String::from_utf8(out).expect("utf-8")
}

#[tokio::test]
async fn an_anonymous_page_is_drawn_once_and_served_with_an_entity_tag() {
    let app = common::sqlite_app().await;
    let first = app.send(get("/privacy", &[("accept-encoding", "gzip, br")])).await;
    assert_eq!(first.status, 200);
    assert_eq!(first.header("content-encoding"), Some("br"));
    assert_eq!(first.header("cache-control"), Some("no-store"), "nothing stays in the browser's cache");
    assert!(first.header("content-security-policy").is_some_and(|c| c.contains("'sha256-")));
    let etag = first.header("etag").expect("an entity tag").to_string();
    assert!(etag.starts_with("W/\""), "{etag}");
    let page = brotli_text(&first);
    assert!(page.contains("<h1") && page.contains("</html>"));

    // The same bytes again, in whatever encoding is asked for.
    let again = app.send(get("/privacy", &[("accept-encoding", "br")])).await;
    assert_eq!((again.header("etag"), brotli_text(&again)), (Some(etag.as_str()), page.clone()));
    let plain = app.send(get("/privacy", &[])).await;
    assert_eq!(plain.header("content-encoding"), None);
    assert_eq!(plain.text(), page);
    assert_eq!(plain.header("content-length"), Some(page.len().to_string().as_str()));
    let gzip = app.send(get("/privacy", &[("accept-encoding", "gzip")])).await;
    assert_eq!(gzip.header("content-encoding"), Some("gzip"));

    // A client that has the page is told it has not changed.
    let unchanged = app.send(get("/privacy", &[("if-none-match", &etag)])).await;
    assert_eq!(unchanged.status, 304);
    assert!(unchanged.body.is_empty());
    assert_eq!(unchanged.header("etag"), Some(etag.as_str()));
    assert_eq!(app.send(get("/privacy", &[("if-none-match", "W/\"other\"")])).await.status, 200);
}

#[tokio::test]
async fn each_language_is_kept_apart() {
    let app = common::sqlite_app().await;
    let english = app.send(get("/", &[])).await.text();
    let welsh = app.send(get("/", &[("cookie", "waymark_lang=cy")])).await.text();
    let polish = app.send(get("/", &[("accept-language", "pl")])).await.text();
    assert!(english.contains(r#"<html lang="en""#));
    assert!(welsh.contains(r#"<html lang="cy""#));
    assert!(polish.contains(r#"<html lang="pl""#));
    assert_eq!(app.send(get("/", &[])).await.text(), english);
    // An address asking for a language is drawn (and remembers the choice), never served from memory.
    let asked = app.send(get("/?lang=ar", &[])).await;
    assert!(asked.text().contains(r#"<html lang="ar""#));
    assert!(asked.header("set-cookie").is_some_and(|c| c.starts_with("waymark_lang=ar")));
    assert!(asked.header("etag").is_none());
}

#[tokio::test]
async fn pages_of_someone_signed_in_are_drawn_for_them_every_time() {
    on_each_backend(|app| async move {
        // The anonymous home page is kept first, so a mix-up would show.
        let anonymous = app.send(get("/", &[])).await;
        assert!(anonymous.header("etag").is_some());
        assert!(!anonymous.text().contains("/sign-out"));

        let mut browser = Browser::new(&app);
        register(&mut browser, "sam", PASSWORD).await;
        let home = browser.get("/").await;
        assert_eq!(home.status, 200);
        assert!(home.header("etag").is_none(), "drawn for this person");
        assert!(home.text().contains(r#"action="/sign-out""#), "signed in: {}", home.text());
        assert_eq!(home.header("cache-control"), Some("no-store"));
        let guides = browser.get("/guides").await;
        assert!(guides.header("etag").is_none() && guides.text().contains(r#"action="/sign-out""#));

        // Anyone else still gets the anonymous page.
        let later = app.send(get("/", &[])).await;
        assert_eq!(later.text(), anonymous.text());
        assert!(!later.text().contains(r#"action="/sign-out""#));
    })
    .await;
}

#[tokio::test]
async fn missing_pages_and_other_cookies_are_not_kept() {
    let app = common::sqlite_app().await;
    let missing = app.send(get("/guides/zzzzz", &[])).await;
    assert_eq!(missing.status, 404);
    assert!(missing.header("etag").is_none());
    let with_cookie = app.send(get("/request", &[("cookie", "something=else")])).await;
    assert_eq!(with_cookie.status, 200);
    assert!(with_cookie.header("etag").is_none());
}
