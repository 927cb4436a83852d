//! The referral API on SQLite and PostgreSQL: a referral from another system reaches the routed service's
//! queue sealed, marked as sent through the API, with its audit entry and its alert; retries with one
//! `Idempotency-Key` make one referral even when they arrive at once; refused bodies are problem documents
//! naming each field; keys are made, shown once, scoped, rate-limited and revoked, and every call is audited.
//! Every request and response here is checked against the OpenAPI document the server serves, and bodies the
//! document refuses are refused by the server too.

use crate::{
    alerts::{copy_dir, declare},
    common::{on_each_backend, on_each_backend_with, sqlite_app, Browser, Reply, TestApp},
    referrals::{open, staff},
    staff::enrolled_as,
};
use app::models::staff::StaffRole;
use axum::body::Body;
use http::{header, Request};
use serde_json::{json, Value};
use tower::ServiceExt;
use waymark::{
    api::{keys, ApiKeys},
    config::Config,
};

const NAME: &str = "Ottoline Brackenbury";
const INBOX: &str = "da-inbox@services.example";

/// The OpenAPI document as the server serves it.
fn document() -> Value {
    serde_json::from_str(waymark::http::api::OPENAPI).expect("the OpenAPI document is JSON")
}

/// A validator for one of the document's schemas (JSON Schema 2020-12, formats checked).
fn schema(name: &str) -> jsonschema::Validator {
    let doc = document();
    let root = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$ref": format!("#/components/schemas/{name}"),
        "components": { "schemas": doc["components"]["schemas"].clone() },
    });
    jsonschema::options().should_validate_formats(true).build(&root).expect("a valid schema")
}

fn problems(validator: &jsonschema::Validator, value: &Value) -> Vec<String> {
    validator.iter_errors(value).map(|e| format!("{e} at {}", e.instance_path())).collect()
}

/// Checks a request body against the document: valid or not, as `expect_valid` says.
fn check_request(body: &Value, expect_valid: bool) {
    let found = problems(&schema("ReferralRequest"), body);
    assert_eq!(found.is_empty(), expect_valid, "the document says {found:?} of {body}");
}

/// Checks a response against what the document lists for its status: the content type and the schema.
fn check_response(reply: &Reply) -> Value {
    let doc = document();
    let status = reply.status.as_u16().to_string();
    let listed = &doc["paths"]["/api/v1/referrals"]["post"]["responses"][&status];
    assert!(listed.is_object(), "status {status} is not in the document");
    let content_type = reply.header("content-type").expect("a content type");
    let content = &listed["content"][content_type];
    assert!(content.is_object(), "{content_type} is not listed for {status}");
    let name = content["schema"]["$ref"].as_str().expect("a schema").rsplit('/').next().expect("name");
    let body: Value = serde_json::from_slice(&reply.body).expect("a JSON body");
    let found = problems(&schema(name), &body);
    assert!(found.is_empty(), "{found:?} in {body}");
    assert!(reply.header("set-cookie").is_none(), "the API never sets a cookie");
    body
}

/// A complete referral for domestic abuse in Hartlepool (which goes to Harbour).
fn referral() -> Value {
    json!({
        "safe_now": "yes",
        "age_band": "25-44",
        "area": "hartlepool",
        "crime_types": ["domestic-abuse"],
        "when": "week",
        "police": "yes",
        "needs": ["safety", "emotional"],
        "person": { "name": NAME, "language": "English", "interpreter": false },
        "contact": {
            "phone": "07700 900456",
            "code_word": "heron",
            "ways": { "phone": { "times": "weekday mornings", "voicemail": false, "say_who": false } }
        },
        "consent": { "given": true, "recorded_at": "2026-11-17T09:30:00Z", "method": "verbal" }
    })
}

/// An organisation that may refer to `services`; returns its id.
pub(crate) async fn organisation(app: &TestApp, name: &str, services: &[&str]) -> i64 {
    let id = waymark::fetch!(
        &app.state.db,
        scalar::<i64>,
        "INSERT INTO organisations (name, kind, created_at) VALUES ($1, 'police', $2) RETURNING id",
        name,
        app.state.clock.now()
    )
    .expect("organisation");
    for service in services {
        waymark::execute!(
            &app.state.db,
            "INSERT INTO organisation_services (organisation_id, service) VALUES ($1, $2)",
            id,
            *service
        )
        .expect("service");
    }
    id
}

