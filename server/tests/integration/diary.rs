//! The diary on SQLite and PostgreSQL: writing, editing, paging, progress and export; encryption at rest (a
//! marker never reaches the database files or a dump; tampered or swapped ciphertexts fail to open); the key
//! surviving password changes and resets, and the wrappings made before the server secret was mixed in being
//! replaced at sign-in; and nobody reaching another person's entries.

use crate::common;

use common::{code_now, on_each_backend, register, run_sql, sign_in, sqlite_app, Browser, PASSWORD};

async fn write(browser: &mut Browser<'_>, day: &str, feeling: &str, text: &str, helped: &[&str]) -> common::Reply {
    let mut form: Vec<(&str, &str)> =
        vec![("date_day", day), ("date_month", "11"), ("date_year", "2026"), ("feeling", feeling), ("text", text)];
    for h in helped {
        form.push(("helped", h));
    }
    browser.post("/diary/new", &form).await
}

fn entry_ids(html: &str) -> Vec<i64> {
    html.split("/diary/entries/").skip(1).filter_map(|rest| rest.split('/').next()?.parse().ok()).fold(
        Vec::new(),
        |mut ids, id| {
            if !ids.contains(&id) {
                ids.push(id);
            }
            ids
        },
    )
}

#[tokio::test]
async fn write_read_edit_and_delete_entries() {
    on_each_backend(|app| async move {
        let mut browser = Browser::new(&app);
        register(&mut browser, "sam", PASSWORD).await;
        assert!(browser.get("/diary").await.text().contains("You have not written anything yet"));

        let saved = write(&mut browser, "10", "4", "A hard day. Slept badly.", &["talking"]).await;
        assert_eq!(saved.location(), "/diary", "{}", saved.text());
        write(&mut browser, "12", "7", "Better today after a walk.", &["exercise", "outdoors"]).await;
        let page = browser.get("/diary").await.text();
        assert!(page.contains("Your entry has been saved."));
        assert!(page.find("Better today").expect("newest") < page.find("A hard day").expect("older"), "newest first");
        assert!(page.contains("12 November 2026"));

        let ids = entry_ids(&page);
        let older = *ids.last().expect("an id");
        let edit = browser.get(&format!("/diary/entries/{older}/edit")).await.text();
        assert!(edit.contains("A hard day. Slept badly."), "the form is filled in");
        let changed = browser
            .post(
                &format!("/diary/entries/{older}/edit"),
                &[
                    ("date_day", "10"),
                    ("date_month", "11"),
                    ("date_year", "2026"),
                    ("feeling", "5"),
                    ("text", "Edited words"),
                ],
            )
            .await;
        assert_eq!(changed.location(), "/diary");
        let page = browser.get("/diary").await.text();
        assert!(page.contains("Edited words") && !page.contains("A hard day"), "{}", app.backend);

        assert!(browser
            .get(&format!("/diary/entries/{older}/delete"))
            .await
            .text()
            .contains("Delete your entry from 10 November 2026?"));
        assert_eq!(browser.post(&format!("/diary/entries/{older}/delete"), &[]).await.location(), "/diary");
        assert!(!browser.get("/diary").await.text().contains("Edited words"));
    })
    .await;
}

