//! Deletion and keys, on SQLite and PostgreSQL: SQLite overwrites what is deleted; every referral's key is
//! stored with the id of the master key it is sealed under, and rotating that master key leaves every referral
//! readable without the old one; a new authenticator or new recovery codes sign out every other session.

use crate::common;
use crate::referrals::{send_request, staff};

use common::{code_now, on_each_backend, register, run_sql, sign_in, sqlite_app, Browser, TestApp, PASSWORD};
use waymark::db::Db;

#[tokio::test]
async fn sqlite_overwrites_deleted_content() {
    let app = sqlite_app().await;
    let Db::Sqlite(pool) = &app.state.db else { panic!("expected SQLite") };
    // Every connection of the pool, not only the first.
    let mut connections = Vec::new();
    for _ in 0..3 {
        connections.push(pool.acquire().await.expect("connection"));
    }
    for conn in &mut connections {
        let on: i64 = sqlx::query_scalar("PRAGMA secure_delete").fetch_one(&mut **conn).await.expect("pragma");
        assert_eq!(on, 1, "secure_delete is on");
    }
    drop(connections);
    let marker = "kestrel-marker-4471-deleted-for-good";
    run_sql(
        &app,
        &[
            "CREATE TABLE scratch (note TEXT NOT NULL)",
            &format!("INSERT INTO scratch (note) VALUES ('{marker}')"),
            "PRAGMA wal_checkpoint(TRUNCATE)",
            "DELETE FROM scratch",
            "PRAGMA wal_checkpoint(TRUNCATE)",
        ],
        &[],
    )
    .await;
    let path = app.state.config.database_url.trim_start_matches("sqlite://").to_string();
    for file in [path.clone(), format!("{path}-wal")] {
        let bytes = std::fs::read(&file).unwrap_or_default();
        assert!(!String::from_utf8_lossy(&bytes).contains(marker), "{file} still holds deleted content");
    }
}

/// The master key ids referrals are sealed under, and the ids of the master keys kept.
async fn key_ids(app: &TestApp) -> (Vec<Option<i64>>, Vec<i64>) {
    let used: Vec<Option<i64>> = waymark::with_db!(&app.state.db, conn => {
        sqlx::query_scalar("SELECT key_id FROM referrals ORDER BY id").fetch_all(conn).await
    })
    .expect("key ids");
    let kept: Vec<i64> = waymark::with_db!(&app.state.db, conn => {
        sqlx::query_scalar("SELECT id FROM referral_master_keys ORDER BY id").fetch_all(conn).await
    })
    .expect("master keys");
    (used, kept)
}

