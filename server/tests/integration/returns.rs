//! Needs, outcomes, feedback and the commissioner's return on SQLite and PostgreSQL: a caseworker records the
//! categories of need and a sealed plan, cannot close without an outcome for each need, closes with them; the
//! person gives feedback once; the return for an ended month counts it with small figures hidden, as a page,
//! CSV and JSON, and only an administrator (for now: the commissioner's role later) can read it.

use crate::common::{on_each_backend, register, run_sql, Browser, TestApp, PASSWORD};
use crate::referrals::{open, rows, send_request, staff};

const PLAN: &str = "wombat-plan-5521 weekly calls";

/// The clock moved into December 2026 (the tests start in November), so November has ended.
fn into_december(app: &TestApp) {
    let december = waymark::returns::periods::Period::Month { year: 2026, month: 12 }.bounds().0;
    app.state.clock.advance(december - app.state.clock.now() + 3_600);
}

#[tokio::test]
async fn needs_are_recorded_and_closing_takes_an_outcome_for_each_then_the_person_gives_feedback_once() {
    on_each_backend(|app| async move {
        let mut person = Browser::new(&app);
        register(&mut person, "sam", PASSWORD).await;
        let reference = send_request(&mut person, &["theft-burglary"], "45-64", "Sam P").await;
        let mut hub = staff(&app, "Hana", "victim-hub", false).await;
        let base = format!("/staff/referrals/{reference}");
        let page = open(&mut hub, &reference).await;
        assert!(page.contains("Categories of need") && page.contains("Safety and security"), "{page}");

        // Nothing ticked and no plan: both fields say so, nothing is stored.
        let refused = hub.post(&format!("{base}/needs"), &[("plan", "")]).await;
        assert_eq!(refused.status, 422);
        let text = refused.text();
        assert!(text.contains("Select at least one category of need") && text.contains("Enter the support plan"));
        assert!(text.contains("wm-error-summary"), "GOV.UK error summary");
        assert_eq!(rows(&app, "referral_needs").await, 0);

        let form = [("needs", "safety"), ("needs", "accommodation"), ("plan", PLAN)];
        let saved = hub.post(&format!("{base}/needs"), &form).await;
        assert_eq!(saved.location(), format!("{base}#actions"), "{}", saved.text());
        assert_eq!(rows(&app, "referral_needs").await, 2);
        let page = hub.get(&base).await.text();
        assert!(page.contains(PLAN) && page.contains("Needs and support plan recorded"), "{page}");
        // The plan is sealed: the database never holds it in clear.
        let sealed = waymark::with_db!(&app.state.db, conn => {
            sqlx::query_scalar::<_, Vec<u8>>("SELECT plan_sealed FROM referral_plans").fetch_one(conn).await
        })
        .expect("plan");
        assert!(!String::from_utf8_lossy(&sealed).contains("wombat"));

        // Closing through the status form is refused, pointing to the outcomes.
        let refused = hub.post(&format!("{base}/update"), &[("status", "closed")]).await;
        assert_eq!(refused.status, 422);
        assert!(refused.text().contains("record the outcomes under"), "{}", refused.text());

        // Closing without an outcome for every need is refused, with the choices made kept.
        let partial = [("outcome-0", "improved"), ("outcome-1", "not_improved")];
        let refused = hub.post(&format!("{base}/close"), &partial).await;
        assert_eq!(refused.status, 422);
        let text = refused.text();
        assert!(text.contains("Select why Safety and security was not improved"), "{text}");
        assert!(text.contains("Select an onward referral, or none"));
        assert!(text.contains("href=\"#reason-1\""), "the summary links to the field");
        assert!(text.contains("value=\"improved\" checked") || text.contains("checked value=\"improved\""), "{text}");
        let status = |app: &TestApp| {
            let reference = reference.clone();
            let db = app.state.db.clone();
            async move {
                waymark::referrals::store::by_reference(&db, &reference).await.expect("read").expect("row").status
            }
        };
        assert_eq!(status(&app).await.as_str(), "new");

        let complete = [
            ("outcome-0", "improved"),
            ("outcome-1", "not_improved"),
            ("reason-1", "referred_on"),
            ("onward", "brake"),
        ];
        let closed = hub.post(&format!("{base}/close"), &complete).await;
        assert_eq!(closed.location(), format!("{base}#actions"), "{}", closed.text());
        assert_eq!(status(&app).await.as_str(), "closed");
        let page = hub.get(&base).await.text();
        assert!(page.contains("Closed with outcomes") && page.contains("Improved"), "{page}");
        assert_eq!(hub.post(&format!("{base}/close"), &complete).await.status, 422, "closed once");

        // The person may now say how it went, once; someone else may not.
        let account = person.get("/account").await.text();
        let link = format!("/account/requests/{reference}/feedback");
        assert!(account.contains(&link), "{account}");
        let mut other = Browser::new(&app);
        register(&mut other, "kim", PASSWORD).await;
        assert_eq!(other.get(&link).await.status, 404);
        assert_eq!(other.post(&link, &[("easy", "yes"), ("listened", "yes"), ("recommend", "yes")]).await.status, 404);
        assert_eq!(person.get(&link).await.status, 200);
        let missing = person.post(&link, &[("easy", "yes")]).await;
        assert_eq!(missing.status, 422);
        assert!(missing.text().contains("Select an answer"));
        let given = person.post(&link, &[("easy", "yes"), ("listened", "partly"), ("recommend", "yes")]).await;
        assert_eq!(given.location(), "/account");
        assert!(person.get("/account").await.text().contains("Your answers were sent"));
        assert_eq!(rows(&app, "service_feedback").await, 1);
        assert_eq!(person.get(&link).await.status, 404, "once per request");
        assert_eq!(person.post(&link, &[("easy", "no"), ("listened", "no"), ("recommend", "no")]).await.status, 404);
        assert_eq!(rows(&app, "service_feedback").await, 1);
        assert!(!person.get("/account").await.text().contains(&link));
    })
    .await;
}

