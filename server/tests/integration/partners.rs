//! More ways in, on SQLite and PostgreSQL: the commissioner registers a partner organisation and invites a
//! worker, who enrols with two factors, refers someone with their recorded agreement into the routed service's
//! queue (marked as a partner's) and sees only the neutral status of their own referrals; a referral routed to a
//! service the organisation may not refer to is not sent; the organisations page is the commissioner's alone;
//! and a witness's anonymous hate incident report reaches the reporting service's queue with its strands.

use crate::common::{on_each_backend, register, Browser, TestApp};
use crate::referrals::{open, send_request, staff};
use crate::staff::{enrol, enrolled_as};
use app::models::staff::StaffRole;

/// A page of a journey: its address's last part, what is posted, and where it goes next.
type Step<'a> = (&'a str, Vec<(&'a str, &'a str)>, &'a str);

/// The enrolment token on a page that shows a new link.
fn token_on(page: &str) -> String {
    let rest = page.split("/staff/enrol?invite=").nth(1).expect("an enrolment link");
    rest.split('"').next().expect("token").to_string()
}

async fn scalar_i64(app: &TestApp, sql: &str, bind: &str) -> i64 {
    waymark::with_db!(&app.state.db, conn => {
        sqlx::query_scalar::<_, i64>(sql).bind(bind).fetch_one(conn).await
    })
    .expect("a number")
}

/// The commissioner registers `name` allowed to refer to `services`, and invites a worker `worker`, who enrols.
async fn worker_of<'a>(
    app: &'a TestApp,
    commissioner: &mut Browser<'_>,
    name: &str,
    services: &[&str],
    worker: &str,
) -> Browser<'a> {
    let mut form = vec![("name", name), ("kind", "gp-practice")];
    form.extend(services.iter().map(|s| ("services", *s)));
    let registered = commissioner.post("/staff/organisations", &form).await;
    assert_eq!(registered.location(), "/staff/organisations", "{}", registered.text());
    let id = scalar_i64(app, "SELECT id FROM organisations WHERE name = $1", name).await;
    assert_eq!(commissioner.get(&format!("/staff/organisations/{id}/invite")).await.status, 200);
    let link = commissioner.post(&format!("/staff/organisations/{id}/invite"), &[("name", worker)]).await;
    assert_eq!(link.status, 200, "{}", link.text());
    let (browser, _) = enrol(app, &token_on(&link.text()), worker).await;
    browser
}

/// Walks the professionals' journey up to "check your answers" for someone with `crimes`.
async fn refer_up_to_check(b: &mut Browser<'_>, crimes: &[&str], person: &str) {
    let steps: Vec<Step> = vec![
        ("professional", vec![("worker_name", "Dr Rao"), ("worker_phone", "01642 000000")], "agreement"),
        (
            "agreement",
            vec![
                ("agreed_when", "today"),
                ("agreed_how", "in-person"),
                ("shared", "referral"),
                ("shared", "what-happened"),
            ],
            "age",
        ),
        ("age", vec![("age_band", "25-44")], "contact"),
        ("contact", vec![("name", person), ("channels", "phone"), ("phone", "07700 900123")], "safe-contact"),
        ("safe-contact", vec![("phone-safe", "yes"), ("phone-message", "no"), ("phone-say-who", "no")], "what"),
        ("what", crimes.iter().map(|c| ("crimes", *c)).collect(), "area"),
        ("area", vec![("area", "hartlepool")], "when"),
        ("when", vec![("when", "month")], "police"),
        ("police", vec![("police", "no")], "needs"),
        ("needs", vec![("needs", "emotional")], "language"),
        ("language", vec![("language", "English"), ("interpreter", "no")], "check"),
    ];
    for (step, form, next) in steps {
        let reply = b.post(&format!("/refer/{step}"), &form).await;
        assert_eq!(reply.location(), format!("/refer/{next}"), "{step}: {}", reply.text());
    }
}

