//! Requests for support on SQLite and PostgreSQL: the journey without JavaScript (no skipping, mistakes keep
//! what was typed), routing to the right queue, staff working a referral with safe-contact first, staff of
//! another service seeing nothing, a signed-in referrer seeing the status, supporters, rate limiting and the
//! honeypot, encryption at rest, the audit log, retention, and failures that leave nothing half-written (a session
//! without its first answers, a request sent without its confirmation, a triage change without its audit entry).

use crate::common;

use common::{code_now, on_each_backend, register, run_sql, sqlite_app, sqlite_app_with, Browser, TestApp, PASSWORD};

const MARKER: &str = "quokka-marker-9913-never-stored-in-clear";

/// Walks the journey and sends the request; returns the reference on the confirmation page.
pub(crate) async fn send_request(browser: &mut Browser<'_>, crimes: &[&str], age: &str, name: &str) -> String {
    assert_eq!(browser.post("/request/safe", &[("safe_now", "yes")]).await.location(), "/request/who");
    assert_eq!(browser.post("/request/who", &[("for_whom", "me")]).await.location(), "/request/age");
    assert_eq!(browser.post("/request/age", &[("age_band", age)]).await.location(), "/request/what");
    let what: Vec<(&str, &str)> = crimes.iter().map(|c| ("crimes", *c)).collect();
    assert_eq!(browser.post("/request/what", &what).await.location(), "/request/area");
    assert_eq!(browser.post("/request/area", &[("area", "hartlepool")]).await.location(), "/request/when");
    assert_eq!(browser.post("/request/when", &[("when", "month")]).await.location(), "/request/police");
    assert_eq!(browser.post("/request/police", &[("police", "no")]).await.location(), "/request/needs");
    let needs = browser.post("/request/needs", &[("needs", "emotional"), ("needs_other", MARKER)]).await;
    assert_eq!(needs.location(), "/request/language");
    let language = browser.post("/request/language", &[("language", "English"), ("interpreter", "no")]).await;
    assert_eq!(language.location(), "/request/contact");
    let contact =
        browser.post("/request/contact", &[("name", name), ("channels", "phone"), ("phone", "07700 900123")]).await;
    assert_eq!(contact.location(), "/request/safe-contact", "{}", contact.text());
    let safe = browser
        .post(
            "/request/safe-contact",
            &[("phone-safe", "yes"), ("phone-times", "after 6pm"), ("phone-message", "no"), ("phone-say-who", "no")],
        )
        .await;
    assert_eq!(safe.location(), "/request/about", "{}", safe.text());
    assert_eq!(browser.post("/request/about", &[("equality-gender", "woman")]).await.location(), "/request/check");
    let check = browser.get("/request/check").await;
    assert_eq!(check.status, 200);
    let sent = browser.post("/request/check", &[("consent", "yes")]).await;
    assert_eq!(sent.location(), "/request/done", "{}", sent.text());
    let done = browser.get("/request/done").await.text();
    assert!(done.contains("Request sent"), "{done}");
    assert!(done.contains("Your reference is "), "{done}");
    let reference = done.split("wm-panel__reference\">").nth(1).expect("a reference")[..9].to_string();
    assert!(reference.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'), "{reference}");
    reference
}

async fn queue_text(browser: &mut Browser<'_>) -> String {
    browser.get("/staff/referrals").await.text()
}

/// A member of staff of `service`, enrolled and signed in.
pub(crate) async fn staff<'a>(app: &'a TestApp, name: &str, service: &str, admin: bool) -> Browser<'a> {
    let path =
        waymark::cli::add_staff(&app.state.db, name, service, admin, app.state.clock.now()).await.expect("staff");
    let mut browser = Browser::new(app);
    let invite = path.split("invite=").nth(1).expect("token").to_string();
    let login = format!("{}-login", name.to_lowercase().replace(' ', "-"));
    let reply = browser.post("/staff/enrol", &[("invite", &invite), ("name", &login), ("password", PASSWORD)]).await;
    assert_eq!(reply.location(), "/register/authenticator", "{}", reply.text());
    let secret = browser.get("/register/authenticator").await.totp_secret();
    browser.post("/register/authenticator", &[("code", &code_now(app, &secret))]).await;
    browser.post("/register/recovery-codes", &[]).await;
    // The next authenticator code must come from a later time step.
    app.state.clock.advance(30);
    browser
}

/// Opens a referral as the queue's button does (a post, which records the view) and returns its page.
pub(crate) async fn open(browser: &mut Browser<'_>, reference: &str) -> String {
    let base = format!("/staff/referrals/{reference}");
    let opened = browser.post(&format!("{base}/open"), &[]).await;
    assert_eq!(opened.location(), base, "{}", opened.text());
    browser.get(&base).await.text()
}

