//! Alerts and contact deadlines on SQLite and PostgreSQL, against a real SMTP server on loopback
//! ([`crate::smtp`]): a request's alert is queued with it and delivered once, with its reference and nothing
//! personal; a mail server that is down keeps the alert (retried later, visible to the manager and in
//! `/healthz`) and gets it once it is back; two workers racing never send an alert twice; a transfer alerts
//! the new service; overdue requests are alerted once; the queue marks what is due today and overdue; the
//! referrer is told the date only when the service has declared its promise; first contact is recorded.

use crate::{
    common::{on_each_backend_with, register, sign_in, Browser, TestApp, PASSWORD},
    referrals::{send_request, staff},
    smtp::SmtpServer,
};
use std::path::Path;
use waymark::{
    alerts::{self, store, Kind},
    config::Config,
};

const HUB_INBOX: &str = "hub-inbox@services.example";
const DA_INBOX: &str = "da-inbox@services.example";
const NAME: &str = "Zebedee Quillfeather";

pub(crate) fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("folder");
    for entry in std::fs::read_dir(from).expect("read folder").flatten() {
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}

/// Adds top-level settings to a service's file (before its first table, where top-level keys must go).
pub(crate) fn declare(content: &Path, slug: &str, lines: &str) {
    let file = content.join("services").join(format!("{slug}.toml"));
    let text = std::fs::read_to_string(&file).expect("service file");
    let text = text.replacen("receives_referrals = true\n", &format!("receives_referrals = true\n{lines}\n"), 1);
    std::fs::write(file, text).expect("write");
}

/// The app's content with inboxes for the hub and the domestic abuse service, and the hub's promise of two
/// working days; mail goes to `smtp_url`.
fn with_inboxes(smtp_url: String) -> impl Fn(&mut Config) {
    move |config: &mut Config| {
        let content = config.data_dir.parent().expect("the test folder").join("content");
        copy_dir(&config.content_dir, &content);
        declare(&content, "victim-hub", &format!("alerts_to = \"{HUB_INBOX}\"\ncontact_within_working_days = 2"));
        declare(&content, "harbour", &format!("alerts_to = \"{DA_INBOX}\""));
        config.content_dir = content;
        config.smtp_url = Some(smtp_url.clone());
        config.mail_from = Some("Waymark <alerts@waymark.example>".into());
        config.public_origin = Some("https://waymark.example".into());
    }
}

/// Delivers what is due as the worker `holder`, at the app's clock.
async fn deliver(app: &TestApp, holder: &str) -> alerts::Delivered {
    let settings = app.state.mail.as_ref().expect("mail is configured");
    let clock = app.state.clock.clone();
    alerts::deliver_due(&app.state.db, settings, &app.state.catalog, &app.state.directory, holder, || clock.now())
        .await
        .expect("delivery round")
}

/// The outbox: (kind, reference, service, attempts, sent) of every row, oldest first.
async fn outbox(app: &TestApp) -> Vec<(String, String, String, i64, bool)> {
    waymark::fetch!(
        &app.state.db,
        all::<(String, String, String, i64, bool)>,
        "SELECT kind, reference, service, attempts, sent_at IS NOT NULL FROM outbox ORDER BY id"
    )
    .expect("outbox")
}

async fn health(app: &TestApp) -> serde_json::Value {
    serde_json::from_slice(&app.get("/healthz").await.body).expect("json")
}

