//! Sessions: a 256-bit random token in a `__Host-` cookie (Secure, HttpOnly, SameSite=Lax, Path=/, no expiry
//! date so it goes when the browser closes); the database keeps only its SHA-256. A session ends after 30
//! minutes without a request or 12 hours after it began, whichever is first. Before sign-in a session only
//! carries an unfinished journey (registration answers, say), sealed under a server key.

use super::store::{self, SessionRow};
use crate::{
    crypto::{random_token, token_hash, Key},
    db::{Db, DbError},
};
use app::models::flash::Flash;
use serde::{de::DeserializeOwned, Serialize};

pub use app::request::SESSION_COOKIE as COOKIE;
pub const IDLE_SECONDS: i64 = 30 * 60;
pub const ABSOLUTE_SECONDS: i64 = 12 * 60 * 60;
/// How often `last_seen_at` is written at most, to keep page views from each being a database write.
const TOUCH_EVERY_SECONDS: i64 = 60;

/// Where a session is in signing in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// Not signed in; may carry a journey.
    Journey,
    /// Password accepted; the second factor is still to come.
    SecondFactor,
    /// Signed in.
    Active,
}

impl Stage {
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Journey => "journey",
            Stage::SecondFactor => "second_factor",
            Stage::Active => "active",
        }
    }

    fn parse(s: &str) -> Stage {
        match s {
            "active" => Stage::Active,
            "second_factor" => Stage::SecondFactor,
            _ => Stage::Journey,
        }
    }
}

/// A live session, as loaded for a request.
#[derive(Clone, Debug)]
pub struct Session {
    pub token_hash: Vec<u8>,
    pub user_id: Option<i64>,
    pub stage: Stage,
    pub journey_sealed: Option<Vec<u8>>,
    /// Notices waiting for the next page.
    pub flash: Flash,
    pub device: String,
    pub created_at: i64,
    pub last_seen_at: i64,
    pub expires_at: i64,
    pub diary_key_wrapped: Option<Vec<u8>>,
}

impl Session {
    fn from_row(row: SessionRow) -> Session {
        Session {
            token_hash: row.token_hash,
            user_id: row.user_id,
            stage: Stage::parse(&row.stage),
            journey_sealed: row.journey_sealed,
            flash: row.flash.as_deref().map(Flash::decode).unwrap_or_default(),
            device: row.device,
            created_at: row.created_at,
            last_seen_at: row.last_seen_at,
            expires_at: row.expires_at,
            diary_key_wrapped: row.diary_key_wrapped,
        }
    }

    pub fn signed_in_user(&self) -> Option<i64> {
        (self.stage == Stage::Active).then_some(self.user_id).flatten()
    }

    /// Seconds until this session ends if nothing else happens.
    pub fn seconds_left(&self, now: i64) -> i64 {
        (self.last_seen_at + IDLE_SECONDS).min(self.expires_at) - now
    }
}

/// Why a session cookie did not lead to a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    /// No session, or an unknown token.
    None,
    /// It ended after 30 minutes without activity.
    Idle,
    /// It reached its 12-hour limit.
    Expired,
}

/// Starts a session and returns its cookie token. The token is shown to nobody but the browser.
pub async fn start(
    db: &Db,
    user_id: Option<i64>,
    stage: Stage,
    journey_sealed: Option<Vec<u8>>,
    device: &str,
    now: i64,
) -> Result<String, DbError> {
    let token = random_token(32);
    let row = SessionRow {
        token_hash: token_hash(&token),
        user_id,
        stage: stage.as_str().to_string(),
        journey_sealed,
        flash: None,
        device: device.to_string(),
        created_at: now,
        last_seen_at: now,
        expires_at: now + ABSOLUTE_SECONDS,
        diary_key_wrapped: None,
    };
    store::insert_session(db, &row).await?;
    Ok(token)
}

