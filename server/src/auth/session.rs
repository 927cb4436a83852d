//! Sessions: a 256-bit random token in a `__Host-` cookie (Secure, HttpOnly, SameSite=Lax, Path=/, no expiry
//! date so it goes when the browser closes); the database keeps only its SHA-256. A session ends after 30
//! minutes without a request or 12 hours after it began, whichever is first. Before sign-in a session only
//! carries an unfinished journey (registration answers, say), sealed under a server key. Signing in and every
//! sensitive change replace the session with a fresh one, under a new token, in one transaction ([`rotate`]).

use super::{
    journey::{Candidate, Journey},
    store::{self, SessionRow, UserRow},
};
use crate::{
    crypto::{random_token, token_hash, Key},
    db::{Db, DbError, Exec, Tx},
    diary::keys::{self, DiaryKey},
};
use app::models::{
    account::{Browser, Device, System},
    flash::{Flash, Notice},
};

pub use app::request::SESSION_COOKIE as COOKIE;
pub const IDLE_SECONDS: i64 = 30 * 60;
pub const ABSOLUTE_SECONDS: i64 = 12 * 60 * 60;
/// How often `last_seen_at` is written at most, to keep page views from each being a database write.
const TOUCH_EVERY_SECONDS: i64 = 60;

app::words! {
    /// Where a session is in signing in.
    pub enum Stage {
        /// Not signed in; may carry a journey.
        Journey = "journey",
        /// Password accepted; the second factor is still to come.
        SecondFactor = "second_factor",
        /// Signed in.
        Active = "active",
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
    pub device: Device,
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
            stage: row.stage,
            journey_sealed: row.journey_sealed,
            flash: row.flash.as_deref().map(Flash::decode).unwrap_or_default(),
            device: row.device,
            created_at: row.created_at,
            last_seen_at: row.last_seen_at,
            expires_at: row.expires_at,
            diary_key_wrapped: row.diary_key_wrapped,
        }
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

/// A new session row for a fresh token, carrying nothing yet.
fn new_row(token: &str, user_id: Option<i64>, stage: Stage, device: &Device, now: i64) -> SessionRow {
    SessionRow {
        token_hash: token_hash(token),
        user_id,
        stage,
        journey_sealed: None,
        flash: None,
        device: *device,
        created_at: now,
        last_seen_at: now,
        expires_at: now + ABSOLUTE_SECONDS,
        diary_key_wrapped: None,
    }
}

/// Starts a session and returns its cookie token. The token is shown to nobody but the browser.
pub async fn start(
    db: impl Into<Exec<'_>>,
    user_id: Option<i64>,
    stage: Stage,
    journey_sealed: Option<Vec<u8>>,
    device: &Device,
    now: i64,
) -> Result<String, DbError> {
    let token = random_token(32);
    let row = SessionRow { journey_sealed, ..new_row(&token, user_id, stage, device, now) };
    store::insert_session(db, &row).await?;
    Ok(token)
}

/// What a fresh session replaces.
#[derive(Clone, Copy, Debug)]
pub enum Replacing<'a> {
    /// The visitor's session, if they have one.
    Session(Option<&'a Session>),
    /// Every session of this account (after its password changed).
    EverySessionOf(i64),
}

/// A fresh session for an account, and what it carries from its start.
pub struct Fresh<'a> {
    pub user_id: i64,
    /// [`Stage::Active`], or [`Stage::SecondFactor`] after the password step of signing in.
    pub stage: Stage,
    pub replacing: Replacing<'a>,
    /// The diary key, to be wrapped under the new token.
    pub diary_key: Option<&'a DiaryKey>,
    pub journey: Option<&'a Journey>,
    /// Waiting for the second factor: the other accounts with the same name and password, and their diary keys.
    pub others: &'a [(i64, Option<DiaryKey>)],
    pub flash: Flash,
    pub device: &'a Device,
    pub now: i64,
}

/// Replaces a session with a fresh one for an account, under a new token (so a token seen before signing in
/// or before a sensitive change is worth nothing after it), in one transaction: the old session ends and the
/// new one is written whole, with its wrapping of the diary key, its journey and its notices, or nothing
/// changes and the old session stays. Returns the new token.
pub async fn rotate(db: &Db, journey_key: &Key, fresh: Fresh<'_>) -> Result<String, DbError> {
    let mut tx = db.begin().await?;
    let token = rotate_in(&mut tx, journey_key, fresh).await?;
    tx.commit().await?;
    Ok(token)
}

/// [`rotate`] as one part of a larger transaction (creating an account, say).
pub async fn rotate_in(tx: &mut Tx, journey_key: &Key, fresh: Fresh<'_>) -> Result<String, DbError> {
    match fresh.replacing {
        Replacing::Session(Some(old)) => store::delete_session(&mut *tx, &old.token_hash).await?,
        Replacing::Session(None) => {}
        Replacing::EverySessionOf(user_id) => {
            store::delete_user_sessions(&mut *tx, user_id, None).await?;
        }
    }
    let token = random_token(32);
    let mut row = new_row(&token, Some(fresh.user_id), fresh.stage, fresh.device, fresh.now);
    let mut journey = fresh.journey.cloned();
    if !fresh.others.is_empty() {
        journey.get_or_insert_with(Journey::default).other_candidates = fresh
            .others
            .iter()
            .map(|(user_id, key)| Candidate {
                user_id: *user_id,
                diary_key_wrapped: key.as_ref().map(|key| keys::wrap_for_session(key, &token)),
            })
            .collect();
    }
    row.journey_sealed = journey.and_then(|j| j.seal(journey_key, &row.token_hash));
    row.flash = (!fresh.flash.is_empty()).then(|| fresh.flash.encode());
    row.diary_key_wrapped = fresh.diary_key.map(|key| keys::wrap_for_session(key, &token));
    store::insert_session(&mut *tx, &row).await?;
    Ok(token)
}

