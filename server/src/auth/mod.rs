//! Accounts and signing in. Every account has a password and a second factor (an authenticator app, with
//! recovery codes as the fallback); staff accounts too.
//!
//! - [`names`]: sign-in names (chosen by their owner, not unique, never stored).
//! - [`password`]: the password policy and the Argon2id account locator.
//! - [`totp`]: authenticator codes; [`recovery`]: recovery codes.
//! - [`throttle`]: counting failures and pausing guessing.
//! - [`session`]: database-backed sessions.
//! - [`flows`]: the operations the pages call (register, sign in, reset a password, …).
//! - [`store`]: all SQL for the above.

pub mod flows;
pub mod names;
pub mod password;
pub mod recovery;
pub mod session;
pub mod store;
pub mod throttle;
pub mod totp;

use crate::{crypto::Key, secret::ServerSecret};
use serde::{Deserialize, Serialize};

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

/// What an account may do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Someone using the portal for themselves or for someone they support.
    Member,
    /// A caseworker of one receiving service.
    Staff,
    /// Staff who may also read the audit log and reports.
    Admin,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Member => "member",
            Role::Staff => "staff",
            Role::Admin => "admin",
        }
    }

    pub fn parse(s: &str) -> Role {
        match s {
            "staff" => Role::Staff,
            "admin" => Role::Admin,
            _ => Role::Member,
        }
    }

    pub fn is_staff(self) -> bool {
        matches!(self, Role::Staff | Role::Admin)
    }
}

/// Who a member's account is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Audience {
    /// Support for themselves.
    #[serde(rename = "self")]
    Myself,
    /// Supporting someone else.
    Supporter,
}

impl Audience {
    pub fn as_str(self) -> &'static str {
        match self {
            Audience::Myself => "self",
            Audience::Supporter => "supporter",
        }
    }

    pub fn parse(s: &str) -> Option<Audience> {
        match s {
            "self" => Some(Audience::Myself),
            "supporter" => Some(Audience::Supporter),
            _ => None,
        }
    }
}

/// A signed-in account, as the pages need it.
#[derive(Clone, Debug)]
pub struct User {
    pub id: i64,
    pub role: Role,
    pub audience: Option<Audience>,
    pub display_name: Option<String>,
    pub service_id: Option<String>,
    pub created_at: i64,
    pub password_changed_at: i64,
}

impl From<&store::UserRow> for User {
    fn from(row: &store::UserRow) -> User {
        User {
            id: row.id,
            role: Role::parse(&row.role),
            audience: row.audience.as_deref().and_then(Audience::parse),
            display_name: row.display_name.clone(),
            service_id: row.service_id.clone(),
            created_at: row.created_at,
            password_changed_at: row.password_changed_at,
        }
    }
}