#[tokio::test]
async fn validation_keeps_what_was_typed() {
    let app = sqlite_app().await;
    let mut browser = Browser::new(&app);
    register(&mut browser, "sam", PASSWORD).await;
    let reply = browser
        .post(
            "/diary/new",
            &[("date_day", "31"), ("date_month", "2"), ("date_year", "2026"), ("text", "keep these words")],
        )
        .await;
    assert_eq!(reply.status, 422);
    let html = reply.text();
    assert!(html.contains("The date must be a real date"));
    assert!(html.contains("Choose a number from 1 to 10"));
    assert!(html.contains("keep these words"), "text kept");
    assert!(html.contains(r#"value="31""#), "day kept");
}

#[tokio::test]
async fn paging_progress_and_export() {
    let app = sqlite_app().await;
    let mut browser = Browser::new(&app);
    register(&mut browser, "sam", PASSWORD).await;
    for day in 1..=12 {
        let feeling = (day % 10 + 1).to_string();
        write(&mut browser, &day.to_string(), &feeling, &format!("entry number {day}"), &["sleep"]).await;
    }
    let first = browser.get("/diary").await.text();
    assert!(first.contains("Page 1 of 2"));
    assert!(first.contains("entry number 12") && !first.contains("entry number 2<"));
    let second = browser.get("/diary?page=2").await.text();
    assert!(
        second.contains("entry number 1<")
            || second.contains("entry number 1\n")
            || second.contains(">entry number 1<")
    );
    assert_eq!(browser.get("/diary?page=abc").await.status, 200, "a bad page number is not an error");

    let progress = browser.get("/diary/progress").await.text();
    assert!(progress.contains("<svg"));
    assert!(progress.contains("<polyline"));
    // One point per entry in the chart (the page's other drawings, such as the language icon, aside).
    let chart = progress.split("<svg").find(|svg| svg.contains("<polyline")).expect("the chart");
    let chart = &chart[..chart.find("</svg>").expect("the chart ends")];
    assert_eq!(chart.matches("<circle").count(), 12);
    assert!(progress.contains("Sleep") && progress.contains("12 entries"), "what helped most often");
    assert!(progress.contains("<table"), "a table alternative to the chart");

    let export = browser.get("/diary/export").await;
    assert!(export.header("content-disposition").unwrap_or_default().contains("attachment"));
    let json: serde_json::Value = serde_json::from_slice(&export.body).expect("json");
    let entries = json["entries"].as_array().expect("entries");
    assert_eq!(entries.len(), 12, "every entry exactly once");
    for (i, entry) in entries.iter().enumerate() {
        assert_eq!(entry["text"], format!("entry number {}", i + 1));
        assert_eq!(entry["date"], format!("2026-11-{:02}", i + 1));
        assert_eq!(entry["what_helped"][0], "sleep");
    }
    assert!(browser.get("/diary/print").await.text().contains("entry number 7"));
    assert!(browser.get("/diary/timeline").await.text().contains("November 2026"));
}

const MARKER: &str = "zebra-marker-4471-never-stored-in-clear";

#[tokio::test]
async fn the_marker_never_reaches_the_sqlite_file_or_its_wal() {
    let app = sqlite_app().await;
    let mut browser = Browser::new(&app);
    register(&mut browser, "sam", PASSWORD).await;
    write(&mut browser, "5", "6", MARKER, &[]).await;
    assert!(browser.get("/diary").await.text().contains(MARKER), "readable by its owner");
    let data = app.state.config.data_dir.clone();
    let mut checked = 0;
    for entry in std::fs::read_dir(&data).expect("data dir").flatten() {
        let bytes = std::fs::read(entry.path()).expect("read");
        assert!(!bytes.windows(MARKER.len()).any(|w| w == MARKER.as_bytes()), "{:?} holds the marker", entry.path());
        checked += 1;
    }
    assert!(checked >= 2, "the database and its WAL were checked");
}

#[tokio::test]
async fn the_marker_never_reaches_a_postgres_dump() {
    let Ok(admin_url) = std::env::var("TEST_POSTGRES_URL") else { return };
    let (app, database) = common::postgres_app(&admin_url).await;
    let mut browser = Browser::new(&app);
    register(&mut browser, "sam", PASSWORD).await;
    write(&mut browser, "5", "6", MARKER, &[]).await;
    let url = common::with_database(&admin_url, &database);
    let dump = std::process::Command::new("pg_dump").arg("--data-only").arg(&url).output().expect("pg_dump runs");
    assert!(dump.status.success(), "{}", String::from_utf8_lossy(&dump.stderr));
    assert!(dump.stdout.len() > 1000, "the dump has content");
    assert!(!String::from_utf8_lossy(&dump.stdout).contains(MARKER));
    drop(browser);
    drop(app);
    common::drop_postgres_database(&admin_url, &database).await;
}

#[tokio::test]
async fn tampered_and_swapped_entries_fail_to_open_with_a_clear_message() {
    on_each_backend(|app| async move {
        let mut browser = Browser::new(&app);
        register(&mut browser, "sam", PASSWORD).await;
        write(&mut browser, "1", "3", "first entry", &[]).await;
        write(&mut browser, "2", "8", "second entry", &[]).await;
        let rows: Vec<(i64, Vec<u8>)> = waymark::with_db!(&app.state.db, conn => {
            sqlx::query_as("SELECT id, sealed FROM diary_entries ORDER BY id").fetch_all(conn).await
        })
        .expect("rows");
        let (a, b) = (&rows[0], &rows[1]);
        // Swap the two ciphertexts between rows.
        for (id, sealed) in [(a.0, &b.1), (b.0, &a.1)] {
            waymark::with_db!(&app.state.db, conn => {
                sqlx::query("UPDATE diary_entries SET sealed = $1 WHERE id = $2").bind(sealed).bind(id).execute(conn).await.map(|_| ())
            })
            .expect("swap");
        }
        let page = browser.get("/diary").await;
        assert_eq!(page.status, 200, "{}", app.backend);
        let html = page.text();
        assert_eq!(html.matches("This entry could not be opened").count(), 2);
        assert!(!html.contains("first entry") && !html.contains("second entry"));

        // Put one back and flip a byte in it.
        let mut flipped = a.1.clone();
        let middle = flipped.len() / 2;
        flipped[middle] ^= 0x01;
        waymark::with_db!(&app.state.db, conn => {
            sqlx::query("UPDATE diary_entries SET sealed = $1 WHERE id = $2").bind(&flipped).bind(a.0).execute(conn).await.map(|_| ())
        })
        .expect("flip");
        assert!(browser.get("/diary").await.text().contains("This entry could not be opened"));
        assert_eq!(browser.get("/diary/progress").await.status, 200);
        let export: serde_json::Value = serde_json::from_slice(&browser.get("/diary/export").await.body).expect("json");
        assert_eq!(export["entries"][0]["unreadable"], true);
    })
    .await;
}

#[tokio::test]
async fn the_diary_survives_password_change_reset_and_authenticator_reset() {
    on_each_backend(|app| async move {
        let mut browser = Browser::new(&app);
        let account = register(&mut browser, "sam", PASSWORD).await;
        write(&mut browser, "3", "5", "kept through everything", &[]).await;

        // Change the password.
        app.state.clock.advance(30);
        let new_password = "quiet lantern meadow fox";
        browser
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
        assert!(
            browser.get("/diary").await.text().contains("kept through everything"),
            "{}: after rotation",
            app.backend
        );
        browser.post("/sign-out", &[]).await;
        let renewed = common::Registered { password: new_password.into(), ..account };
        sign_in(&mut browser, &renewed).await;
        assert!(browser.get("/diary").await.text().contains("kept through everything"), "after a password change");

        // Replace the authenticator (with a recovery code).
        let confirm = browser
            .post("/account/authenticator", &[("name", "sam"), ("password", new_password), ("code", &renewed.codes[0])])
            .await;
        assert_eq!(confirm.location(), "/account/authenticator/new");
        let secret = browser.get("/account/authenticator/new").await.totp_secret();
        app.state.clock.advance(30);
        browser.post("/account/authenticator/new", &[("code", &code_now(&app, &secret))]).await;
        assert!(browser.get("/diary").await.text().contains("kept through everything"), "after an authenticator reset");
        browser.post("/sign-out", &[]).await;

        // Forget the password: reset it with a recovery code.
        app.state.clock.advance(30);
        let reset_password = "amber kite over harbour";
        let reset = browser
            .post(
                "/password-reset",
                &[
                    ("name", "sam"),
                    ("recovery_code", &renewed.codes[1]),
                    ("code", &code_now(&app, &secret)),
                    ("password", reset_password),
                ],
            )
            .await;
        assert_eq!(reset.location(), "/password-reset/done", "{}", reset.text());
        app.state.clock.advance(30);
        browser.post("/sign-in", &[("name", "sam"), ("password", reset_password)]).await;
        browser.post("/sign-in/code", &[("code", &code_now(&app, &secret))]).await;
        assert!(
            browser.get("/diary").await.text().contains("kept through everything"),
            "{}: after a reset",
            app.backend
        );

        // New recovery codes still unlock it after a later reset.
        app.state.clock.advance(30);
        browser
            .post(
                "/account/recovery-codes",
                &[("name", "sam"), ("password", reset_password), ("code", &code_now(&app, &secret))],
            )
            .await;
        let fresh = browser.get("/account/recovery-codes/new").await.recovery_codes();
        browser.post("/account/recovery-codes/new", &[]).await;
        browser.post("/sign-out", &[]).await;
        app.state.clock.advance(30);
        let last_password = "cedar lamp river song";
        browser
            .post(
                "/password-reset",
                &[
                    ("name", "sam"),
                    ("recovery_code", &fresh[4]),
                    ("code", &code_now(&app, &secret)),
                    ("password", last_password),
                ],
            )
            .await;
        browser.post("/sign-in", &[("name", "sam"), ("password", last_password)]).await;
        browser.post("/sign-in/recovery-code", &[("code", &fresh[5])]).await;
        assert!(
            browser.get("/diary").await.text().contains("kept through everything"),
            "after a reset with a new code"
        );
    })
    .await;
}

#[tokio::test]
async fn an_account_with_the_old_key_wrappings_keeps_its_diary_and_is_rewrapped_at_sign_in() {
    use secrecy::SecretString;
    use waymark::{auth::recovery, diary::keys};
    on_each_backend(|app| async move {
        let mut browser = Browser::new(&app);
        let account = register(&mut browser, "sam", PASSWORD).await;
        write(&mut browser, "3", "5", "written before the upgrade", &[]).await;

        // Make the account as accounts were before: its diary key wrapped under Argon2id of the password alone,
        // and under an old 10-character recovery code the same way.
        let hasher = &app.state.hasher;
        let password = SecretString::from(PASSWORD);
        let key = keys::unwrap_with_password(&app.state.db, hasher, 1, &password).await.expect("unwrap").expect("key");
        let salt = [1u8; 16];
        let plain_kek = hasher.derive_key(PASSWORD.as_bytes(), &salt).await.expect("hash");
        let old_password_wrap = plain_kek.seal(b"diary_keys.wrapped_by_password", key.key().bytes());
        let old_code = "ABCDE-FGHJK";
        let code_hash = recovery::fingerprint(&app.state.auth_keys.recovery, old_code).expect("a code");
        let code_kek = hasher.derive_key(b"ABCDEFGHJK", &salt).await.expect("hash");
        let old_code_wrap = code_kek.seal(b"recovery_codes.diary_key_wrapped:1", key.key().bytes());
        waymark::with_db!(&app.state.db, conn => {
            async {
                sqlx::query("UPDATE diary_keys SET password_salt = $1, wrapped_by_password = $2, kek_version = 1")
                    .bind(salt.to_vec())
                    .bind(&old_password_wrap)
                    .execute(&mut *conn)
                    .await?;
                sqlx::query(
                    "INSERT INTO recovery_codes (user_id, code_hash, diary_salt, diary_key_wrapped, kek_version)
                         VALUES (1, $1, $2, $3, 1)",
                )
                .bind(&code_hash)
                .bind(salt.to_vec())
                .bind(&old_code_wrap)
                .execute(&mut *conn)
                .await
                .map(|r| r.rows_affected())
            }
            .await
        })
        .expect("old wrappings");

        // Signing in opens the diary and replaces both wrappings.
        browser.post("/sign-out", &[]).await;
        sign_in(&mut browser, &account).await;
        assert!(browser.get("/diary").await.text().contains("written before the upgrade"), "{}", app.backend);
        let versions: (i64, i64) = waymark::with_db!(&app.state.db, conn => {
            sqlx::query_as(
                "SELECT (SELECT kek_version FROM diary_keys),
                        (SELECT kek_version FROM recovery_codes WHERE code_hash = $1)",
            )
            .bind(&code_hash)
            .fetch_one(conn)
            .await
        })
        .expect("versions");
        assert_eq!(versions, (keys::KEK_MIXED, keys::KEK_SEALED), "{}", app.backend);
        // What a dump now holds no longer opens with Argon2id of the password alone.
        let (new_salt, new_wrap): (Vec<u8>, Vec<u8>) = waymark::with_db!(&app.state.db, conn => {
            sqlx::query_as("SELECT password_salt, wrapped_by_password FROM diary_keys").fetch_one(conn).await
        })
        .expect("wrapping");
        let guess = hasher.derive_key(PASSWORD.as_bytes(), &new_salt).await.expect("hash");
        assert!(guess.open(b"diary_keys.wrapped_by_password", &new_wrap).is_err(), "{}", app.backend);

        // The old recovery code, sealed again, still brings the diary through a password reset.
        browser.post("/sign-out", &[]).await;
        app.state.clock.advance(30);
        let new_password = "quiet lantern meadow fox";
        let reset = browser
            .post(
                "/password-reset",
                &[
                    ("name", "sam"),
                    ("recovery_code", old_code),
                    ("code", &code_now(&app, &account.secret)),
                    ("password", new_password),
                ],
            )
            .await;
        assert_eq!(reset.location(), "/password-reset/done", "{}", reset.text());
        let renewed = common::Registered { password: new_password.into(), ..account };
        sign_in(&mut browser, &renewed).await;
        assert!(browser.get("/diary").await.text().contains("written before the upgrade"), "{}", app.backend);
    })
    .await;
}

#[tokio::test]
async fn nobody_reaches_another_persons_entries() {
    on_each_backend(|app| async move {
        let mut owner = Browser::new(&app);
        register(&mut owner, "owner", PASSWORD).await;
        write(&mut owner, "4", "6", "owner's private words", &[]).await;
        let id = *entry_ids(&owner.get("/diary").await.text()).first().expect("id");

        let mut other = Browser::new(&app);
        register(&mut other, "someone else", "velvet harbour kettle drum").await;
        assert_eq!(other.get(&format!("/diary/entries/{id}/edit")).await.status, 404);
        assert_eq!(other.get(&format!("/diary/entries/{id}/delete")).await.status, 404);
        assert_eq!(other.post(&format!("/diary/entries/{id}/delete"), &[]).await.status, 404);
        let overwrite = other
            .post(
                &format!("/diary/entries/{id}/edit"),
                &[
                    ("date_day", "4"),
                    ("date_month", "11"),
                    ("date_year", "2026"),
                    ("feeling", "1"),
                    ("text", "overwritten"),
                ],
            )
            .await;
        assert_eq!(overwrite.status, 404);
        for path in ["/diary", "/diary/progress", "/diary/timeline", "/diary/print", "/diary/export"] {
            assert!(!other.get(path).await.text().contains("owner's private words"), "{path}");
        }
        other.post("/diary/delete", &[("confirm", "yes")]).await;
        assert!(owner.get("/diary").await.text().contains("owner's private words"), "{}", app.backend);

        // Signed out, every diary route asks to sign in.
        let mut anonymous = Browser::new(&app);
        for path in ["/diary", "/diary/new", &format!("/diary/entries/{id}/edit"), "/diary/export", "/diary/progress"] {
            let reply = anonymous.get(path).await;
            assert_eq!(reply.status, 303, "{path}");
        }
        assert_eq!(anonymous.post(&format!("/diary/entries/{id}/delete"), &[]).await.status, 303);
    })
    .await;
}

#[tokio::test]
async fn deleting_the_diary_or_the_account_leaves_no_rows() {
    on_each_backend(|app| async move {
        let mut browser = Browser::new(&app);
        let account = register(&mut browser, "sam", PASSWORD).await;
        write(&mut browser, "1", "5", "one", &[]).await;
        write(&mut browser, "2", "5", "two", &[]).await;
        let refused = browser.post("/diary/delete", &[]).await;
        assert_eq!(refused.status, 422, "the box must be ticked");
        let deleted = browser.post("/diary/delete", &[("confirm", "yes")]).await;
        assert!(deleted.text().contains("Your diary has been deleted"));
        let count = |sql: &'static str| {
            let db = app.state.db.clone();
            async move {
                waymark::with_db!(&db, conn => sqlx::query_scalar::<_, i64>(sql).fetch_one(conn).await).expect("count")
            }
        };
        assert_eq!(count("SELECT COUNT(*) FROM diary_entries").await, 0);

        write(&mut browser, "3", "5", "three", &[]).await;
        app.state.clock.advance(30);
        browser
            .post(
                "/account/delete",
                &[("name", "sam"), ("password", PASSWORD), ("code", &code_now(&app, &account.secret))],
            )
            .await;
        assert_eq!(count("SELECT COUNT(*) FROM diary_entries").await, 0, "{}", app.backend);
        assert_eq!(count("SELECT COUNT(*) FROM diary_keys").await, 0);
    })
    .await;
}

/// Makes setting the notice `word` fail, as if the database failed at that moment, until [`unfail_notice`].
pub async fn fail_notice(app: &common::TestApp, word: &str) {
    let name = word.replace('-', "_");
    let sqlite = format!(
        "CREATE TRIGGER fail_{name} BEFORE UPDATE OF flash ON sessions WHEN NEW.flash = '{word}'
         BEGIN SELECT RAISE(ABORT, 'injected failure'); END"
    );
    let postgres = format!(
        "CREATE TRIGGER fail_{name} BEFORE UPDATE OF flash ON sessions FOR EACH ROW
         WHEN (NEW.flash = '{word}') EXECUTE FUNCTION fail_injected()"
    );
    run_sql(app, &[&sqlite], &[FAIL_INJECTED, &postgres]).await;
}

pub async fn unfail_notice(app: &common::TestApp, word: &str) {
    let name = word.replace('-', "_");
    run_sql(app, &[&format!("DROP TRIGGER fail_{name}")], &[&format!("DROP TRIGGER fail_{name} ON sessions")]).await;
}

/// The PostgreSQL function the failing triggers call.
pub const FAIL_INJECTED: &str = "CREATE OR REPLACE FUNCTION fail_injected() RETURNS trigger LANGUAGE plpgsql
    AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$";

pub async fn count_rows(app: &common::TestApp, table: &str) -> i64 {
    let sql = format!("SELECT COUNT(*) FROM {table}");
    waymark::with_db!(&app.state.db, conn => sqlx::query_scalar::<_, i64>(&sql).fetch_one(conn).await).expect("count")
}

#[tokio::test]
async fn a_failure_while_writing_an_entry_leaves_neither_a_half_written_entry_nor_its_notice() {
    on_each_backend(|app| async move {
        let mut browser = Browser::new(&app);
        register(&mut browser, "sam", PASSWORD).await;
        browser.get("/diary").await;

        // An entry's row is created first and given its sealed content second: make the second step fail.
        run_sql(
            &app,
            &["CREATE TRIGGER fail_seal BEFORE UPDATE ON diary_entries
               BEGIN SELECT RAISE(ABORT, 'injected failure'); END"],
            &[
                FAIL_INJECTED,
                "CREATE TRIGGER fail_seal BEFORE UPDATE ON diary_entries FOR EACH ROW EXECUTE FUNCTION fail_injected()",
            ],
        )
        .await;
        let failed = write(&mut browser, "10", "4", "never half written", &[]).await;
        assert_eq!(failed.status, 503, "{}", app.backend);
        assert!(failed.text().contains("Sorry, there is a problem with the service"), "{}", failed.text());
        assert_eq!(count_rows(&app, "diary_entries").await, 0, "{}: the new row was rolled back", app.backend);
        run_sql(&app, &["DROP TRIGGER fail_seal"], &["DROP TRIGGER fail_seal ON diary_entries"]).await;

        // The notice that it was saved is the last step: make that fail.
        fail_notice(&app, "diary-saved").await;
        assert_eq!(write(&mut browser, "10", "4", "never half written", &[]).await.status, 503);
        assert_eq!(count_rows(&app, "diary_entries").await, 0, "{}: the entry was rolled back", app.backend);
        let page = browser.get("/diary").await.text();
        assert!(!page.contains("never half written") && !page.contains("could not be opened"));
        assert!(!page.contains("Your entry has been saved."));

        // Editing and deleting write their notice with the change.
        unfail_notice(&app, "diary-saved").await;
        assert_eq!(write(&mut browser, "10", "4", "written at last", &[]).await.location(), "/diary");
        let id = *entry_ids(&browser.get("/diary").await.text()).first().expect("id");
        fail_notice(&app, "diary-updated").await;
        let edit =
            [("date_day", "10"), ("date_month", "11"), ("date_year", "2026"), ("feeling", "5"), ("text", "changed")];
        assert_eq!(browser.post(&format!("/diary/entries/{id}/edit"), &edit).await.status, 503);
        assert!(
            browser.get("/diary").await.text().contains("written at last"),
            "{}: the edit was rolled back",
            app.backend
        );
        fail_notice(&app, "diary-deleted-entry").await;
        assert_eq!(browser.post(&format!("/diary/entries/{id}/delete"), &[]).await.status, 503);
        assert_eq!(count_rows(&app, "diary_entries").await, 1, "{}: the deletion was rolled back", app.backend);
    })
    .await;
}
