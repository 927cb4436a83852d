//! Accounts end to end through the HTTP layer, on SQLite and PostgreSQL: registration, two-factor sign-in,
//! replay refusal, recovery codes, password reset, throttling and pauses, sessions and their limits, sensitive
//! changes, deletion, data download, staff enrolment, and changes that are written whole or not at all.

use crate::common;

use common::{code_now, on_each_backend, register, run_sql, sign_in, sqlite_app, Browser, PASSWORD};

#[tokio::test]
async fn register_sign_out_and_sign_in_with_two_factors() {
    on_each_backend(|app| async move {
        let mut browser = Browser::new(&app);
        let account = register(&mut browser, "River Song", PASSWORD).await;
        let page = browser.get("/account").await;
        assert_eq!(page.status, 200, "{}", app.backend);
        assert!(page.text().contains("Your account is ready."));
        assert!(page.text().contains("Support for myself"));
        assert_eq!(page.header("cache-control"), Some("no-store"));

        let out = browser.post("/sign-out", &[]).await;
        assert_eq!(out.status, 200);
        assert!(out.text().contains("You have signed out"));
        assert!(out.header("clear-site-data").unwrap_or_default().contains("\"cookies\""));
        assert_eq!(browser.get("/account").await.location(), "/sign-in?reason=required");

        let signed_in = sign_in(&mut browser, &account).await;
        assert_eq!(signed_in.location(), "/account", "{}", signed_in.text());
        assert_eq!(browser.get("/account").await.status, 200);
    })
    .await;
}

#[tokio::test]
async fn a_code_is_accepted_once_only() {
    on_each_backend(|app| async move {
        let mut browser = Browser::new(&app);
        let account = register(&mut browser, "sam", PASSWORD).await;
        browser.post("/sign-out", &[]).await;
        app.state.clock.advance(30);
        let code = code_now(&app, &account.secret);

        browser.post("/sign-in", &[("name", "sam"), ("password", PASSWORD)]).await;
        assert_eq!(browser.post("/sign-in/code", &[("code", &code)]).await.location(), "/account");
        browser.post("/sign-out", &[]).await;

        // The same code again, on a fresh sign-in within its 30 seconds: refused.
        browser.post("/sign-in", &[("name", "sam"), ("password", PASSWORD)]).await;
        let replay = browser.post("/sign-in/code", &[("code", &code)]).await;
        assert_eq!(replay.status, 422, "{}", app.backend);
        assert!(replay.text().contains("This code has already been used"));
        assert_eq!(browser.get("/account").await.status, 303, "not signed in");
    })
    .await;
}

#[tokio::test]
async fn codes_outside_the_window_are_refused() {
    let app = sqlite_app().await;
    let mut browser = Browser::new(&app);
    let account = register(&mut browser, "sam", PASSWORD).await;
    browser.post("/sign-out", &[]).await;
    app.state.clock.advance(300);
    let stale = waymark::auth::totp::code_at(&account.secret, (app.state.clock.now() - 90) as u64);
    browser.post("/sign-in", &[("name", "sam"), ("password", PASSWORD)]).await;
    let reply = browser.post("/sign-in/code", &[("code", &stale)]).await;
    assert!(reply.text().contains("The code is not right"));
    let fresh = code_now(&app, &account.secret);
    assert_eq!(browser.post("/sign-in/code", &[("code", &fresh)]).await.location(), "/account");
}

#[tokio::test]
async fn names_are_not_unique_and_registration_never_says_a_name_is_taken() {
    let app = sqlite_app().await;
    let mut first = Browser::new(&app);
    let a = register(&mut first, "Sam", PASSWORD).await;
    let mut second = Browser::new(&app);
    let b = register(&mut second, "  sam ", "velvet harbour kettle drum").await;

    // Each password finds its own account.
    first.post("/sign-out", &[]).await;
    assert_eq!(sign_in(&mut first, &a).await.location(), "/account");
    second.post("/sign-out", &[]).await;
    assert_eq!(sign_in(&mut second, &b).await.location(), "/account");
}