#[tokio::test]
async fn an_anonymous_request_reaches_the_right_queue_and_staff_work_it() {
    on_each_backend(|app| async move {
        let mut person = Browser::new(&app);
        // Pages cannot be skipped.
        let skipped = person.get("/request/contact").await;
        assert_eq!(skipped.location(), "/request/safe");
        // A mistake is explained and what was typed is kept.
        let reference = {
            person.post("/request/safe", &[("safe_now", "yes")]).await;
            let refused = person.post("/request/who", &[]).await;
            assert_eq!(refused.status, 422);
            assert!(refused.text().contains("Choose who the support is for"));
            send_request(&mut person, &["domestic-abuse"], "25-44", "Robin").await
        };
        // It went to the domestic abuse service, not the hub.
        let mut caseworker = staff(&app, "Dana", "harbour", false).await;
        let queue = queue_text(&mut caseworker).await;
        assert!(queue.contains(&reference), "{queue}");
        assert!(queue.contains("Domestic abuse"));
        assert!(!queue.contains("Robin"), "the queue shows nothing personal");
        let mut hub = staff(&app, "Hana", "victim-hub", false).await;
        assert!(!queue_text(&mut hub).await.contains(&reference));

        // The referral: safe-contact instructions come before the contact details.
        let detail = open(&mut caseworker, &reference).await;
        let warning = detail.find("Do not leave a voicemail").expect("voicemail instruction");
        let phone = detail.find("07700 900123").expect("phone number");
        assert!(warning < phone, "safety first");
        assert!(detail.contains("Do not say who you are"));
        assert!(detail.contains("Safe times: after 6pm"));
        assert!(detail.contains(MARKER));

        // Assign, then change the status and add a note with one button; each lands back at the actions, saved.
        let base = format!("/staff/referrals/{reference}");
        let actions = format!("{base}#actions");
        assert_eq!(caseworker.post(&format!("{base}/assign"), &[]).await.location(), actions);
        let nothing = caseworker.post(&format!("{base}/update"), &[("status", "new"), ("note", "  ")]).await;
        assert_eq!(nothing.status, 422);
        assert!(nothing.text().contains("Choose a different status or write a note"));
        let both = [("status", "in_contact"), ("note", "Called; will ring back")];
        assert_eq!(caseworker.post(&format!("{base}/update"), &both).await.location(), actions);
        let detail = caseworker.get(&base).await.text();
        for expected in [
            "Assigned to you",
            "In contact",
            "Called; will ring back",
            "Status changed to In contact",
            "Saved.",
            "Opened once, last by Dana",
        ] {
            assert!(detail.contains(expected), "{expected} missing from {detail}");
        }
        assert!(detail.find("id=\"actions\"") < detail.find("Saved."), "the notice is where the action was");
        assert!(!detail.contains("<p class=\"wm-body\">Viewed</p>"), "views are summed up, not listed");
        let filtered = caseworker.get("/staff/referrals?status=in_contact").await.text();
        assert!(filtered.contains(&reference));
        assert!(!caseworker.get("/staff/referrals?status=new").await.text().contains(&reference));

        // Staff of another service get the not-found page on every route, and change nothing.
        assert_eq!(hub.get(&base).await.status, 404);
        for (action, form) in [
            ("open", vec![]),
            ("assign", vec![]),
            ("update", vec![("status", "closed"), ("note", "sneaky")]),
            ("transfer", vec![("service", "victim-hub"), ("reason", "mine now")]),
        ] {
            assert_eq!(hub.post(&format!("{base}/{action}"), &form).await.status, 404, "{action}");
        }
        assert!(caseworker.get(&base).await.text().contains("In contact"));
        assert!(!caseworker.get(&base).await.text().contains("sneaky"));
        // A member of the public, signed in or not, reaches no staff page.
        let mut member = Browser::new(&app);
        register(&mut member, "member", PASSWORD).await;
        assert_eq!(member.get("/staff/referrals").await.status, 404);
        assert_eq!(member.get(&base).await.status, 404);
        assert_eq!(Browser::new(&app).get("/staff/referrals").await.status, 303);

        // Transfer to the hub, with a reason: it leaves this queue and arrives in the hub's as new.
        let refused = caseworker.post(&format!("{base}/transfer"), &[("service", "victim-hub")]).await;
        assert_eq!(refused.status, 422);
        let moved = caseworker
            .post(&format!("{base}/transfer"), &[("service", "victim-hub"), ("reason", "General support")])
            .await;
        assert_eq!(moved.location(), "/staff/referrals");
        let queue = queue_text(&mut caseworker).await;
        assert!(!queue.contains(&reference) && queue.contains("Request transferred."), "{queue}");
        assert_eq!(caseworker.get(&base).await.status, 404);
        let detail = open(&mut hub, &reference).await;
        assert!(detail.contains("General support") && detail.contains("New"), "{}", app.backend);
    })
    .await;
}