#[tokio::test]
async fn rotating_the_referral_master_key_keeps_every_referral_readable_without_the_old_key() {
    on_each_backend(|app| async move {
        let mut person = Browser::new(&app);
        let first = send_request(&mut person, &["domestic-abuse"], "25-44", "Robin").await;
        let mut worker = staff(&app, "Dana", "harbour", false).await;
        let base = format!("/staff/referrals/{first}");
        worker.post(&format!("{base}/update"), &[("note", "Rang; call back Tuesday")]).await;
        assert_eq!(key_ids(&app).await, (vec![None], vec![]), "{}: the derived master key at first", app.backend);

        let rotated = waymark::cli::rotate_referral_key(&app.state).await.expect("rotates");
        assert_eq!((rotated.resealed, rotated.retired), (1, 0));
        assert_eq!(key_ids(&app).await, (vec![Some(rotated.key_id)], vec![rotated.key_id]), "{}", app.backend);

        // A request sent now is sealed under the new key; a second rotation deletes the first stored key.
        let mut other = Browser::new(&app);
        let second = send_request(&mut other, &["domestic-abuse"], "25-44", "Alex").await;
        let again = waymark::cli::rotate_referral_key(&app.state).await.expect("rotates");
        assert_eq!((again.resealed, again.retired), (2, 1), "{}", app.backend);
        assert_eq!(key_ids(&app).await, (vec![Some(again.key_id); 2], vec![again.key_id]), "{}", app.backend);

        // Both open, with the note written before the rotations, on this node and on a freshly started one.
        for (reference, name) in [(&first, "Robin"), (&second, "Alex")] {
            worker.post(&format!("/staff/referrals/{reference}/open"), &[]).await;
            let page = worker.get(&format!("/staff/referrals/{reference}")).await;
            assert_eq!(page.status, 200, "{}: {reference}", app.backend);
            assert!(page.text().contains(name), "{}: {reference} opens", app.backend);
        }
        assert!(worker.get(&base).await.text().contains("Rang; call back Tuesday"));
        let node = waymark::build_state_with_clock((*app.state.config).clone(), app.state.clock.clone())
            .await
            .expect("second node");
        let row = waymark::referrals::store::by_reference(&node.db, &first).await.expect("row").expect("stored");
        let details = waymark::referrals::open_details(&node.referral_keys, &row).expect("opens on another node");
        assert_eq!(details.name, "Robin");

        // A referral whose key cannot be opened stops a rotation, which then changes nothing.
        run_sql(
            &app,
            &[&format!("UPDATE referrals SET key_sealed = X'00' WHERE reference = '{second}'")],
            &[&format!("UPDATE referrals SET key_sealed = '\\x00' WHERE reference = '{second}'")],
        )
        .await;
        assert!(waymark::cli::rotate_referral_key(&app.state).await.is_err(), "{}", app.backend);
        assert_eq!(key_ids(&app).await, (vec![Some(again.key_id); 2], vec![again.key_id]), "{}", app.backend);
        assert!(worker.get(&base).await.text().contains("Robin"), "{}: the others still open", app.backend);
    })
    .await;
}

#[tokio::test]
async fn a_new_authenticator_or_new_recovery_codes_sign_out_every_other_session() {
    on_each_backend(|app| async move {
        let mut owner = Browser::new(&app);
        let account = register(&mut owner, "sam", PASSWORD).await;
        let mut elsewhere = Browser::new(&app);
        assert_eq!(sign_in(&mut elsewhere, &account).await.location(), "/account");
        assert_eq!(elsewhere.get("/account").await.status, 200);

        // A new authenticator.
        let confirm = owner
            .post("/account/authenticator", &[("name", "sam"), ("password", PASSWORD), ("code", &account.codes[1])])
            .await;
        assert_eq!(confirm.location(), "/account/authenticator/new", "{}", confirm.text());
        let secret = owner.get("/account/authenticator/new").await.totp_secret();
        assert_eq!(elsewhere.get("/account").await.status, 200, "{}: not until the change is made", app.backend);
        app.state.clock.advance(30);
        let done = owner.post("/account/authenticator/new", &[("code", &code_now(&app, &secret))]).await;
        assert_eq!(done.location(), "/account");
        assert_eq!(owner.get("/account").await.status, 200, "{}: the owner stays signed in", app.backend);
        assert_eq!(elsewhere.get("/account").await.status, 303, "{}: the other session ended", app.backend);

        // New recovery codes.
        let account = common::Registered { secret, ..account };
        assert_eq!(sign_in(&mut elsewhere, &account).await.location(), "/account");
        app.state.clock.advance(30);
        let confirm = owner
            .post(
                "/account/recovery-codes",
                &[("name", "sam"), ("password", PASSWORD), ("code", &code_now(&app, &account.secret))],
            )
            .await;
        assert_eq!(confirm.location(), "/account/recovery-codes/new", "{}", confirm.text());
        assert_eq!(owner.get("/account/recovery-codes/new").await.recovery_codes().len(), 10);
        assert_eq!(owner.post("/account/recovery-codes/new", &[]).await.location(), "/account");
        assert_eq!(owner.get("/account").await.status, 200, "{}: the owner stays signed in", app.backend);
        assert_eq!(elsewhere.get("/account").await.status, 303, "{}: the other session ended", app.backend);
    })
    .await;
}
