//! Accounts and signing in. Every account has a password and a second factor (an authenticator app, with
//! recovery codes as the fallback); staff accounts too.
//!
//! - [`names`]: sign-in names (chosen by their owner, not unique, never stored).
//! - [`password`]: the password policy and the Argon2id account locator.
//! - [`totp`]: authenticator codes; [`recovery`]: recovery codes.
//! - [`throttle`]: counting failures and pausing guessing.
//! - [`session`]: database-backed sessions, and replacing one with a fresh one ([`session::rotate`]).
//! - [`journey`]: unfinished journeys kept in a session (registration answers, codes to show once).
//! - [`checks`]: what is wrong with what was typed, as typed problems.
//! - [`flows`]: proving who someone is; [`sign_in`]: the sessions that follow; [`enrol`]: registration and staff enrolment;
//!   [`changes`]: a forgotten password and the sensitive changes of a signed-in account.
//! - [`store`]: all SQL for the above.

pub mod changes;
pub mod checks;
pub mod enrol;
pub mod flows;
pub mod journey;
pub mod limits;
pub mod names;
pub mod password;
pub mod recovery;
pub mod session;
pub mod sign_in;
pub mod store;
pub mod throttle;
pub mod totp;

pub use app::models::account::{Audience, Role};

use crate::{crypto::Key, db::DbError, diary::keys::KeyError, secret::ServerSecret};
use password::HashError;

/// Keys derived from the server secret, one per purpose.
pub struct AuthKeys {
    /// Fingerprints of sign-in names.
    pub names: Key,
    /// Salts of account locators.
    pub salts: Key,
    /// Fingerprints of throttling subjects.
    pub throttle: Key,
    /// Fingerprints of recovery codes.
    pub recovery: Key,
    /// Sealing authenticator secrets.
    pub totp: Key,
    /// Sealing unfinished journeys in sessions.
    pub journey: Key,
    /// Sealing email addresses.
    pub email: Key,
}

impl AuthKeys {
    pub fn derive(secret: &ServerSecret) -> AuthKeys {
        AuthKeys {
            names: Key::derive(secret, "waymark/auth/names"),
            salts: Key::derive(secret, "waymark/auth/salts"),
            throttle: Key::derive(secret, "waymark/auth/throttle"),
            recovery: Key::derive(secret, "waymark/auth/recovery"),
            totp: Key::derive(secret, "waymark/auth/totp"),
            journey: Key::derive(secret, "waymark/auth/journey"),
            email: Key::derive(secret, "waymark/auth/email"),
        }
    }

    pub fn name_key(&self, canonical_name: &str) -> Vec<u8> {
        self.names.fingerprint(canonical_name.as_bytes())
    }
}

/// An account operation that failed on our side (storage, or a diary key that could not be handled). The
/// visitor is told the service has a problem; refusals they can act on are [`flows::Refusal`]s instead.
#[derive(Debug, thiserror::Error)]
pub enum AuthError {
    #[error(transparent)]
    Db(#[from] DbError),
    #[error(transparent)]
    Key(#[from] KeyError),
    #[error(transparent)]
    Hash(#[from] HashError),
}
