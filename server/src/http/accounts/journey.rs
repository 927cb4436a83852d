//! Unfinished journeys (registration, staff enrolment, a new authenticator or new recovery codes): kept sealed
//! in the visitor's session on the server, never in the browser.

use crate::{
    auth::{
        flows::Journey,
        session::{self, Stage},
        store,
    },
    db::DbError,
    http::visitor::Visitor,
    AppState,
};

/// The visitor's journey, or a new one.
pub fn current(state: &AppState, visitor: &Visitor) -> Journey {
    visitor
        .session
        .as_ref()
        .and_then(|s| session::open_journey(&state.auth_keys.journey, &s.token_hash, s.journey_sealed.as_deref()))
        .unwrap_or_default()
}

/// Where a journey was saved.
pub struct Saved {
    /// The cookie to set, when a session had to be started.
    pub cookie: Option<String>,
    /// The session's token.
    pub token: String,
}

/// Saves the journey in the visitor's session, starting an anonymous session if there is none.
pub async fn save(state: &AppState, visitor: &Visitor, journey: &Journey, device: &str) -> Result<Saved, DbError> {
    match (&visitor.session, &visitor.token) {
        (Some(s), Some(token)) => {
            let sealed = session::seal_journey(&state.auth_keys.journey, &s.token_hash, journey);
            store::update_journey(&state.db, &s.token_hash, sealed.as_deref()).await?;
            Ok(Saved { cookie: None, token: token.clone() })
        }
        _ => {
            let token = session::start(&state.db, None, Stage::Journey, None, device, state.clock.now()).await?;
            let hash = crate::crypto::token_hash(&token);
            let sealed = session::seal_journey(&state.auth_keys.journey, &hash, journey);
            store::update_journey(&state.db, &hash, sealed.as_deref()).await?;
            Ok(Saved { cookie: Some(session::cookie(&token)), token })
        }
    }
}
