//! Teams and role boundaries on SQLite and PostgreSQL: every staff route answers each role (caseworker,
//! service manager, commissioner, operator, and someone signed out) as it should, across services too; a manager
//! invites a caseworker who enrols from the link and signs in; a manager resets someone's sign-in with a new
//! link (their sessions end), changes roles within their service (never their own, never leaving it without a
//! manager), and every change is in the staff account log with the manager who made it.

use crate::common::{self, code_now, on_each_backend, Browser, TestApp, PASSWORD};
use crate::referrals::send_request;
use crate::staff::{choose, enrolled_as, invite_as, staff_log, user_id};
use app::models::staff::StaffRole;

const HOME: &str = "harbour";
const OTHER: &str = "victim-hub";

/// The enrolment token on a page that shows a new link.
fn token_on(page: &str) -> String {
    let rest = page.split("/staff/enrol?invite=").nth(1).expect("an enrolment link");
    rest.split('"').next().expect("token").to_string()
}

/// Finishes an enrolment whose sign-in details were chosen: authenticator, recovery codes, signed in.
async fn finish(app: &TestApp, browser: &mut Browser<'_>, secret: &[u8]) {
    let done = browser.post("/register/authenticator", &[("code", &code_now(app, secret))]).await;
    assert_eq!(done.location(), "/register/recovery-codes", "{}", done.text());
    browser.post("/register/recovery-codes", &[]).await;
    app.state.clock.advance(30);
}

/// The status of each of `paths` for this browser.
async fn statuses(browser: &mut Browser<'_>, paths: &[String]) -> Vec<u16> {
    let mut out = Vec::new();
    for path in paths {
        out.push(browser.get(path).await.status.as_u16());
    }
    out
}

