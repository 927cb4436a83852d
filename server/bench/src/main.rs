//! `make bench`'s load tool (scripts/bench.sh runs it against the release server, as an outside client); it
//! prints figures and asserts nothing about time.
//!
//! `bench auth <base> [guide path]`, against a server started with `WAYMARK_TRUSTED_PROXIES=127.0.0.1` (so that
//! each simulated client can come from its own address in `X-Forwarded-For`), measures
//! 1. how long a wrong sign-in takes for a name that has an account and for one that has none (the same count,
//!    alternately, each from a fresh address, so no delay applies to either), and
//! 2. while 16 connections flood registration and 16 flood wrong sign-ins, each request from a new address
//!    with a new name, how long an owner takes to sign in with password and authenticator code, and how fast
//!    a guide page answers meanwhile.
//!
//! `bench rate <url> <requests per second> <seconds> <connections>` sends requests at a fixed rate (brotli
//! accepted) and prints the rate achieved and the p50 and p99 latency in milliseconds, each measured from when
//! the request was due, so a slow answer that delays the next request is counted against the server.

use std::{
    sync::{
        atomic::{AtomicBool, AtomicU32, AtomicU64, Ordering},
        Arc,
    },
    time::{Duration, Instant, SystemTime, UNIX_EPOCH},
};
use tokio::{
    io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader},
    net::TcpStream,
};

/// The authenticator code for `secret` at `now` (RFC 6238: SHA-1, 6 digits, 30-second steps, as Waymark uses).
fn code_at(secret: &[u8], now: u64) -> String {
    totp_rs::Builder::new()
        .with_algorithm(totp_rs::Algorithm::SHA1)
        .with_digits(6)
        .with_step_duration(30)
        .with_secret(totp_rs::Secret::from(secret.to_vec()))
        .with_issuer(Some("Waymark"))
        .with_account_name("bench".to_string())
        .build()
        .map(|t| t.generate(now).to_string())
        .unwrap_or_default()
}

const PASSWORD: &str = "orange tugboat whistles loudly";
const FLOOD_CONNECTIONS: usize = 16;
const TIMING_SAMPLES: usize = 50;

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let arg = |i: usize| args.get(i).cloned().unwrap_or_default();
    let host_of = |url: &str| url.trim_start_matches("http://").split('/').next().unwrap_or_default().to_string();
    match arg(0).as_str() {
        "auth" => {
            let host = host_of(&arg(1));
            let guide = match args.get(2) {
                Some(path) => path.clone(),
                None => first_guide(&host).await,
            };
            timing_of_names(&host).await;
            owner_under_flood(&host, &guide).await;
        }
        "rate" => {
            let url = arg(1);
            let path = format!("/{}", url.trim_start_matches("http://").split_once('/').map(|(_, p)| p).unwrap_or(""));
            let (rate, seconds, connections) = (
                arg(2).parse::<f64>().unwrap_or(100.0),
                arg(3).parse::<f64>().unwrap_or(10.0),
                arg(4).parse::<usize>().unwrap_or(32),
            );
            fixed_rate(&host_of(&url), &path, rate, seconds, connections).await;
        }
        _ => eprintln!("usage: bench auth <base url> [guide path] | bench rate <url> <rps> <seconds> <connections>"),
    }
}

/// Requests at `rate` per second for `seconds`, spread over `connections`; prints achieved rate, p50, p99.
async fn fixed_rate(host: &str, path: &str, rate: f64, seconds: f64, connections: usize) {
    let total = (rate * seconds) as usize;
    let start = Instant::now() + Duration::from_millis(100);
    let mut tasks = Vec::new();
    for c in 0..connections {
        let (host, path) = (host.to_string(), path.to_string());
        tasks.push(tokio::spawn(async move {
            let mut conn = Conn::new(&host);
            let mut times = Vec::new();
            let mut i = c;
            while i < total {
                let due = start + Duration::from_secs_f64(i as f64 / rate);
                tokio::time::sleep_until(due.into()).await;
                if conn.send("GET", &path, &[("Accept-Encoding", "br, gzip")], &[]).await.is_ok_and(|r| r.status == 200)
                {
                    times.push(due.elapsed().as_secs_f64() * 1000.0);
                }
                i += connections;
            }
            times
        }));
    }
    let mut times = Vec::new();
    for task in tasks {
        times.extend(task.await.unwrap_or_default());
    }
    let elapsed = start.elapsed().as_secs_f64();
    let (_, p50, _, _) = spread(&mut times);
    let p99 = percentile(&times, 0.99);
    println!("{:.0} {p50:.2} {p99:.2}", times.len() as f64 / elapsed);
}

