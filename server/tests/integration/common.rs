//! Test support: a complete application on a fresh database, on SQLite always and on PostgreSQL when
//! `TEST_POSTGRES_URL` is set (each test gets its own PostgreSQL database, dropped afterwards).

#![allow(dead_code)]

use axum::{body::Body, Router};
use http::{header, HeaderMap, Request, Response, StatusCode};
use http_body_util::BodyExt;
use std::future::Future;
use tower::ServiceExt;
use waymark::{build_state_with_clock, clock::Clock, config::Config, http::router, AppState};

pub struct TestApp {
    pub state: AppState,
    pub router: Router,
    pub backend: &'static str,
    _dir: tempfile::TempDir,
}

// A `Drop` impl makes `async move` blocks capture the whole app rather than only the fields they use, which
// would drop the temporary folder (and the SQLite database in it) while the test still runs.
impl Drop for TestApp {
    fn drop(&mut self) {}
}

/// A response with its body read.
pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

impl TestApp {
    pub async fn send(&self, request: Request<Body>) -> Reply {
        let response: Response<Body> = self.router.clone().oneshot(request).await.expect("infallible router");
        let status = response.status();
        let headers = response.headers().clone();
        let body = response.into_body().collect().await.expect("body").to_bytes().to_vec();
        Reply { status, headers, body }
    }

    pub async fn get(&self, path: &str) -> Reply {
        self.send(Request::get(path).header(header::HOST, "waymark.test").body(Body::empty()).expect("request")).await
    }

    /// A same-origin form post, as a browser sends it.
    pub async fn post_form(&self, path: &str, body: &str) -> Reply {
        self.send(
            Request::post(path)
                .header(header::HOST, "waymark.test")
                .header(header::ORIGIN, "http://waymark.test")
                .header("sec-fetch-site", "same-origin")
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from(body.to_string()))
                .expect("request"),
        )
        .await
    }

    /// The site root this app serves static files from.
    pub fn site_root(&self) -> &std::path::Path {
        &self.state.config.site_root
    }
}

/// Runs `test` against a fresh application on every configured backend.
pub async fn on_each_backend<F, Fut>(test: F)
where
    F: Fn(TestApp) -> Fut,
    Fut: Future<Output = ()>,
{
    test(sqlite_app().await).await;
    if let Ok(url) = std::env::var("TEST_POSTGRES_URL") {
        let (app, database) = postgres_app(&url).await;
        test(app).await;
        drop_postgres_database(&url, &database).await;
    }
}

/// [`on_each_backend`] with the configuration changed by `adjust` first.
pub async fn on_each_backend_with<A, F, Fut>(adjust: A, test: F)
where
    A: Fn(&mut Config),
    F: Fn(TestApp) -> Fut,
    Fut: Future<Output = ()>,
{
    test(sqlite_app_with(&adjust).await).await;
    if let Ok(url) = std::env::var("TEST_POSTGRES_URL") {
        let database = create_postgres_database(&url).await;
        let dir = tempfile::tempdir().expect("tempdir");
        let app = app_with(&with_database(&url, &database), dir, "postgres", &adjust).await;
        test(app).await;
        drop_postgres_database(&url, &database).await;
    }
}

pub async fn sqlite_app() -> TestApp {
    sqlite_app_with(|_| {}).await
}

/// A SQLite app whose configuration `adjust` changes first.
pub async fn sqlite_app_with(adjust: impl FnOnce(&mut Config)) -> TestApp {
    let dir = tempfile::tempdir().expect("tempdir");
    let url = format!("sqlite://{}/waymark.db", dir.path().join("data").display());
    app_with(&url, dir, "sqlite", adjust).await
}

pub async fn postgres_app(admin_url: &str) -> (TestApp, String) {
    let database = create_postgres_database(admin_url).await;
    let dir = tempfile::tempdir().expect("tempdir");
    (app_with(&with_database(admin_url, &database), dir, "postgres", |_| {}).await, database)
}

/// The manual clock every test app starts at (a Tuesday in 2026, on a 30-second boundary).
pub const START: i64 = 1_795_000_020;

async fn app_with(
    url: &str,
    dir: tempfile::TempDir,
    backend: &'static str,
    adjust: impl FnOnce(&mut Config),
) -> TestApp {
    let mut config = Config::for_tests(url, dir.path());
    adjust(&mut config);
    std::fs::create_dir_all(&config.site_root).expect("site root");
    let state = build_state_with_clock(config, Clock::manual(START)).await.expect("application starts");
    let router = router(state.clone());
    TestApp { state, router, backend, _dir: dir }
}

