//! Following a request without an account, on SQLite and PostgreSQL: the passphrase made on the confirmation
//! page and shown once (only a keyed hash kept), the status page showing the neutral status a signed-in
//! referrer sees and how it changes, an unknown reference and a wrong passphrase answered alike, and attempts
//! counted before they are judged, per address and per reference, even when they arrive at once.

use crate::{
    alerts::{copy_dir, declare},
    common::{on_each_backend, on_each_backend_with, Browser, Reply, TestApp},
    referrals::{open, send_request, staff},
};
use http_body_util::BodyExt;
use tower::ServiceExt;
use waymark::config::Config;

/// The content with Harbour's promise to make contact within two working days.
fn with_promise(config: &mut Config) {
    let content = config.data_dir.parent().expect("the test folder").join("content");
    copy_dir(&config.content_dir, &content);
    declare(&content, "harbour", "contact_within_working_days = 2");
    config.content_dir = content;
}

/// The text inside the element marked `data-testid="{id}"`.
fn shown(reply: &Reply, id: &str) -> String {
    let html = reply.text();
    let start = html.find(&format!("data-testid=\"{id}\"")).unwrap_or_else(|| panic!("{id} in {html}"));
    let rest = &html[start..];
    rest[rest.find('>').expect("tag end") + 1..rest.find('<').expect("next tag")].to_string()
}

/// Sends a request anonymously and keeps a passphrase for it from the confirmation page.
async fn sent_and_kept(app: &TestApp) -> (String, String) {
    let mut person = Browser::new(app);
    let reference = send_request(&mut person, &["domestic-abuse"], "25-44", "Wren").await;
    let done = person.get("/request/done").await.text();
    assert!(done.contains("action=\"/request/done/follow\""), "the offer is on the confirmation page");
    let kept = person.post("/request/done/follow", &[]).await;
    assert_eq!(kept.status, 200, "{}", kept.text());
    assert_eq!(kept.header("cache-control"), Some("no-store"));
    assert_eq!(shown(&kept, "follow-reference"), reference);
    (reference, shown(&kept, "follow-passphrase"))
}

async fn status(browser: &mut Browser<'_>, reference: &str, passphrase: &str) -> Reply {
    browser.post("/request/status", &[("reference", reference), ("passphrase", passphrase)]).await
}

#[tokio::test]
async fn an_anonymous_person_keeps_a_passphrase_and_follows_their_request_as_it_changes() {
    on_each_backend_with(with_promise, |app| async move {
        let (reference, passphrase) = sent_and_kept(&app).await;
        assert_eq!(passphrase.split('-').map(str::len).collect::<Vec<_>>(), [4, 4, 4, 4], "{passphrase}");
        // Only a keyed hash is kept, bound to the request.
        let stored: Vec<Vec<u8>> =
            waymark::fetch!(&app.state.db, scalars::<Vec<u8>>, "SELECT passphrase_hash FROM referral_followers")
                .expect("followers");
        assert_eq!(stored.len(), 1);
        assert_eq!(stored[0].len(), 32);
        assert!(!String::from_utf8_lossy(&stored[0]).contains(&passphrase[..4]));

        // Later, in another browser with no session: the form, then the neutral status with the promised day.
        let mut later = Browser::new(&app);
        let form = later.get("/request/status").await;
        assert_eq!(form.status, 200);
        assert_eq!(form.header("cache-control"), Some("no-store"));
        let typed_loosely = passphrase.to_lowercase().replace('-', " ");
        let found = status(&mut later, &reference.to_lowercase(), &typed_loosely).await;
        assert_eq!(found.status, 200, "{}", found.text());
        assert_eq!(found.header("cache-control"), Some("no-store"));
        assert!(found.header("set-cookie").is_none(), "following starts no session");
        let text = found.text();
        assert!(text.contains("They have said they will contact you by"), "{}: {text}", app.backend);
        assert!(text.contains("Harbour") && text.contains(&reference));
        assert!(!text.contains("Wren"), "nothing of what was sent is shown");

        // A caseworker gets in touch: the status says so.
        let mut caseworker = staff(&app, "Dana", "harbour", false).await;
        open(&mut caseworker, &reference).await;
        let base = format!("/staff/referrals/{reference}");
        caseworker.post(&format!("{base}/update"), &[("status", "in_contact"), ("note", "Called")]).await;
        let text = status(&mut later, &reference, &passphrase).await.text();
        assert!(text.contains("The service is in touch with you"), "{}: {text}", app.backend);
        assert!(!text.contains("Called"), "never the staff's notes");

        // A new passphrase replaces the old one; the old one stops working.
        let mut person = Browser::new(&app);
        let other = send_request(&mut person, &["theft-burglary"], "25-44", "Wren").await;
        let first = shown(&person.post("/request/done/follow", &[]).await, "follow-passphrase");
        let second = shown(&person.post("/request/done/follow", &[]).await, "follow-passphrase");
        assert_ne!(first, second);
        app.state.clock.advance(120);
        assert_eq!(status(&mut Browser::new(&app), &other, &first).await.status, 422);
        assert_eq!(status(&mut Browser::new(&app), &other, &second).await.status, 200);
        // Without a request sent in this session there is nothing to keep.
        assert_eq!(Browser::new(&app).post("/request/done/follow", &[]).await.location(), "/request");
    })
    .await;
}

