//! Sign-in tried as an attacker who knows the person would, on SQLite and PostgreSQL: nothing answers "in use"
//! (two accounts may share a name and password, and the second factor picks one), a refused reset leaves the
//! recovery code usable, guesses sent all at once are each counted, delays and pauses answer alike whether the
//! password was right or not, and twenty wrong codes close code entry until a recovery-code reset.

use crate::common;

use common::{code_now, on_each_backend, register, register_as, sign_in, Browser, Registered, PASSWORD};
use http_body_util::BodyExt;
use tower::ServiceExt;

/// The page without its per-response CSP nonce, so two answers can be compared.
fn without_nonce(reply: &common::Reply) -> String {
    let csp = reply.header("content-security-policy").unwrap_or_default();
    let nonce = csp.split("'nonce-").nth(1).and_then(|s| s.split('\'').next()).unwrap_or("-").to_string();
    reply.text().replace(&nonce, "NONCE")
}

/// One value from the app's database.
async fn count(app: &common::TestApp, sql: &str) -> i64 {
    waymark::with_db!(&app.state.db, conn => sqlx::query_scalar::<_, i64>(sql).fetch_one(conn).await).expect(sql)
}

#[tokio::test]
async fn the_same_name_and_password_make_two_accounts_and_the_second_factor_picks_one() {
    on_each_backend(|app| async move {
        let mut mine = Browser::new(&app);
        let a = register_as(&mut mine, "self", "sam", PASSWORD).await;
        // A second person choosing the same name and password is not told anything: their account is made.
        let mut theirs = Browser::new(&app);
        let b = register_as(&mut theirs, "supporter", " SAM ", PASSWORD).await;
        assert_eq!(count(&app, "SELECT COUNT(*) FROM users").await, 2, "{}", app.backend);

        // Each authenticator code signs in to its own account.
        mine.post("/sign-out", &[]).await;
        assert_eq!(sign_in(&mut mine, &a).await.location(), "/account", "{}", app.backend);
        assert!(mine.get("/account").await.text().contains("Support for myself"));
        theirs.post("/sign-out", &[]).await;
        assert_eq!(sign_in(&mut theirs, &b).await.location(), "/account", "{}", app.backend);
        assert!(theirs.get("/account").await.text().contains("Support for me as a supporter"));

        // So does each recovery code, and the other account's codes stay unused.
        theirs.post("/sign-out", &[]).await;
        theirs.post("/sign-in", &[("name", "sam"), ("password", PASSWORD)]).await;
        assert_eq!(theirs.post("/sign-in/recovery-code", &[("code", &b.codes[0])]).await.location(), "/account");
        assert!(theirs.get("/account").await.text().contains("Support for me as a supporter"));
        assert_eq!(count(&app, "SELECT COUNT(*) FROM recovery_codes WHERE used_at IS NOT NULL").await, 1);

        // Changing a password to one another account has with the same name is not refused either.
        let mut third = Browser::new(&app);
        let c = register(&mut third, "sam", "velvet harbour kettle drum").await;
        app.state.clock.advance(30);
        let code = code_now(&app, &c.secret);
        let form =
            [("name", "sam"), ("password", c.password.as_str()), ("code", code.as_str()), ("new_password", PASSWORD)];
        assert_eq!(third.post("/account/password", &form).await.location(), "/account", "{}", app.backend);

        // A reset with one account's recovery code resets that account only.
        app.state.clock.advance(30);
        let reset = Browser::new(&app)
            .post(
                "/password-reset",
                &[
                    ("name", "sam"),
                    ("recovery_code", &b.codes[1]),
                    ("code", &code_now(&app, &b.secret)),
                    ("password", "quiet lantern meadow fox"),
                ],
            )
            .await;
        assert_eq!(reset.location(), "/password-reset/done", "{}", reset.text());
        mine.post("/sign-out", &[]).await;
        assert_eq!(sign_in(&mut mine, &a).await.location(), "/account", "the other account keeps its password");
        let mut after = Browser::new(&app);
        let b = Registered { password: "quiet lantern meadow fox".into(), ..b };
        assert_eq!(sign_in(&mut after, &b).await.location(), "/account");
        assert!(after.get("/account").await.text().contains("Support for me as a supporter"));
    })
    .await;
}