#[tokio::test]
async fn a_signed_in_referrer_sees_a_neutral_status_and_is_pre_filled_next_time() {
    on_each_backend(|app| async move {
        let mut person = Browser::new(&app);
        register(&mut person, "sam", PASSWORD).await;
        let reference = send_request(&mut person, &["theft-burglary"], "45-64", "Sam P").await;
        let account = person.get("/account").await.text();
        assert!(account.contains(&reference) && account.contains("Received."), "{account}");
        assert!(account.contains("Victim Care and Advice Service"));

        let mut hub = staff(&app, "Hana", "victim-hub", false).await;
        let base = format!("/staff/referrals/{reference}");
        hub.post(&format!("{base}/update"), &[("status", "in_contact")]).await;
        assert!(person.get("/account").await.text().contains("The service is in touch with you"));
        let closed = hub.post(&format!("{base}/close"), &[("onward", "none")]).await;
        assert_eq!(closed.location(), format!("{base}#actions"), "{}", closed.text());
        let account = person.get("/account").await.text();
        assert!(account.contains("Closed"));
        assert!(!account.contains(MARKER), "the referrer sees a status, not the case notes or details");

        // A second request starts with the contact details already given.
        let contact = person.get("/request/safe").await;
        assert_eq!(contact.status, 200);
        person.post("/request/safe", &[("safe_now", "yes")]).await;
        person.post("/request/who", &[("for_whom", "me")]).await;
        person.post("/request/age", &[("age_band", "45-64")]).await;
        person.post("/request/what", &[("crimes", "fraud-cyber")]).await;
        person.post("/request/area", &[("area", "postcode"), ("postcode", "TS18")]).await;
        person.post("/request/when", &[("when", "week")]).await;
        person.post("/request/police", &[("police", "yes")]).await;
        person.post("/request/needs", &[("needs", "practical")]).await;
        person.post("/request/language", &[("language", "English"), ("interpreter", "no")]).await;
        let form = person.get("/request/contact").await.text();
        assert!(form.contains("value=\"Sam P\"") && form.contains("07700 900123"), "pre-filled");
    })
    .await;
}

#[tokio::test]
async fn a_supporter_gives_their_details_and_the_persons_agreement() {
    let app = sqlite_app().await;
    let mut supporter = Browser::new(&app);
    supporter.post("/request/safe", &[("safe_now", "not-sure")]).await;
    // Not sure is no dead end: 999 (silently too), the domestic abuse helpline, services to call now, the local
    // services, and a way on that does not make anyone say they are safe.
    let urgent = supporter.get("/request/urgent").await.text();
    for expected in [
        "Call 999",
        "press 55",
        "National Domestic Abuse Helpline",
        "tel:08082000247",
        "Victim Support Supportline",
        "Samaritans",
        &format!("/services?what={}", waymark::content::code_for("crime", "domestic-abuse")),
        "Carry on and choose a safe way to be contacted",
    ] {
        assert!(urgent.contains(expected), "{expected} missing from {urgent}");
    }
    assert!(!urgent.contains("I am safe"), "{urgent}");
    assert_eq!(supporter.post("/request/urgent", &[]).await.location(), "/request/who");
    supporter.post("/request/who", &[("for_whom", "someone")]).await;
    supporter.post("/request/age", &[("age_band", "16-17")]).await;
    supporter.post("/request/what", &[("crimes", "violence")]).await;
    supporter.post("/request/area", &[("area", "stockton-on-tees")]).await;
    supporter.post("/request/when", &[("when", "ongoing")]).await;
    supporter.post("/request/police", &[("police", "rather-not-say")]).await;
    supporter.post("/request/needs", &[("needs", "safety")]).await;
    supporter.post("/request/language", &[("language", "Polish"), ("interpreter", "yes")]).await;
    supporter.post("/request/contact", &[("name", "Kasia"), ("channels", "text"), ("phone", "07700 900456")]).await;
    let safe = supporter.post("/request/safe-contact", &[("text-safe", "yes"), ("text-say-who", "yes")]).await;
    assert_eq!(safe.location(), "/request/you", "the supporter's own details come after the person's safety");
    let refused = supporter.post("/request/you", &[("supporter_name", "Jo")]).await;
    assert_eq!(refused.status, 422);
    let text = refused.text();
    assert!(text.contains("Confirm the person knows about this request"));
    assert!(text.contains("value=\"Jo\""), "what was typed is kept");
    let agreed = supporter
        .post("/request/you", &[("supporter_name", "Jo"), ("supporter_email", "jo@example.org"), ("agreed", "yes")])
        .await;
    assert_eq!(agreed.location(), "/request/about");
    // The optional questions are about the person supported, not the supporter.
    let about = supporter.get("/request/about").await.text();
    assert!(about.contains("About the person you support") && about.contains("What is their gender?"), "{about}");
    assert!(!about.contains("What is your gender?"));
    supporter.post("/request/about", &[]).await;
    let check = supporter.get("/request/check").await.text();
    // A 16-year-old reporting violence in Stockton-on-Tees goes to the general victim service there.
    assert!(check.contains("Victim Care and Advice Service"), "{check}");
    assert!(check.contains("the person I support has agreed too"));
    assert_eq!(supporter.post("/request/check", &[("consent", "yes")]).await.location(), "/request/done");

    let mut youth = staff(&app, "Yan", "victim-hub", false).await;
    let queue = youth.get("/staff/referrals").await.text();
    assert!(queue.contains("A supporter, with the person"), "{queue}");
    let reference = queue.split("/staff/referrals/").nth(1).expect("a row")[..9].to_string();
    let detail = open(&mut youth, &reference).await;
    let first = detail.find("Contact the person first").expect("supporter note");
    assert!(first < detail.find("Text messages are safe").expect("channel"));
    assert!(detail.contains("jo@example.org") && detail.contains("Polish"));
}