/// A key for the organisation, as the command line makes it.
pub(crate) async fn key_for(app: &TestApp, organisation: i64) -> String {
    let keys = ApiKeys::derive(&app.state.secret);
    let made = keys::create(&app.state.db, &keys, organisation, "Victim referrals", None, app.state.clock.now())
        .await
        .expect("database")
        .expect("made");
    made.key
}

fn request(key: Option<&str>, idempotency: Option<&str>, body: &str) -> Request<Body> {
    let mut builder = Request::post("/api/v1/referrals")
        .header(header::HOST, "waymark.test")
        .header(header::CONTENT_TYPE, "application/json");
    if let Some(key) = key {
        builder = builder.header(header::AUTHORIZATION, format!("Bearer {key}"));
    }
    if let Some(idempotency) = idempotency {
        builder = builder.header("idempotency-key", idempotency);
    }
    builder.body(Body::from(body.to_string())).expect("request")
}

async fn post(app: &TestApp, key: Option<&str>, idempotency: Option<&str>, body: &Value) -> Reply {
    app.send(request(key, idempotency, &body.to_string())).await
}

async fn count(app: &TestApp, sql: &str) -> i64 {
    waymark::fetch!(&app.state.db, scalar::<i64>, sql).expect("count")
}

/// The app's content with an inbox for Harbour, so its alerts are queued.
fn with_inbox(config: &mut Config) {
    let content = config.data_dir.parent().expect("the test folder").join("content");
    copy_dir(&config.content_dir, &content);
    declare(&content, "harbour", &format!("alerts_to = \"{INBOX}\"\ncontact_within_working_days = 3"));
    config.content_dir = content;
}

#[tokio::test]
async fn a_referral_from_another_system_reaches_the_queue_sealed_audited_and_alerted() {
    on_each_backend_with(with_inbox, |app| async move {
        let police = organisation(&app, "Cleveland Police", &["harbour", "victim-hub", "arch"]).await;
        let key = key_for(&app, police).await;
        let body = referral();
        check_request(&body, true);
        let reply = post(&app, Some(&key), Some("first-referral"), &body).await;
        assert_eq!(reply.status, 201, "{}: {}", app.backend, reply.text());
        let created = check_response(&reply);
        assert_eq!(created["service"], "harbour");
        assert_eq!(created["status"], "received");
        assert!(!reply.text().contains(NAME), "nothing personal beyond what was sent comes back");
        let reference = created["reference"].as_str().expect("reference").to_string();

        // Stored as sent through the API by this organisation, with its audit entry, alert and call.
        let (source, organisation_id): (String, Option<i64>) = waymark::fetch!(
            &app.state.db,
            one::<(String, Option<i64>)>,
            "SELECT source, organisation_id FROM referrals WHERE reference = $1",
            reference.as_str()
        )
        .expect("referral");
        assert_eq!((source.as_str(), organisation_id), ("api", Some(police)));
        assert_eq!(count(&app, "SELECT COUNT(*) FROM referral_events WHERE action = 'received'").await, 1);
        let alerts = waymark::fetch!(&app.state.db, all::<(String, String)>, "SELECT service, reference FROM outbox")
            .expect("outbox");
        assert_eq!(alerts, vec![("harbour".to_string(), reference.clone())]);
        let calls = waymark::fetch!(
            &app.state.db,
            all::<(Option<i64>, String, i64, Option<String>)>,
            "SELECT api_key_id, outcome, status, reference FROM api_calls"
        )
        .expect("calls");
        assert_eq!(calls.len(), 1);
        assert_eq!(
            (calls[0].1.as_str(), calls[0].2, calls[0].3.as_deref()),
            ("created", 201, Some(reference.as_str()))
        );
        // Sealed: the name is nowhere in the referral's row.
        let sealed: Vec<u8> = waymark::fetch!(
            &app.state.db,
            scalar::<Vec<u8>>,
            "SELECT details_sealed FROM referrals WHERE reference = $1",
            reference.as_str()
        )
        .expect("details");
        assert!(!String::from_utf8_lossy(&sealed).contains(NAME));

        // The service's caseworker finds it in the queue, safe-contact first, with the recorded agreement.
        let mut caseworker = staff(&app, "Dana", "harbour", false).await;
        let queue = caseworker.get("/staff/referrals").await.text();
        assert!(queue.contains(&reference), "{queue}");
        // Marked as sent by the organisation's system, in the queue and on the request.
        let origin = "From Cleveland Police's system, through the API";
        assert!(queue.contains(origin), "{queue}");
        let detail = open(&mut caseworker, &reference).await;
        assert!(detail.contains(NAME), "{detail}");
        assert!(detail.contains(origin), "{detail}");
        let warning = detail.find("Do not leave a voicemail").expect("voicemail instruction");
        assert!(warning < detail.find("07700 900456").expect("phone number"), "safety first");
        assert!(detail.contains("Agreement to this referral recorded") && detail.contains("2026-11-17T09:30:00Z"));
        assert!(detail.contains("Said out loud (verbal)"));
    })
    .await;
}

