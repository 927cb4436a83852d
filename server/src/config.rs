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

    /// The mail server for alerts, as one address: `smtps://user:password@host:465` (TLS),
    /// `smtp://user:password@host:587?tls=required` (STARTTLS) or `smtp://127.0.0.1:2525` (no encryption:
    /// loopback only). Instead, the separate WAYMARK_SMTP_* settings may be used. Unset: alerts wait.
    #[arg(long, global = true, env = "WAYMARK_SMTP_URL", hide_env_values = true)]
    pub smtp_url: Option<String>,

    /// The mail server's host name (when WAYMARK_SMTP_URL is not used).
    #[arg(long, global = true, env = "WAYMARK_SMTP_HOST")]
    pub smtp_host: Option<String>,

    /// The mail server's port (default 587 for starttls, 465 for tls, 25 for none).
    #[arg(long, global = true, env = "WAYMARK_SMTP_PORT")]
    pub smtp_port: Option<u16>,

    /// The user name to sign in to the mail server with, if it needs one.
    #[arg(long, global = true, env = "WAYMARK_SMTP_USER")]
    pub smtp_user: Option<String>,

    /// The password to sign in to the mail server with.
    #[arg(long, global = true, env = "WAYMARK_SMTP_PASSWORD", hide_env_values = true)]
    pub smtp_password: Option<String>,

    /// How the connection to the mail server is protected: `starttls` (the default), `tls`, or `none` (only for a
    /// mail server on this machine).
    #[arg(long, global = true, env = "WAYMARK_SMTP_SECURITY")]
    pub smtp_security: Option<String>,

    /// The sender of alerts, e.g. `Waymark <alerts@waymark.example.org>`. Required when mail is configured.
    #[arg(long, global = true, env = "WAYMARK_MAIL_FROM")]
    pub mail_from: Option<String>,

    /// For tests only: a file holding a number of seconds by which this server's clock runs ahead of the real
    /// one, read every second (so an end-to-end test can move time on to see deadlines pass). Honoured only with
    /// WAYMARK_TEST_CLOCK=1; never set it in production.
    #[arg(long, global = true, env = "WAYMARK_TEST_CLOCK_FILE", hide = true)]
    pub test_clock_file: Option<PathBuf>,

    /// Set to 1 to let WAYMARK_TEST_CLOCK_FILE move the clock (tests only).
    #[arg(long, global = true, env = "WAYMARK_TEST_CLOCK", hide = true)]
    pub test_clock: Option<String>,
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
            smtp_url: None,
            smtp_host: None,
            smtp_port: None,
            smtp_user: None,
            smtp_password: None,
            smtp_security: None,
            mail_from: None,
            test_clock_file: None,
            test_clock: None,
        }
    }

    /// The portal's public address, for links in alerts and enrolment: the configured origin, or the address
    /// it listens on.
    pub fn origin(&self) -> String {
        self.public_origin.clone().unwrap_or_else(|| format!("http://{}", self.site_addr))
    }

    /// The mail settings as configured, for [`crate::alerts::mail::MailConfig::settings`].
    pub fn mail(&self) -> crate::alerts::mail::MailConfig {
        crate::alerts::mail::MailConfig {
            url: self.smtp_url.clone(),
            host: self.smtp_host.clone(),
            port: self.smtp_port,
            user: self.smtp_user.clone(),
            password: self.smtp_password.clone(),
            security: self.smtp_security.clone(),
            from: self.mail_from.clone(),
        }
    }

    /// The file that moves the test clock, when tests asked for one explicitly.
    pub fn test_clock_file(&self) -> Option<&std::path::Path> {
        (self.test_clock.as_deref() == Some("1")).then_some(self.test_clock_file.as_deref()).flatten()
    }
}