#[tokio::test]
async fn an_alert_waits_while_the_mail_server_is_down_and_is_delivered_once_with_nothing_personal() {
    let smtp = SmtpServer::stopped().await;
    on_each_backend_with(with_inboxes(smtp.url()), |app| {
        let smtp = &smtp;
        async move {
            let mut person = Browser::new(&app);
            let reference = send_request(&mut person, &["violence"], "25-44", NAME).await;
            let queued = outbox(&app).await;
            assert_eq!(
                queued,
                [("arrived".into(), reference.clone(), "victim-hub".into(), 0, false)],
                "{}",
                app.backend
            );

            // The mail server is down: the attempt fails, the alert is kept and retried a minute later.
            let before = smtp.received().len();
            assert_eq!(deliver(&app, "node-a").await, alerts::Delivered { sent: 0, failed: 1 });
            assert_eq!(outbox(&app).await[0].3, 1);
            assert!(!outbox(&app).await[0].4, "kept, not sent");
            assert_eq!(deliver(&app, "node-a").await, alerts::Delivered::default(), "not due again yet");
            let (failing, _) = store::failing(&app.state.db, Some("victim-hub")).await.expect("failing");
            assert_eq!(failing, 1);
            let error: String =
                waymark::fetch!(&app.state.db, scalar::<String>, "SELECT last_error FROM outbox").expect("error");
            assert_eq!(error, "the mail server could not be reached");

            // The manager sees it on the queue; a caseworker does not.
            let mut manager = staff(&app, "Mina", "victim-hub", true).await;
            let queue = manager.get("/staff/referrals").await.text();
            assert!(
                queue.contains("1 alert to your service&#x27;s inbox has not been sent yet")
                    || queue.contains("1 alert to your service's inbox has not been sent yet"),
                "{queue}"
            );
            let mut caseworker = staff(&app, "Cass", "victim-hub", false).await;
            assert!(!caseworker.get("/staff/referrals").await.text().contains("has not been sent yet"));

            // Old enough, the undelivered alert makes the health check degraded (still 200).
            assert_eq!(health(&app).await["status"], "ok");
            app.state.clock.advance(alerts::STALE_SECONDS + 1);
            let degraded = health(&app).await;
            assert_eq!(degraded["status"], "degraded", "{degraded}");
            assert_eq!(degraded["alerts"]["undelivered"], 1);
            assert_eq!(app.get("/healthz").await.status, 200);

            // The mail server is back: delivered once, however many rounds run.
            smtp.restart().await;
            assert_eq!(deliver(&app, "node-a").await, alerts::Delivered { sent: 1, failed: 0 });
            assert_eq!(deliver(&app, "node-b").await, alerts::Delivered::default());
            let received = smtp.received();
            assert_eq!(received.len(), before + 1, "exactly one message");
            let message = received.last().expect("a message");
            assert_eq!(message.to, [HUB_INBOX]);
            assert_eq!(message.from, "alerts@waymark.example");
            assert!(message.data.contains(&reference), "{}", message.data);
            assert!(message.data.contains("Subject: A request for support is waiting"), "{}", message.data);
            assert!(message.data.contains("https://waymark.example/staff/referrals"), "{}", message.data);
            let lower = message.data.to_lowercase();
            for personal in ["zebedee", "quillfeather", "07700", "900123", "violence", "victim care", "victim-hub"] {
                assert!(!lower.contains(personal), "{personal} in {}", message.data);
            }
            assert_eq!(health(&app).await["status"], "ok");
            assert_eq!(store::failing(&app.state.db, Some("victim-hub")).await.expect("failing").0, 0);
            smtp.stop().await;
        }
    })
    .await;
}

#[tokio::test]
async fn two_workers_racing_send_every_alert_exactly_once() {
    let smtp = SmtpServer::start().await;
    on_each_backend_with(with_inboxes(smtp.url()), |app| {
        let smtp = &smtp;
        async move {
            let before = smtp.received().len();
            let now = app.state.clock.now();
            let references: Vec<String> = (0..12).map(|i| format!("RACE-{:04}-{}", i, app.backend)).collect();
            for reference in &references {
                assert!(store::queue(&app.state.db, "victim-hub", Kind::Arrived, reference, now).await.expect("queue"));
            }
            let (a, b) = tokio::join!(deliver(&app, "node-a"), deliver(&app, "node-b"));
            assert_eq!(a.sent + b.sent, 12, "{a:?} {b:?} on {}", app.backend);
            assert_eq!(a.failed + b.failed, 0);
            let received = smtp.received();
            let new = &received[before..];
            assert_eq!(new.len(), 12);
            for reference in &references {
                assert_eq!(new.iter().filter(|m| m.data.contains(reference.as_str())).count(), 1, "{reference}");
            }
            // A row claimed by a worker that died is sent again only once its lease has run out.
            store::queue(&app.state.db, "victim-hub", Kind::Overdue, "LEASE-TEST", now).await.expect("queue");
            let claimed = store::claim(&app.state.db, "dead-node", now, now + alerts::LEASE_SECONDS).await;
            assert!(claimed.expect("claim").is_some());
            assert_eq!(deliver(&app, "node-a").await, alerts::Delivered::default(), "held by the dead node");
            app.state.clock.advance(alerts::LEASE_SECONDS);
            assert_eq!(deliver(&app, "node-a").await.sent, 1);
        }
    })
    .await;
}

