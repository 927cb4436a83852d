//! Limits on registration and password reset, on SQLite and PostgreSQL: per client address, per sign-in name
//! and overall, counted in the database (so a second node sees the same counts), answered alike whether or not
//! the name is an account's.

use crate::common;

use common::{on_each_backend, register, Browser, PASSWORD};
use waymark::auth::limits;

/// Posts sign-in details on a fresh registration journey from `browser`'s address.
async fn details(browser: &mut Browser<'_>, name: &str) -> common::Reply {
    browser.cookies.clear();
    browser.post("/register/who", &[("audience", "self")]).await;
    browser.post("/register/age", &[("adult", "yes")]).await;
    browser
        .post("/register/details", &[("name", name), ("email", ""), ("password", "a fresh and long passphrase 7")])
        .await
}

#[tokio::test]
async fn registration_is_limited_per_address_and_per_name_alike_for_names_in_use() {
    on_each_backend(|app| async move {
        let mut owner = Browser::new(&app);
        register(&mut owner, "taken", PASSWORD).await;
        // Per name: the name in use and a name nobody has are limited alike, from many addresses.
        // (The owner's own registration was the first for "taken".)
        for (name, done) in [("taken", 1), ("nobody-has-this", 0)] {
            for i in done..limits::PER_NAME {
                let reply = details(&mut Browser::new(&app), name).await;
                assert_eq!(reply.status, 303, "{} {name} #{i}: {}", app.backend, reply.text());
            }
            let refused = details(&mut Browser::new(&app), name).await;
            assert_eq!(refused.status, 429, "{} {name}", app.backend);
            assert!(refused.text().contains("Too many attempts"), "{}", app.backend);
        }
        // Per address: different names from one address.
        let mut one = Browser::new(&app);
        for i in 0..limits::PER_ADDRESS {
            assert_eq!(details(&mut one, &format!("name-{i}")).await.status, 303, "{} #{i}", app.backend);
        }
        assert_eq!(details(&mut one, "name-last").await.status, 429, "{}", app.backend);
        // A second node shares the counts.
        let node = waymark::build_state_with_clock((*app.state.config).clone(), app.state.clock.clone())
            .await
            .expect("second node");
        let admitted = limits::admit(
            &node.db,
            &node.auth_keys,
            limits::Kind::Registration,
            limits::PER_ADDRESS,
            "203.0.113.50",
            "taken",
            node.clock.now(),
        )
        .await
        .expect("counted");
        assert!(!admitted, "{}: the other node's count holds", app.backend);
        // An hour later, it works again.
        app.state.clock.advance(limits::WINDOW_SECONDS + 1);
        assert_eq!(details(&mut Browser::new(&app), "taken").await.status, 303, "{}", app.backend);
    })
    .await;
}

#[tokio::test]
async fn password_resets_are_limited_per_name_before_anything_is_checked() {
    on_each_backend(|app| async move {
        // A well-formed recovery code (an account's, typed with another name): nothing is used up.
        let account = register(&mut Browser::new(&app), "owner", PASSWORD).await;
        let form = |name: &'static str| {
            [
                ("name", name.to_string()),
                ("recovery_code", account.codes[0].clone()),
                ("code", "000000".to_string()),
                ("password", "a fresh and long passphrase 7".to_string()),
            ]
        };
        for i in 0..limits::PER_NAME {
            let reply = Browser::new(&app).post("/password-reset", &as_pairs(&form("someone"))).await;
            assert_eq!(reply.status, 422, "{} #{i}: refused for the details, not the limit", app.backend);
        }
        let refused = Browser::new(&app).post("/password-reset", &as_pairs(&form("someone"))).await;
        assert_eq!(refused.status, 429, "{}", app.backend);
        assert!(refused.text().contains("Too many attempts"));
    })
    .await;
}

#[tokio::test]
async fn registration_is_limited_overall() {
    let app = common::sqlite_app().await;
    for i in 0..limits::OVERALL {
        let admitted = limits::admit(
            &app.state.db,
            &app.state.auth_keys,
            limits::Kind::Registration,
            limits::PER_ADDRESS,
            &format!("address-{i}"),
            &format!("name-{i}"),
            app.state.clock.now(),
        )
        .await
        .expect("counted");
        assert!(admitted, "#{i}");
    }
    assert_eq!(details(&mut Browser::new(&app), "one-more").await.status, 429);
    // Sign-in is not limited by it.
    let sign_in = Browser::new(&app).post("/sign-in", &[("name", "one-more"), ("password", PASSWORD)]).await;
    assert_ne!(sign_in.status, 429);
    assert!(!sign_in.text().contains("Too many attempts"));
}

fn as_pairs<'a>(form: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    form.iter().map(|(k, v)| (*k, v.as_str())).collect()
}