// ---- The figures -----------------------------------------------------------------------------------------

/// Wrong sign-ins for names with and without an account, alternately, each from its own address.
async fn timing_of_names(host: &str) {
    // Three wrong attempts per name are judged without delay, so the known names are spread over accounts.
    let accounts = TIMING_SAMPLES.div_ceil(3);
    let mut known = Vec::new();
    for i in 0..accounts {
        let name = format!("bench known {i} {}", unique());
        register(host, &name).await;
        known.push(name);
    }
    let mut with_account = Vec::new();
    let mut without_account = Vec::new();
    let mut statuses = (Vec::new(), Vec::new());
    for i in 0..TIMING_SAMPLES {
        let name = &known[i / 3];
        let (status, took) = wrong_sign_in(host, name).await;
        with_account.push(took);
        statuses.0.push(status);
        let (status, took) = wrong_sign_in(host, &format!("bench unknown {i} {}", unique())).await;
        without_account.push(took);
        statuses.1.push(status);
    }
    println!("  Wrong sign-ins ({TIMING_SAMPLES} each, alternating, each from its own address):");
    println!("  {:<28} {:>8} {:>8} {:>8} {:>8} {:>10}", "name", "min ms", "median", "p90", "max", "statuses");
    for (label, times, codes) in
        [("has an account", &mut with_account, &statuses.0), ("has no account", &mut without_account, &statuses.1)]
    {
        let (min, median, p90, max) = spread(times);
        let mut codes = codes.clone();
        codes.sort();
        codes.dedup();
        let codes = codes.iter().map(u16::to_string).collect::<Vec<_>>().join(",");
        println!("  {label:<28} {min:>8.1} {median:>8.1} {p90:>8.1} {max:>8.1} {codes:>10}");
    }
    let (_, a, _, _) = spread(&mut with_account);
    let (_, b, _, _) = spread(&mut without_account);
    println!("  difference of medians: {:.1} ms", a - b);
}

/// The owner's sign-in (password, then authenticator code) and a guide page's latency, under a flood of
/// registrations and wrong sign-ins.
async fn owner_under_flood(host: &str, guide: &str) {
    let owner_name = format!("bench owner {}", unique());
    let secret = register(host, &owner_name).await;
    // The code used at registration cannot be used again: wait for the next 30-second step.
    let enrolled_step = now() / 30;
    while now() / 30 == enrolled_step {
        tokio::time::sleep(Duration::from_millis(200)).await;
    }

    let stop = Arc::new(AtomicBool::new(false));
    let counts = Arc::new(FloodCounts::default());
    let mut flood = Vec::new();
    for _ in 0..FLOOD_CONNECTIONS {
        flood.push(tokio::spawn(flood_registration(host.to_string(), stop.clone(), counts.clone())));
        flood.push(tokio::spawn(flood_sign_in(host.to_string(), stop.clone(), counts.clone())));
    }
    // Guide pages read meanwhile, by two readers, timed one by one.
    let mut readers = Vec::new();
    for _ in 0..2 {
        readers.push(tokio::spawn(read_guide(host.to_string(), guide.to_string(), stop.clone())));
    }
    tokio::time::sleep(Duration::from_secs(3)).await;

    let started = Instant::now();
    let signed_in = sign_in(host, &owner_name, &secret).await;
    let took = started.elapsed();

    tokio::time::sleep(Duration::from_secs(2)).await;
    stop.store(true, Ordering::Relaxed);
    for task in flood {
        let _ = task.await;
    }
    let mut latencies = Vec::new();
    for task in readers {
        latencies.extend(task.await.unwrap_or_default());
    }
    println!(
        "  Flood: {FLOOD_CONNECTIONS} connections registering ({} requests, {} registrations refused by the limits) \
         and {FLOOD_CONNECTIONS} signing in wrongly ({} attempts, {} refused as busy)",
        counts.registrations.load(Ordering::Relaxed),
        counts.registrations_refused.load(Ordering::Relaxed),
        counts.sign_ins.load(Ordering::Relaxed),
        counts.sign_ins_busy.load(Ordering::Relaxed),
    );
    println!(
        "  owner's sign-in (password + code) under the flood: {} in {:.2} s (goal: within 3 s)",
        if signed_in { "signed in" } else { "FAILED" },
        took.as_secs_f64()
    );
    let (_, p50, _, _) = spread(&mut latencies);
    let p99 = percentile(&latencies, 0.99);
    println!("  guide page under the flood: {} requests, p50 {p50:.1} ms, p99 {p99:.1} ms", latencies.len());
}

