//! The Open Referral UK API: schema-valid JSON (against the schemas shipped in tests/fixtures/oruk), pagination,
//! open CORS, no cookies, nothing personal; and routing by area, end to end through the request journey.

use crate::common::{on_each_backend, sqlite_app, Browser};
use crate::referrals::send_request;
use serde_json::Value;

fn schema(name: &str) -> jsonschema::Validator {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/oruk").join(name);
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(path).expect("schema")).expect("json");
    jsonschema::validator_for(&schema).expect("a valid schema")
}

fn assert_valid(validator: &jsonschema::Validator, value: &Value) {
    let errors: Vec<String> = validator.iter_errors(value).map(|e| format!("{e} at {}", e.instance_path())).collect();
    assert!(errors.is_empty(), "{errors:?} in {value}");
}

#[tokio::test]
async fn the_oruk_api_serves_schema_valid_pages_and_services_openly_without_cookies() {
    let app = sqlite_app().await;
    let list = schema("service_list_page.schema.json");
    let one = schema("service.schema.json");
    let first = app.get("/api/oruk/services?per_page=5").await;
    assert_eq!(first.status, 200);
    assert_eq!(first.header("access-control-allow-origin"), Some("*"));
    assert!(first.header("set-cookie").is_none(), "no cookies on the API");
    assert!(first.header("content-type").is_some_and(|t| t.starts_with("application/json")));
    let page: Value = serde_json::from_slice(&first.body).expect("json");
    assert_valid(&list, &page);
    assert_eq!(page["page_number"], 1);
    assert_eq!(page["size"], 5);
    let total_pages = page["total_pages"].as_u64().expect("pages");
    let mut names = Vec::new();
    for n in 1..=total_pages {
        let reply = app.get(&format!("/api/oruk/services?page={n}&per_page=5")).await;
        let page: Value = serde_json::from_slice(&reply.body).expect("json");
        assert_valid(&list, &page);
        for s in page["contents"].as_array().expect("contents") {
            names.push(s["name"].as_str().expect("name").to_string());
            let id = s["id"].as_str().expect("id");
            let full = app.get(&format!("/api/oruk/services/{id}")).await;
            assert_eq!(full.status, 200);
            assert_eq!(full.header("access-control-allow-origin"), Some("*"));
            assert!(full.header("set-cookie").is_none());
            assert_valid(&one, &serde_json::from_slice(&full.body).expect("json"));
        }
    }
    assert_eq!(names.len() as u64, page["total_items"].as_u64().expect("total"));
    assert!(names.iter().any(|n| n == "Foundation") && names.iter().any(|n| n == "Harbour"));
    // Bad input is no error page: unreadable numbers are the defaults, an unknown id is a JSON 404.
    assert_eq!(app.get("/api/oruk/services?page=abc&per_page=-3").await.status, 200);
    let missing = app.get("/api/oruk/services/not-an-id").await;
    assert_eq!(missing.status, 404);
    assert!(missing.header("set-cookie").is_none());
    let info: Value = serde_json::from_slice(&app.get("/api/oruk").await.body).expect("json");
    assert_eq!(info["version"], "3.0");
}

#[tokio::test]
async fn the_api_has_nothing_personal_even_after_requests_are_sent() {
    let app = sqlite_app().await;
    let mut person = Browser::new(&app);
    send_request(&mut person, &["domestic-abuse"], "25-44", "Robin Unique-Name").await;
    let page = app.get("/api/oruk/services?per_page=100").await.text();
    assert!(!page.contains("Robin") && !page.contains("07700"), "{page}");
}

/// Answers every page up to "check your answers" for someone aged `age` living in `area` (a radio's word).
async fn check_page_for(browser: &mut Browser<'_>, crimes: &[&str], age: &str, area: &[(&str, &str)]) -> String {
    browser.post("/request/safe", &[("safe_now", "yes")]).await;
    browser.post("/request/who", &[("for_whom", "me")]).await;
    browser.post("/request/age", &[("age_band", age)]).await;
    let what: Vec<(&str, &str)> = crimes.iter().map(|c| ("crimes", *c)).collect();
    browser.post("/request/what", &what).await;
    browser.post("/request/area", area).await.location().to_string()
}