#[tokio::test]
async fn retries_with_one_idempotency_key_make_one_referral_even_when_they_arrive_at_once() {
    on_each_backend(|app| async move {
        let police = organisation(&app, "Cleveland Police", &["harbour"]).await;
        let key = key_for(&app, police).await;
        let body = referral().to_string();
        let mut sent = tokio::task::JoinSet::new();
        for _ in 0..8 {
            let router = app.router.clone();
            let request = request(Some(&key), Some("retry-me-7f3a"), &body);
            sent.spawn(async move {
                use http_body_util::BodyExt;
                let response = router.oneshot(request).await.expect("infallible router");
                let status = response.status();
                let replayed = response.headers().contains_key("idempotent-replayed");
                let body = response.into_body().collect().await.expect("body").to_bytes();
                (status, replayed, serde_json::from_slice::<Value>(&body).expect("json"))
            });
        }
        let answers = sent.join_all().await;
        assert!(answers.iter().all(|(status, _, _)| *status == 201), "{}: {answers:?}", app.backend);
        let references: std::collections::BTreeSet<_> =
            answers.iter().map(|(_, _, body)| body["reference"].as_str().expect("ref").to_string()).collect();
        assert_eq!(references.len(), 1, "{}: one referral, answered alike: {references:?}", app.backend);
        assert_eq!(answers.iter().filter(|(_, replayed, _)| !replayed).count(), 1, "one made it, the rest replayed");
        assert_eq!(count(&app, "SELECT COUNT(*) FROM referrals").await, 1, "{}", app.backend);

        // A later retry is answered the same, marked as a replay; the same body written differently is the same.
        let mut reordered = serde_json::Map::new();
        for (k, v) in referral().as_object().expect("object").iter().rev() {
            reordered.insert(k.clone(), v.clone());
        }
        let replay = app
            .send(request(Some(&key), Some("retry-me-7f3a"), &serde_json::to_string_pretty(&reordered).expect("json")))
            .await;
        assert_eq!(replay.status, 201);
        assert_eq!(replay.header("idempotent-replayed"), Some("true"));
        assert_eq!(check_response(&replay)["reference"].as_str(), references.first().map(String::as_str));

        // The same key with another body is refused, and makes nothing.
        let mut other = referral();
        other["person"]["name"] = json!("Someone Else");
        let reused = post(&app, Some(&key), Some("retry-me-7f3a"), &other).await;
        assert_eq!(reused.status, 422);
        assert_eq!(check_response(&reused)["type"], "/api/v1/problems/idempotency-key-reused");
        // Another key, or no key, is another referral; an idempotency key belongs to one API key.
        assert_eq!(post(&app, Some(&key), Some("another"), &other).await.status, 201);
        assert_eq!(post(&app, Some(&key), None, &other).await.status, 201);
        let second = key_for(&app, police).await;
        assert_eq!(post(&app, Some(&second), Some("retry-me-7f3a"), &referral()).await.status, 201);
        assert_eq!(count(&app, "SELECT COUNT(*) FROM referrals").await, 4, "{}", app.backend);
        let outcomes = waymark::fetch!(&app.state.db, scalars::<String>, "SELECT outcome FROM api_calls ORDER BY id")
            .expect("calls");
        assert_eq!(outcomes.iter().filter(|o| *o == "replayed").count(), 8, "{outcomes:?}");
        assert_eq!(outcomes.iter().filter(|o| *o == "created").count(), 4, "{outcomes:?}");
    })
    .await;
}

