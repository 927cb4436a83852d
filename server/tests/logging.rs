//! Logs never carry personal data: no query strings, cookies, form contents or client addresses.

mod common;

use axum::body::Body;
use http::{header, Request};
use std::sync::{Arc, Mutex};

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("lock").extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn requests_are_logged_without_personal_data() {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::DEBUG)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let app = common::sqlite_app().await;
    app.send(
        Request::get("/privacy?q=my-secret-search")
            .header(header::COOKIE, "waymark_lang=cy; other=cookie-secret")
            .header("x-forwarded-for", "203.0.113.9")
            .body(Body::empty())
            .expect("request"),
    )
    .await;
    app.post_form("/language", "lang=cy&return_to=%2Fform-secret").await;
    app.send(
        Request::post("/language")
            .header(header::ORIGIN, "https://evil.example")
            .body(Body::from("lang=cy&return_to=%2Fcross-site-secret"))
            .expect("request"),
    )
    .await;

    let logs = String::from_utf8(captured.0.lock().expect("lock").clone()).expect("utf8");
    assert!(logs.contains("path=/privacy"), "requests are logged: {logs}");
    assert!(logs.contains("status=200"), "{logs}");
    for secret in
        ["my-secret-search", "cookie-secret", "203.0.113.9", "form-secret", "cross-site-secret", "waymark_lang"]
    {
        assert!(!logs.contains(secret), "log contains {secret}: {logs}");
    }
}
