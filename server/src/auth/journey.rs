//! Unfinished journeys (registration, staff enrolment, a new authenticator, new recovery codes): kept sealed in
//! the visitor's session on the server, never in the browser, and bound to that session by its token hash.

use super::{session::Session, totp, Audience};
use crate::crypto::Key;
use app::models::account::OverSixteen;
use serde::{Deserialize, Serialize};

/// An unfinished journey: registration answers, a login being set up, codes to show once.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Journey {
    pub audience: Option<Audience>,
    /// The answer to "Are you 16 or over?" (see [`Journey::over_sixteen`]).
    pub adult: Option<bool>,
    /// Staff enrolment: the invited account being set up.
    pub staff_user: Option<i64>,
    /// Name and password accepted; waiting for the authenticator to be confirmed.
    pub pending: Option<PendingLogin>,
    /// A new authenticator secret waiting for its first code (set-up or reset).
    pub new_totp: Option<Vec<u8>>,
    /// Recovery codes to show once.
    pub new_codes: Option<Vec<String>>,
    /// Waiting for the second factor: the other accounts with the same name and password (the code picks one).
    #[serde(default)]
    pub other_candidates: Vec<Candidate>,
}

/// Another account the password step found, with its diary key wrapped for the session (like the first's).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Candidate {
    pub user_id: i64,
    pub diary_key_wrapped: Option<Vec<u8>>,
}

/// Sign-in details chosen and hashed, waiting for the authenticator to be confirmed.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PendingLogin {
    /// The canonical sign-in name (shown in the authenticator app's label).
    pub name: String,
    pub locator: Vec<u8>,
    pub email: Option<String>,
    /// The new diary key wrapped under the password: (salt, wrapping). The key itself is wrapped for the session.
    #[serde(default)]
    pub diary_wrap: Option<(Vec<u8>, Vec<u8>)>,
}

impl Journey {
    /// The journey kept in `session`, or a new one (also when there is none or it cannot be read).
    pub fn of(key: &Key, session: Option<&Session>) -> Journey {
        session
            .and_then(|s| {
                let plain = key.open(&s.token_hash, s.journey_sealed.as_deref()?).ok()?;
                serde_json::from_slice(&plain).ok()
            })
            .unwrap_or_default()
    }

    /// The journey sealed for the session whose token has this hash.
    pub fn seal(&self, key: &Key, token_hash: &[u8]) -> Option<Vec<u8>> {
        let json = serde_json::to_vec(self).ok()?;
        Some(key.seal(token_hash, &json))
    }

    /// The answer given to the age question, if any.
    pub fn over_sixteen(&self) -> Option<OverSixteen> {
        self.adult.map(OverSixteen::from_adult)
    }

    /// Records the answer to the age question. Nothing about a person under 16 is kept.
    pub fn answer_age(&mut self, answer: OverSixteen) {
        if answer.is_adult() {
            self.adult = Some(true);
        } else {
            *self = Journey::default();
        }
    }

    /// Whether registration may ask for sign-in details: who the account is for is known, and they are 16 or
    /// over.
    pub fn ready_for_details(&self) -> bool {
        self.audience.is_some() && self.over_sixteen() == Some(OverSixteen::Yes)
    }

    /// Starts setting up two-factor sign-in for chosen sign-in details: a new authenticator secret waits for
    /// its first code.
    pub fn begin_enrolment(&mut self, pending: PendingLogin) {
        self.pending = Some(pending);
        self.new_totp = Some(totp::new_secret());
    }

    /// The sign-in details and the new authenticator secret of an enrolment in progress.
    pub fn enrolment(&self) -> Option<(&PendingLogin, &[u8])> {
        Some((self.pending.as_ref()?, self.new_totp.as_deref()?))
    }

    /// Forgets the sign-in details of an enrolment that cannot finish (someone else registered the same name
    /// and password a moment ago), so that new ones are asked for.
    pub fn forget_login(&mut self) {
        self.pending = None;
        self.new_totp = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_under_16_answer_forgets_everything() {
        let mut journey = Journey { audience: Some(Audience::Supporter), ..Journey::default() };
        assert!(!journey.ready_for_details());
        journey.answer_age(OverSixteen::Yes);
        assert_eq!(journey.over_sixteen(), Some(OverSixteen::Yes));
        assert!(journey.ready_for_details());
        journey.answer_age(OverSixteen::No);
        assert_eq!(journey.audience, None);
        assert_eq!(journey.over_sixteen(), None);
        assert!(!journey.ready_for_details());
    }

    #[test]
    fn a_journey_opens_only_for_its_own_session() {
        let key = Key::random();
        let journey = Journey { audience: Some(Audience::Myself), new_totp: Some(vec![7; 20]), ..Journey::default() };
        let session = |hash: &[u8], sealed| Session {
            token_hash: hash.to_vec(),
            user_id: None,
            stage: super::super::session::Stage::Journey,
            journey_sealed: sealed,
            flash: Default::default(),
            device: app::models::account::Device::parse(""),
            created_at: 0,
            last_seen_at: 0,
            expires_at: 0,
            diary_key_wrapped: None,
        };
        let sealed = journey.seal(&key, b"one");
        let opened = Journey::of(&key, Some(&session(b"one", sealed.clone())));
        assert_eq!(opened.audience, Some(Audience::Myself));
        assert_eq!(opened.new_totp, journey.new_totp);
        assert!(Journey::of(&key, Some(&session(b"two", sealed))).audience.is_none(), "bound to its session");
        assert!(Journey::of(&key, None).audience.is_none());
    }
}