#[tokio::test]
async fn every_staff_route_admits_only_its_roles() {
    on_each_backend(|app| async move {
        let reference = send_request(&mut Browser::new(&app), &["domestic-abuse"], "25-44", "Robin").await;
        let (mut caseworker, _) = enrolled_as(&app, "Cass", Some(HOME), StaffRole::Caseworker).await;
        let (mut manager, _) = enrolled_as(&app, "Mina", Some(HOME), StaffRole::Manager).await;
        let (mut other_manager, _) = enrolled_as(&app, "Omar", Some(OTHER), StaffRole::Manager).await;
        let (mut commissioner, _) = enrolled_as(&app, "Cora", None, StaffRole::Commissioner).await;
        let (mut operator, _) = enrolled_as(&app, "Opal", None, StaffRole::Operator).await;
        invite_as(&app, "Tia", Some(HOME), StaffRole::Caseworker).await;
        invite_as(&app, "Theo", Some(OTHER), StaffRole::Caseworker).await;
        let tia = user_id(&app, "Tia").await;
        let (mina, cora, opal) =
            (user_id(&app, "Mina").await, user_id(&app, "Cora").await, user_id(&app, "Opal").await);
        let base = format!("/staff/referrals/{reference}");
        assert_eq!(caseworker.post(&format!("{base}/open"), &[]).await.location(), base, "{}", app.backend);

        // Every page, for every role: 200 allowed, 404 refused as if it did not exist, 303 to sign in.
        let pages: Vec<String> = [
            "/staff/referrals",
            &base,
            "/staff/audit",
            "/staff/returns",
            "/staff/returns/2026-10.csv",
            "/staff/team",
            "/staff/team/invite",
        ]
        .map(str::to_string)
        .to_vec();
        let expected: [(&str, &mut Browser<'_>, [u16; 7]); 5] = [
            ("caseworker", &mut caseworker, [200, 200, 404, 404, 404, 404, 404]),
            ("manager", &mut manager, [200, 200, 200, 200, 200, 200, 200]),
            ("another service's manager", &mut other_manager, [200, 404, 200, 200, 200, 200, 200]),
            ("commissioner", &mut commissioner, [404, 404, 404, 200, 200, 404, 404]),
            ("operator", &mut operator, [404, 404, 200, 200, 200, 200, 200]),
        ];
        for (who, browser, want) in expected {
            assert_eq!(statuses(browser, &pages).await, want, "{}: {who}", app.backend);
        }
        assert_eq!(statuses(&mut Browser::new(&app), &pages).await, [303; 7], "{}: signed out", app.backend);

        // Working a referral: its own service's queue only; never a commissioner or the operator.
        for (who, browser) in [("another service's manager", &mut other_manager), ("commissioner", &mut commissioner)] {
            assert_eq!(browser.post(&format!("{base}/open"), &[]).await.status, 404, "{}: {who}", app.backend);
            assert_eq!(browser.post(&format!("{base}/assign"), &[]).await.status, 404, "{}: {who}", app.backend);
        }
        assert_eq!(operator.post(&format!("{base}/open"), &[]).await.status, 404, "{}", app.backend);
        assert_eq!(manager.post(&format!("{base}/open"), &[]).await.location(), base, "{}", app.backend);

        // Changing Tia (a caseworker of the home service): only its manager and the operator may.
        let tia_disable = format!("/staff/team/{tia}/disable");
        let tia_enable = format!("/staff/team/{tia}/enable");
        let tia_role = format!("/staff/team/{tia}/role");
        let tia_reset = format!("/staff/team/{tia}/reset");
        let manager_role = [("role", "manager")];
        let signed_out = Browser::new(&app).post(&tia_disable, &[]).await;
        assert_eq!(signed_out.status, 303, "{}: signed out, sent to sign in", app.backend);
        for (who, browser) in [
            ("caseworker", &mut caseworker),
            ("another service's manager", &mut other_manager),
            ("commissioner", &mut commissioner),
        ] {
            assert_eq!(browser.post(&tia_disable, &[]).await.status, 404, "{}: {who}", app.backend);
            assert_eq!(browser.post(&tia_role, &manager_role).await.status, 404, "{}: {who}", app.backend);
            assert_eq!(browser.post(&tia_reset, &[]).await.status, 404, "{}: {who}", app.backend);
        }
        let invite = [("name", "Ivy"), ("role", "caseworker"), ("service", HOME)];
        for (who, browser) in [("caseworker", &mut caseworker), ("commissioner", &mut commissioner)] {
            assert_eq!(browser.post("/staff/team/invite", &invite).await.status, 404, "{}: {who}", app.backend);
        }
        // Another service's manager who names this service still invites into their own.
        assert_eq!(other_manager.post("/staff/team/invite", &invite).await.status, 200, "{}", app.backend);
        assert!(other_manager.get("/staff/team").await.text().contains("Ivy"), "{}", app.backend);
        assert!(!manager.get("/staff/team").await.text().contains("Ivy"), "{}", app.backend);
        for (who, browser) in [("manager", &mut manager), ("operator", &mut operator)] {
            assert_eq!(browser.post(&tia_disable, &[]).await.location(), "/staff/team", "{}: {who}", app.backend);
            assert_eq!(browser.post(&tia_enable, &[]).await.location(), "/staff/team", "{}: {who}", app.backend);
            assert_eq!(browser.post(&tia_role, &manager_role).await.location(), "/staff/team", "{}", app.backend);
            let back = [("role", "caseworker")];
            assert_eq!(browser.post(&tia_role, &back).await.location(), "/staff/team", "{}: {who}", app.backend);
            let reset = browser.post(&tia_reset, &[]).await;
            assert_eq!(reset.status, 200, "{}: {who}", app.backend);
            assert!(reset.text().contains("/staff/enrol?invite="), "{}: {who}", app.backend);
        }
        // A manager never changes their own account, the operator's or a commissioner's, and never makes a
        // commissioner or an operator; nobody changes an operator's.
        for path in ["disable", "reset"] {
            for id in [mina, opal, cora] {
                let status = manager.post(&format!("/staff/team/{id}/{path}"), &[]).await.status;
                assert_eq!(status, 404, "{}: {path} {id}", app.backend);
            }
            let status = operator.post(&format!("/staff/team/{opal}/{path}"), &[]).await.status;
            assert_eq!(status, 404, "{}: the operator's own {path}", app.backend);
        }
        assert_eq!(manager.post(&format!("/staff/team/{mina}/role"), &[("role", "caseworker")]).await.status, 404);
        for role in ["commissioner", "operator", "admin", ""] {
            let status = manager.post(&tia_role, &[("role", role)]).await.status;
            assert_eq!(status, 404, "{}: made {role}", app.backend);
            let status = operator.post(&tia_role, &[("role", role)]).await.status;
            assert_eq!(status, 404, "{}: the operator made {role}", app.backend);
        }
        let invite = [("name", "Cy"), ("role", "commissioner"), ("service", "")];
        let refused = manager.post("/staff/team/invite", &invite).await;
        assert_eq!(refused.status, 422, "{}: a manager cannot make a commissioner", app.backend);
        assert_eq!(operator.post("/staff/team/invite", &invite).await.status, 200, "{}", app.backend);
        // The operator may disable a commissioner (and enable them again).
        let cora_disable = format!("/staff/team/{cora}/disable");
        assert_eq!(operator.post(&cora_disable, &[]).await.location(), "/staff/team", "{}", app.backend);
        assert_eq!(commissioner.get("/staff/returns").await.status, 303, "{}: their session ended", app.backend);
        assert_eq!(operator.post(&format!("/staff/team/{cora}/enable"), &[]).await.location(), "/staff/team");

        // What each sees is scoped: the team and the audit log of the manager's own service; every service's for
        // the operator.
        let team = manager.get("/staff/team").await.text();
        assert!(team.contains("Tia") && team.contains("Cass") && !team.contains("Theo"), "{}: {team}", app.backend);
        assert!(!team.contains("Cora") && !team.contains("Opal"), "{}: {team}", app.backend);
        let other_team = other_manager.get("/staff/team").await.text();
        assert!(other_team.contains("Theo") && !other_team.contains("Tia"), "{}", app.backend);
        let every = operator.get("/staff/team").await.text();
        assert!(["Tia", "Theo", "Cora", "Mina", "Omar"].iter().all(|n| every.contains(n)), "{}", app.backend);
        let audit = manager.get("/staff/audit").await.text();
        assert!(audit.contains(&reference) && audit.contains("Cass"), "{}: {audit}", app.backend);
        assert!(!other_manager.get("/staff/audit").await.text().contains(&reference), "{}", app.backend);
        assert!(operator.get("/staff/audit").await.text().contains(&reference), "{}", app.backend);
        // The commissioner's figures name nobody.
        let report = commissioner.get("/staff/returns/2026-10").await.text();
        assert!(!report.contains("Robin") && !report.contains(&reference), "{}", app.backend);

        // Every change is logged with the manager who made it.
        let log = staff_log(&app).await;
        for action in ["disabled", "enabled", "made_manager", "made_caseworker", "reinvited"] {
            assert!(log.contains(&(tia, Some(mina), action.to_string())), "{}: {action} {log:?}", app.backend);
            assert!(log.contains(&(tia, Some(opal), action.to_string())), "{}: {action} {log:?}", app.backend);
        }
    })
    .await;
}

#[tokio::test]
async fn a_manager_invites_a_caseworker_who_enrols_and_signs_in() {
    on_each_backend(|app| async move {
        let (mut manager, _) = enrolled_as(&app, "Mina", Some(HOME), StaffRole::Manager).await;
        let mina = user_id(&app, "Mina").await;

        // A form with problems is shown again, with what was typed and a message by each field.
        let form = manager.get("/staff/team/invite").await.text();
        assert!(form.contains("name=\"role\"") && !form.contains("name=\"service\""), "{}", app.backend);
        assert!(!form.contains("value=\"commissioner\""), "{}: a manager cannot make a commissioner", app.backend);
        let wrong = manager.post("/staff/team/invite", &[("name", "Nia Jones"), ("role", "")]).await;
        assert_eq!(wrong.status, 422, "{}", app.backend);
        let wrong = wrong.text();
        assert!(wrong.contains("There is a problem") && wrong.contains("Select what they will do"), "{wrong}");
        assert!(wrong.contains("value=\"Nia Jones\""), "{}: the name is kept", app.backend);
        let nameless = manager.post("/staff/team/invite", &[("name", "  "), ("role", "caseworker")]).await;
        assert_eq!(nameless.status, 422);
        let nameless = nameless.text();
        assert!(
            nameless.contains("Enter their name") && nameless.contains("value=\"caseworker\" checked"),
            "{nameless}"
        );

        // The invitation: a link shown once, with when it stops working.
        let made = manager.post("/staff/team/invite", &[("name", "Nia Jones"), ("role", "caseworker")]).await;
        assert_eq!(made.status, 200, "{}", app.backend);
        let made = made.text();
        assert!(made.contains("It works once, until"), "{made}");
        let token = token_on(&made);
        let team = manager.get("/staff/team").await.text();
        assert!(!team.contains(&token), "{}: the link is never shown again", app.backend);
        assert!(team.contains("Nia Jones") && team.contains("Invited, not yet enrolled"), "{}", app.backend);
        let nia = user_id(&app, "Nia Jones").await;

        // She enrols from it and works the queue.
        let mut nia_browser = Browser::new(&app);
        let hello = nia_browser.get(&format!("/staff/enrol?invite={token}")).await;
        assert_eq!(hello.status, 200, "{}", app.backend);
        assert!(hello.text().contains("Nia Jones"));
        let secret = choose(&mut nia_browser, &token, "nia.j").await;
        finish(&app, &mut nia_browser, &secret).await;
        assert_eq!(nia_browser.get("/staff/referrals").await.status, 200, "{}", app.backend);
        assert_eq!(nia_browser.get("/staff/team").await.status, 404, "{}: a caseworker has no team page", app.backend);
        assert_eq!(Browser::new(&app).get(&format!("/staff/enrol?invite={token}")).await.status, 404);

        // She signs in again; the team page shows when.
        let account = common::Registered { name: "nia.j".into(), password: PASSWORD.into(), secret, codes: vec![] };
        let mut again = Browser::new(&app);
        assert_eq!(common::sign_in(&mut again, &account).await.location(), "/account", "{}", app.backend);
        let team = manager.get("/staff/team").await.text();
        let row = team.split("Nia Jones").nth(1).expect("her row");
        assert!(row.contains("Active") && !row[..row.find("</tr>").unwrap_or(row.len())].contains("Not yet"));

        // Her manager resets her sign-in: her sessions end, her old details stop working, a new link works.
        let reset = manager.post(&format!("/staff/team/{nia}/reset"), &[]).await;
        assert_eq!(reset.status, 200, "{}", app.backend);
        let new_token = token_on(&reset.text());
        assert_ne!(new_token, token);
        assert_eq!(again.get("/staff/referrals").await.status, 303, "{}: her session ended", app.backend);
        assert_eq!(nia_browser.get("/staff/referrals").await.status, 303, "{}", app.backend);
        app.state.clock.advance(30);
        let old = Browser::new(&app).post("/sign-in", &[("name", "nia.j"), ("password", PASSWORD)]).await;
        assert_ne!(old.location(), "/sign-in/code", "{}: the old sign-in no longer works", app.backend);
        let mut renewed = Browser::new(&app);
        let secret = choose(&mut renewed, &new_token, "nia.jones").await;
        finish(&app, &mut renewed, &secret).await;
        assert_eq!(renewed.get("/staff/referrals").await.status, 200, "{}", app.backend);

        // Roles within the service: Nia becomes a manager and may now run the team; a manager never changes
        // their own role; the service always keeps a manager.
        let made_manager = manager.post(&format!("/staff/team/{nia}/role"), &[("role", "manager")]).await;
        assert_eq!(made_manager.location(), "/staff/team", "{}", app.backend);
        assert_eq!(renewed.get("/staff/team").await.status, 200, "{}", app.backend);
        assert_eq!(manager.post(&format!("/staff/team/{mina}/role"), &[("role", "caseworker")]).await.status, 404);
        let demoted = renewed.post(&format!("/staff/team/{mina}/role"), &[("role", "caseworker")]).await;
        assert_eq!(demoted.location(), "/staff/team", "{}", app.backend);
        assert_eq!(manager.get("/staff/team").await.status, 404, "{}: Mina is a caseworker now", app.backend);
        let (mut operator, _) = enrolled_as(&app, "Opal", None, StaffRole::Operator).await;
        let last = operator.post(&format!("/staff/team/{nia}/role"), &[("role", "caseworker")]).await;
        assert_eq!(last.status, 409, "{}: the last manager stays", app.backend);
        assert!(last.text().contains("at least one manager"), "{}", app.backend);
        assert_eq!(operator.post(&format!("/staff/team/{nia}/disable"), &[]).await.status, 409, "{}", app.backend);

        let log = staff_log(&app).await;
        for (actor, action) in [
            (Some(mina), "invited"),
            (None, "enrolled"),
            (None, "signed_in"),
            (Some(mina), "reinvited"),
            (Some(mina), "made_manager"),
        ] {
            assert!(log.contains(&(nia, actor, action.to_string())), "{}: {action} {log:?}", app.backend);
        }
        assert!(log.contains(&(mina, Some(nia), "made_caseworker".to_string())), "{}", app.backend);
        assert_eq!(log.iter().filter(|(s, _, a)| *s == nia && a == "enrolled").count(), 2, "{}", app.backend);
    })
    .await;
}

#[tokio::test]
async fn the_operator_invites_a_manager_and_a_commissioner_for_any_service() {
    on_each_backend(|app| async move {
        let (mut operator, _) = enrolled_as(&app, "Opal", None, StaffRole::Operator).await;
        let form = operator.get("/staff/team/invite").await.text();
        assert!(form.contains("value=\"commissioner\"") && form.contains(&format!("value=\"{OTHER}\"")));
        let missing = operator.post("/staff/team/invite", &[("name", "Max"), ("role", "manager")]).await;
        assert_eq!(missing.status, 422, "{}", app.backend);
        assert!(missing.text().contains("Select the service they work for"), "{}", app.backend);
        let nowhere = [("name", "Max"), ("role", "manager"), ("service", "not-a-service")];
        assert_eq!(operator.post("/staff/team/invite", &nowhere).await.status, 422, "{}", app.backend);

        let made =
            operator.post("/staff/team/invite", &[("name", "Max"), ("role", "manager"), ("service", OTHER)]).await;
        assert_eq!(made.status, 200, "{}", app.backend);
        let mut max = Browser::new(&app);
        let token = token_on(&made.text());
        let secret = choose(&mut max, &token, "max.m").await;
        finish(&app, &mut max, &secret).await;
        let team = max.get("/staff/team").await.text();
        assert!(team.contains("Max") && !team.contains("Opal"), "{}: {team}", app.backend);

        let made = operator.post("/staff/team/invite", &[("name", "Cleo"), ("role", "commissioner")]).await;
        assert_eq!(made.status, 200, "{}", app.backend);
        let mut cleo = Browser::new(&app);
        let token = token_on(&made.text());
        let secret = choose(&mut cleo, &token, "cleo.c").await;
        finish(&app, &mut cleo, &secret).await;
        assert_eq!(cleo.get("/staff/returns").await.status, 200, "{}", app.backend);
        assert_eq!(cleo.get("/staff/referrals").await.status, 404, "{}", app.backend);
        let account = cleo.get("/account").await.text();
        assert!(account.contains("Commissioner") && account.contains("/staff/returns"), "{}", app.backend);
        assert!(!account.contains("/staff/referrals"), "{}: no queue for a commissioner", app.backend);
    })
    .await;
}
