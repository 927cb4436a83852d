//! Staff accountability on SQLite and PostgreSQL: an enrolment link works once, even for two enrolments at the
//! same moment, and never overwrites an enrolled account; staff are disabled, not deleted (their sessions end,
//! they cannot sign in, what they did stays attributed, and they cannot delete their own account); staff
//! sign-ins, failures and second-factor resets are in the staff account log, which holds nothing personal.

use crate::common;
use crate::referrals::send_request;

use app::models::staff::StaffRole;
use common::{code_now, on_each_backend, run_sql, Browser, Registered, TestApp, PASSWORD};

/// Creates a staff account (a caseworker, or with `admin` the operator) and returns its enrolment token.
async fn invite(app: &TestApp, name: &str, service: &str, admin: bool) -> String {
    let path =
        waymark::cli::add_staff(&app.state.db, name, service, admin, app.state.clock.now()).await.expect("staff");
    path.split("invite=").nth(1).expect("token").to_string()
}

/// Creates a staff account with this role at the server's shell and returns its enrolment token.
pub(crate) async fn invite_as(app: &TestApp, name: &str, service: Option<&str>, role: StaffRole) -> String {
    let path =
        waymark::cli::add_staff_as(&app.state.db, name, service, role, app.state.clock.now()).await.expect("staff");
    path.split("invite=").nth(1).expect("token").to_string()
}

/// Chooses sign-in details from an enrolment link; returns the authenticator key shown next.
pub(crate) async fn choose(browser: &mut Browser<'_>, invite: &str, login: &str) -> Vec<u8> {
    let reply = browser.post("/staff/enrol", &[("invite", invite), ("name", login), ("password", PASSWORD)]).await;
    assert_eq!(reply.location(), "/register/authenticator", "{}", reply.text());
    browser.get("/register/authenticator").await.totp_secret()
}

/// An enrolled, signed-in member of staff.
async fn enrolled<'a>(app: &'a TestApp, name: &str, service: &str, admin: bool) -> (Browser<'a>, Registered) {
    let token = invite(app, name, service, admin).await;
    enrol(app, &token, name).await
}

/// An enrolled, signed-in member of staff with this role.
pub(crate) async fn enrolled_as<'a>(
    app: &'a TestApp,
    name: &str,
    service: Option<&str>,
    role: StaffRole,
) -> (Browser<'a>, Registered) {
    let token = invite_as(app, name, service, role).await;
    enrol(app, &token, name).await
}

/// Enrols from the link with this token, as `name`: signed in afterwards.
pub(crate) async fn enrol<'a>(app: &'a TestApp, token: &str, name: &str) -> (Browser<'a>, Registered) {
    let mut browser = Browser::new(app);
    let login = format!("{}-login", name.to_lowercase());
    let secret = choose(&mut browser, token, &login).await;
    let done = browser.post("/register/authenticator", &[("code", &code_now(app, &secret))]).await;
    assert_eq!(done.location(), "/register/recovery-codes");
    let codes = browser.get("/register/recovery-codes").await.recovery_codes();
    browser.post("/register/recovery-codes", &[]).await;
    app.state.clock.advance(30);
    (browser, Registered { name: login, password: PASSWORD.into(), secret, codes })
}

pub(crate) async fn staff_log(app: &TestApp) -> Vec<(i64, Option<i64>, String)> {
    waymark::with_db!(&app.state.db, conn => {
        sqlx::query_as("SELECT staff_id, actor_id, action FROM staff_events ORDER BY id").fetch_all(conn).await
    })
    .expect("log")
}

pub(crate) async fn user_id(app: &TestApp, display_name: &str) -> i64 {
    waymark::with_db!(&app.state.db, conn => {
        sqlx::query_scalar("SELECT id FROM users WHERE display_name = $1").bind(display_name).fetch_one(conn).await
    })
    .expect("user")
}

