//! Settings, read from the command line, environment variables and an optional `.env` file. Every setting is
//! listed in the README; `waymark --help` shows them too.

use crate::client_address::TrustedProxies;
use clap::Args;
use std::{net::SocketAddr, path::PathBuf};

/// Settings shared by every subcommand.
#[derive(Args, Clone, Debug)]
pub struct Config {
    /// Database URL: `sqlite://path/to/file.db` (embedded, the default) or `postgres://…` (for several nodes).
    #[arg(
        long,
        global = true,
        env = "DATABASE_URL",
        default_value = "sqlite://data/waymark.db",
        hide_env_values = true
    )]
    pub database_url: String,

    /// Address and port to listen on.
    #[arg(long, global = true, env = "LEPTOS_SITE_ADDR", default_value = "127.0.0.1:3000")]
    pub site_addr: SocketAddr,

    /// Folder with the built site (the `pkg/` bundle and public files).
    #[arg(long, global = true, env = "LEPTOS_SITE_ROOT", default_value = "target/site")]
    pub site_root: PathBuf,

    /// Folder with the guide bundles and the service directory.
    #[arg(long, global = true, env = "WAYMARK_CONTENT_DIR", default_value = "content")]
    pub content_dir: PathBuf,

    /// Folder for files the server creates: the SQLite database (by default) and the generated secret key.
    #[arg(long, global = true, env = "WAYMARK_DATA_DIR", default_value = "data")]
    pub data_dir: PathBuf,

    /// The server secret, 32 bytes in base64 (`openssl rand -base64 32`). Required when several nodes share a
    /// database; otherwise one is generated once into `<data dir>/secret.key`.
    #[arg(long, global = true, env = "WAYMARK_SECRET_KEY", hide_env_values = true)]
    pub secret_key: Option<String>,

    /// The public origin, e.g. `https://waymark.example.org`, when a proxy changes the `Host` header. Used to
    /// refuse cross-site form posts.
    #[arg(long, global = true, env = "WAYMARK_PUBLIC_ORIGIN")]
    pub public_origin: Option<String>,

    /// The reverse proxies in front of the server, as comma-separated addresses or networks (CIDR), e.g.
    /// `10.0.0.0/8, ::1`. A request from one of them is counted under the right-most `X-Forwarded-For` hop that
    /// is not one of them; the header of anyone else is ignored. Empty: no proxy is trusted.
    #[arg(
        long,
        global = true,
        env = "WAYMARK_TRUSTED_PROXIES",
        default_value = "",
        value_parser = TrustedProxies::parse
    )]
    pub trusted_proxies: TrustedProxies,

    /// Replaced by `WAYMARK_TRUSTED_PROXIES`; the server refuses to start while it is set.
    #[arg(long, global = true, env = "WAYMARK_TRUST_PROXY", hide = true)]
    pub trust_proxy: Option<String>,

    /// Log format: `text` for people, `json` for log collectors.
    #[arg(long, global = true, env = "WAYMARK_LOG_FORMAT", default_value = "text", value_parser = ["text", "json"])]
    pub log_format: String,

    /// Days a closed request is kept before `waymark purge` and the daily clean-up delete it.
    #[arg(long, global = true, env = "WAYMARK_RETENTION_DAYS", default_value_t = 365)]
    pub retention_days: i64,

    /// Requests for support one client address may send in an hour. Raise it where many people share one
    /// address (a refuge, a library, a college network).
    #[arg(long, global = true, env = "WAYMARK_REQUESTS_PER_HOUR", default_value_t = crate::referrals::SENDS_PER_WINDOW)]
    pub requests_per_hour: i64,

    /// Registrations (and, apart, password resets) one client address may begin in an hour. Raise it where
    /// many people share one address (a refuge, a library, a college network).
    #[arg(long, global = true, env = "WAYMARK_REGISTRATIONS_PER_HOUR", default_value_t = crate::auth::limits::PER_ADDRESS)]
    pub registrations_per_hour: i64,
}

impl Config {
    /// A configuration for tests: the given database, everything else in `dir`.
    pub fn for_tests(database_url: &str, dir: &std::path::Path) -> Config {
        Config {
            database_url: database_url.to_string(),
            site_addr: SocketAddr::from(([127, 0, 0, 1], 0)),
            site_root: dir.join("site"),
            content_dir: PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../content")),
            data_dir: dir.join("data"),
            secret_key: None,
            public_origin: None,
            trusted_proxies: TrustedProxies::default(),
            trust_proxy: None,
            log_format: "text".into(),
            retention_days: 365,
            requests_per_hour: crate::referrals::SENDS_PER_WINDOW,
            registrations_per_hour: crate::auth::limits::PER_ADDRESS,
        }
    }
}