#[tokio::test]
async fn the_return_counts_an_ended_month_hides_small_figures_and_only_administrators_read_it() {
    on_each_backend(|app| async move {
        let mut references = Vec::new();
        for _ in 0..6 {
            references.push(send_request(&mut Browser::new(&app), &["theft-burglary"], "25-44", "Robin").await);
            app.state.clock.advance(60 * 60 + 1);
        }
        // Five contacted within their promise; the sixth has no promise recorded.
        run_sql(
            &app,
            &[
                "UPDATE referrals SET due_at = NULL",
                "UPDATE referrals SET due_at = created_at + 100, contacted_at = created_at + 50
               WHERE id IN (SELECT id FROM referrals ORDER BY id LIMIT 5)",
            ],
            &[
                "UPDATE referrals SET due_at = NULL",
                "UPDATE referrals SET due_at = created_at + 100, contacted_at = created_at + 50
               WHERE id IN (SELECT id FROM referrals ORDER BY id LIMIT 5)",
            ],
        )
        .await;
        let mut hub = staff(&app, "Hana", "victim-hub", false).await;
        for reference in &references {
            let base = format!("/staff/referrals/{reference}");
            open(&mut hub, reference).await;
            hub.post(&format!("{base}/needs"), &[("needs", "safety"), ("plan", PLAN)]).await;
            let closed = hub.post(&format!("{base}/close"), &[("outcome-0", "improved"), ("onward", "none")]).await;
            assert_eq!(closed.status, 303, "{}", closed.text());
        }

        let mut admin = staff(&app, "Ada", "victim-hub", true).await;
        // November has not ended yet.
        assert_eq!(admin.get("/staff/returns/2026-11").await.status, 404);
        into_december(&app);
        // Fresh sessions: the ones above have run out over the weeks.
        let mut admin = staff(&app, "Ada2", "victim-hub", true).await;
        let mut hub = staff(&app, "Hal", "victim-hub", false).await;

        for path in
            ["/staff/returns", "/staff/returns/2026-11", "/staff/returns/2026-11.csv", "/staff/returns/2026-11.json"]
        {
            assert_eq!(hub.get(path).await.status, 404, "a caseworker cannot read {path}");
        }
        for path in [
            "/staff/returns/2026-12",
            "/staff/returns/2026-Q4",
            "/staff/returns/nonsense",
            "/staff/returns/2026-13.csv",
        ] {
            assert_eq!(admin.get(path).await.status, 404, "{path}");
        }
        assert_eq!(admin.get("/staff/report").await.location(), "/staff/returns");

        let list = admin.get("/staff/returns").await.text();
        assert!(list.contains("href=\"/staff/returns/2026-11\"") && list.contains("November 2026"), "{list}");
        assert!(list.contains("href=\"/staff/returns/2026-Q3\"") && !list.contains("2026-Q4"));

        let json = admin.get("/staff/returns/2026-11.json").await;
        assert_eq!(json.status, 200);
        let body = json.text();
        let value: serde_json::Value = serde_json::from_str(&body).expect("json");
        assert_eq!(value["period"], "2026-11");
        let table = |id: &str| value["tables"].as_array().unwrap().iter().find(|t| t["id"] == id).unwrap().clone();
        let service = table("service");
        assert_eq!(
            service["columns"],
            serde_json::json!([
                "received",
                "contacted_within_promise",
                "no_promise_recorded",
                "supported",
                "closed",
                "closed_improved"
            ])
        );
        let hub_row = service["rows"].as_array().unwrap().iter().find(|r| r["id"] == "victim-hub").unwrap().clone();
        // 6 received, 5 within the promise, 1 without a promise (hidden), none supported, 6 closed and improved.
        assert_eq!(hub_row["counts"], serde_json::json!([6, 5, null, 0, 6, 6]), "{body}");
        assert_eq!(service["total"], serde_json::json!([6, 5, null, 0, 6, 6]));
        // The optional equality answers, counted from their coarse columns: all six said "woman" and skipped
        // the rest; every row of an equality table adds up to the requests received.
        let gender = table("gender");
        let count = |t: &serde_json::Value, row: &str| {
            t["rows"].as_array().unwrap().iter().find(|r| r["id"] == row).unwrap()["counts"][0].clone()
        };
        assert_eq!(count(&gender, "woman"), 6, "{body}");
        assert_eq!(count(&gender, "man"), 0);
        assert_eq!(count(&gender, "not_answered"), 0);
        assert_eq!(count(&table("ethnicity"), "not_answered"), 6);
        assert_eq!(count(&table("disability"), "not_answered"), 6);
        assert_eq!(table("sexuality")["total"][0], 6);
        let outcomes = table("outcomes");
        let safety = outcomes["rows"].as_array().unwrap().iter().find(|r| r["id"] == "safety").unwrap().clone();
        assert_eq!(safety["counts"], serde_json::json!([6, 0, 0, 6]));
        for reference in &references {
            assert!(!body.contains(reference.as_str()), "no reference in the return");
        }
        assert!(!body.contains("Robin") && !body.contains("wombat"));

        let csv = admin.get("/staff/returns/2026-11.csv").await;
        assert!(csv.header("content-type").is_some_and(|t| t.starts_with("text/csv")));
        let csv = csv.text();
        assert!(csv.starts_with("period,table,row,row_label,column,count\n"), "{csv}");
        assert!(
            csv.contains("2026-11,service,\"victim-hub\",\"Victim Care and Advice Service (VCAS)\",received,6\n"),
            "{csv}"
        );
        assert!(csv.contains(
            "2026-11,service,\"victim-hub\",\"Victim Care and Advice Service (VCAS)\",no_promise_recorded,[c]\n"
        ));
        assert!(csv.contains("2026-11,outcomes,\"safety\",\"Safety and security\",improved,6\n"), "{csv}");
        assert!(!csv.contains("Robin") && references.iter().all(|r| !csv.contains(r.as_str())));

        let page = admin.get("/staff/returns/2026-11").await;
        assert_eq!(page.status, 200);
        let page = page.text();
        assert!(
            page.contains("November 2026") && page.contains("[c]") && page.contains("Counts from 1 to 4 are hidden")
        );
        assert!(page.contains("The optional equality questions are counted below") && page.contains("By gender"));
        assert!(references.iter().all(|r| !page.contains(r.as_str())));
    })
    .await;
}