#[tokio::test]
async fn a_partners_worker_refers_someone_with_their_agreement_and_sees_only_its_status() {
    on_each_backend(|app| async move {
        let (mut commissioner, _) = enrolled_as(&app, "Cora", None, StaffRole::Commissioner).await;
        let mut worker = worker_of(&app, &mut commissioner, "Riverside Surgery", &["victim-hub"], "Wren").await;
        let mut colleague = worker_of(&app, &mut commissioner, "Northside School", &["victim-hub"], "Cole").await;
        assert!(worker.get("/account").await.text().contains("href=\"/refer\""));

        // The agreement is required: not agreeing to the referral keeps the worker on the page.
        worker.post("/refer/professional", &[("worker_name", "Dr Rao"), ("worker_email", "rao@example.org")]).await;
        let refused = worker.post("/refer/agreement", &[("agreed_when", "today"), ("agreed_how", "phone")]).await;
        assert_eq!(refused.status, 422);
        assert!(refused.text().contains("Only refer someone who agreed to the referral"), "{}", refused.text());

        refer_up_to_check(&mut worker, &["violence"], "Robin").await;
        let check = worker.get("/refer/check").await.text();
        assert!(check.contains("action=\"/refer/check\""), "{check}");
        assert!(check.contains("Victim Care and Advice Service"), "{check}");
        let sent = worker.post("/refer/check", &[("consent", "yes")]).await;
        assert_eq!(sent.location(), "/refer/done", "{}", sent.text());
        let done = worker.get("/refer/done").await.text();
        let reference = done.split("wm-panel__reference\">").nth(1).expect("a reference")[..9].to_string();

        // In the routed service's queue, marked as a partner's, with the agreement for staff to read.
        let source = scalar_i64(
            &app,
            "SELECT COUNT(*) FROM referrals WHERE reference = $1 AND source = 'partner' AND organisation_id IS NOT NULL",
            &reference,
        )
        .await;
        assert_eq!(source, 1, "{}", app.backend);
        let mut caseworker = staff(&app, "Vic", "victim-hub", false).await;
        let queue = caseworker.get("/staff/referrals").await.text();
        assert!(queue.contains(&reference) && queue.contains("From a partner organisation: Riverside Surgery"), "{queue}");
        let page = open(&mut caseworker, &reference).await;
        assert!(page.contains("Their agreement") && page.contains("In person") && page.contains("Dr Rao"), "{page}");

        // The worker sees its neutral status on their account; a colleague elsewhere does not see it at all.
        let account = worker.get("/account").await.text();
        assert!(account.contains(&reference), "{account}");
        assert!(!colleague.get("/account").await.text().contains(&reference));
        // Someone else's request never shows, and a new referral starts blank (nothing of Robin carried over).
        let public = send_request(&mut Browser::new(&app), &["violence"], "25-44", "Sasha").await;
        assert!(!worker.get("/account").await.text().contains(&public));
        assert!(!worker.get("/refer/professional").await.text().contains("Dr Rao"));
        // Nothing of the staff's work reaches the worker: closed is all they learn.
        assert_eq!(worker.get(&format!("/staff/referrals/{reference}")).await.status, 404);
    })
    .await;
}

#[tokio::test]
async fn a_referral_to_a_service_the_organisation_may_not_refer_to_is_not_sent() {
    on_each_backend(|app| async move {
        let (mut commissioner, _) = enrolled_as(&app, "Cora", None, StaffRole::Commissioner).await;
        let mut worker = worker_of(&app, &mut commissioner, "Harbour Friends", &["harbour"], "Wren").await;
        refer_up_to_check(&mut worker, &["violence"], "Robin").await;
        let check = worker.get("/refer/check").await.text();
        assert!(check.contains("This referral cannot be sent"), "{check}");
        assert!(check.contains("is not registered to refer to that service"), "{check}");
        let sent = worker.post("/refer/check", &[("consent", "yes")]).await;
        assert_eq!(sent.status, 200);
        assert!(sent.text().contains("Nothing has been sent"), "{}", sent.text());
        let count = scalar_i64(&app, "SELECT COUNT(*) FROM referrals WHERE source <> $1", "web").await;
        assert_eq!(count, 0, "{}", app.backend);
    })
    .await;
}

