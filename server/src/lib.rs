//! The Waymark server: configuration, storage and the HTTP layer around the pages in the `app` crate.
//!
//! - [`auth`]: accounts, two-factor sign-in and sessions.
//! - [`config`]: settings from the environment.
//! - [`crypto`]: keys derived from the server secret, sealing and keyed hashing.
//! - [`secret`]: the server secret.
//! - [`services`]: the service directory; [`referrals`]: requests for support and where they go.
//! - [`deadlines`]: working days and contact deadlines; [`alerts`]: alerts to services' inboxes by SMTP.
//! - [`follow`]: following a request without an account; [`api`]: automatic referrals from other systems.
//! - [`db`]: the SQLite/PostgreSQL storage layer and migrations.
//! - [`http`]: routes, middleware (security headers, CSRF, request ids) and page rendering.
//! - [`state`]: the shared application state.
//! - [`telemetry`]: structured logging; [`memory`]: the allocator's return of memory.

#![recursion_limit = "512"]

pub mod alerts;
pub mod api;
pub mod auth;
pub mod cli;
pub mod client_address;
pub mod clock;
pub mod config;
pub mod content;
pub mod crypto;
pub mod dates;
pub mod db;
pub mod deadlines;
pub mod diary;
pub mod follow;
pub mod guides;
pub mod hate;
pub mod http;
pub mod maintenance;
pub mod memory;
pub mod organisations;
pub mod oruk;
pub mod referrals;
pub mod returns;
pub mod search;
pub mod secret;
pub mod services;
pub mod staff;
pub mod state;
pub mod telemetry;

pub use state::AppState;

use std::sync::Arc;

/// Why the server could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error(transparent)]
    Db(#[from] db::DbError),
    #[error(transparent)]
    Secret(#[from] secret::SecretError),
    #[error("the message catalogue is invalid: {0}")]
    Catalog(#[from] app::i18n::CatalogError),
    #[error("{0}")]
    Content(#[from] content::Problems),
    #[error("{0}")]
    Setting(String),
}

/// Connects to the database, applies migrations and assembles the shared state.
pub async fn build_state(config: config::Config) -> Result<AppState, StartupError> {
    build_state_with_clock(config, clock::Clock::system()).await
}

/// [`build_state`] with a given clock (tests use a manual one).
pub async fn build_state_with_clock(config: config::Config, clock: clock::Clock) -> Result<AppState, StartupError> {
    let _ = any_spawner::Executor::init_tokio();
    if config.trust_proxy.is_some() {
        return Err(StartupError::Setting(
            "WAYMARK_TRUST_PROXY is replaced by WAYMARK_TRUSTED_PROXIES: list the proxies' addresses or networks \
             (e.g. WAYMARK_TRUSTED_PROXIES=10.0.0.0/8), then unset WAYMARK_TRUST_PROXY"
                .into(),
        ));
    }
    let db = db::Db::connect(&config.database_url).await?;
    db.migrate().await?;
    let secret = secret::ServerSecret::load(config.secret_key.as_deref(), &config.data_dir)?;
    let catalog = app::i18n::Catalog::embedded()?;
    let library = content::Library::load(&config.content_dir)?;
    let directory = services::Directory::load(&config.content_dir.join("services"))?;
    let holidays = deadlines::Holidays::load(&config.content_dir)?;
    let mail = config.mail().settings(&config.origin()).map_err(|e| StartupError::Setting(e.to_string()))?;
    let leptos = state::leptos_options(&config);
    let auth_keys = auth::AuthKeys::derive(&secret);
    let referral_keys = referrals::ReferralKeys::derive(&secret);
    let hasher = auth::password::Hasher::new(auth_keys.salts.clone(), auth::password::Hasher::default_concurrency());
    Ok(AppState {
        config: Arc::new(config),
        db,
        leptos,
        catalog: Arc::new(catalog),
        secret: Arc::new(secret),
        auth_keys: Arc::new(auth_keys),
        sign_in_hasher: hasher.for_sign_in(),
        hasher,
        clock,
        library: Arc::new(library),
        directory: Arc::new(directory),
        holidays: Arc::new(holidays),
        mail: mail.map(Arc::new),
        referral_keys: Arc::new(referral_keys),
    })
}
