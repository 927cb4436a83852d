//! No state change on a GET, on SQLite and PostgreSQL: a signed-in person and a member of staff open every page
//! they can reach (as a link on another site could make their browser do) and not one row of any table changes.

use crate::common;
use crate::referrals::{send_request, staff};

use common::{on_each_backend, register, Browser, TestApp, PASSWORD};

/// Every row of every table, as text, sorted: two snapshots are equal only if no table changed.
async fn snapshot(app: &TestApp) -> Vec<(String, Vec<String>)> {
    use waymark::db::Db;
    let mut tables = Vec::new();
    match &app.state.db {
        Db::Sqlite(pool) => {
            let names: Vec<String> = sqlx::query_scalar(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
            )
            .fetch_all(pool)
            .await
            .expect("tables");
            for name in names {
                let columns: Vec<String> = sqlx::query_scalar(&format!("SELECT name FROM pragma_table_info('{name}')"))
                    .fetch_all(pool)
                    .await
                    .expect("columns");
                let row = columns.iter().map(|c| format!("quote(\"{c}\")")).collect::<Vec<_>>().join(" || '|' || ");
                let mut rows: Vec<String> =
                    sqlx::query_scalar(&format!("SELECT {row} FROM \"{name}\"")).fetch_all(pool).await.expect("rows");
                rows.sort();
                tables.push((name, rows));
            }
        }
        Db::Postgres(pool) => {
            let names: Vec<String> = sqlx::query_scalar(
                "SELECT table_name::text FROM information_schema.tables
                 WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name",
            )
            .fetch_all(pool)
            .await
            .expect("tables");
            for name in names {
                let mut rows: Vec<String> = sqlx::query_scalar(&format!("SELECT CAST(t AS text) FROM \"{name}\" t"))
                    .fetch_all(pool)
                    .await
                    .expect("rows");
                rows.sort();
                tables.push((name, rows));
            }
        }
    }
    tables
}

/// The tables whose rows differ between two snapshots.
fn changed(before: &[(String, Vec<String>)], after: &[(String, Vec<String>)]) -> Vec<String> {
    let mut names: Vec<String> = before.iter().chain(after).map(|(n, _)| n.clone()).collect();
    names.sort();
    names.dedup();
    names
        .into_iter()
        .filter(|name| {
            let rows = |s: &[(String, Vec<String>)]| s.iter().find(|(n, _)| n == name).map(|(_, r)| r.clone());
            rows(before) != rows(after)
        })
        .collect()
}

/// Opens each page and says which tables it changed, if any. Pages for the signed in (`must_show`) must show.
async fn walk(app: &TestApp, browser: &mut Browser<'_>, paths: &[String], must_show: &[&str]) -> Vec<String> {
    let mut faults = Vec::new();
    for path in paths {
        let before = snapshot(app).await;
        let reply = browser.get(path).await;
        assert!(reply.status.as_u16() < 500, "{} {path}: {}", app.backend, reply.status);
        if must_show.contains(&path.as_str()) {
            assert_eq!(reply.status, 200, "{} {path}: still signed in", app.backend);
        }
        let tables = changed(&before, &snapshot(app).await);
        if !tables.is_empty() {
            faults.push(format!("GET {path} changed {tables:?}"));
        }
    }
    faults
}

/// Pages anyone can open, signed in or not.
fn public_pages(guide: &str) -> Vec<String> {
    [
        "/",
        "/staying-safe-online",
        "/privacy",
        "/accessibility",
        "/cookies",
        "/services",
        "/healthz",
        "/guides",
        "/bsl",
        "/guides/check-in",
        "/request",
        "/request/safe",
        "/request/contact",
        "/request/check",
        "/request/done",
        "/sign-in",
        "/sign-in/code",
        "/sign-in/recovery-code",
        "/sign-in/help",
        "/signed-out",
        "/password-reset",
        "/password-reset/done",
        "/register",
        "/register/who",
        "/register/age",
        "/register/under-16",
        "/register/details",
        "/register/authenticator",
        "/register/recovery-codes",
        "/staff/enrol",
        "/staff/enrol?invite=not-a-real-invitation",
    ]
    .into_iter()
    .map(str::to_string)
    .chain([format!("/guides/{guide}"), format!("/guides/{guide}/2"), format!("/guides/{guide}/3")])
    .collect()
}