#[tokio::test]
async fn the_hourly_limit_can_be_raised_where_many_people_share_an_address() {
    let app = sqlite_app_with(|config| config.requests_per_hour = 7).await;
    let mut first = Browser::new(&app);
    send_request(&mut first, &["violence"], "25-44", "A").await;
    for _ in 0..6 {
        let mut next = Browser::new(&app);
        next.address = first.address;
        send_request(&mut next, &["violence"], "25-44", "B").await;
    }
    let db = app.state.db.clone();
    let stored = waymark::with_db!(&db, conn => {
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM referrals").fetch_one(conn).await
    })
    .expect("count");
    assert_eq!(stored, 7, "seven requests from one address are allowed when configured");
}

#[tokio::test]
async fn consent_is_needed_and_too_many_requests_or_a_filled_honeypot_store_nothing() {
    let app = sqlite_app().await;
    let count = |app: &TestApp| {
        let db = app.state.db.clone();
        async move {
            waymark::with_db!(&db, conn => {
                sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM referrals").fetch_one(conn).await
            })
            .expect("count")
        }
    };
    let mut person = Browser::new(&app);
    send_request(&mut person, &["violence"], "25-44", "A").await;
    assert_eq!(count(&app).await, 1);
    // Every browser here shares one address, as on one connection.
    let same_address = |app| {
        let mut browser = Browser::new(app);
        browser.address = person.address;
        browser
    };
    for _ in 0..4 {
        send_request(&mut same_address(&app), &["violence"], "25-44", "B").await;
    }
    assert_eq!(count(&app).await, 5);

    // The sixth from the same address within the hour is refused, keeping the answers.
    let mut sixth = same_address(&app);
    sixth.post("/request/safe", &[("safe_now", "yes")]).await;
    for (step, form) in [
        ("who", vec![("for_whom", "me")]),
        ("age", vec![("age_band", "25-44")]),
        ("what", vec![("crimes", "violence")]),
        ("area", vec![("area", "middlesbrough")]),
        ("when", vec![("when", "week")]),
        ("police", vec![("police", "no")]),
        ("needs", vec![("needs", "emotional")]),
        ("language", vec![("interpreter", "no")]),
        ("contact", vec![("name", "C"), ("channels", "email"), ("email", "c@example.org")]),
        ("safe-contact", vec![("email-safe", "yes"), ("email-say-who", "yes")]),
        ("about", vec![]),
    ] {
        let reply = sixth.post(&format!("/request/{step}"), &form).await;
        assert_eq!(reply.status, 303, "{step}: {}", reply.text());
    }
    let no_consent = sixth.post("/request/check", &[]).await;
    assert_eq!(no_consent.status, 422);
    assert!(no_consent.text().contains("Tick the box to agree"));
    let refused = sixth.post("/request/check", &[("consent", "yes")]).await;
    assert_eq!(refused.status, 422);
    assert!(refused.text().contains("Several requests have been sent"));
    assert!(refused.text().contains("c@example.org"), "the answers are still there");
    assert_eq!(count(&app).await, 5);

    // A filled honeypot looks sent but stores nothing.
    let trap = sixth.post("/request/check", &[("consent", "yes"), ("website", "http://spam.example")]).await;
    assert_eq!(trap.location(), "/request/done");
    assert!(sixth.get("/request/done").await.text().contains("Request sent"));
    assert_eq!(count(&app).await, 5);
}