/// A body changed by `change`, and the pointers the server must name.
fn broken(change: impl Fn(&mut Value), pointers: &[&str]) -> (Value, Vec<String>) {
    let mut body = referral();
    change(&mut body);
    (body, pointers.iter().map(|p| p.to_string()).collect())
}

fn remove(body: &mut Value, key: &str) {
    body.as_object_mut().expect("object").remove(key);
}

#[tokio::test]
async fn malformed_bodies_are_refused_by_the_document_and_the_server_alike_naming_each_field() {
    let app = sqlite_app().await;
    let police = organisation(&app, "Cleveland Police", &["harbour", "victim-hub", "foundation"]).await;
    let key = key_for(&app, police).await;
    let cases = [
        broken(|b| remove(b, "consent"), &["#/consent"]),
        broken(|b| b["consent"]["given"] = json!(false), &["#/consent/given"]),
        broken(|b| b["consent"]["recorded_at"] = json!("last Tuesday"), &["#/consent/recorded_at"]),
        broken(|b| b["age_band"] = json!("ancient"), &["#/age_band"]),
        broken(|b| b["area"] = json!("postcode"), &["#/area"]),
        broken(|b| b["crime_types"] = json!([]), &["#/crime_types"]),
        broken(|b| b["crime_types"] = json!(["domestic-abuse", "piracy"]), &["#/crime_types/1"]),
        broken(|b| b["needs"] = json!(["safety", "safety"]), &["#/needs/1"]),
        broken(|b| b["person"]["name"] = json!("   "), &["#/person/name"]),
        broken(|b| b["person"]["shoe_size"] = json!(9), &["#/person/shoe_size"]),
        broken(|b| b["contact"]["phone"] = json!("12345"), &["#/contact/phone"]),
        broken(|b| remove(&mut b["contact"], "phone"), &["#/contact/phone"]),
        broken(|b| b["contact"]["ways"] = json!({}), &["#/contact/ways"]),
        broken(|b| b["contact"]["ways"]["pigeon"] = json!({}), &["#/contact/ways/pigeon"]),
        broken(|b| b["contact"]["ways"]["email"] = json!({}), &["#/contact/email"]),
        broken(|b| b["contact"]["ways"]["text"] = json!({ "voicemail": true }), &["#/contact/ways/text/voicemail"]),
        broken(|b| b["contact"]["email"] = json!("not an address"), &["#/contact/email"]),
        broken(|b| b["person"]["name"] = json!("x".repeat(101)), &["#/person/name"]),
        broken(
            |b| {
                remove(b, "safe_now");
                remove(b, "person");
                b["when"] = json!(3);
            },
            &["#/safe_now", "#/person", "#/when"],
        ),
    ];
    for (body, pointers) in cases {
        check_request(&body, false);
        let reply = post(&app, Some(&key), None, &body).await;
        assert_eq!(reply.status, 422, "{body}: {}", reply.text());
        assert_eq!(reply.header("content-type"), Some("application/problem+json"));
        let problem = check_response(&reply);
        assert_eq!(problem["type"], "/api/v1/problems/invalid-body");
        let named: Vec<&str> =
            problem["errors"].as_array().expect("errors").iter().filter_map(|e| e["pointer"].as_str()).collect();
        for pointer in &pointers {
            assert!(named.contains(&pointer.as_str()), "{pointer} not named in {named:?} for {body}");
        }
    }
    assert_eq!(count(&app, "SELECT COUNT(*) FROM referrals").await, 0, "nothing refused was kept");

    // What the document accepts, the server accepts: no consent is needed for other crimes; email only.
    let mut theft = referral();
    remove(&mut theft, "consent");
    theft["crime_types"] = json!(["theft-burglary"]);
    theft["contact"] = json!({ "email": "sam@example.org", "ways": { "email": { "say_who": true } } });
    check_request(&theft, true);
    let reply = post(&app, Some(&key), None, &theft).await;
    assert_eq!(reply.status, 201, "{}", reply.text());
    assert_eq!(check_response(&reply)["service"], "victim-hub");

    // Not JSON, not declared as JSON, a bad Idempotency-Key: problems too, each as the document lists it.
    let not_json = app.send(request(Some(&key), None, "{\"safe_now\": ")).await;
    assert_eq!(
        (not_json.status.as_u16(), check_response(&not_json)["type"].as_str()),
        (400, Some("/api/v1/problems/invalid-json"))
    );
    let mut form = request(Some(&key), None, "safe_now=yes");
    form.headers_mut().insert(header::CONTENT_TYPE, "application/x-www-form-urlencoded".parse().expect("header"));
    let form = app.send(form).await;
    assert_eq!(form.status, 415);
    check_response(&form);
    let bad_key = post(&app, Some(&key), Some("has spaces in it"), &referral()).await;
    assert_eq!(bad_key.status, 400);
    check_response(&bad_key);
}

