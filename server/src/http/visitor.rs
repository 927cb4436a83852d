//! Who is asking: the session (if the request carries a session cookie), the signed-in account (if any) and the
//! client's address. A middleware loads this once per request; handlers take it with the [`Visitor`],
//! [`SignedIn`] and [`SecondFactorPending`] extractors. `SignedIn` is the authorisation check for every
//! personal page: without an active session the request is redirected to sign in and never reaches the handler.

use super::{
    cookies,
    error::{Error, SignInReason},
};
use crate::{
    auth::{
        session::{self, Ended, Session, Stage},
        store::UserRow,
    },
    client_address::{self, TrustedProxies},
    db::DbError,
    diary::keys::{self, DiaryKey},
    AppState,
};
use axum::{
    extract::{ConnectInfo, FromRequestParts, Request, State},
    middleware::Next,
    response::Response,
};
use http::{header::SET_COOKIE, request::Parts, HeaderValue};
use std::net::SocketAddr;

/// What the request carries.
#[derive(Clone, Debug, Default)]
pub struct Visitor {
    pub session: Option<Session>,
    /// The session token from the cookie (never stored on the server), needed to unwrap the diary key.
    pub token: Option<String>,
    pub user: Option<UserRow>,
    /// Why the session cookie no longer leads to a session, if it does not.
    pub ended: Option<Ended>,
    /// The client's address, for counting failed sign-ins (never logged or stored as such).
    pub address: String,
}

impl Visitor {
    pub fn signed_in(&self) -> Option<(&Session, &UserRow)> {
        match (&self.session, &self.user) {
            (Some(s), Some(u)) if s.stage == Stage::Active => Some((s, u)),
            _ => None,
        }
    }

    /// The diary key kept (wrapped) in the visitor's session, if there is one: during registration, say.
    pub fn diary_key(&self) -> Option<DiaryKey> {
        keys::unwrap_from_session(self.session.as_ref()?.diary_key_wrapped.as_deref(), self.token.as_deref()?)
    }

    /// The signed-in reader's id and diary key, if someone is signed in with a diary.
    pub fn reader(&self) -> Option<(i64, DiaryKey)> {
        let (session, user) = self.signed_in()?;
        Some((user.id, keys::unwrap_from_session(session.diary_key_wrapped.as_deref(), self.token.as_deref()?)?))
    }
}

/// The client's address for counting: see [`crate::client_address`].
fn client_address(parts: &Parts, trusted: &TrustedProxies) -> String {
    let peer = parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|ConnectInfo(addr)| addr.ip());
    let forwarded: Vec<&str> =
        parts.headers.get_all("x-forwarded-for").iter().filter_map(|v| v.to_str().ok()).collect();
    client_address::resolve(peer, &forwarded, trusted)
}

/// Loads the visitor for every request, and removes the cookie of a session that has ended. This layer runs
/// outside [`super::error::render`], so a failure to load is drawn here.
pub async fn load(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let (mut parts, body) = req.into_parts();
    let visitor = match visitor(&state, &parts).await {
        Ok(visitor) => visitor,
        Err(e) => return super::error::page(&state, &parts, &e.into()).await,
    };
    let clear_cookie = matches!(visitor.ended, Some(Ended::Idle | Ended::Expired | Ended::None));
    parts.extensions.insert(visitor);
    let mut response = next.run(Request::from_parts(parts, body)).await;
    if clear_cookie && !response.headers().contains_key(SET_COOKIE) {
        if let Ok(value) = HeaderValue::from_str(&session::removal_cookie()) {
            response.headers_mut().append(SET_COOKIE, value);
        }
    }
    response
}

/// Who the request comes from: its session and account, if its cookie leads to them.
async fn visitor(state: &AppState, parts: &Parts) -> Result<Visitor, DbError> {
    let mut visitor = Visitor { address: client_address(parts, &state.config.trusted_proxies), ..Visitor::default() };
    let Some(token) = cookies::get(&parts.headers, session::COOKIE) else { return Ok(visitor) };
    match session::load(&state.db, token, state.clock.now()).await? {
        Ok((session, user)) => {
            visitor.session = Some(session);
            visitor.user = user;
            visitor.token = Some(token.to_owned());
        }
        Err(ended) => visitor.ended = Some(ended),
    }
    Ok(visitor)
}

impl<S: Send + Sync> FromRequestParts<S> for Visitor {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(parts.extensions.get::<Visitor>().cloned().unwrap_or_default())
    }
}

/// A signed-in account. Requests without one are redirected to sign in (or told the session ended).
pub struct SignedIn {
    pub session: Session,
    pub user: UserRow,
    pub address: String,
    pub token: String,
}

impl SignedIn {
    /// The diary key, unwrapped with this session's token (`None` for a session without one).
    pub fn diary_key(&self) -> Option<DiaryKey> {
        keys::unwrap_from_session(self.session.diary_key_wrapped.as_deref(), &self.token)
    }
}

impl<S: Send + Sync> FromRequestParts<S> for SignedIn {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let visitor = Visitor::from_request_parts(parts, state).await.unwrap_or_default();
        match visitor.signed_in() {
            Some((session, user)) => Ok(SignedIn {
                session: session.clone(),
                user: user.clone(),
                address: visitor.address.clone(),
                token: visitor.token.clone().unwrap_or_default(),
            }),
            None => Err(Error::SignIn(Some(match visitor.ended {
                Some(Ended::Idle) => SignInReason::Idle,
                Some(Ended::Expired) => SignInReason::Expired,
                _ => SignInReason::Required,
            }))),
        }
    }
}

/// A session whose password step succeeded and which now needs its second factor.
pub struct SecondFactorPending {
    pub session: Session,
    pub user: UserRow,
    pub address: String,
    pub token: String,
}

impl<S: Send + Sync> FromRequestParts<S> for SecondFactorPending {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let visitor = Visitor::from_request_parts(parts, state).await.unwrap_or_default();
        match (visitor.session, visitor.user) {
            (Some(session), Some(user)) if session.stage == Stage::SecondFactor => Ok(SecondFactorPending {
                session,
                user,
                address: visitor.address,
                token: visitor.token.unwrap_or_default(),
            }),
            _ => Err(Error::SignIn(None)),
        }
    }
}

impl SecondFactorPending {
    /// The diary key, unwrapped with this session's token (kept since the password step).
    pub fn diary_key(&self) -> Option<DiaryKey> {
        keys::unwrap_from_session(self.session.diary_key_wrapped.as_deref(), &self.token)
    }
}