#[tokio::test]
async fn where_someone_lives_chooses_the_service_and_is_stored_as_a_borough() {
    on_each_backend(|app| async move {
        // Redcar and Cleveland, by the first half of a postcode: Foundation.
        let mut redcar = Browser::new(&app);
        let next =
            check_page_for(&mut redcar, &["domestic-abuse"], "25-44", &[("area", "postcode"), ("postcode", "TS10")])
                .await;
        assert_eq!(next, "/request/when");
        redcar.post("/request/when", &[("when", "month")]).await;
        redcar.post("/request/police", &[("police", "no")]).await;
        redcar.post("/request/needs", &[("needs", "safety")]).await;
        redcar.post("/request/language", &[("language", "English"), ("interpreter", "no")]).await;
        redcar.post("/request/contact", &[("name", "Sam"), ("channels", "phone"), ("phone", "07700 900123")]).await;
        redcar
            .post("/request/safe-contact", &[("phone-safe", "yes"), ("phone-message", "no"), ("phone-say-who", "no")])
            .await;
        redcar.post("/request/about", &[]).await;
        let check = redcar.get("/request/check").await.text();
        assert!(check.contains("Your request will go to Foundation"), "{check}");
        assert!(check.contains("Redcar and Cleveland"), "the area is shown in the answers");
        assert!(!check.contains("TS10"), "the postcode is not kept");
        assert_eq!(redcar.post("/request/check", &[("consent", "yes")]).await.location(), "/request/done");
        let db = app.state.db.clone();
        let stored: Vec<(String, Option<String>)> = waymark::with_db!(&db, conn => {
            sqlx::query_as("SELECT service, area FROM referrals").fetch_all(conn).await
        })
        .expect("rows");
        assert_eq!(stored, vec![("foundation".to_string(), Some("redcar-and-cleveland".to_string()))]);

        // Hartlepool: Harbour (send_request answers Hartlepool).
        let mut hartlepool = Browser::new(&app);
        send_request(&mut hartlepool, &["domestic-abuse"], "25-44", "Robin").await;
        let services: Vec<String> = waymark::with_db!(&db, conn => {
            sqlx::query_scalar("SELECT service FROM referrals ORDER BY id").fetch_all(conn).await
        })
        .expect("rows");
        assert_eq!(services, vec!["foundation".to_string(), "harbour".to_string()]);
    })
    .await;
}

#[tokio::test]
async fn a_sixteen_year_old_reporting_sexual_violence_reaches_a_service_that_takes_them() {
    let app = sqlite_app().await;
    let mut person = Browser::new(&app);
    check_page_for(&mut person, &["sexual-violence"], "16-17", &[("area", "stockton-on-tees")]).await;
    for (path, form) in [
        ("/request/when", vec![("when", "month")]),
        ("/request/police", vec![("police", "no")]),
        ("/request/needs", vec![("needs", "emotional")]),
        ("/request/language", vec![("language", "English"), ("interpreter", "no")]),
        ("/request/contact", vec![("name", "Alex"), ("channels", "phone"), ("phone", "07700 900123")]),
        ("/request/safe-contact", vec![("phone-safe", "yes"), ("phone-message", "no"), ("phone-say-who", "no")]),
        ("/request/about", vec![]),
    ] {
        person.post(path, &form).await;
    }
    let check = person.get("/request/check").await.text();
    assert!(check.contains("Your request will go to Arch"), "{check}");
}

#[tokio::test]
async fn outside_cleveland_or_too_young_for_any_service_here_is_signposted_and_nothing_is_sent() {
    let app = sqlite_app().await;
    let mut outside = Browser::new(&app);
    let next = check_page_for(&mut outside, &["domestic-abuse"], "25-44", &[("area", "outside")]).await;
    assert_eq!(next, "/request/elsewhere");
    let page = outside.get("/request/elsewhere").await;
    assert_eq!(page.status, 200);
    let text = page.text();
    assert!(
        text.contains("Where you can turn for help") && text.contains("National Domestic Abuse Helpline"),
        "{text}"
    );
    assert!(!text.contains("Foundation") && !text.contains(">Harbour<"), "no local service outside Cleveland");
    // The journey cannot go on past it, and sending is refused.
    assert_eq!(outside.get("/request/when").await.location(), "/request/elsewhere");
    assert_eq!(outside.post("/request/check", &[("consent", "yes")]).await.location(), "/request/elsewhere");

    let mut young = Browser::new(&app);
    let next = check_page_for(&mut young, &["domestic-abuse"], "13-15", &[("area", "hartlepool")]).await;
    assert_eq!(next, "/request/elsewhere");
    assert!(young.get("/request/elsewhere").await.text().contains("Childline"));

    // A postcode across two boroughs asks for the borough, keeping what was typed.
    let mut unsure = Browser::new(&app);
    unsure.post("/request/safe", &[("safe_now", "yes")]).await;
    unsure.post("/request/who", &[("for_whom", "me")]).await;
    unsure.post("/request/age", &[("age_band", "25-44")]).await;
    unsure.post("/request/what", &[("crimes", "violence")]).await;
    let refused = unsure.post("/request/area", &[("area", "postcode"), ("postcode", "TS8")]).await;
    assert_eq!(refused.status, 422);
    let text = refused.text();
    assert!(text.contains("covers more than one area") && text.contains("value=\"TS8\""), "{text}");

    let db = app.state.db.clone();
    let count: i64 = waymark::with_db!(&db, conn => {
        sqlx::query_scalar("SELECT COUNT(*) FROM referrals").fetch_one(conn).await
    })
    .expect("count");
    assert_eq!(count, 0);
}