#[tokio::test]
async fn keys_are_required_scoped_and_rate_limited_cookies_count_for_nothing_and_every_call_is_audited() {
    on_each_backend(|app| async move {
        let hub_only = organisation(&app, "Housing Partnership", &["victim-hub"]).await;
        let key = key_for(&app, hub_only).await;
        // No key, a made-up key, or a signed-in member of staff's session cookie: 401, nothing made.
        let none = post(&app, None, None, &referral()).await;
        assert_eq!(none.status, 401);
        assert_eq!(none.header("www-authenticate"), Some("Bearer"));
        check_response(&none);
        let made_up = format!("wmk_{}", "A".repeat(43));
        assert_eq!(post(&app, Some(&made_up), None, &referral()).await.status, 401);
        let caseworker = staff(&app, "Dana", "harbour", false).await;
        let mut with_cookie = request(None, None, &referral().to_string());
        let cookie = format!("__Host-wm_session={}", caseworker.session_cookie().expect("signed in"));
        with_cookie.headers_mut().insert(header::COOKIE, cookie.parse().expect("header"));
        with_cookie.headers_mut().insert("sec-fetch-site", "same-origin".parse().expect("header"));
        assert_eq!(app.send(with_cookie).await.status, 401, "{}: cookies are not keys", app.backend);

        // Domestic abuse goes to Harbour, which this organisation may not refer to: refused, nothing made.
        let out_of_scope = post(&app, Some(&key), None, &referral()).await;
        assert_eq!(out_of_scope.status, 422);
        assert_eq!(check_response(&out_of_scope)["type"], "/api/v1/problems/not-in-scope");
        // Someone living outside the area: no service here can take it.
        let mut outside = referral();
        outside["area"] = json!("outside");
        let nobody = post(&app, Some(&key), None, &outside).await;
        assert_eq!(
            (nobody.status.as_u16(), check_response(&nobody)["type"].as_str()),
            (422, Some("/api/v1/problems/no-service"))
        );
        assert_eq!(count(&app, "SELECT COUNT(*) FROM referrals").await, 0);

        // Sixty calls a minute per key, counted as they arrive; the next waits.
        let mut theft = referral();
        theft["crime_types"] = json!(["theft-burglary"]);
        let used = count(&app, "SELECT COUNT(*) FROM api_calls WHERE api_key_id IS NOT NULL").await;
        for _ in used..waymark::api::CALLS_PER_WINDOW {
            assert_ne!(post(&app, Some(&key), None, &json!({})).await.status, 429);
        }
        let limited = post(&app, Some(&key), None, &theft).await;
        assert_eq!(limited.status, 429, "{}", app.backend);
        assert_eq!(limited.header("retry-after"), Some("60"));
        check_response(&limited);
        app.state.clock.advance(61);
        let fresh = post(&app, Some(&key), None, &theft).await;
        assert_eq!(fresh.status, 201, "{}", fresh.text());

        // Revoked: the key stops at once.
        let id: i64 = waymark::fetch!(&app.state.db, scalar::<i64>, "SELECT MAX(id) FROM api_keys").expect("id");
        assert!(keys::revoke(&app.state.db, id, None, app.state.clock.now()).await.expect("revoke"));
        assert_eq!(post(&app, Some(&key), None, &theft).await.status, 401);

        // Every call is in the audit, with nothing personal: no name, no body, no key.
        let calls = waymark::fetch!(
            &app.state.db,
            all::<(Option<i64>, i64, String, i64, Option<String>)>,
            "SELECT api_key_id, at, outcome, status, reference FROM api_calls ORDER BY id"
        )
        .expect("calls");
        // Three without a key, then this key's first minute (its limit), the refused one, the fresh one, and
        // one with the key after it was revoked.
        assert_eq!(calls.len() as i64, 3 + waymark::api::CALLS_PER_WINDOW + 3, "{}", app.backend);
        assert_eq!(calls.iter().filter(|c| c.0.is_none()).count(), 4, "unrecognised keys are audited too");
        assert_eq!(calls.iter().filter(|c| c.2 == "rate_limited").count(), 1);
        let audit = format!("{calls:?}");
        assert!(!audit.contains("Brackenbury") && !audit.contains("wmk_"), "{audit}");

        // After 90 days housekeeping forgets the calls, except each key's latest (its "last used").
        let last = calls.iter().filter(|c| c.0.is_some()).map(|c| c.1).max();
        let first = calls.iter().map(|c| c.1).min().expect("calls");
        app.state.clock.advance(first + waymark::api::KEEP_CALLS_SECONDS - app.state.clock.now());
        waymark::maintenance::run_once(&app.state).await.expect("housekeeping");
        assert_eq!(count(&app, "SELECT COUNT(*) FROM api_calls").await, calls.len() as i64, "none is 90 days old yet");
        app.state.clock.advance(last.expect("a call with the key") - first + 1);
        waymark::maintenance::run_once(&app.state).await.expect("housekeeping");
        let kept = waymark::fetch!(&app.state.db, all::<(Option<i64>, i64)>, "SELECT api_key_id, at FROM api_calls")
            .expect("calls");
        assert_eq!(kept, vec![(Some(id), last.expect("a call with the key"))], "{}", app.backend);
    })
    .await;
}