#[tokio::test]
async fn an_enrolment_link_works_once_even_for_two_enrolments_at_once() {
    on_each_backend(|app| async move {
        let token = invite(&app, "Dana", "harbour", false).await;
        let (mut first, mut second) = (Browser::new(&app), Browser::new(&app));
        let first_key = choose(&mut first, &token, "dana-one").await;
        let second_key = choose(&mut second, &token, "dana-two").await;
        let (a_code, b_code) = (code_now(&app, &first_key), code_now(&app, &second_key));
        let (a_form, b_form) = ([("code", a_code.as_str())], [("code", b_code.as_str())]);
        let (a, b) = tokio::join!(
            first.post("/register/authenticator", &a_form),
            second.post("/register/authenticator", &b_form),
        );
        let won: Vec<bool> = [&a, &b].iter().map(|r| r.location() == "/register/recovery-codes").collect();
        assert_eq!(won.iter().filter(|w| **w).count(), 1, "{}: one wins ({} / {})", app.backend, a.status, b.status);
        let loser = if won[0] { &b } else { &a };
        assert_eq!(loser.status, 404, "{}: the other is told the link no longer works", app.backend);
        let winner = if won[0] { &mut first } else { &mut second };
        assert_eq!(winner.get("/register/recovery-codes").await.recovery_codes().len(), 10);

        // The link is spent; even a fresh invitation row for the enrolled account cannot overwrite it.
        assert_eq!(Browser::new(&app).get(&format!("/staff/enrol?invite={token}")).await.status, 404);
        let id = user_id(&app, "Dana").await;
        let hash = waymark::crypto::token_hash("forged-invitation");
        let hex: String = hash.iter().map(|b| format!("{b:02x}")).collect();
        let far = app.state.clock.now() + 3600;
        run_sql(
            &app,
            &[&format!("INSERT INTO staff_invites (token_hash, user_id, expires_at) VALUES (X'{hex}', {id}, {far})")],
            &[&format!("INSERT INTO staff_invites (token_hash, user_id, expires_at) VALUES ('\\x{hex}', {id}, {far})")],
        )
        .await;
        let mut intruder = Browser::new(&app);
        assert_eq!(intruder.get("/staff/enrol?invite=forged-invitation").await.status, 404, "{}", app.backend);
        let posted = intruder
            .post("/staff/enrol", &[("invite", "forged-invitation"), ("name", "taken-over"), ("password", PASSWORD)])
            .await;
        assert_eq!(posted.status, 404, "{}", app.backend);
        let enrolled = staff_log(&app).await.iter().filter(|(s, _, a)| *s == id && a == "enrolled").count();
        assert_eq!(enrolled, 1);
    })
    .await;
}

#[tokio::test]
async fn staff_are_disabled_not_deleted_and_their_work_stays_attributed() {
    on_each_backend(|app| async move {
        let (mut admin, _) = enrolled_as(&app, "Ada", Some("harbour"), StaffRole::Manager).await;
        let (mut dana, dana_account) = enrolled(&app, "Dana", "harbour", false).await;
        let (mut other_admin, _) = enrolled_as(&app, "Olu", Some("victim-hub"), StaffRole::Manager).await;
        let dana_id = user_id(&app, "Dana").await;
        let admin_id = user_id(&app, "Ada").await;

        let mut person = Browser::new(&app);
        let reference = send_request(&mut person, &["domestic-abuse"], "25-44", "Robin").await;
        let base = format!("/staff/referrals/{reference}");
        assert_eq!(dana.post(&format!("{base}/assign"), &[]).await.location(), format!("{base}#actions"));

        // Nobody deletes a staff account: not the staff member themselves.
        assert!(!dana.get("/account").await.text().contains("/account/delete"));
        assert_eq!(dana.get("/account/delete").await.status, 404, "{}", app.backend);
        let code = code_now(&app, &dana_account.secret);
        let refused = dana
            .post("/account/delete", &[("name", &dana_account.name), ("password", PASSWORD), ("code", &code)])
            .await;
        assert_eq!(refused.status, 404, "{}", app.backend);

        // Another service's manager cannot touch Dana; Ada cannot disable herself.
        assert_eq!(other_admin.post(&format!("/staff/team/{dana_id}/disable"), &[]).await.status, 404);
        assert_eq!(admin.post(&format!("/staff/team/{admin_id}/disable"), &[]).await.status, 404);
        assert_eq!(
            dana.post(&format!("/staff/team/{admin_id}/disable"), &[]).await.status,
            404,
            "caseworkers are not managers"
        );

        // Ada disables Dana: her session ends at once and she cannot sign in.
        let team = admin.get("/staff/team").await.text();
        assert!(team.contains(&format!("/staff/team/{dana_id}/disable")), "{team}");
        assert_eq!(admin.post(&format!("/staff/team/{dana_id}/disable"), &[]).await.location(), "/staff/team");
        assert_eq!(dana.get("/staff/referrals").await.status, 303, "{}: the session ended", app.backend);
        app.state.clock.advance(30);
        let mut again = Browser::new(&app);
        let attempt = again.post("/sign-in", &[("name", &dana_account.name), ("password", PASSWORD)]).await;
        assert_ne!(attempt.location(), "/sign-in/code", "{}: a disabled account cannot sign in", app.backend);
        // Her work is still hers.
        let audit = admin.get("/staff/audit").await.text();
        assert!(audit.contains("Dana"), "{}: {audit}", app.backend);
        assert!(admin.get("/staff/team").await.text().contains("Disabled"));

        // Enabled again, she signs in.
        assert_eq!(admin.post(&format!("/staff/team/{dana_id}/enable"), &[]).await.location(), "/staff/team");
        assert_eq!(common::sign_in(&mut again, &dana_account).await.location(), "/account", "{}", app.backend);

        let log = staff_log(&app).await;
        assert!(log.contains(&(dana_id, Some(admin_id), "disabled".into())), "{log:?}");
        assert!(log.contains(&(dana_id, Some(admin_id), "enabled".into())), "{log:?}");
    })
    .await;
}