/// Keeps an unfinished journey in the visitor's session (given with its token), together with a wrapping of a
/// new diary key if there is one, in one write; a visitor without a session gets an anonymous one. Returns the
/// token of the session it started, if it started one.
pub async fn keep_journey(
    db: &Db,
    journey_key: &Key,
    current: Option<(&Session, &str)>,
    journey: &Journey,
    diary_key: Option<&DiaryKey>,
    device: &Device,
    now: i64,
) -> Result<Option<String>, DbError> {
    match current {
        Some((session, token)) => {
            let sealed = journey.seal(journey_key, &session.token_hash);
            let wrapped = diary_key.map(|key| keys::wrap_for_session(key, token));
            store::update_journey(db, &session.token_hash, sealed.as_deref(), wrapped.as_deref()).await?;
            Ok(None)
        }
        None => {
            let token = random_token(32);
            let mut row = new_row(&token, None, Stage::Journey, device, now);
            row.journey_sealed = journey.seal(journey_key, &row.token_hash);
            row.diary_key_wrapped = diary_key.map(|key| keys::wrap_for_session(key, &token));
            store::insert_session(db, &row).await?;
            Ok(Some(token))
        }
    }
}

/// Ends a journey (its codes have been seen, say) and leaves a notice for the next page, in one write.
pub async fn finish_journey(db: impl Into<Exec<'_>>, session: &Session, notice: Notice) -> Result<(), DbError> {
    store::finish_journey(db, &session.token_hash, &Flash::one(notice)).await
}

/// Ends every other session of the account, and says so on the next page.
pub async fn end_others(db: &Db, user_id: i64, session: &Session) -> Result<(), DbError> {
    let mut tx = db.begin().await?;
    store::delete_user_sessions(&mut tx, user_id, Some(&session.token_hash)).await?;
    store::set_flash(&mut tx, &session.token_hash, &Flash::one(Notice::OtherSessionsEnded)).await?;
    tx.commit().await
}

/// Ends a session (signing out).
pub async fn end(db: &Db, session: &Session) -> Result<(), DbError> {
    store::delete_session(db, &session.token_hash).await
}

/// Loads the session for a cookie token, with its account if it has one, ending it if it has expired, and
/// notes the activity.
pub async fn load(db: &Db, token: &str, now: i64) -> Result<Result<(Session, Option<UserRow>), Ended>, DbError> {
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
    let user = match session.user_id {
        Some(id) => store::user_by_id(db, id).await?,
        None => None,
    };
    Ok(Ok((session, user)))
}

/// Notes activity now, whatever the throttle (the "stay signed in" button).
pub async fn keep_alive(db: &Db, session: &Session, now: i64) -> Result<(), DbError> {
    store::touch_session(db, &session.token_hash, now).await
}

/// The notices waiting for this page, cleared so that they are shown once.
pub async fn take_flash(db: &Db, session: &Session) -> Result<Flash, DbError> {
    if !session.flash.is_empty() {
        store::set_flash(db, &session.token_hash, &Flash::default()).await?;
    }
    Ok(session.flash.clone())
}

/// The `Set-Cookie` value for a session token.
pub fn cookie(token: &str) -> String {
    format!("{COOKIE}={token}; Path=/; Secure; HttpOnly; SameSite=Lax")
}

/// The `Set-Cookie` value that removes the session cookie.
pub fn removal_cookie() -> String {
    format!("{COOKIE}=; Path=/; Secure; HttpOnly; SameSite=Lax; Max-Age=0")
}

/// The device a browser's `User-Agent` describes, coarsely: browser family and system, nothing finer.
pub fn device_summary(user_agent: &str) -> Device {
    let ua = user_agent.to_ascii_lowercase();
    let browser = if ua.contains("edg/") {
        Browser::Edge
    } else if ua.contains("firefox/") || ua.contains("fxios/") {
        Browser::Firefox
    } else if ua.contains("samsungbrowser/") {
        Browser::Samsung
    } else if ua.contains("chrome/") || ua.contains("chromium/") || ua.contains("crios/") {
        Browser::Chrome
    } else if ua.contains("safari/") {
        Browser::Safari
    } else {
        Browser::Other
    };
    let system = if ua.contains("android") {
        System::Android
    } else if ua.contains("iphone") || ua.contains("ipad") {
        System::Ios
    } else if ua.contains("windows") {
        System::Windows
    } else if ua.contains("mac os") || ua.contains("macintosh") {
        System::MacOs
    } else if ua.contains("cros") {
        System::ChromeOs
    } else if ua.contains("linux") {
        System::Linux
    } else {
        System::Other
    };
    Device { browser, system }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn device_summaries_are_coarse() {
        let android = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36";
        assert_eq!(device_summary(android).to_string(), "chrome/android");
        let iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
        assert_eq!(device_summary(iphone).to_string(), "safari/ios");
        assert_eq!(
            device_summary("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0")
                .to_string(),
            "firefox/windows"
        );
        assert_eq!(device_summary("").to_string(), "other/other");
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