#[tokio::test]
async fn sign_in_answers_the_same_for_unknown_names_and_wrong_passwords() {
    let app = sqlite_app().await;
    let mut browser = Browser::new(&app);
    register(&mut browser, "sam", PASSWORD).await;
    browser.post("/sign-out", &[]).await;
    let without_nonce = |reply: &common::Reply| {
        let csp = reply.header("content-security-policy").unwrap_or_default();
        let nonce = csp.split("'nonce-").nth(1).and_then(|s| s.split('\'').next()).unwrap_or("-").to_string();
        reply.text().replace(&nonce, "NONCE")
    };
    let wrong_password = browser.post("/sign-in", &[("name", "sam"), ("password", "not the password")]).await;
    let unknown_name = browser.post("/sign-in", &[("name", "nobody"), ("password", "not the password")]).await;
    assert_eq!(wrong_password.status, unknown_name.status);
    let a = without_nonce(&wrong_password).replace("value=\"sam\"", "");
    let b = without_nonce(&unknown_name).replace("value=\"nobody\"", "");
    assert_eq!(a, b, "identical pages apart from the name typed");
    assert!(wrong_password.text().contains("The sign-in name or password is not right"));
}

#[tokio::test]
async fn recovery_codes_sign_in_once_each() {
    on_each_backend(|app| async move {
        let mut browser = Browser::new(&app);
        let account = register(&mut browser, "sam", PASSWORD).await;
        browser.post("/sign-out", &[]).await;
        let code = account.codes[3].to_lowercase().replace('-', " ");

        browser.post("/sign-in", &[("name", "sam"), ("password", PASSWORD)]).await;
        assert_eq!(browser.post("/sign-in/recovery-code", &[("code", &code)]).await.location(), "/account");
        let page = browser.get("/account").await.text();
        assert!(page.contains(r#"<dd class="wm-summary-list__value">9</dd>"#), "9 codes left");
        browser.post("/sign-out", &[]).await;

        browser.post("/sign-in", &[("name", "sam"), ("password", PASSWORD)]).await;
        let again = browser.post("/sign-in/recovery-code", &[("code", &code)]).await;
        assert!(again.text().contains("has already been used"), "{}", app.backend);
    })
    .await;
}

#[tokio::test]
async fn a_forgotten_password_is_reset_with_name_recovery_code_and_authenticator() {
    on_each_backend(|app| async move {
        let mut owner = Browser::new(&app);
        let account = register(&mut owner, "sam", PASSWORD).await;
        let mut other_device = Browser::new(&app);
        assert_eq!(sign_in(&mut other_device, &account).await.location(), "/account");

        let mut browser = Browser::new(&app);
        app.state.clock.advance(30);
        let new_password = "quiet lantern meadow fox";
        let wrong = browser
            .post(
                "/password-reset",
                &[
                    ("name", "someone else"),
                    ("recovery_code", &account.codes[0]),
                    ("code", &code_now(&app, &account.secret)),
                    ("password", new_password),
                ],
            )
            .await;
        assert_eq!(wrong.status, 422);
        assert!(wrong.text().contains("These details do not match an account"));

        app.state.clock.advance(30);
        let reset = browser
            .post(
                "/password-reset",
                &[
                    ("name", "Sam"),
                    ("recovery_code", &account.codes[0]),
                    ("code", &code_now(&app, &account.secret)),
                    ("password", new_password),
                ],
            )
            .await;
        assert_eq!(reset.location(), "/password-reset/done", "{}", reset.text());

        // Every session has ended; the old password no longer works; the new one does.
        assert_eq!(owner.get("/account").await.status, 303);
        assert_eq!(other_device.get("/account").await.status, 303);
        let old = browser.post("/sign-in", &[("name", "sam"), ("password", PASSWORD)]).await;
        assert!(old.text().contains("The sign-in name or password is not right"));
        let renewed = common::Registered { password: new_password.into(), ..account };
        assert_eq!(sign_in(&mut browser, &renewed).await.location(), "/account");
    })
    .await;
}

#[tokio::test]
async fn ten_failures_pause_password_sign_in_but_never_lock_the_owner_out() {
    on_each_backend(|app| async move {
        let mut owner = Browser::new(&app);
        let account = register(&mut owner, "sam", PASSWORD).await;
        owner.post("/sign-out", &[]).await;

        let mut attacker = Browser::new(&app);
        let mut paused_at = None;
        for attempt in 1..=20 {
            // Wait out the growing delays between attempts.
            app.state.clock.advance(61);
            let reply =
                attacker.post("/sign-in", &[("name", "sam"), ("password", &format!("guess number {attempt}"))]).await;
            if reply.text().contains("is paused for this sign-in name") {
                paused_at = Some(attempt);
                break;
            }
            assert!(reply.text().contains("The sign-in name or password is not right"), "attempt {attempt}");
        }
        assert_eq!(paused_at, Some(10), "{}: paused on the tenth failure", app.backend);

        // The owner's password alone is refused during the pause, and the pause is shown honestly...
        let refused = owner.post("/sign-in", &[("name", "sam"), ("password", PASSWORD)]).await;
        assert_eq!(refused.status, 429);
        assert!(refused.text().contains("15 more minutes"), "{}", refused.text());
        assert!(refused.text().contains(r#"name="code""#), "the combined form is offered");

        // ...but the password and a code together still work.
        app.state.clock.advance(30);
        let code = code_now(&app, &account.secret);
        let combined = owner.post("/sign-in", &[("name", "sam"), ("password", PASSWORD), ("code", &code)]).await;
        assert_eq!(combined.location(), "/account", "{}", combined.text());
        owner.post("/sign-out", &[]).await;

        // The attacker's attempts during the pause are refused without extending it.
        for _ in 0..5 {
            app.state.clock.advance(60);
            let reply = attacker.post("/sign-in", &[("name", "sam"), ("password", "still guessing")]).await;
            assert_eq!(reply.status, 429);
        }
        // Fifteen minutes after it began, the pause is over.
        app.state.clock.advance(15 * 60 - 30 - 5 * 60 - 10);
        let almost = owner.post("/sign-in", &[("name", "sam"), ("password", PASSWORD)]).await;
        assert_eq!(almost.status, 429, "still paused 10 seconds before the end");
        app.state.clock.advance(11);
        let after = owner.post("/sign-in", &[("name", "sam"), ("password", PASSWORD)]).await;
        assert_eq!(after.location(), "/sign-in/code", "{}", after.text());
    })
    .await;
}

#[tokio::test]
async fn unknown_names_are_paused_exactly_like_real_ones() {
    let app = sqlite_app().await;
    let mut browser = Browser::new(&app);
    let mut statuses = Vec::new();
    for attempt in 1..=10 {
        app.state.clock.advance(61);
        let reply =
            browser.post("/sign-in", &[("name", "nobody at all"), ("password", &format!("guess {attempt}"))]).await;
        statuses.push(reply.status.as_u16());
    }
    assert_eq!(statuses.last(), Some(&429));
    assert!(statuses[..9].iter().all(|s| *s == 422));
}

#[tokio::test]
async fn quick_retries_are_slowed_down() {
    let app = sqlite_app().await;
    let mut browser = Browser::new(&app);
    for _ in 0..3 {
        let reply = browser.post("/sign-in", &[("name", "sam"), ("password", "wrong wrong")]).await;
        assert_eq!(reply.status, 422);
    }
    let reply = browser.post("/sign-in", &[("name", "sam"), ("password", "wrong wrong")]).await;
    assert_eq!(reply.status, 429);
    assert!(
        reply.text().contains("Too many attempts. Wait 1 seconds") || reply.text().contains("Wait 1"),
        "{}",
        reply.text()
    );
}

#[tokio::test]
async fn sessions_end_after_30_idle_minutes_and_after_12_hours() {
    let app = sqlite_app().await;
    let mut browser = Browser::new(&app);
    let account = register(&mut browser, "sam", PASSWORD).await;
    app.state.clock.advance(29 * 60);
    assert_eq!(browser.get("/account").await.status, 200, "29 minutes idle is fine");
    app.state.clock.advance(30 * 60 + 1);
    let idle = browser.get("/account").await;
    assert_eq!(idle.location(), "/signed-out?reason=idle");
    assert!(browser.session_cookie().is_none(), "the cookie is removed");

    sign_in(&mut browser, &account).await;
    for _ in 0..((12 * 60) / 20) {
        app.state.clock.advance(20 * 60);
        let reply = browser.get("/account").await;
        if reply.status != 200 {
            assert_eq!(reply.location(), "/sign-in?reason=expired");
            return;
        }
    }
    panic!("the session outlived its 12 hours");
}

#[tokio::test]
async fn the_account_page_lists_sessions_and_signs_out_the_others() {
    let app = sqlite_app().await;
    let mut phone = Browser::new(&app);
    let account = register(&mut phone, "sam", PASSWORD).await;
    let mut laptop = Browser::new(&app);
    laptop.user_agent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0";
    sign_in(&mut laptop, &account).await;

    let page = phone.get("/account").await.text();
    assert!(page.contains("Chrome on Android"));
    assert!(page.contains("Firefox on Windows"));
    assert!(page.contains("This device"));
    let reply = phone.post("/account/sessions/sign-out-others", &[]).await;
    assert_eq!(reply.location(), "/account");
    assert!(phone.get("/account").await.text().contains("signed out everywhere else"));
    assert_eq!(laptop.get("/account").await.status, 303);
}

#[tokio::test]
async fn changing_the_password_needs_name_password_and_code_and_renews_the_session() {
    on_each_backend(|app| async move {
        let mut browser = Browser::new(&app);
        let account = register(&mut browser, "sam", PASSWORD).await;
        let mut elsewhere = Browser::new(&app);
        sign_in(&mut elsewhere, &account).await;
        let before = browser.session_cookie().cloned();

        app.state.clock.advance(30);
        let new_password = "quiet lantern meadow fox";
        let wrong = browser
            .post(
                "/account/password",
                &[
                    ("name", "sam"),
                    ("password", "wrong"),
                    ("code", &code_now(&app, &account.secret)),
                    ("new_password", new_password),
                ],
            )
            .await;
        assert_eq!(wrong.status, 422);
        assert!(wrong.text().contains("The details are not right"));

        app.state.clock.advance(30);
        let changed = browser
            .post(
                "/account/password",
                &[
                    ("name", "sam"),
                    ("password", PASSWORD),
                    ("code", &code_now(&app, &account.secret)),
                    ("new_password", new_password),
                ],
            )
            .await;
        assert_eq!(changed.location(), "/account", "{}", changed.text());
        assert_ne!(browser.session_cookie().cloned(), before, "a new session token");
        assert!(browser.get("/account").await.text().contains("Your password has been changed"));
        assert_eq!(elsewhere.get("/account").await.status, 303, "other sessions ended");
    })
    .await;
}

#[tokio::test]
async fn the_authenticator_can_be_replaced_with_a_recovery_code() {
    let app = sqlite_app().await;
    let mut browser = Browser::new(&app);
    let account = register(&mut browser, "sam", PASSWORD).await;
    let confirm = browser
        .post("/account/authenticator", &[("name", "sam"), ("password", PASSWORD), ("code", &account.codes[1])])
        .await;
    assert_eq!(confirm.location(), "/account/authenticator/new", "{}", confirm.text());
    let setup = browser.get("/account/authenticator/new").await;
    let new_secret = setup.totp_secret();
    assert_ne!(new_secret, account.secret);
    app.state.clock.advance(30);
    let done = browser.post("/account/authenticator/new", &[("code", &code_now(&app, &new_secret))]).await;
    assert_eq!(done.location(), "/account");

    browser.post("/sign-out", &[]).await;
    app.state.clock.advance(30);
    browser.post("/sign-in", &[("name", "sam"), ("password", PASSWORD)]).await;
    let old_app = browser.post("/sign-in/code", &[("code", &code_now(&app, &account.secret))]).await;
    assert!(old_app.text().contains("The code is not right"), "the old app no longer works");
    let new_app = browser.post("/sign-in/code", &[("code", &code_now(&app, &new_secret))]).await;
    assert_eq!(new_app.location(), "/account");
}

#[tokio::test]
async fn new_recovery_codes_replace_the_old_ones() {
    let app = sqlite_app().await;
    let mut browser = Browser::new(&app);
    let account = register(&mut browser, "sam", PASSWORD).await;
    app.state.clock.advance(30);
    let confirm = browser
        .post(
            "/account/recovery-codes",
            &[("name", "sam"), ("password", PASSWORD), ("code", &code_now(&app, &account.secret))],
        )
        .await;
    assert_eq!(confirm.location(), "/account/recovery-codes/new");
    let fresh = browser.get("/account/recovery-codes/new").await.recovery_codes();
    assert_eq!(fresh.len(), 10);
    assert!(fresh.iter().all(|c| !account.codes.contains(c)));
    browser.post("/account/recovery-codes/new", &[]).await;
    assert_eq!(browser.get("/account/recovery-codes/new").await.location(), "/account", "shown once only");

    browser.post("/sign-out", &[]).await;
    browser.post("/sign-in", &[("name", "sam"), ("password", PASSWORD)]).await;
    let old = browser.post("/sign-in/recovery-code", &[("code", &account.codes[0])]).await;
    assert!(old.text().contains("is not right"));
    assert_eq!(browser.post("/sign-in/recovery-code", &[("code", &fresh[0])]).await.location(), "/account");
}

#[tokio::test]
async fn deleting_the_account_removes_everything() {
    on_each_backend(|app| async move {
        let mut browser = Browser::new(&app);
        let account = register(&mut browser, "sam", PASSWORD).await;
        app.state.clock.advance(30);
        let deleted = browser
            .post("/account/delete", &[("name", "sam"), ("password", PASSWORD), ("code", &code_now(&app, &account.secret))])
            .await;
        assert_eq!(deleted.status, 200, "{}", deleted.text());
        assert!(deleted.text().contains("Your account has been deleted"));
        assert!(deleted.header("clear-site-data").is_some());
        let counts: (i64, i64, i64) = waymark::with_db!(&app.state.db, conn => {
            sqlx::query_as("SELECT (SELECT COUNT(*) FROM users), (SELECT COUNT(*) FROM sessions WHERE user_id IS NOT NULL), (SELECT COUNT(*) FROM recovery_codes)")
                .fetch_one(conn)
                .await
        })
        .expect("counts");
        assert_eq!(counts, (0, 0, 0), "{}", app.backend);
        let again = browser.post("/sign-in", &[("name", "sam"), ("password", PASSWORD)]).await;
        assert!(again.text().contains("not right"));
    })
    .await;
}

#[tokio::test]
async fn the_data_download_holds_the_account_and_its_sessions() {
    let app = sqlite_app().await;
    let mut browser = Browser::new(&app);
    browser.post("/register/who", &[("audience", "supporter")]).await;
    browser.post("/register/age", &[("adult", "yes")]).await;
    browser.post("/register/details", &[("name", "sam"), ("email", "sam@example.org"), ("password", PASSWORD)]).await;
    let secret = browser.get("/register/authenticator").await.totp_secret();
    browser.post("/register/authenticator", &[("code", &code_now(&app, &secret))]).await;
    browser.post("/register/recovery-codes", &[]).await;

    let reply = browser.get("/account/data").await;
    assert_eq!(reply.status, 200);
    assert!(reply.header("content-disposition").unwrap_or_default().contains("attachment"));
    let json: serde_json::Value = serde_json::from_slice(&reply.body).expect("json");
    assert_eq!(json["account"]["account_for"], "supporter");
    assert_eq!(json["account"]["email"], "sam@example.org");
    assert_eq!(json["account"]["unused_recovery_codes"], 10);
    assert_eq!(json["sessions"].as_array().map(Vec::len), Some(1));
    assert!(!reply.text().contains("sam\""), "the sign-in name is not stored");
}

#[tokio::test]
async fn under_16s_are_pointed_to_help_and_nothing_is_kept() {
    let app = sqlite_app().await;
    let mut browser = Browser::new(&app);
    browser.post("/register/who", &[("audience", "self")]).await;
    let reply = browser.post("/register/age", &[("adult", "no")]).await;
    assert_eq!(reply.location(), "/register/under-16");
    assert!(browser.get("/register/under-16").await.text().contains("Childline"));
    assert_eq!(browser.get("/register/details").await.location(), "/register/who");
}

#[tokio::test]
async fn validation_messages_sit_next_to_fields_and_keep_input() {
    let app = sqlite_app().await;
    let mut browser = Browser::new(&app);
    let reply = browser.post("/register/who", &[]).await;
    assert_eq!(reply.status, 422);
    assert!(reply.text().contains("Select what you will use your account for"));
    assert!(reply.text().contains("<title>Error: "));
    browser.post("/register/who", &[("audience", "self")]).await;
    browser.post("/register/age", &[("adult", "yes")]).await;
    let reply =
        browser.post("/register/details", &[("name", "ab"), ("email", "not-an-email"), ("password", "short")]).await;
    let html = reply.text();
    assert!(html.contains("at least 3 characters"));
    assert!(html.contains("email address in the correct format"));
    assert!(html.contains("at least 8 characters"));
    assert!(html.contains(r#"value="not-an-email""#), "input kept");
    assert!(!html.contains(r#"value="short""#), "passwords are never echoed");
    assert!(html.contains(r##"href="#name""##), "the summary links to the field");
}

#[tokio::test]
async fn personal_pages_need_a_signed_in_session() {
    let app = sqlite_app().await;
    let mut browser = Browser::new(&app);
    for path in [
        "/account",
        "/account/password",
        "/account/authenticator",
        "/account/recovery-codes",
        "/account/delete",
        "/account/data",
        "/register/recovery-codes",
    ] {
        let reply = browser.get(path).await;
        assert_eq!(reply.status, 303, "{path}");
        assert!(reply.location().starts_with("/sign-in"), "{path}");
    }
    for path in ["/account/keep-alive", "/account/sessions/sign-out-others", "/account/delete", "/account/password"] {
        let reply = browser.post(path, &[("name", "x")]).await;
        assert_eq!(reply.status, 303, "{path}");
    }
    // A password-only session is not signed in either.
    register(&mut Browser::new(&app), "sam", PASSWORD).await;
    browser.post("/sign-in", &[("name", "sam"), ("password", PASSWORD)]).await;
    assert_eq!(browser.get("/account").await.status, 303);
}

#[tokio::test]
async fn staff_enrol_from_a_one_time_link() {
    on_each_backend(|app| async move {
        let path =
            waymark::cli::add_staff(&app.state.db, "Alex Caseworker", "victim-care-hub", false, app.state.clock.now())
                .await
                .expect("staff added");
        let mut browser = Browser::new(&app);
        let page = browser.get(&path).await;
        assert_eq!(page.status, 200);
        assert!(page.text().contains("Hello Alex Caseworker"));
        let invite = path.split("invite=").nth(1).expect("token").to_string();
        let reply =
            browser.post("/staff/enrol", &[("invite", &invite), ("name", "alex.c"), ("password", PASSWORD)]).await;
        assert_eq!(reply.location(), "/register/authenticator", "{}", reply.text());
        let secret = browser.get("/register/authenticator").await.totp_secret();
        browser.post("/register/authenticator", &[("code", &code_now(&app, &secret))]).await;
        browser.post("/register/recovery-codes", &[]).await;
        let account = browser.get("/account").await.text();
        assert!(account.contains("Caseworker") && account.contains("victim-care-hub"), "{}", app.backend);

        // The link works once.
        assert_eq!(Browser::new(&app).get(&path).await.status, 404);
        // And expires after 24 hours.
        let later = waymark::cli::add_staff(&app.state.db, "Bo", "victim-care-hub", true, app.state.clock.now())
            .await
            .expect("staff");
        app.state.clock.advance(24 * 60 * 60 + 1);
        assert_eq!(Browser::new(&app).get(&later).await.status, 404);
    })
    .await;
}

#[tokio::test]
async fn a_cross_site_sign_in_post_is_refused() {
    let app = sqlite_app().await;
    register(&mut Browser::new(&app), "sam", PASSWORD).await;
    let request = http::Request::post("/sign-in")
        .header(http::header::HOST, "waymark.test")
        .header("sec-fetch-site", "cross-site")
        .header(http::header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(axum::body::Body::from(format!("name=sam&password={}", PASSWORD.replace(' ', "+"))))
        .expect("request");
    let reply = app.send(request).await;
    assert_eq!(reply.status, 403);
    assert!(reply.header("set-cookie").is_none());
}

#[tokio::test]
async fn exit_ends_a_signed_in_session() {
    let app = sqlite_app().await;
    let mut browser = Browser::new(&app);
    register(&mut browser, "sam", PASSWORD).await;
    let cookie = browser.session_cookie().cloned().expect("signed in");
    let reply = browser.post("/exit", &[]).await;
    assert_eq!(reply.status, 303, "sent on to the neutral site");
    browser.cookies.insert("__Host-wm_session".into(), cookie);
    assert_eq!(browser.get("/account").await.status, 303, "the session is gone on the server");
}

#[tokio::test]
async fn housekeeping_removes_ended_sessions_and_old_failures() {
    on_each_backend(|app| async move {
        let mut browser = Browser::new(&app);
        register(&mut browser, "sam", PASSWORD).await;
        browser.post("/sign-in", &[("name", "nobody"), ("password", "wrong guess here")]).await;
        let count = |sql: &'static str| {
            let db = app.state.db.clone();
            async move {
                waymark::with_db!(&db, conn => sqlx::query_scalar::<_, i64>(sql).fetch_one(conn).await).expect("count")
            }
        };
        assert!(count("SELECT COUNT(*) FROM sessions").await >= 1);
        assert!(count("SELECT COUNT(*) FROM auth_failures").await >= 1);
        assert_eq!(waymark::maintenance::run_once(&app.state).await.expect("housekeeping"), 0, "nothing is stale yet");
        app.state.clock.advance(31 * 60);
        assert!(waymark::maintenance::run_once(&app.state).await.expect("housekeeping") >= 2);
        assert_eq!(count("SELECT COUNT(*) FROM sessions").await, 0, "{}", app.backend);
        assert_eq!(count("SELECT COUNT(*) FROM auth_failures").await, 0);
    })
    .await;
}

/// Makes starting a signed-in session fail, as a full disk or a lost connection would.
async fn fail_signed_in_sessions(app: &common::TestApp) {
    run_sql(
        app,
        &["CREATE TRIGGER fail_active_session BEFORE INSERT ON sessions WHEN NEW.stage = 'active'
           BEGIN SELECT RAISE(ABORT, 'injected failure'); END"],
        &[
            "CREATE OR REPLACE FUNCTION fail_injected() RETURNS trigger LANGUAGE plpgsql
             AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$",
            "CREATE TRIGGER fail_active_session BEFORE INSERT ON sessions FOR EACH ROW
             WHEN (NEW.stage = 'active') EXECUTE FUNCTION fail_injected()",
        ],
    )
    .await;
}

async fn stop_failing(app: &common::TestApp) {
    run_sql(app, &["DROP TRIGGER fail_active_session"], &["DROP TRIGGER fail_active_session ON sessions"]).await;
}

/// Accounts, recovery codes and diary keys stored.
async fn stored(app: &common::TestApp) -> (i64, i64, i64) {
    waymark::with_db!(&app.state.db, conn => {
        sqlx::query_as("SELECT (SELECT COUNT(*) FROM users), (SELECT COUNT(*) FROM recovery_codes), (SELECT COUNT(*) FROM diary_keys)")
            .fetch_one(conn)
            .await
    })
    .expect("counts")
}

#[tokio::test]
async fn a_failure_at_the_end_of_registration_or_sign_in_writes_nothing_and_keeps_the_old_session() {
    on_each_backend(|app| async move {
        let mut browser = Browser::new(&app);
        browser.post("/register/who", &[("audience", "self")]).await;
        browser.post("/register/age", &[("adult", "yes")]).await;
        browser.post("/register/details", &[("name", "sam"), ("email", ""), ("password", PASSWORD)]).await;
        let secret = browser.get("/register/authenticator").await.totp_secret();

        // Finishing the registration writes the account, its codes and diary key, then the signed-in session:
        // make the session fail.
        fail_signed_in_sessions(&app).await;
        let failed = browser.post("/register/authenticator", &[("code", &code_now(&app, &secret))]).await;
        assert_eq!(failed.status, 503, "{}", app.backend);
        assert!(failed.text().contains("Sorry, there is a problem with the service"), "{}", failed.text());
        assert_eq!(stored(&app).await, (0, 0, 0), "{}: the account was rolled back", app.backend);

        // The journey is still in the old session, so the same registration finishes once the failure is gone.
        stop_failing(&app).await;
        app.state.clock.advance(30);
        let done = browser.post("/register/authenticator", &[("code", &code_now(&app, &secret))]).await;
        assert_eq!(done.location(), "/register/recovery-codes", "{}", done.text());
        assert_eq!(browser.get("/register/recovery-codes").await.recovery_codes().len(), 10);
        assert_eq!(browser.post("/register/recovery-codes", &[]).await.location(), "/account");
        assert_eq!(stored(&app).await, (1, 10, 1), "{}", app.backend);

        // Signing in: the session waiting for the second factor is replaced only if the new one is written.
        browser.post("/sign-out", &[]).await;
        app.state.clock.advance(30);
        let first = browser.post("/sign-in", &[("name", "sam"), ("password", PASSWORD)]).await;
        assert_eq!(first.location(), "/sign-in/code");
        fail_signed_in_sessions(&app).await;
        let failed = browser.post("/sign-in/code", &[("code", &code_now(&app, &secret))]).await;
        assert_eq!(failed.status, 503, "{}", app.backend);
        stop_failing(&app).await;
        app.state.clock.advance(30);
        let again = browser.post("/sign-in/code", &[("code", &code_now(&app, &secret))]).await;
        assert_eq!(again.location(), "/account", "{}: the old session is still waiting for its code", app.backend);
        assert!(browser.get("/account").await.text().contains("Your account"), "{}", app.backend);
    })
    .await;
}

#[tokio::test]
async fn a_database_failure_while_checking_a_code_is_a_service_problem_not_a_wrong_code() {
    on_each_backend(|app| async move {
        let mut browser = Browser::new(&app);
        let account = register(&mut browser, "sam", PASSWORD).await;
        browser.post("/sign-out", &[]).await;
        app.state.clock.advance(30);
        assert_eq!(browser.post("/sign-in", &[("name", "sam"), ("password", PASSWORD)]).await.location(), "/sign-in/code");

        // Accepting a code records its time step on the account: make that write fail.
        run_sql(
            &app,
            &["CREATE TRIGGER fail_user_update BEFORE UPDATE ON users BEGIN SELECT RAISE(ABORT, 'injected failure'); END"],
            &[
                "CREATE OR REPLACE FUNCTION fail_injected() RETURNS trigger LANGUAGE plpgsql
                 AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$",
                "CREATE TRIGGER fail_user_update BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION fail_injected()",
            ],
        )
        .await;
        let reply = browser.post("/sign-in/code", &[("code", &code_now(&app, &account.secret))]).await;
        assert_eq!(reply.status, 503, "{}", app.backend);
        assert!(reply.text().contains("Sorry, there is a problem with the service"), "{}", reply.text());
        assert!(!reply.text().contains("The code is not right"));
    })
    .await;
}
