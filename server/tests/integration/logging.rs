//! Logs never carry personal data: no query strings, cookies, form contents or client addresses.

use crate::common;

use axum::body::Body;
use http::{header, Request};
use std::{cell::RefCell, sync::Once};

thread_local! {
    /// What the server logged on this thread while it was capturing.
    static CAPTURED: RefCell<Option<Vec<u8>>> = const { RefCell::new(None) };
}

/// Writes a log line into this thread's capture, if it is capturing; elsewhere, nowhere.
struct ThisThread;

impl std::io::Write for ThisThread {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        CAPTURED.with_borrow_mut(|captured| captured.as_mut().map(|c| c.extend_from_slice(buf)));
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Listens to every log line in this test binary (once): a subscriber set for one thread only can miss lines
/// whose sites other tests' threads reached first, while nobody listened.
fn listen() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let subscriber = tracing_subscriber::fmt()
            .with_max_level(tracing::Level::DEBUG)
            .with_ansi(false)
            .with_writer(|| ThisThread)
            .finish();
        tracing::subscriber::set_global_default(subscriber).expect("no other subscriber in the test binary");
    });
}

#[tokio::test]
async fn requests_are_logged_without_personal_data() {
    listen();
    CAPTURED.set(Some(Vec::new()));

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

    let logs = String::from_utf8(CAPTURED.take().unwrap_or_default()).expect("utf8");
    assert!(logs.contains("path=/privacy"), "requests are logged: {logs}");
    assert!(logs.contains("status=200"), "{logs}");
    for secret in
        ["my-secret-search", "cookie-secret", "203.0.113.9", "form-secret", "cross-site-secret", "waymark_lang"]
    {
        assert!(!logs.contains(secret), "log contains {secret}: {logs}");
    }
}