#[tokio::test]
async fn staff_sign_ins_failures_and_second_factor_resets_are_logged_without_personal_data() {
    on_each_backend(|app| async move {
        let (mut admin, _) = enrolled(&app, "Ada", "harbour", true).await;
        let (_, dana) = enrolled(&app, "Dana", "harbour", false).await;
        let dana_id = user_id(&app, "Dana").await;

        // A wrong password for her name, then a wrong code after the right password, then a sign-in.
        let mut browser = Browser::new(&app);
        browser.post("/sign-in", &[("name", &dana.name), ("password", "not her password at all")]).await;
        app.state.clock.advance(30);
        assert_eq!(
            browser.post("/sign-in", &[("name", &dana.name), ("password", PASSWORD)]).await.location(),
            "/sign-in/code"
        );
        browser.post("/sign-in/code", &[("code", "000000")]).await;
        app.state.clock.advance(30);
        let signed_in = browser.post("/sign-in/code", &[("code", &code_now(&app, &dana.secret))]).await;
        assert_eq!(signed_in.location(), "/account", "{}", signed_in.text());

        // New recovery codes, then a new authenticator.
        app.state.clock.advance(30);
        let code = code_now(&app, &dana.secret);
        let confirm = browser
            .post("/account/recovery-codes", &[("name", &dana.name), ("password", PASSWORD), ("code", &code)])
            .await;
        assert_eq!(confirm.location(), "/account/recovery-codes/new");
        browser.post("/account/recovery-codes/new", &[]).await;
        app.state.clock.advance(30);
        let code = code_now(&app, &dana.secret);
        let confirm = browser
            .post("/account/authenticator", &[("name", &dana.name), ("password", PASSWORD), ("code", &code)])
            .await;
        assert_eq!(confirm.location(), "/account/authenticator/new");
        let secret = browser.get("/account/authenticator/new").await.totp_secret();
        app.state.clock.advance(30);
        assert_eq!(
            browser.post("/account/authenticator/new", &[("code", &code_now(&app, &secret))]).await.location(),
            "/account"
        );

        let mine: Vec<String> =
            staff_log(&app).await.into_iter().filter(|(s, _, _)| *s == dana_id).map(|(_, _, a)| a).collect();
        for action in ["enrolled", "sign_in_failed", "signed_in", "recovery_codes_replaced", "authenticator_reset"] {
            assert!(mine.contains(&action.to_string()), "{}: {action} in {mine:?}", app.backend);
        }
        assert_eq!(mine.iter().filter(|a| *a == "sign_in_failed").count(), 2, "{}: {mine:?}", app.backend);

        // A member's sign-ins are not staff business.
        let mut member = Browser::new(&app);
        common::register(&mut member, "member", PASSWORD).await;
        let staff_ids: i64 = waymark::with_db!(&app.state.db, conn => {
            sqlx::query_scalar("SELECT COUNT(DISTINCT e.staff_id) FROM staff_events e JOIN users u ON u.id = e.staff_id
                                WHERE u.role = 'member'").fetch_one(conn).await
        })
        .expect("count");
        assert_eq!(staff_ids, 0);

        // The log's columns: whose account, who did it, what, when; nothing else.
        let columns: Vec<String> = match &app.state.db {
            waymark::db::Db::Sqlite(pool) => {
                sqlx::query_scalar("SELECT name FROM pragma_table_info('staff_events') ORDER BY cid")
                    .fetch_all(pool)
                    .await
            }
            waymark::db::Db::Postgres(pool) => {
                sqlx::query_scalar(
                    "SELECT column_name::text FROM information_schema.columns WHERE table_name = 'staff_events'
                 ORDER BY ordinal_position",
                )
                .fetch_all(pool)
                .await
            }
        }
        .expect("columns");
        assert_eq!(columns, ["id", "staff_id", "actor_id", "action", "at"]);

        // Administrators read it.
        let team = admin.get("/staff/team").await.text();
        for text in ["Signed in", "Failed sign-in", "New authenticator set up", "New recovery codes made"] {
            assert!(team.contains(text), "{}: {text}", app.backend);
        }
    })
    .await;
}
