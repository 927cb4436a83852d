//! Signing in once a check has passed ([`super::flows`]): after the password, a session waiting for the second
//! factor; after the second factor, a signed-in session. Each replaces the visitor's session with a fresh one
//! in one transaction ([`session::rotate`]) and carries the diary key, wrapped for that session only.

use super::{
    flows::{Accounts, SignedIn},
    session::{self, Fresh, Replacing, Session, Stage},
    store::UserRow,
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
    /// After the password step: a session waiting for the second factor replaces the visitor's. The diary key
    /// is unwrapped with the password now (or made, for an account without one) and kept only wrapped for the
    /// new session. Returns the new session's token.
    pub async fn await_second_factor(
        &self,
        user: &UserRow,
        password: &SecretString,
        replacing: Option<&Session>,
        device: &Device,
    ) -> Result<String, AuthError> {
        let key = keys::open_or_create(self.db, self.hasher, user.id, password, self.now).await?;
        self.fresh_session(user.id, Stage::SecondFactor, key.as_ref(), Flash::default(), replacing, device).await
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

    async fn fresh_session(
        &self,
        user_id: i64,
        stage: Stage,
        diary_key: Option<&DiaryKey>,
        flash: Flash,
        replacing: Option<&Session>,
        device: &Device,
    ) -> Result<String, AuthError> {
        let fresh = Fresh {
            user_id,
            stage,
            replacing: Replacing::Session(replacing),
            diary_key,
            journey: None,
            flash,
            device,
            now: self.now,
        };
        Ok(session::rotate(self.db, &self.keys.journey, fresh).await?)
    }
}