/// A page with its nonce and the typed reference blanked, for comparing two answers.
fn blanked(reply: &Reply, reference: &str) -> String {
    let mut text = reply.text().replace(reference, "REFERENCE");
    while let Some(start) = text.find("nonce=\"") {
        let end = text[start + 7..].find('"').expect("end") + start + 7;
        text.replace_range(start..=end, "NONCE");
    }
    text
}

#[tokio::test]
async fn a_wrong_passphrase_and_an_unknown_reference_are_answered_alike() {
    on_each_backend(|app| async move {
        let (reference, passphrase) = sent_and_kept(&app).await;
        let wrong = status(&mut Browser::new(&app), &reference, "ABCD-EFGH-JKMN-PQRS").await;
        let unknown = status(&mut Browser::new(&app), "ZZZZ-9999", &passphrase).await;
        let nonsense = status(&mut Browser::new(&app), "not a reference", "nor a passphrase").await;
        assert_eq!(wrong.status, 422);
        assert_eq!(unknown.status, 422);
        assert!(wrong.text().contains("The reference and passphrase do not match a request"));
        assert_eq!(blanked(&wrong, &reference), blanked(&unknown, "ZZZZ-9999"), "{}", app.backend);
        assert_eq!(nonsense.status, 422);
        let empty = Browser::new(&app).post("/request/status", &[]).await;
        assert_eq!(empty.status, 422);
        assert!(empty.text().contains("Enter your reference") && empty.text().contains("Enter your passphrase"));
        assert!(wrong.text().contains(&format!("value=\"{reference}\"")), "the reference typed is kept");
    })
    .await;
}

#[tokio::test]
async fn attempts_are_counted_before_they_are_judged_per_address_and_per_reference() {
    on_each_backend(|app| async move {
        let (reference, passphrase) = sent_and_kept(&app).await;
        // One address: after three attempts, each waits a little longer; the right passphrase too.
        let mut guesser = Browser::new(&app);
        for _ in 0..3 {
            assert!(status(&mut guesser, &reference, "AAAA-BBBB-CCCC-DDDD").await.text().contains("do not match"));
        }
        let waiting = status(&mut guesser, &reference, &passphrase).await;
        assert!(waiting.text().contains("Too many attempts"), "{}", app.backend);
        app.state.clock.advance(15 * 60 + 1);

        // Twenty wrong guesses from one address at once count as twenty; at most three are judged.
        let mut sent = tokio::task::JoinSet::new();
        let burst = Browser::new(&app);
        for i in 0..20 {
            let request = burst.form_request(
                "/request/status",
                &[("reference", &reference), ("passphrase", &format!("AAAA-BBBB-CCCC-{:04}", 2000 + i))],
            );
            let router = app.router.clone();
            sent.spawn(async move {
                let response = router.oneshot(request).await.expect("infallible router");
                let body = response.into_body().collect().await.expect("body").to_bytes();
                String::from_utf8_lossy(&body).into_owned()
            });
        }
        let pages = sent.join_all().await;
        let judged = pages.iter().filter(|p| p.contains("do not match")).count();
        assert!(judged <= 3, "{}: {judged} judged", app.backend);
        let counted: i64 =
            waymark::fetch!(&app.state.db, scalar::<i64>, "SELECT COUNT(*) FROM auth_failures").expect("count");
        assert!(counted >= 20, "{}: every attempt counted, {counted}", app.backend);

        // One reference, from many addresses: after ten failures it pauses for everyone, the owner included,
        // whose attempt during the pause does not extend it.
        app.state.clock.advance(15 * 60 + 1);
        for i in 0..10 {
            status(&mut Browser::new(&app), &reference, &format!("AAAA-BBBB-CCCC-{:04}", 3000 + i)).await;
        }
        let paused = status(&mut Browser::new(&app), &reference, &passphrase).await;
        assert!(paused.text().contains("Too many attempts"), "{}", app.backend);
        app.state.clock.advance(15 * 60 + 1);
        let found = status(&mut Browser::new(&app), &reference, &passphrase).await;
        assert_eq!(found.status, 200, "{}: {}", app.backend, found.text());
        // Another request's reference was never paused.
        let mut other = Browser::new(&app);
        let second = send_request(&mut other, &["theft-burglary"], "25-44", "Ash").await;
        let second_passphrase = shown(&other.post("/request/done/follow", &[]).await, "follow-passphrase");
        assert_eq!(status(&mut Browser::new(&app), &second, &second_passphrase).await.status, 200);
    })
    .await;
}