#[derive(Default)]
struct FloodCounts {
    registrations: AtomicU64,
    registrations_refused: AtomicU64,
    sign_ins: AtomicU64,
    sign_ins_busy: AtomicU64,
}

async fn flood_registration(host: String, stop: Arc<AtomicBool>, counts: Arc<FloodCounts>) {
    let mut conn = Conn::new(&host);
    while !stop.load(Ordering::Relaxed) {
        let mut client = Client::new(&mut conn, next_address());
        let name = format!("flood {}", unique());
        let _ = client.post("/register/who", &[("audience", "self")]).await;
        let _ = client.post("/register/age", &[("adult", "yes")]).await;
        let Ok(reply) =
            client.post("/register/details", &[("name", &name), ("email", ""), ("password", PASSWORD)]).await
        else {
            continue;
        };
        counts.registrations.fetch_add(1, Ordering::Relaxed);
        if reply.status == 429 {
            counts.registrations_refused.fetch_add(1, Ordering::Relaxed);
        }
    }
}

async fn flood_sign_in(host: String, stop: Arc<AtomicBool>, counts: Arc<FloodCounts>) {
    let mut conn = Conn::new(&host);
    while !stop.load(Ordering::Relaxed) {
        let mut client = Client::new(&mut conn, next_address());
        let name = format!("flood {}", unique());
        let Ok(reply) = client.post("/sign-in", &[("name", &name), ("password", "not the password at all")]).await
        else {
            continue;
        };
        counts.sign_ins.fetch_add(1, Ordering::Relaxed);
        if reply.status == 503 {
            counts.sign_ins_busy.fetch_add(1, Ordering::Relaxed);
        }
    }
}

async fn read_guide(host: String, guide: String, stop: Arc<AtomicBool>) -> Vec<f64> {
    let mut conn = Conn::new(&host);
    let mut times = Vec::new();
    while !stop.load(Ordering::Relaxed) {
        let started = Instant::now();
        if conn.send("GET", &guide, &[], &[]).await.is_ok_and(|r| r.status == 200) {
            times.push(started.elapsed().as_secs_f64() * 1000.0);
        }
    }
    times
}

// ---- Accounts --------------------------------------------------------------------------------------------

/// Registers `name` through every page, from a fresh address; returns the authenticator key.
async fn register(host: &str, name: &str) -> Vec<u8> {
    let mut conn = Conn::new(host);
    let mut client = Client::new(&mut conn, next_address());
    client.post("/register/who", &[("audience", "self")]).await.expect("register: who");
    client.post("/register/age", &[("adult", "yes")]).await.expect("register: age");
    let details = client
        .post("/register/details", &[("name", name), ("email", ""), ("password", PASSWORD)])
        .await
        .expect("details");
    assert_eq!(details.location(), "/register/authenticator", "registration refused: status {}", details.status);
    let page = client.get("/register/authenticator").await.expect("authenticator page").text();
    let start = page.find("data-testid=\"totp-key\"").expect("a key on the page");
    let rest = &page[start..];
    let key = &rest[rest.find('>').expect("tag end") + 1..rest.find("</code>").expect("code end")];
    let secret = base32_decode(&key.replace(' ', ""));
    let code = code_at(&secret, now());
    let enrolled = client.post("/register/authenticator", &[("code", &code)]).await.expect("enrol");
    assert_eq!(enrolled.location(), "/register/recovery-codes", "enrolment refused: status {}", enrolled.status);
    client.post("/register/recovery-codes", &[]).await.expect("recovery codes");
    client.post("/sign-out", &[]).await.expect("sign out");
    secret
}