/// Creates an empty PostgreSQL database for one test and returns its name.
pub async fn create_postgres_database(admin_url: &str) -> String {
    use sqlx::Connection;
    let name = format!("waymark_test_{}", uuid::Uuid::new_v4().simple());
    let mut conn = sqlx::PgConnection::connect(admin_url).await.expect("TEST_POSTGRES_URL is reachable");
    sqlx::query(&format!("CREATE DATABASE {name}")).execute(&mut conn).await.expect("create test database");
    name
}

pub async fn drop_postgres_database(admin_url: &str, name: &str) {
    use sqlx::Connection;
    if let Ok(mut conn) = sqlx::PgConnection::connect(admin_url).await {
        let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).execute(&mut conn).await;
    }
}

/// The admin URL with its database name replaced.
pub fn with_database(url: &str, database: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (url, None),
    };
    let scheme_end = base.find("://").map(|i| i + 3).unwrap_or(0);
    let path_start = base[scheme_end..].find('/').map(|i| i + scheme_end).unwrap_or(base.len());
    let mut out = format!("{}/{}", &base[..path_start], database);
    if let Some(q) = query {
        out.push('?');
        out.push_str(q);
    }
    out
}

/// A browser: keeps cookies between requests and sends same-origin form posts, as Chromium would.
pub struct Browser<'a> {
    pub app: &'a TestApp,
    pub cookies: std::collections::BTreeMap<String, String>,
    pub user_agent: &'static str,
    /// The client's address as the server sees it: each browser has its own.
    pub address: std::net::SocketAddr,
}

static NEXT_ADDRESS: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(1);

impl<'a> Browser<'a> {
    pub fn new(app: &'a TestApp) -> Browser<'a> {
        Browser {
            app,
            cookies: Default::default(),
            user_agent: "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36",
            address: std::net::SocketAddr::from((
                std::net::Ipv4Addr::from(0x0a00_0000 + NEXT_ADDRESS.fetch_add(1, std::sync::atomic::Ordering::SeqCst)),
                50_000,
            )),
        }
    }

    async fn send(&mut self, mut request: Request<Body>) -> Reply {
        request.extensions_mut().insert(axum::extract::ConnectInfo(self.address));
        let reply = self.app.send(request).await;
        self.remember(&reply);
        reply
    }

    fn cookie_header(&self) -> String {
        self.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ")
    }

    fn remember(&mut self, reply: &Reply) {
        for value in reply.headers.get_all(header::SET_COOKIE) {
            let text = value.to_str().unwrap_or_default();
            let Some((pair, attributes)) = text.split_once(';').or(Some((text, ""))) else { continue };
            let Some((name, value)) = pair.split_once('=') else { continue };
            if attributes.contains("Max-Age=0") || value.is_empty() {
                self.cookies.remove(name.trim());
            } else {
                self.cookies.insert(name.trim().to_string(), value.trim().to_string());
            }
        }
        if reply.header("clear-site-data").is_some_and(|v| v.contains("cookies")) {
            self.cookies.clear();
        }
    }

    pub async fn get(&mut self, path: &str) -> Reply {
        let request = Request::get(path)
            .header(header::HOST, "waymark.test")
            .header(header::COOKIE, self.cookie_header())
            .header(header::USER_AGENT, self.user_agent)
            .body(Body::empty())
            .expect("request");
        self.send(request).await
    }

    pub async fn post(&mut self, path: &str, form: &[(&str, &str)]) -> Reply {
        let request = self.form_request(path, form);
        self.send(request).await
    }

    /// The form post [`Browser::post`] sends, to be sent some other way (many at once, say); nothing it
    /// answers is remembered.
    pub fn form_request(&self, path: &str, form: &[(&str, &str)]) -> Request<Body> {
        let body = serde_urlencoded::to_string(form).expect("form");
        let mut request = Request::post(path)
            .header(header::HOST, "waymark.test")
            .header("sec-fetch-site", "same-origin")
            .header(header::ORIGIN, "null")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::COOKIE, self.cookie_header())
            .header(header::USER_AGENT, self.user_agent)
            .body(Body::from(body))
            .expect("request");
        request.extensions_mut().insert(axum::extract::ConnectInfo(self.address));
        request
    }

    pub fn session_cookie(&self) -> Option<&String> {
        self.cookies.get("__Host-wm_session")
    }
}

impl Reply {
    pub fn location(&self) -> &str {
        self.header("location").unwrap_or_default()
    }

