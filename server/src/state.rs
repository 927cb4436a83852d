//! Everything a request handler may need, built once at start-up and shared by all requests.

use crate::{
    auth::{flows::Accounts, password::Hasher, AuthKeys},
    clock::Clock,
    config::Config,
    content::Library,
    db::Db,
    referrals::ReferralKeys,
    secret::ServerSecret,
    services::Directory,
};
use app::i18n::Catalog;
use leptos::config::LeptosOptions;
use std::sync::Arc;

#[derive(Clone)]
pub struct AppState {
    pub config: Arc<Config>,
    pub db: Db,
    pub leptos: LeptosOptions,
    pub catalog: Arc<Catalog>,
    pub secret: Arc<ServerSecret>,
    pub auth_keys: Arc<AuthKeys>,
    pub hasher: Hasher,
    /// The hasher in sign-in's own share of capacity ([`Hasher::for_sign_in`]).
    pub sign_in_hasher: Hasher,
    pub clock: Clock,
    /// The guides, read from the content folder at start-up.
    pub library: Arc<Library>,
    /// The service directory, read from `content/services` at start-up.
    pub directory: Arc<Directory>,
    pub referral_keys: Arc<ReferralKeys>,
    /// The bank holidays that working days skip, read from `content/bank-holidays.toml` at start-up.
    pub holidays: Arc<crate::deadlines::Holidays>,
    /// Where alerts are sent, when mail is configured.
    pub mail: Option<Arc<crate::alerts::mail::MailSettings>>,
}

impl AppState {
    /// Account operations for one request, from the client at `address`.
    pub fn accounts<'a>(&'a self, address: &'a str) -> Accounts<'a> {
        Accounts { db: &self.db, keys: &self.auth_keys, hasher: &self.hasher, now: self.clock.now(), address }
    }

    /// [`AppState::accounts`] for signing in, which hashes in its own share of capacity.
    pub fn sign_in_accounts<'a>(&'a self, address: &'a str) -> Accounts<'a> {
        Accounts { hasher: &self.sign_in_hasher, ..self.accounts(address) }
    }
}

impl axum::extract::FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos.clone()
    }
}

/// Leptos settings for serving the built site: the bundle is always called `waymark`, and hashed file names
/// are used when the build wrote a hash file next to the binary.
pub fn leptos_options(config: &Config) -> LeptosOptions {
    let hash_files = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(|dir| dir.join("hash.txt").exists()))
        .unwrap_or(false);
    let env = match std::env::var("LEPTOS_ENV").as_deref() {
        Ok("PROD") | Ok("prod") | Ok("production") => leptos::config::Env::PROD,
        _ => leptos::config::Env::DEV,
    };
    LeptosOptions::builder()
        .output_name("waymark")
        .site_root(config.site_root.display().to_string())
        .site_pkg_dir("pkg")
        .site_addr(config.site_addr)
        .hash_files(hash_files)
        .env(env)
        .build()
}