/// One wrong sign-in from a fresh address: its status and how long the answer took, in milliseconds.
async fn wrong_sign_in(host: &str, name: &str) -> (u16, f64) {
    let mut conn = Conn::new(host);
    let mut client = Client::new(&mut conn, next_address());
    // Connect first, so the figure is the server's answer alone.
    let _ = client.get("/healthz").await;
    let started = Instant::now();
    let reply = client.post("/sign-in", &[("name", name), ("password", "a wrong password entirely")]).await;
    (reply.map(|r| r.status).unwrap_or(0), started.elapsed().as_secs_f64() * 1000.0)
}

/// Signs in with password then code; whether the account page was reached.
async fn sign_in(host: &str, name: &str, secret: &[u8]) -> bool {
    let mut conn = Conn::new(host);
    let mut client = Client::new(&mut conn, next_address());
    let Ok(first) = client.post("/sign-in", &[("name", name), ("password", PASSWORD)]).await else { return false };
    if first.location() != "/sign-in/code" {
        eprintln!("  owner's password answered {} {}", first.status, first.location());
        return false;
    }
    let code = code_at(secret, now());
    let Ok(second) = client.post("/sign-in/code", &[("code", &code)]).await else { return false };
    if second.location() != "/account" {
        eprintln!("  owner's code answered {} {}", second.status, second.location());
    }
    second.location() == "/account"
}

/// The address of the first guide listed on `/guides`.
async fn first_guide(host: &str) -> String {
    let mut conn = Conn::new(host);
    let page = conn.send("GET", "/guides", &[], &[]).await.expect("guides").text();
    let at = page.find("href=\"/guides/").expect("a guide link") + "href=\"".len();
    let end = page[at..].find('"').expect("link end") + at;
    let path = page[at..end].to_string();
    if path.starts_with("/guides/check-in") {
        return "/guides".into();
    }
    path
}

// ---- Figures ---------------------------------------------------------------------------------------------