#[tokio::test]
async fn cross_site_browser_posts_are_refused_on_the_api_and_on_pages() {
    let app = sqlite_app().await;
    let police = organisation(&app, "Cleveland Police", &["harbour"]).await;
    let key = key_for(&app, police).await;
    let mut from_elsewhere = request(Some(&key), None, &referral().to_string());
    from_elsewhere.headers_mut().insert("sec-fetch-site", "cross-site".parse().expect("header"));
    let refused = app.send(from_elsewhere).await;
    assert_eq!(refused.status, 403);
    assert_eq!(check_response(&refused)["type"], "/api/v1/problems/cross-site");
    // Another system (no browser headers) is let through; a page's form from another site still is not.
    assert_eq!(post(&app, Some(&key), None, &referral()).await.status, 201);
    let mut page = Browser::new(&app).form_request("/request/status", &[("reference", "K7QM-2XPD")]);
    page.headers_mut().insert("sec-fetch-site", "cross-site".parse().expect("header"));
    let page = app.send(page).await;
    assert_eq!(page.status, 403);
    assert!(page.header("content-type").is_some_and(|t| t.starts_with("text/html")));
}

#[tokio::test]
async fn the_commissioner_makes_a_key_shown_once_and_revokes_it_and_nobody_else_can() {
    on_each_backend(|app| async move {
        let police = organisation(&app, "Cleveland Police", &["harbour"]).await;
        let (mut commissioner, _) = enrolled_as(&app, "Cora", None, StaffRole::Commissioner).await;
        assert!(commissioner.get("/account").await.text().contains("/staff/api-keys"));
        let page = commissioner.get("/staff/api-keys").await;
        assert_eq!(page.status, 200);
        assert!(page.text().contains("Cleveland Police"));
        let refused =
            commissioner.post("/staff/api-keys", &[("organisation", &police.to_string()), ("label", " ")]).await;
        assert_eq!(refused.status, 422);
        assert!(refused.text().contains("Say what the key is for"));
        let made = commissioner
            .post("/staff/api-keys", &[("organisation", &police.to_string()), ("label", "Victim referral system")])
            .await;
        assert_eq!(made.status, 200, "{}", made.text());
        let html = made.text();
        let start = html.find("wmk_").expect("the key is shown");
        let key: String =
            html[start..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-').collect();
        assert_eq!(key.len(), 4 + 43, "{key}");
        // Shown once: the list has only its first characters, and the database only a hash.
        let list = commissioner.get("/staff/api-keys").await.text();
        assert!(list.contains(&key[..12]) && !list.contains(&key), "{}", app.backend);
        let stored = waymark::fetch!(&app.state.db, all::<(String, Vec<u8>)>, "SELECT prefix, key_hash FROM api_keys")
            .expect("keys");
        assert_eq!(stored.len(), 1);
        assert!(!String::from_utf8_lossy(&stored[0].1).contains(&key[4..]) && stored[0].0 == key[..12]);
        assert_eq!(post(&app, Some(&key), Some("k1"), &referral()).await.status, 201);
        let list = commissioner.get("/staff/api-keys").await.text();
        assert!(list.contains("created"), "the call is listed");

        // A caseworker and a member of the public see no such page and change nothing.
        let mut caseworker = staff(&app, "Dana", "harbour", false).await;
        let id: i64 = waymark::fetch!(&app.state.db, scalar::<i64>, "SELECT id FROM api_keys").expect("id");
        assert_eq!(caseworker.get("/staff/api-keys").await.status, 404);
        assert_eq!(caseworker.post(&format!("/staff/api-keys/{id}/revoke"), &[]).await.status, 404);
        let forged =
            caseworker.post("/staff/api-keys", &[("organisation", &police.to_string()), ("label", "mine")]).await;
        assert_eq!(forged.status, 404);
        assert_eq!(Browser::new(&app).get("/staff/api-keys").await.status, 303);
        assert_eq!(count(&app, "SELECT COUNT(*) FROM api_keys WHERE revoked_at IS NULL").await, 1);

        let revoked = commissioner.post(&format!("/staff/api-keys/{id}/revoke"), &[]).await;
        assert_eq!(revoked.location(), "/staff/api-keys");
        assert!(commissioner.get("/staff/api-keys").await.text().contains("Revoked on"));
        assert_eq!(post(&app, Some(&key), Some("k2"), &referral()).await.status, 401);
        assert_eq!(commissioner.post(&format!("/staff/api-keys/{id}/revoke"), &[]).await.status, 404, "once");
    })
    .await;
}

#[tokio::test]
async fn the_openapi_document_is_served_and_lists_what_the_server_knows() {
    let app = sqlite_app().await;
    let reply = app.get("/api/v1/openapi.json").await;
    assert_eq!(reply.status, 200);
    assert!(reply.header("content-type").is_some_and(|t| t.starts_with("application/json")));
    let doc: Value = serde_json::from_slice(&reply.body).expect("json");
    assert_eq!(doc["openapi"], "3.1.0");
    let schemas = &doc["components"]["schemas"];
    let listed = |v: &Value| -> Vec<String> {
        v.as_array().expect("enum").iter().map(|w| w.as_str().expect("word").to_string()).collect()
    };
    let ids = |list: Vec<(&'static str, app::i18n::Text)>| -> Vec<String> {
        list.iter().map(|(id, _)| id.to_string()).collect()
    };
    let words = |all: Vec<&'static str>| -> Vec<String> { all.into_iter().map(str::to_string).collect() };
    use app::models::request::{Access, AgeBand, Area, Police, SafeNow, When};
    let request = &schemas["ReferralRequest"]["properties"];
    assert_eq!(listed(&request["crime_types"]["items"]["enum"]), ids(app::models::vocabulary::crime_types()));
    assert_eq!(listed(&request["needs"]["items"]["enum"]), ids(app::models::vocabulary::needs()));
    assert_eq!(listed(&request["age_band"]["enum"]), words(AgeBand::ALL.iter().map(|a| a.as_str()).collect()));
    assert_eq!(listed(&request["safe_now"]["enum"]), words(SafeNow::ALL.iter().map(|a| a.as_str()).collect()));
    assert_eq!(listed(&request["when"]["enum"]), words(When::ALL.iter().map(|a| a.as_str()).collect()));
    assert_eq!(listed(&request["police"]["enum"]), words(Police::ALL.iter().map(|a| a.as_str()).collect()));
    let areas: Vec<&str> = Area::ALL.iter().filter(|a| **a != Area::Postcode).map(|a| a.as_str()).collect();
    assert_eq!(listed(&request["area"]["enum"]), words(areas));
    assert_eq!(
        listed(&schemas["Person"]["properties"]["access"]["items"]["enum"]),
        words(Access::ALL.iter().map(|a| a.as_str()).collect())
    );
    let needs_consent = listed(&schemas["ReferralRequest"]["if"]["properties"]["crime_types"]["contains"]["enum"]);
    assert_eq!(needs_consent, words(waymark::api::body::NEEDS_AGREEMENT.to_vec()));
}