/// Pages of a signed-in person's own.
fn account_pages(entry: i64) -> Vec<String> {
    [
        "/account",
        "/account/data",
        "/account/password",
        "/account/authenticator",
        "/account/authenticator/new",
        "/account/recovery-codes",
        "/account/recovery-codes/new",
        "/account/delete",
        "/diary",
        "/diary/new",
        "/diary/progress",
        "/diary/timeline",
        "/diary/print",
        "/diary/export",
        "/diary/delete",
        "/guides/check-in/history",
    ]
    .into_iter()
    .map(str::to_string)
    .chain([format!("/diary/entries/{entry}/edit"), format!("/diary/entries/{entry}/delete")])
    .collect()
}

#[tokio::test]
async fn no_page_a_person_or_staff_can_open_changes_any_table() {
    on_each_backend(|app| async move {
        let guide = waymark::content::code_for("guide", "sleep");
        // A person with something of everything: a diary entry, a saved place and ticks, a check-in, a request.
        let mut person = Browser::new(&app);
        register(&mut person, "reader", PASSWORD).await;
        let form = [("date_day", "3"), ("date_month", "11"), ("date_year", "2026"), ("feeling", "3"), ("text", "x")];
        assert_eq!(person.post("/diary/new", &form).await.status, 303);
        let diary = person.get("/diary").await.text();
        let entry: i64 = diary
            .split("/diary/entries/")
            .nth(1)
            .and_then(|rest| rest.split('/').next()?.parse().ok())
            .expect("an entry");
        assert_eq!(person.post(&format!("/guides/{guide}/2/place"), &[]).await.status, 303);
        assert_eq!(person.post(&format!("/guides/{guide}/3/checklist/0"), &[("done", "1")]).await.status, 303);
        person.post("/guides/check-in", &[("sleep", "2")]).await;
        let reference = send_request(&mut person, &["domestic-abuse"], "25-44", "Robin").await;
        // A notice ("Saved.") waits in the session for the next page that shows it, which clears it: the
        // one bookkeeping write a page makes. Let it be shown before the walk.
        person.get(&format!("/guides/{guide}/3")).await;

        let mut pages = public_pages(&guide);
        pages.extend(account_pages(entry));
        let mut faults = walk(&app, &mut person, &pages, &["/account", "/diary"]).await;

        // An administrator of the service the request went to, with a referral they have worked.
        let mut admin = staff(&app, "Dana", "harbour", true).await;
        let base = format!("/staff/referrals/{reference}");
        admin.post(&format!("{base}/open"), &[]).await;
        admin.post(&format!("{base}/assign"), &[]).await;
        admin.get(&base).await;
        // Opening a request is a post (it is audited); showing it afterwards writes nothing.
        let mut staff_pages: Vec<String> = [
            "/staff/referrals",
            "/staff/audit",
            "/staff/returns",
            "/staff/returns/2026-10",
            "/staff/returns/2026-Q3.csv",
            "/staff/returns/2026-Q3.json",
            "/staff/team",
            "/staff/team/invite",
            &base,
        ]
        .into_iter()
        .map(str::to_string)
        .collect();
        staff_pages.extend(public_pages(&guide));
        staff_pages.extend(["/account", "/account/password", "/account/authenticator"].map(str::to_string));
        faults.extend(walk(&app, &mut admin, &staff_pages, &["/staff/audit", "/staff/referrals"]).await);
        assert!(faults.is_empty(), "{}: {faults:#?}", app.backend);
    })
    .await;
}