#[tokio::test]
async fn deadlines_are_marked_contact_recorded_transfers_and_overdue_requests_alerted_once() {
    let smtp = SmtpServer::start().await;
    on_each_backend_with(with_inboxes(smtp.url()), |app| async move {
        // Mail is configured, but this test only looks at what is queued.
        // The test clock starts on Wednesday 18 November 2026 at 11:07 (London, in winter time): two working
        // days run to the end of Friday 20 November.
        let mut person = Browser::new(&app);
        let account = register(&mut person, "sam", PASSWORD).await;
        let reference = send_request(&mut person, &["theft-burglary"], "45-64", NAME).await;
        let page = person.get("/account").await.text();
        assert!(page.contains("They have said they will contact you by Friday 20 November"), "{page}");

        let mut hub = staff(&app, "Hana", "victim-hub", false).await;
        let queue = hub.get("/staff/referrals").await.text();
        assert!(queue.contains("Friday 20 November") && !queue.contains("Overdue") && !queue.contains("Due today"));

        // Friday: due today. Saturday: overdue, and the sweep queues one overdue alert, however often it runs.
        // (Sessions end after days away: staff sign in afresh.)
        app.state.clock.advance(2 * 24 * 3600);
        let mut hub = staff(&app, "Hugo", "victim-hub", false).await;
        let queue = hub.get("/staff/referrals").await.text();
        assert!(queue.contains("Due today") && queue.contains("wm-tag--due-today"), "{queue}");
        assert_eq!(alerts::sweep_overdue(&app.state.db, &app.state.directory, app.state.clock.now()).await.unwrap(), 0);
        app.state.clock.advance(24 * 3600);
        let mut hub = staff(&app, "Hilda", "victim-hub", false).await;
        let queue = hub.get("/staff/referrals").await.text();
        assert!(queue.contains("wm-tag--overdue") && queue.contains("Overdue"), "{queue}");
        sign_in(&mut person, &account).await;
        let page = person.get("/account").await.text();
        assert!(page.contains(&reference) && !page.contains("contact you by"), "no date that has passed: {page}");
        let now = app.state.clock.now();
        assert_eq!(alerts::sweep_overdue(&app.state.db, &app.state.directory, now).await.unwrap(), 1);
        assert_eq!(alerts::sweep_overdue(&app.state.db, &app.state.directory, now + 60).await.unwrap(), 0);
        let kinds: Vec<String> = outbox(&app).await.into_iter().map(|r| r.0).collect();
        assert_eq!(kinds, ["arrived", "overdue"]);

        // First contact is recorded once, with the change.
        let base = format!("/staff/referrals/{reference}");
        hub.post(&format!("{base}/update"), &[("status", "in_contact")]).await;
        let contacted = |app: &TestApp| {
            let reference = reference.clone();
            let db = app.state.db.clone();
            async move {
                waymark::referrals::store::by_reference(&db, &reference)
                    .await
                    .expect("row")
                    .expect("exists")
                    .contacted_at
            }
        };
        let first = contacted(&app).await;
        assert_eq!(first, Some(app.state.clock.now()));
        app.state.clock.advance(600);
        hub.post(&format!("{base}/update"), &[("status", "supported")]).await;
        assert_eq!(contacted(&app).await, first, "the first contact is kept");
        assert!(!hub.get("/staff/referrals").await.text().contains("Overdue"));

        // A transfer alerts the receiving service's inbox, with its own deadline from now.
        hub.post(&format!("{base}/update"), &[("status", "new")]).await;
        let opened = hub.post(&format!("{base}/open"), &[]).await;
        assert_eq!(opened.status, 303);
        let moved = hub.post(&format!("{base}/transfer"), &[("service", "harbour"), ("reason", "Better fit")]).await;
        assert_eq!(moved.status, 303, "{}", moved.text());
        let rows = outbox(&app).await;
        assert_eq!(rows.last().map(|r| (r.0.as_str(), r.2.as_str())), Some(("transferred_in", "harbour")));
        let row = waymark::referrals::store::by_reference(&app.state.db, &reference).await.unwrap().unwrap();
        assert!(row.due_at.is_some_and(|due| due > app.state.clock.now()) && row.contacted_at.is_none());
        // The domestic abuse service declares no promise: the person is not given a date.
        let page = person.get("/account").await.text();
        assert!(page.contains(&reference) && !page.contains("contact you by"), "{page}");
    })
    .await;
    drop(smtp);
}

#[test]
fn test_support_copies_content() {
    let dir = tempfile::tempdir().expect("tempdir");
    copy_dir(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../content")), dir.path());
    declare(dir.path(), "victim-hub", "alerts_to = \"x@y.example\"");
    let text = std::fs::read_to_string(dir.path().join("services/victim-hub.toml")).expect("copied");
    let (top, _) = text.split_once("[[").unwrap_or((&text, ""));
    assert!(top.contains("alerts_to = \"x@y.example\""), "declared before the first table");
}