#[tokio::test]
async fn registration_answers_alike_whether_or_not_the_name_and_password_are_taken() {
    on_each_backend(|app| async move {
        let mut owner = Browser::new(&app);
        register(&mut owner, "sam", PASSWORD).await;
        let mut details = Vec::new();
        for name in ["sam", "nobody at all"] {
            let mut browser = Browser::new(&app);
            browser.post("/register/who", &[("audience", "self")]).await;
            browser.post("/register/age", &[("adult", "yes")]).await;
            let reply =
                browser.post("/register/details", &[("name", name), ("email", ""), ("password", PASSWORD)]).await;
            details.push((reply.status, reply.location().to_string()));
        }
        assert_eq!(details[0], details[1], "{}", app.backend);
        assert_eq!(details[0].1, "/register/authenticator");
    })
    .await;
}

#[tokio::test]
async fn a_refused_reset_does_not_use_up_the_recovery_code() {
    on_each_backend(|app| async move {
        let mut owner = Browser::new(&app);
        let account = register(&mut owner, "sam", PASSWORD).await;
        let mut browser = Browser::new(&app);
        app.state.clock.advance(30);
        let wrong_code = if code_now(&app, &account.secret) == "000000" { "111111" } else { "000000" };
        let new_password = "quiet lantern meadow fox";
        let refused = browser
            .post(
                "/password-reset",
                &[
                    ("name", "sam"),
                    ("recovery_code", &account.codes[0]),
                    ("code", wrong_code),
                    ("password", new_password),
                ],
            )
            .await;
        assert_eq!(refused.status, 422, "{}", app.backend);
        assert!(refused.text().contains("These details do not match an account"));
        assert_eq!(
            count(&app, "SELECT COUNT(*) FROM recovery_codes WHERE used_at IS NULL").await,
            10,
            "{}",
            app.backend
        );

        app.state.clock.advance(30);
        let reset = browser
            .post(
                "/password-reset",
                &[
                    ("name", "sam"),
                    ("recovery_code", &account.codes[0]),
                    ("code", &code_now(&app, &account.secret)),
                    ("password", new_password),
                ],
            )
            .await;
        assert_eq!(reset.location(), "/password-reset/done", "{}: the same recovery code still works", app.backend);
        assert_eq!(count(&app, "SELECT COUNT(*) FROM recovery_codes WHERE used_at IS NULL").await, 9);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_hundred_wrong_codes_sent_at_once_count_as_a_hundred() {
    on_each_backend(|app| async move {
        let mut owner = Browser::new(&app);
        let account = register(&mut owner, "sam", PASSWORD).await;
        let mut attacker = Browser::new(&app);
        app.state.clock.advance(30);
        let first = attacker.post("/sign-in", &[("name", "sam"), ("password", PASSWORD)]).await;
        assert_eq!(first.location(), "/sign-in/code");
        let right = code_now(&app, &account.secret);
        let wrong: Vec<String> =
            (0..100).map(|i| format!("{:06}", (i * 7919 + 13) % 1_000_000)).filter(|c| *c != right).collect();

        let mut sent = tokio::task::JoinSet::new();
        for code in &wrong {
            let request = attacker.form_request("/sign-in/code", &[("code", code)]);
            let router = app.router.clone();
            sent.spawn(async move {
                let response = router.oneshot(request).await.expect("infallible router");
                let status = response.status();
                let body = response.into_body().collect().await.expect("body").to_bytes();
                (status, String::from_utf8_lossy(&body).into_owned())
            });
        }
        let answers = sent.join_all().await;
        let judged = answers.iter().filter(|(_, page)| page.contains("The code is not right")).count();
        assert!(judged <= 3, "{}: only the first three are judged, not {judged}", app.backend);
        assert!(answers.iter().all(|(status, _)| status.is_client_error()), "{}", app.backend);

        // Every one was counted against the account, and the account's wrong-code count reached its cap.
        let account_subject = waymark::auth::throttle::Subject::name(&app.state.auth_keys.throttle, "#account:1");
        let counted: i64 = waymark::with_db!(&app.state.db, conn => {
            sqlx::query_scalar("SELECT COUNT(*) FROM auth_failures WHERE subject = $1")
                .bind(account_subject.bytes())
                .fetch_one(conn)
                .await
        })
        .expect("count");
        assert_eq!(counted, wrong.len() as i64, "{}", app.backend);
        assert_eq!(count(&app, "SELECT code_failures FROM users").await, 20, "{}", app.backend);
        app.state.clock.advance(16 * 60);
        let closed = attacker.post("/sign-in/code", &[("code", &code_now(&app, &account.secret))]).await;
        assert_eq!(closed.status, 403, "{}: code entry is closed, even for the right code", app.backend);
    })
    .await;
}

#[tokio::test]
async fn during_a_delay_the_right_password_is_refused_like_a_wrong_one() {
    on_each_backend(|app| async move {
        let mut owner = Browser::new(&app);
        let account = register(&mut owner, "sam", PASSWORD).await;
        owner.post("/sign-out", &[]).await;
        let mut attacker = Browser::new(&app);
        for attempt in 0..3 {
            let reply = attacker.post("/sign-in", &[("name", "sam"), ("password", &format!("guess {attempt}"))]).await;
            assert_eq!(reply.status, 422);
        }
        // The name now has to wait a second: the right password is not even hashed.
        let right = attacker.post("/sign-in", &[("name", "sam"), ("password", PASSWORD)]).await;
        assert_eq!(right.status, 429, "{}", app.backend);
        assert!(right.text().contains("Wait 1"), "{}", right.text());
        let mut other = Browser::new(&app);
        for attempt in 0..3 {
            other.post("/sign-in", &[("name", "nobody"), ("password", &format!("guess {attempt}"))]).await;
        }
        let wrong = other.post("/sign-in", &[("name", "nobody"), ("password", "another guess")]).await;
        assert_eq!(
            without_nonce(&right).replace(r#"value="sam""#, ""),
            without_nonce(&wrong).replace(r#"value="nobody""#, ""),
            "{}: the same page",
            app.backend
        );
        // Once the delay is over, the password works.
        app.state.clock.advance(61);
        assert_eq!(sign_in(&mut owner, &account).await.location(), "/account");
    })
    .await;
}

#[tokio::test]
async fn during_a_pause_password_and_code_answer_alike_whether_the_password_was_right() {
    on_each_backend(|app| async move {
        let mut owner = Browser::new(&app);
        let account = register(&mut owner, "sam", PASSWORD).await;
        owner.post("/sign-out", &[]).await;

        // Without a pause, a code given with the password is ignored: the password alone is checked.
        app.state.clock.advance(30);
        let mut early = Browser::new(&app);
        let ignored = early.post("/sign-in", &[("name", "sam"), ("password", PASSWORD), ("code", "123456")]).await;
        assert_eq!(ignored.location(), "/sign-in/code", "{}", app.backend);

        let mut attacker = Browser::new(&app);
        for attempt in 1..=10 {
            app.state.clock.advance(61);
            attacker.post("/sign-in", &[("name", "sam"), ("password", &format!("guess number {attempt}"))]).await;
        }
        assert!(app.state.accounts("-").name_paused_until("sam").await.expect("pause").is_some());

        // Wrong password with a code, right password with a wrong code, and the right password with wrong codes
        // after the account has to wait: one answer.
        let wrong_code = if code_now(&app, &account.secret) == "000000" { "111111" } else { "000000" };
        let mut pages = Vec::new();
        for (password, times) in [("not the password", 1), (PASSWORD, 1), (PASSWORD, 5)] {
            for _ in 0..times {
                let mut browser = Browser::new(&app);
                let reply =
                    browser.post("/sign-in", &[("name", "sam"), ("password", password), ("code", wrong_code)]).await;
                assert_eq!(reply.status, 422, "{}", app.backend);
                pages.push(without_nonce(&reply));
            }
        }
        assert!(pages.iter().all(|page| *page == pages[0]), "{}: every answer is the same", app.backend);
        assert!(pages[0].contains("The details are not right"));

        // The attempts were counted against the name too, yet the owner's password and code still sign in.
        let name_subject = waymark::auth::throttle::Subject::name(&app.state.auth_keys.throttle, "sam");
        let counted: i64 = waymark::with_db!(&app.state.db, conn => {
            sqlx::query_scalar("SELECT COUNT(*) FROM auth_failures WHERE subject = $1")
                .bind(name_subject.bytes())
                .fetch_one(conn)
                .await
        })
        .expect("count");
        assert_eq!(counted, 7, "{}", app.backend);
        app.state.clock.advance(61);
        let code = code_now(&app, &account.secret);
        let combined = owner.post("/sign-in", &[("name", "sam"), ("password", PASSWORD), ("code", &code)]).await;
        assert_eq!(combined.location(), "/account", "{}: {}", app.backend, combined.text());
    })
    .await;
}

#[tokio::test]
async fn twenty_wrong_codes_close_code_entry_until_a_recovery_code_reset() {
    on_each_backend(|app| async move {
        let mut owner = Browser::new(&app);
        let account = register(&mut owner, "sam", PASSWORD).await;
        owner.post("/sign-out", &[]).await;

        let mut attacker = Browser::new(&app);
        attacker.post("/sign-in", &[("name", "sam"), ("password", PASSWORD)]).await;
        for attempt in 1..=20 {
            // Wait out the delays, and the pause after ten wrong codes from one address.
            app.state.clock.advance(if attempt == 11 { 15 * 60 + 1 } else { 61 });
            let wrong = if code_now(&app, &account.secret) == "000000" { "111111" } else { "000000" };
            let reply = attacker.post("/sign-in/code", &[("code", wrong)]).await;
            assert!(reply.status == 422 || reply.status == 429, "{}: attempt {attempt}", app.backend);
        }
        assert_eq!(count(&app, "SELECT code_failures FROM users").await, 20, "{}", app.backend);

        // Now no code is taken, from anywhere, the right one included, nor a recovery code.
        app.state.clock.advance(16 * 60);
        let mut elsewhere = Browser::new(&app);
        elsewhere.post("/sign-in", &[("name", "sam"), ("password", PASSWORD)]).await;
        let closed = elsewhere.post("/sign-in/code", &[("code", &code_now(&app, &account.secret))]).await;
        assert_eq!(closed.status, 403, "{}", app.backend);
        assert!(closed.text().contains("Reset your password with a recovery code"), "{}", closed.text());
        let closed = elsewhere.post("/sign-in/recovery-code", &[("code", &account.codes[0])]).await;
        assert_eq!(closed.status, 403);
        assert_eq!(count(&app, "SELECT COUNT(*) FROM recovery_codes WHERE used_at IS NULL").await, 10);

        // A reset with a recovery code opens it again, and the owner is told at their next sign-in.
        app.state.clock.advance(30);
        let new_password = "quiet lantern meadow fox";
        let reset = owner
            .post(
                "/password-reset",
                &[
                    ("name", "sam"),
                    ("recovery_code", &account.codes[0]),
                    ("code", &code_now(&app, &account.secret)),
                    ("password", new_password),
                ],
            )
            .await;
        assert_eq!(reset.location(), "/password-reset/done", "{}", reset.text());
        let renewed = Registered { password: new_password.into(), ..account };
        assert_eq!(sign_in(&mut owner, &renewed).await.location(), "/account");
        let page = owner.get("/account").await.text();
        assert!(page.contains("Code entry for your account was closed"), "{}", app.backend);
        owner.post("/sign-out", &[]).await;
        sign_in(&mut owner, &renewed).await;
        assert!(!owner.get("/account").await.text().contains("Code entry for your account was closed"), "told once");
    })
    .await;
}