#[tokio::test]
async fn personal_details_never_reach_the_sqlite_files() {
    let app = sqlite_app().await;
    let mut person = Browser::new(&app);
    send_request(&mut person, &["hate-crime"], "18-24", MARKER).await;
    let mut hub = staff(&app, "Hana", "victim-hub", false).await;
    let queue = hub.get("/staff/referrals").await.text();
    let reference = queue.split("/staff/referrals/").nth(1).expect("a row")[..9].to_string();
    hub.post(&format!("/staff/referrals/{reference}/update"), &[("note", MARKER)]).await;
    assert!(open(&mut hub, &reference).await.contains(MARKER), "readable by staff");
    let mut checked = 0;
    for entry in std::fs::read_dir(&app.state.config.data_dir).expect("data dir").flatten() {
        let bytes = std::fs::read(entry.path()).expect("read");
        assert!(!bytes.windows(MARKER.len()).any(|w| w == MARKER.as_bytes()), "{:?} holds the marker", entry.path());
        checked += 1;
    }
    assert!(checked >= 2, "the database and its WAL were checked");
}

#[tokio::test]
async fn personal_details_never_reach_a_postgres_dump() {
    let Ok(admin_url) = std::env::var("TEST_POSTGRES_URL") else { return };
    let (app, database) = common::postgres_app(&admin_url).await;
    let mut person = Browser::new(&app);
    send_request(&mut person, &["hate-crime"], "18-24", MARKER).await;
    let url = common::with_database(&admin_url, &database);
    let dump = std::process::Command::new("pg_dump").arg("--data-only").arg(&url).output().expect("pg_dump runs");
    assert!(dump.status.success(), "{}", String::from_utf8_lossy(&dump.stderr));
    let dump = String::from_utf8_lossy(&dump.stdout).into_owned();
    assert!(dump.contains("hate-crime"), "the dump has the referral");
    assert!(!dump.contains(MARKER) && !dump.contains("07700 900123"));
    drop(person);
    drop(app);
    common::drop_postgres_database(&admin_url, &database).await;
}

#[tokio::test]
async fn administrators_get_the_audit_log() {
    on_each_backend(|app| async move {
        send_request(&mut Browser::new(&app), &["road-collision"], "18-24", MARKER).await;
        let mut caseworker = staff(&app, "Hana", "victim-hub", false).await;
        assert_eq!(caseworker.get("/staff/audit").await.status, 404);
        let mut admin = staff(&app, "Ada", "victim-hub", true).await;
        let queue = caseworker.get("/staff/referrals").await.text();
        let reference = queue.split("/staff/referrals/").nth(1).expect("a row")[..9].to_string();
        open(&mut caseworker, &reference).await;
        let audit = admin.get("/staff/audit").await.text();
        assert!(audit.contains(&reference) && audit.contains("Hana") && audit.contains("Viewed"), "{audit}");
        assert!(!audit.contains(MARKER));
    })
    .await;
}

#[tokio::test]
async fn closed_requests_are_deleted_after_the_retention_period() {
    on_each_backend(|app| async move {
        let closed = send_request(&mut Browser::new(&app), &["violence"], "25-44", "A").await;
        let open = send_request(&mut Browser::new(&app), &["violence"], "25-44", "B").await;
        let mut hub = staff(&app, "Hana", "victim-hub", false).await;
        hub.post(&format!("/staff/referrals/{closed}/close"), &[("onward", "none")]).await;
        assert_eq!(waymark::maintenance::purge_closed_requests(&app.state).await.expect("purge"), 0);
        app.state.clock.advance(app.state.config.retention_days * 86_400 + 1);
        assert_eq!(waymark::maintenance::purge_closed_requests(&app.state).await.expect("purge"), 1);
        let mut hub = staff(&app, "Hal", "victim-hub", false).await;
        assert_eq!(hub.get(&format!("/staff/referrals/{closed}")).await.status, 404);
        assert_eq!(hub.get(&format!("/staff/referrals/{open}")).await.status, 200);
    })
    .await;
}

#[tokio::test]
async fn the_service_directory_filters_by_neutral_codes_and_searches_by_post() {
    let app = sqlite_app().await;
    let all = app.get("/services").await.text();
    assert!(all.contains("Samaritans") && all.contains("Brake"));
    let fraud = waymark::content::code_for("crime", "fraud-cyber");
    let page = app.get(&format!("/services?what={fraud}")).await.text();
    assert!(page.contains("Report Fraud") && !page.contains("Brake"), "{page}");
    let search = app.post_form("/services", "q=road").await.text();
    assert!(search.contains("Brake") && !search.contains("Report Fraud"), "{search}");
    // A crime type is found by its name and by the words people use for it; a search that finds nothing offers
    // every service as a link.
    for typed in ["burglary", "burgled"] {
        let found = app.post_form("/services", &format!("q={typed}")).await.text();
        assert!(
            found.contains("Victim Care and Advice Service (VCAS)") && found.contains("Restorative Justice Cleveland"),
            "{found}"
        );
        assert!(!found.contains("Brake") && !found.contains("Report Fraud"), "{found}");
    }
    let none = app.post_form("/services", "q=zzzz").await.text();
    assert!(
        none.contains("No services found")
            && none.contains("<a href=\"/services\" class=\"wm-link\">Show all services</a>"),
        "{none}"
    );
    // Unknown filters show everything rather than failing.
    assert_eq!(app.get("/services?what=zzzzz&who=%3Cscript%3E").await.status, 200);
}