/// Minimum, median, 90th percentile and maximum.
fn spread(times: &mut [f64]) -> (f64, f64, f64, f64) {
    if times.is_empty() {
        return (0.0, 0.0, 0.0, 0.0);
    }
    times.sort_by(f64::total_cmp);
    (times[0], percentile(times, 0.5), percentile(times, 0.9), times[times.len() - 1])
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let mut sorted = sorted.to_vec();
    sorted.sort_by(f64::total_cmp);
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

fn unique() -> String {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    format!("{}-{}", now(), NEXT.fetch_add(1, Ordering::Relaxed))
}

/// A new client address each time (from 100.64.0.0/10), as many attackers or many people would come from.
fn next_address() -> String {
    static NEXT: AtomicU32 = AtomicU32::new(1);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    std::net::Ipv4Addr::from(0x6440_0000 | (n & 0x003f_ffff)).to_string()
}

fn base32_decode(text: &str) -> Vec<u8> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let (mut bits, mut count, mut out) = (0u64, 0, Vec::new());
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

// ---- A small HTTP/1.1 client -----------------------------------------------------------------------------

struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    fn location(&self) -> &str {
        self.header("location").unwrap_or_default()
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// One kept-alive connection, reopened when the server closes it.
struct Conn {
    host: String,
    stream: Option<BufReader<TcpStream>>,
}

impl Conn {
    fn new(host: &str) -> Conn {
        Conn { host: host.to_string(), stream: None }
    }

    async fn send(
        &mut self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: &[u8],
    ) -> std::io::Result<Reply> {
        let mut request =
            format!("{method} {path} HTTP/1.1\r\nHost: {}\r\nContent-Length: {}\r\n", self.host, body.len());
        for (k, v) in headers {
            request.push_str(&format!("{k}: {v}\r\n"));
        }
        request.push_str("\r\n");
        let mut bytes = request.into_bytes();
        bytes.extend_from_slice(body);
        // A kept-alive connection the server has closed fails on first use: reconnect once.
        for attempt in 0..2 {
            if self.stream.is_none() {
                self.stream = Some(BufReader::new(TcpStream::connect(&self.host).await?));
            }
            match self.exchange(&bytes).await {
                Ok(reply) => return Ok(reply),
                Err(e) if attempt == 1 => return Err(e),
                Err(_) => self.stream = None,
            }
        }
        unreachable!("the loop returns")
    }

    async fn exchange(&mut self, request: &[u8]) -> std::io::Result<Reply> {
        let stream = self.stream.as_mut().expect("connected");
        stream.get_mut().write_all(request).await?;
        let mut line = String::new();
        if stream.read_line(&mut line).await? == 0 {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        let status = line.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
        let mut headers = Vec::new();
        loop {
            line.clear();
            stream.read_line(&mut line).await?;
            let trimmed = line.trim_end();
            if trimmed.is_empty() {
                break;
            }
            if let Some((k, v)) = trimmed.split_once(':') {
                headers.push((k.trim().to_string(), v.trim().to_string()));
            }
        }
        let find = |name: &str| headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.clone());
        let mut body = Vec::new();
        if find("transfer-encoding").is_some_and(|v| v.eq_ignore_ascii_case("chunked")) {
            loop {
                line.clear();
                stream.read_line(&mut line).await?;
                let size = usize::from_str_radix(line.trim(), 16).unwrap_or(0);
                let mut chunk = vec![0; size + 2];
                stream.read_exact(&mut chunk).await?;
                if size == 0 {
                    break;
                }
                body.extend_from_slice(&chunk[..size]);
            }
        } else if let Some(length) = find("content-length").and_then(|v| v.parse::<usize>().ok()) {
            body.resize(length, 0);
            stream.read_exact(&mut body).await?;
        }
        if find("connection").is_some_and(|v| v.eq_ignore_ascii_case("close")) {
            self.stream = None;
        }
        Ok(Reply { status, headers, body })
    }
}

/// A browser-like client: keeps cookies, posts forms as same-origin, comes from one address.
struct Client<'a> {
    conn: &'a mut Conn,
    address: String,
    cookies: Vec<(String, String)>,
}

impl<'a> Client<'a> {
    fn new(conn: &'a mut Conn, address: String) -> Client<'a> {
        Client { conn, address, cookies: Vec::new() }
    }

    async fn get(&mut self, path: &str) -> std::io::Result<Reply> {
        self.send("GET", path, &[]).await
    }

    async fn post(&mut self, path: &str, form: &[(&str, &str)]) -> std::io::Result<Reply> {
        let body = serde_urlencoded::to_string(form).unwrap_or_default();
        self.send("POST", path, body.as_bytes()).await
    }

    async fn send(&mut self, method: &str, path: &str, body: &[u8]) -> std::io::Result<Reply> {
        let cookie = self.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ");
        let mut headers = vec![
            ("X-Forwarded-For", self.address.as_str()),
            ("Sec-Fetch-Site", "same-origin"),
            ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) waymark-bench"),
        ];
        if !cookie.is_empty() {
            headers.push(("Cookie", &cookie));
        }
        if method == "POST" {
            headers.push(("Content-Type", "application/x-www-form-urlencoded"));
        }
        let reply = self.conn.send(method, path, &headers, body).await?;
        for (k, v) in &reply.headers {
            if !k.eq_ignore_ascii_case("set-cookie") {
                continue;
            }
            let pair = v.split(';').next().unwrap_or_default();
            let Some((name, value)) = pair.split_once('=') else { continue };
            self.cookies.retain(|(n, _)| n != name.trim());
            if !value.is_empty() && !v.contains("Max-Age=0") {
                self.cookies.push((name.trim().to_string(), value.trim().to_string()));
            }
        }
        Ok(reply)
    }
}