    /// The authenticator key shown on the set-up page, as bytes.
    pub fn totp_secret(&self) -> Vec<u8> {
        let html = self.text();
        let start = html.find("data-testid=\"totp-key\"").expect("a key on the page");
        let rest = &html[start..];
        let key = &rest[rest.find('>').expect("tag end") + 1..rest.find("</code>").expect("code end")];
        base32_decode(&key.replace(' ', ""))
    }

    /// The recovery codes shown once.
    pub fn recovery_codes(&self) -> Vec<String> {
        let html = self.text();
        let start = html.find("data-testid=\"recovery-codes\"").expect("codes on the page");
        let end = html[start..].find("</ol>").expect("list end") + start;
        html[start..end]
            .split("<code>")
            .skip(1)
            .filter_map(|part| part.split("</code>").next())
            .map(str::to_string)
            .collect()
    }
}

/// RFC 4648 base32 without padding.
pub fn base32_decode(text: &str) -> Vec<u8> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let mut bits = 0u64;
    let mut count = 0;
    let mut out = Vec::new();
    for c in text.trim_end_matches('=').bytes() {
        let value = ALPHABET.iter().position(|a| *a == c.to_ascii_uppercase()).expect("base32") as u64;
        bits = (bits << 5) | value;
        count += 5;
        if count >= 8 {
            count -= 8;
            out.push((bits >> count) as u8);
            bits &= (1 << count) - 1;
        }
    }
    out
}

/// The authenticator code for `secret` at the app's current (manual) time.
pub fn code_now(app: &TestApp, secret: &[u8]) -> String {
    waymark::auth::totp::code_at(secret, app.state.clock.now() as u64)
}

pub const PASSWORD: &str = "orange tugboat whistles loudly";

/// An account made through the registration pages.
pub struct Registered {
    pub name: String,
    pub password: String,
    pub secret: Vec<u8>,
    pub codes: Vec<String>,
}

/// Registers through every page, as a person would, and leaves the browser signed in on the account page.
pub async fn register(browser: &mut Browser<'_>, name: &str, password: &str) -> Registered {
    register_as(browser, "self", name, password).await
}

/// [`register`], for an account for `audience` (`self` or `supporter`).
pub async fn register_as(browser: &mut Browser<'_>, audience: &str, name: &str, password: &str) -> Registered {
    assert_eq!(browser.post("/register/who", &[("audience", audience)]).await.location(), "/register/age");
    assert_eq!(browser.post("/register/age", &[("adult", "yes")]).await.location(), "/register/details");
    let details = browser.post("/register/details", &[("name", name), ("email", ""), ("password", password)]).await;
    assert_eq!(details.location(), "/register/authenticator", "{}", details.text());
    let setup = browser.get("/register/authenticator").await;
    assert_eq!(setup.status, 200);
    let secret = setup.totp_secret();
    let code = code_now(browser.app, &secret);
    let enrolled = browser.post("/register/authenticator", &[("code", &code)]).await;
    assert_eq!(enrolled.location(), "/register/recovery-codes", "{}", enrolled.text());
    let codes = browser.get("/register/recovery-codes").await.recovery_codes();
    assert_eq!(codes.len(), 10);
    assert_eq!(browser.post("/register/recovery-codes", &[]).await.location(), "/account");
    Registered { name: name.to_string(), password: password.to_string(), secret, codes }
}

/// Signs in with password and authenticator code, moving the clock on a step so the code is fresh.
pub async fn sign_in(browser: &mut Browser<'_>, account: &Registered) -> Reply {
    browser.app.state.clock.advance(30);
    let first = browser.post("/sign-in", &[("name", &account.name), ("password", &account.password)]).await;
    assert_eq!(first.location(), "/sign-in/code", "{}", first.text());
    let code = code_now(browser.app, &account.secret);
    browser.post("/sign-in/code", &[("code", &code)]).await
}

/// Runs administrative SQL (one statement per string) on the app's database: the first list on SQLite, the
/// second on PostgreSQL. Tests use it to inject failures with triggers.
pub async fn run_sql(app: &TestApp, sqlite: &[&str], postgres: &[&str]) {
    use waymark::db::Db;
    match &app.state.db {
        Db::Sqlite(pool) => {
            for sql in sqlite {
                sqlx::query(sql).execute(pool).await.expect("SQL runs");
            }
        }
        Db::Postgres(pool) => {
            for sql in postgres {
                sqlx::query(sql).execute(pool).await.expect("SQL runs");
            }
        }
    }
}
