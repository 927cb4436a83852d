//! Two real `waymark` server processes sharing one PostgreSQL database: an authenticator code accepted by one
//! node is refused when replayed on the other. Runs when `TEST_POSTGRES_URL` is set (CI sets it).

use crate::common;

use std::{
    process::{Child, Command, Stdio},
    time::{Duration, SystemTime, UNIX_EPOCH},
};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

struct Node {
    child: Child,
    port: u16,
}

impl Drop for Node {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").expect("bind").local_addr().expect("addr").port()
}

fn start_node(database_url: &str, dir: &std::path::Path, name: &str) -> Node {
    let port = free_port();
    let data = dir.join(name);
    std::fs::create_dir_all(data.join("site")).expect("dirs");
    let child = Command::new(env!("CARGO_BIN_EXE_waymark"))
        .arg("serve")
        .env("DATABASE_URL", database_url)
        .env("WAYMARK_SECRET_KEY", "c2hhcmVkLWJ5LWJvdGgtbm9kZXMtb2YtdGhpcy10c3Q=")
        .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
        .env("LEPTOS_SITE_ROOT", data.join("site"))
        .env("WAYMARK_DATA_DIR", &data)
        .env("WAYMARK_CONTENT_DIR", concat!(env!("CARGO_MANIFEST_DIR"), "/../content"))
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("start waymark");
    Node { child, port }
}

/// A response: status, `Set-Cookie` headers, `Location`, body.
struct Answer {
    status: u16,
    cookies: Vec<String>,
    location: String,
    body: String,
}

/// A minimal HTTP/1.1 client, so the test talks to the servers exactly as a browser would, over TCP.
async fn request(port: u16, method: &str, path: &str, cookie: &str, form: &[(&str, &str)]) -> Option<Answer> {
    let body = serde_urlencoded::to_string(form).ok()?;
    let mut stream = tokio::net::TcpStream::connect(("127.0.0.1", port)).await.ok()?;
    let text = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\nSec-Fetch-Site: same-origin\r\n\
         Cookie: {cookie}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(text.as_bytes()).await.ok()?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).await.ok()?;
    let raw = String::from_utf8_lossy(&raw).into_owned();
    let (head, rest) = raw.split_once("\r\n\r\n")?;
    let mut lines = head.lines();
    let status = lines.next()?.split_whitespace().nth(1)?.parse().ok()?;
    let mut cookies = Vec::new();
    let mut location = String::new();
    let mut chunked = false;
    for line in lines {
        let (name, value) = line.split_once(':')?;
        match name.to_ascii_lowercase().as_str() {
            "set-cookie" => cookies.push(value.trim().split(';').next()?.to_string()),
            "location" => location = value.trim().to_string(),
            "transfer-encoding" => chunked = value.contains("chunked"),
            _ => {}
        }
    }
    let body = if chunked { dechunk(rest) } else { rest.to_string() };
    Some(Answer { status, cookies, location, body })
}

fn dechunk(mut rest: &str) -> String {
    let mut out = String::new();
    while let Some((size, tail)) = rest.split_once("\r\n") {
        let Ok(n) = usize::from_str_radix(size.trim(), 16) else { break };
        if n == 0 || tail.len() < n {
            break;
        }
        out.push_str(&tail[..n]);
        rest = tail[n..].trim_start_matches("\r\n");
    }
    out
}

fn session_of(answer: &Answer) -> String {
    answer.cookies.iter().find(|c| c.starts_with("__Host-wm_session=")).cloned().unwrap_or_default()
}

fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

#[tokio::test]
async fn a_code_accepted_on_one_node_is_refused_on_the_other() {
    let Ok(admin_url) = std::env::var("TEST_POSTGRES_URL") else {
        eprintln!("TEST_POSTGRES_URL is not set: the two-node test needs PostgreSQL and was not run");
        return;
    };
    let database = common::create_postgres_database(&admin_url).await;
    let url = common::with_database(&admin_url, &database);
    let dir = tempfile::tempdir().expect("tempdir");
    let a = start_node(&url, dir.path(), "a");
    let b = start_node(&url, dir.path(), "b");
    for node in [&a, &b] {
        let mut up = false;
        for _ in 0..200 {
            if request(node.port, "GET", "/healthz", "", &[]).await.is_some_and(|r| r.status == 200) {
                up = true;
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        assert!(up, "node on port {} did not start", node.port);
    }

    // Register on node A.
    let who = request(a.port, "POST", "/register/who", "", &[("audience", "self")]).await.expect("who");
    let cookie = session_of(&who);
    request(a.port, "POST", "/register/age", &cookie, &[("adult", "yes")]).await.expect("age");
    let password = common::PASSWORD;
    let details =
        request(a.port, "POST", "/register/details", &cookie, &[("name", "two nodes"), ("password", password)])
            .await
            .expect("details");
    assert_eq!(details.location, "/register/authenticator");
    let setup = request(a.port, "GET", "/register/authenticator", &cookie, &[]).await.expect("setup");
    let key_start = setup.body.find("data-testid=\"totp-key\"").expect("key shown");
    let key_html = &setup.body[key_start..];
    let key = &key_html[key_html.find('>').expect(">") + 1..key_html.find("</code>").expect("</code>")];
    let secret = common::base32_decode(&key.replace(' ', ""));
    let t = now();
    let enrolled = request(
        a.port,
        "POST",
        "/register/authenticator",
        &cookie,
        &[("code", &waymark::auth::totp::code_at(&secret, t))],
    )
    .await
    .expect("enrol");
    assert_eq!(enrolled.location, "/register/recovery-codes", "{}", enrolled.body);

    // The next step's code signs in on node A...
    let next_code = waymark::auth::totp::code_at(&secret, t + 30);
    let step_one = request(a.port, "POST", "/sign-in", "", &[("name", "two nodes"), ("password", password)])
        .await
        .expect("sign in");
    let pending = session_of(&step_one);
    let on_a = request(a.port, "POST", "/sign-in/code", &pending, &[("code", &next_code)]).await.expect("code on A");
    assert_eq!(on_a.location, "/account", "{}", on_a.body);

    // ...and the same code is refused on node B.
    let step_one = request(b.port, "POST", "/sign-in", "", &[("name", "two nodes"), ("password", password)])
        .await
        .expect("sign in");
    let pending = session_of(&step_one);
    let on_b = request(b.port, "POST", "/sign-in/code", &pending, &[("code", &next_code)]).await.expect("code on B");
    assert_eq!(on_b.status, 422, "{}", on_b.body);
    assert!(on_b.body.contains("This code has already been used"));

    drop(a);
    drop(b);
    common::drop_postgres_database(&admin_url, &database).await;
}