async fn status_and_actions(app: &TestApp, reference: &str) -> (String, Vec<String>) {
    let row = waymark::referrals::store::by_reference(&app.state.db, reference).await.expect("read").expect("row");
    let events = waymark::referrals::store::events(&app.state.db, row.id).await.expect("events");
    (row.status.to_string(), events.iter().map(|e| e.action.to_string()).collect())
}

#[tokio::test]
async fn a_failure_in_the_middle_of_a_triage_change_writes_neither_the_change_nor_its_audit_entry() {
    on_each_backend(|app| async move {
        let mut person = Browser::new(&app);
        let reference = send_request(&mut person, &["theft-burglary"], "25-44", "Robin").await;
        let mut caseworker = staff(&app, "Dana", "victim-hub", false).await;
        let base = format!("/staff/referrals/{reference}");
        open(&mut caseworker, &reference).await;
        let before = status_and_actions(&app, &reference).await;
        assert_eq!(before, ("new".to_string(), vec!["received".to_string(), "viewed".to_string()]));

        // The status is updated first, then its audit entry is written: make the audit entry fail.
        run_sql(
            &app,
            &["CREATE TRIGGER fail_status_event BEFORE INSERT ON referral_events WHEN NEW.action = 'status'
               BEGIN SELECT RAISE(ABORT, 'injected failure'); END"],
            &[
                "CREATE FUNCTION fail_injected() RETURNS trigger LANGUAGE plpgsql
                 AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$",
                "CREATE TRIGGER fail_status_event BEFORE INSERT ON referral_events FOR EACH ROW
                 WHEN (NEW.action = 'status') EXECUTE FUNCTION fail_injected()",
            ],
        )
        .await;
        let failed = caseworker.post(&format!("{base}/update"), &[("status", "supported")]).await;
        assert_eq!(failed.status, 503, "{}", app.backend);
        assert!(failed.text().contains("Sorry, there is a problem with the service"), "{}", failed.text());
        assert_eq!(status_and_actions(&app, &reference).await, before, "the status change was rolled back");

        // A transfer writes its audit entry first, then moves the referral: make the move fail.
        run_sql(
            &app,
            &["CREATE TRIGGER fail_move BEFORE UPDATE ON referrals WHEN NEW.service <> OLD.service
               BEGIN SELECT RAISE(ABORT, 'injected failure'); END"],
            &["CREATE TRIGGER fail_move BEFORE UPDATE ON referrals FOR EACH ROW
               WHEN (NEW.service <> OLD.service) EXECUTE FUNCTION fail_injected()"],
        )
        .await;
        let form = [("service", "harbour"), ("reason", "Specialist support")];
        assert_eq!(caseworker.post(&format!("{base}/transfer"), &form).await.status, 503);
        assert_eq!(status_and_actions(&app, &reference).await, before, "the transfer's audit entry was rolled back");

        // Without the injected failures, both changes are written with their audit entries.
        run_sql(
            &app,
            &["DROP TRIGGER fail_status_event", "DROP TRIGGER fail_move"],
            &["DROP TRIGGER fail_status_event ON referral_events", "DROP TRIGGER fail_move ON referrals"],
        )
        .await;
        let saved = caseworker.post(&format!("{base}/update"), &[("status", "in_contact")]).await;
        assert_eq!(saved.location(), format!("{base}#actions"));
        let (status, actions) = status_and_actions(&app, &reference).await;
        assert_eq!(status, "in_contact");
        assert_eq!(actions.last().map(String::as_str), Some("status"));
    })
    .await;
}

#[tokio::test]
async fn a_status_and_a_note_are_saved_together_or_not_at_all() {
    on_each_backend(|app| async move {
        let reference = send_request(&mut Browser::new(&app), &["theft-burglary"], "25-44", "Robin").await;
        let mut caseworker = staff(&app, "Dana", "victim-hub", false).await;
        let base = format!("/staff/referrals/{reference}");
        open(&mut caseworker, &reference).await;
        let before = status_and_actions(&app, &reference).await;

        // The status is written before the note: make the note's audit entry fail, and neither is kept.
        run_sql(
            &app,
            &["CREATE TRIGGER fail_note BEFORE INSERT ON referral_events WHEN NEW.action = 'note'
               BEGIN SELECT RAISE(ABORT, 'injected failure'); END"],
            &[
                "CREATE FUNCTION fail_injected() RETURNS trigger LANGUAGE plpgsql
                 AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$",
                "CREATE TRIGGER fail_note BEFORE INSERT ON referral_events FOR EACH ROW
                 WHEN (NEW.action = 'note') EXECUTE FUNCTION fail_injected()",
            ],
        )
        .await;
        let both = [("status", "supported"), ("note", "Weekly calls agreed")];
        assert_eq!(caseworker.post(&format!("{base}/update"), &both).await.status, 503, "{}", app.backend);
        assert_eq!(status_and_actions(&app, &reference).await, before, "neither the status nor the note");

        // Without the failure, one press saves both, with their audit entries.
        run_sql(&app, &["DROP TRIGGER fail_note"], &["DROP TRIGGER fail_note ON referral_events"]).await;
        assert_eq!(caseworker.post(&format!("{base}/update"), &both).await.location(), format!("{base}#actions"));
        let (status, actions) = status_and_actions(&app, &reference).await;
        assert_eq!(status, "supported");
        assert_eq!(actions[actions.len() - 2..], ["status".to_string(), "note".to_string()]);
        let detail = caseworker.get(&base).await.text();
        assert!(detail.contains("Weekly calls agreed") && detail.contains("Status changed to Being supported"));
    })
    .await;
}

#[tokio::test]
async fn reading_a_referral_writes_nothing_and_opening_it_is_recorded() {
    on_each_backend(|app| async move {
        let reference = send_request(&mut Browser::new(&app), &["violence"], "25-44", "Robin").await;
        let mut caseworker = staff(&app, "Dana", "victim-hub", false).await;
        let base = format!("/staff/referrals/{reference}");

        // A plain GET (which a link on another site could make) shows a button, not the request, and writes nothing.
        let before = rows(&app, "referral_events").await;
        let closed = caseworker.get(&base).await;
        assert_eq!(closed.status, 200);
        let closed = closed.text();
        assert!(closed.contains("Open this request") && closed.contains(&format!("{base}/open")), "{closed}");
        assert!(!closed.contains("Robin") && !closed.contains("07700 900123"), "nothing personal before opening");
        assert_eq!(rows(&app, "referral_events").await, before, "a GET writes nothing");

        // Opening records one view; reading it again and again records nothing more.
        let detail = open(&mut caseworker, &reference).await;
        assert!(detail.contains("07700 900123"));
        assert_eq!(rows(&app, "referral_events").await, before + 1);
        for _ in 0..3 {
            assert!(caseworker.get(&base).await.text().contains("07700 900123"));
        }
        assert_eq!(rows(&app, "referral_events").await, before + 1, "reading writes nothing");

        // The view lasts an hour (the member of staff staying signed in); after that the page asks to open it again.
        for _ in 0..3 {
            app.state.clock.advance(waymark::referrals::triage::VIEW_LASTS / 3 + 1);
            assert_eq!(caseworker.get("/staff/referrals").await.status, 200);
        }
        assert!(caseworker.get(&base).await.text().contains("Open this request"));
        assert_eq!(rows(&app, "referral_events").await, before + 1);
        let detail = open(&mut caseworker, &reference).await;
        assert!(detail.contains("Opened 2 times, last by Dana"), "{detail}");

        // A colleague's view does not open it for anyone else.
        let mut colleague = staff(&app, "Hal", "victim-hub", false).await;
        assert!(colleague.get(&base).await.text().contains("Open this request"));
    })
    .await;
}

#[tokio::test]
async fn urgent_requests_are_marked_and_come_first() {
    on_each_backend(|app| async move {
        let calm = send_request(&mut Browser::new(&app), &["violence"], "25-44", "Calm").await;
        // Sent later (so newer), but not urgent: the urgent one still comes first.
        let mut person = Browser::new(&app);
        person.post("/request/safe", &[("safe_now", "no")]).await;
        person.post("/request/urgent", &[]).await;
        for (step, form) in [
            ("who", vec![("for_whom", "me")]),
            ("age", vec![("age_band", "25-44")]),
            ("what", vec![("crimes", "violence")]),
            ("area", vec![("area", "middlesbrough")]),
            ("when", vec![("when", "ongoing")]),
            ("police", vec![("police", "no")]),
            ("needs", vec![("needs", "crisis")]),
            ("language", vec![("interpreter", "no")]),
            ("contact", vec![("name", "U"), ("channels", "email"), ("email", "u@example.org")]),
            ("safe-contact", vec![("email-safe", "yes"), ("email-say-who", "yes")]),
            ("about", vec![]),
        ] {
            assert_eq!(person.post(&format!("/request/{step}"), &form).await.status, 303, "{step}");
        }
        assert_eq!(person.post("/request/check", &[("consent", "yes")]).await.location(), "/request/done");
        let done = person.get("/request/done").await.text();
        let urgent = done.split("wm-panel__reference\">").nth(1).expect("a reference")[..9].to_string();
        app.state.clock.advance(60);
        let later = send_request(&mut Browser::new(&app), &["violence"], "25-44", "Later").await;

        let mut hub = staff(&app, "Hana", "victim-hub", false).await;
        let queue = queue_text(&mut hub).await;
        let at = |r: &str| queue.find(r).unwrap_or_else(|| panic!("{r} not in {queue}"));
        assert!(at(&urgent) < at(&later) && at(&later) < at(&calm), "urgent first, then newest first");
        assert_eq!(queue.matches("wm-tag--urgent").count(), 1, "{queue}");
        assert!(open(&mut hub, &urgent).await.contains("wm-tag--urgent"));
        assert!(!open(&mut hub, &calm).await.contains("wm-tag--urgent"));
    })
    .await;
}

/// How many rows `table` has.
pub(crate) async fn rows(app: &TestApp, table: &str) -> i64 {
    let sql = format!("SELECT COUNT(*) FROM {table}");
    waymark::with_db!(&app.state.db, conn => sqlx::query_scalar::<_, i64>(&sql).fetch_one(conn).await).expect("count")
}

/// Makes every write of a draft fail (an insert, or an insert that would update), until dropped.
async fn fail_draft_writes(app: &TestApp) {
    run_sql(
        app,
        &["CREATE TRIGGER fail_draft BEFORE INSERT ON referral_drafts BEGIN SELECT RAISE(ABORT, 'injected failure'); END"],
        &[
            "CREATE FUNCTION fail_injected() RETURNS trigger LANGUAGE plpgsql
             AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$",
            "CREATE TRIGGER fail_draft BEFORE INSERT ON referral_drafts FOR EACH ROW EXECUTE FUNCTION fail_injected()",
        ],
    )
    .await;
}

async fn allow_draft_writes(app: &TestApp) {
    run_sql(app, &["DROP TRIGGER fail_draft"], &["DROP TRIGGER fail_draft ON referral_drafts"]).await;
}

#[tokio::test]
async fn a_first_answer_that_cannot_be_kept_starts_no_session() {
    on_each_backend(|app| async move {
        fail_draft_writes(&app).await;
        let mut person = Browser::new(&app);
        let failed = person.post("/request/safe", &[("safe_now", "yes")]).await;
        assert_eq!(failed.status, 503, "{}", app.backend);
        assert!(failed.text().contains("Sorry, there is a problem with the service"));
        assert!(person.session_cookie().is_none());
        assert_eq!(rows(&app, "sessions").await, 0, "the session was rolled back with the draft");

        allow_draft_writes(&app).await;
        assert_eq!(person.post("/request/safe", &[("safe_now", "yes")]).await.location(), "/request/who");
        assert!(person.session_cookie().is_some());
        assert_eq!((rows(&app, "sessions").await, rows(&app, "referral_drafts").await), (1, 1));
    })
    .await;
}

#[tokio::test]
async fn a_request_whose_confirmation_cannot_be_kept_is_not_sent() {
    on_each_backend(|app| async move {
        let mut person = Browser::new(&app);
        for (step, form) in [
            ("safe", vec![("safe_now", "yes")]),
            ("who", vec![("for_whom", "me")]),
            ("age", vec![("age_band", "25-44")]),
            ("what", vec![("crimes", "violence")]),
            ("area", vec![("area", "middlesbrough")]),
            ("when", vec![("when", "week")]),
            ("police", vec![("police", "no")]),
            ("needs", vec![("needs", "emotional")]),
            ("language", vec![("interpreter", "no")]),
            ("contact", vec![("name", "C"), ("channels", "email"), ("email", "c@example.org")]),
            ("safe-contact", vec![("email-safe", "yes"), ("email-say-who", "yes")]),
            ("about", vec![]),
        ] {
            assert_eq!(person.post(&format!("/request/{step}"), &form).await.status, 303, "{step}");
        }
        assert_eq!(person.get("/request/check").await.status, 200);

        // Sending stores the referral, its audit entry and the send, then the confirmation: make the last fail.
        fail_draft_writes(&app).await;
        let failed = person.post("/request/check", &[("consent", "yes")]).await;
        assert_eq!(failed.status, 503, "{}", app.backend);
        for table in ["referrals", "referral_events", "referral_sends"] {
            assert_eq!(rows(&app, table).await, 0, "{table} on {}", app.backend);
        }

        allow_draft_writes(&app).await;
        assert_eq!(person.post("/request/check", &[("consent", "yes")]).await.location(), "/request/done");
        assert!(person.get("/request/done").await.text().contains("Request sent"));
        assert_eq!(rows(&app, "referrals").await, 1);
    })
    .await;
}