/// Loads the session for a cookie token, ending it if it has expired, and notes the activity.
pub async fn load(db: &Db, token: &str, now: i64) -> Result<Result<Session, Ended>, DbError> {
    let hash = token_hash(token);
    let Some(row) = store::session(db, &hash).await? else { return Ok(Err(Ended::None)) };
    let session = Session::from_row(row);
    if session.expires_at <= now {
        store::delete_session(db, &hash).await?;
        return Ok(Err(Ended::Expired));
    }
    if session.last_seen_at + IDLE_SECONDS <= now {
        store::delete_session(db, &hash).await?;
        return Ok(Err(Ended::Idle));
    }
    if now - session.last_seen_at >= TOUCH_EVERY_SECONDS {
        store::touch_session(db, &hash, now).await?;
    }
    Ok(Ok(session))
}

/// Notes activity now, whatever the throttle (the "stay signed in" button).
pub async fn keep_alive(db: &Db, session: &Session, now: i64) -> Result<(), DbError> {
    store::touch_session(db, &session.token_hash, now).await
}

/// The `Set-Cookie` value for a session token.
/// The notices waiting for this page, cleared so that they are shown once.
pub async fn take_flash(db: &Db, session: &Session) -> Result<Flash, DbError> {
    if !session.flash.is_empty() {
        store::set_flash(db, &session.token_hash, &Flash::default()).await?;
    }
    Ok(session.flash.clone())
}

pub fn cookie(token: &str) -> String {
    format!("{COOKIE}={token}; Path=/; Secure; HttpOnly; SameSite=Lax")
}

/// The `Set-Cookie` value that removes the session cookie.
pub fn removal_cookie() -> String {
    format!("{COOKIE}=; Path=/; Secure; HttpOnly; SameSite=Lax; Max-Age=0")
}

/// Seals a journey for storing in a session row; bound to that row by its token hash.
pub fn seal_journey<T: Serialize>(key: &Key, token_hash: &[u8], journey: &T) -> Option<Vec<u8>> {
    let json = serde_json::to_vec(journey).ok()?;
    Some(key.seal(token_hash, &json))
}

/// Opens a sealed journey; `None` if absent or unreadable (a fresh journey then starts).
pub fn open_journey<T: DeserializeOwned>(key: &Key, token_hash: &[u8], sealed: Option<&[u8]>) -> Option<T> {
    let plain = key.open(token_hash, sealed?).ok()?;
    serde_json::from_slice(&plain).ok()
}

/// A coarse description of the device for the list of sessions: browser family and system, nothing finer.
pub fn device_summary(user_agent: &str) -> String {
    let ua = user_agent.to_ascii_lowercase();
    let browser = if ua.contains("edg/") {
        "edge"
    } else if ua.contains("firefox/") || ua.contains("fxios/") {
        "firefox"
    } else if ua.contains("samsungbrowser/") {
        "samsung"
    } else if ua.contains("chrome/") || ua.contains("chromium/") || ua.contains("crios/") {
        "chrome"
    } else if ua.contains("safari/") {
        "safari"
    } else {
        "other"
    };
    let system = if ua.contains("android") {
        "android"
    } else if ua.contains("iphone") || ua.contains("ipad") {
        "ios"
    } else if ua.contains("windows") {
        "windows"
    } else if ua.contains("mac os") || ua.contains("macintosh") {
        "macos"
    } else if ua.contains("cros") {
        "chromeos"
    } else if ua.contains("linux") {
        "linux"
    } else {
        "other"
    };
    format!("{browser}/{system}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn device_summaries_are_coarse() {
        let android = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36";
        assert_eq!(device_summary(android), "chrome/android");
        let iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
        assert_eq!(device_summary(iphone), "safari/ios");
        assert_eq!(
            device_summary("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0"),
            "firefox/windows"
        );
        assert_eq!(device_summary(""), "other/other");
    }

    #[test]
    fn cookies_have_the_host_prefix_and_attributes() {
        let c = cookie("abc");
        assert!(c.starts_with("__Host-wm_session=abc;"));
        for a in ["Path=/", "Secure", "HttpOnly", "SameSite=Lax"] {
            assert!(c.contains(a), "{c}");
        }
        assert!(!c.contains("Domain"), "__Host- cookies must not name a domain");
        assert!(removal_cookie().contains("Max-Age=0"));
    }
}