#[tokio::test]
async fn only_the_commissioner_registers_organisations_and_only_workers_refer() {
    on_each_backend(|app| async move {
        let (mut commissioner, _) = enrolled_as(&app, "Cora", None, StaffRole::Commissioner).await;
        let (mut manager, _) = enrolled_as(&app, "Mina", Some("harbour"), StaffRole::Manager).await;
        let mut worker = worker_of(&app, &mut commissioner, "Riverside Surgery", &["victim-hub"], "Wren").await;
        let mut member = Browser::new(&app);
        register(&mut member, "member-login", crate::common::PASSWORD).await;
        let mut nobody = Browser::new(&app);
        for b in [&mut manager, &mut worker, &mut member] {
            assert_eq!(b.get("/staff/organisations").await.status, 404);
            let posted =
                b.post("/staff/organisations", &[("name", "Sneaky"), ("kind", "other"), ("services", "harbour")]).await;
            assert_eq!(posted.status, 404);
            assert_eq!(b.get("/staff/organisations/1/invite").await.status, 404);
        }
        assert_eq!(nobody.get("/staff/organisations").await.status, 303);
        assert_eq!(
            scalar_i64(&app, "SELECT COUNT(*) FROM organisations WHERE name <> $1", "Riverside Surgery").await,
            0
        );
        for b in [&mut commissioner, &mut manager, &mut member] {
            assert_eq!(b.get("/refer/professional").await.status, 404);
            assert_eq!(b.post("/refer/professional", &[("worker_name", "X")]).await.status, 404);
        }
        for path in ["/staff/referrals", "/staff/returns", "/staff/team"] {
            assert_eq!(worker.get(path).await.status, 404, "{path}");
        }
        assert_eq!(worker.get("/refer/professional").await.status, 200);
        // A registration with mistakes keeps what was typed.
        let wrong = commissioner.post("/staff/organisations", &[("name", "Eastside"), ("kind", "bank")]).await;
        assert_eq!(wrong.status, 422);
        assert!(wrong.text().contains("Eastside") && wrong.text().contains("Choose at least one service"));
    })
    .await;
}

#[tokio::test]
async fn a_witness_reports_hate_anonymously_to_the_reporting_service() {
    on_each_backend(|app| async move {
        let mut witness = Browser::new(&app);
        let steps: Vec<Step> = vec![
            ("who-reports", vec![("hate_role", "witness")], "incident"),
            ("incident", vec![("description", "Shouting at a bus stop")], "area"),
            ("area", vec![("area", "postcode"), ("postcode", "TS18")], "when"),
            ("when", vec![("when", "week")], "because-of"),
            ("because-of", vec![("strands", "religion"), ("strands", "race")], "support"),
            ("support", vec![("support", "no")], "pass-on"),
            ("pass-on", vec![("police", "facts")], "check"),
        ];
        assert_eq!(witness.get("/report").await.location(), "/report/who-reports");
        for (step, form, next) in steps {
            let reply = witness.post(&format!("/report/{step}"), &form).await;
            assert_eq!(reply.location(), format!("/report/{next}"), "{step}: {}", reply.text());
        }
        let check = witness.get("/report/check").await.text();
        assert!(check.contains("Anonymous: no contact") && check.contains("Stop Hate UK"), "{check}");
        let sent = witness.post("/report/check", &[("consent", "yes")]).await;
        assert_eq!(sent.location(), "/report/done", "{}", sent.text());
        let done = witness.get("/report/done").await.text();
        let reference = done.split("wm-panel__reference\">").nth(1).expect("a reference")[..9].to_string();

        let facts: (String, String, String, Option<String>) = waymark::with_db!(&app.state.db, conn => {
            sqlx::query_as("SELECT service, hate_strands, hate_police, area FROM referrals WHERE reference = $1")
                .bind(&reference)
                .fetch_one(conn)
                .await
        })
        .expect("the report");
        assert_eq!(
            facts,
            ("hate-crime-reporting".into(), "race,religion".into(), "facts".into(), Some("stockton-on-tees".into()))
        );
        let mut reporting = staff(&app, "Hana", "hate-crime-reporting", false).await;
        let queue = reporting.get("/staff/referrals").await.text();
        assert!(queue.contains(&reference) && queue.contains("Hate incident report"), "{queue}");
        let page = open(&mut reporting, &reference).await;
        assert!(page.contains("Shouting at a bus stop") && page.contains("Only what happened"), "{page}");
    })
    .await;
}
