//! Signing in once a check has passed ([`super::flows`]): after the password, a session waiting for the second
//! factor (for every account with that name and password); after the second factor, a signed-in session. Each
//! replaces the visitor's session with a fresh one in one transaction ([`session::rotate`]) and carries the
//! diary key, wrapped for that session only.

use super::{
    flows::{Accounts, SignedIn},
    journey::Journey,
    session::{self, Fresh, Replacing, Session, Stage},
    store::{self, UserRow},
    AuthError,
};
use crate::{
    diary::keys::{self, DiaryKey},
    staff,
};
use app::models::account::Device;
use app::models::flash::Flash;
use app::models::staff::StaffAction;
use secrecy::SecretString;

impl Accounts<'_> {
    /// After the password step: a session waiting for the second factor replaces the visitor's, for every
    /// account the password found (`candidates`, never empty). Each diary key is unwrapped with the password
    /// now (or made, for an account without one) and kept only wrapped for the new session. Returns the new
    /// session's token.
    pub async fn await_second_factor(
        &self,
        candidates: &[UserRow],
        password: &SecretString,
        replacing: Option<&Session>,
        device: &Device,
    ) -> Result<String, AuthError> {
        let mut keys = Vec::with_capacity(candidates.len());
        for user in candidates {
            keys.push((user.id, keys::open_or_create(self.db, self.hasher, user.id, password, self.now).await?));
        }
        let Some(((first, key), others)) = keys.split_first().map(|(first, rest)| (first.clone(), rest)) else {
            return Err(AuthError::Db(crate::db::DbError::Sqlx(sqlx::Error::RowNotFound)));
        };
        let fresh = Fresh {
            user_id: first,
            stage: Stage::SecondFactor,
            replacing: Replacing::Session(replacing),
            diary_key: key.as_ref(),
            journey: None,
            others,
            flash: Flash::default(),
            device,
            now: self.now,
        };
        Ok(session::rotate(self.db, &self.keys.journey, fresh).await?)
    }

    /// The accounts a session waiting for the second factor was started for: its own, then the others with
    /// the same name and password, each with its diary key (unwrapped with the session's token).
    pub async fn candidates(
        &self,
        session: &Session,
        token: &str,
        first: &UserRow,
    ) -> Result<Vec<(UserRow, Option<DiaryKey>)>, AuthError> {
        let mut all = vec![(first.clone(), keys::unwrap_from_session(session.diary_key_wrapped.as_deref(), token))];
        for other in Journey::of(&self.keys.journey, Some(session)).other_candidates {
            if let Some(user) = store::user_by_id(self.db, other.user_id).await? {
                all.push((user, keys::unwrap_from_session(other.diary_key_wrapped.as_deref(), token)));
            }
        }
        Ok(all)
    }

    /// After the second factor: a signed-in session replaces the one that waited for it (or the visitor's),
    /// with notices for the account page. Returns the new session's token.
    pub async fn finish_sign_in(
        &self,
        success: &SignedIn,
        diary_key: Option<&DiaryKey>,
        replacing: Option<&Session>,
        device: &Device,
    ) -> Result<String, AuthError> {
        let fresh = Fresh {
            user_id: success.user.id,
            stage: Stage::Active,
            replacing: Replacing::Session(replacing),
            diary_key,
            journey: None,
            others: &[],
            flash: success.notices(),
            device,
            now: self.now,
        };
        // A staff member's sign-in is in the staff account log, written with the session.
        let mut tx = self.db.begin().await?;
        let token = session::rotate_in(&mut tx, &self.keys.journey, fresh).await?;
        staff::store::record(&mut tx, success.user.id, None, StaffAction::SignedIn, self.now).await?;
        tx.commit().await?;
        Ok(token)
    }

    /// After the password and a code given together: [`Accounts::finish_sign_in`], with the diary key unwrapped
    /// with the password (or made).
    pub async fn finish_sign_in_with_password(
        &self,
        success: &SignedIn,
        password: &SecretString,
        replacing: Option<&Session>,
        device: &Device,
    ) -> Result<String, AuthError> {
        let key = keys::open_or_create(self.db, self.hasher, success.user.id, password, self.now).await?;
        self.finish_sign_in(success, key.as_ref(), replacing, device).await
    }
}
