//! Changing how an account signs in: resetting a forgotten password, and the sensitive changes a signed-in
//! owner makes after re-authenticating (a new password, a new authenticator, new recovery codes, deletion).
//! Each change that writes more than one row runs in one transaction, with any slow hashing done before it.

use super::{
    flows::{outcome, Accounts, Outcome, Refusal, Stop},
    journey::Journey,
    names, recovery,
    session::{self, Fresh, Replacing, Session, Stage},
    store::{self, UserRow},
    throttle::{self, Against},
    totp, AuthError,
};
use crate::{
    db::{Db, DbError},
    diary::keys::{self, DiaryKey, KeyError},
    staff,
};
use app::models::account::Device;
use app::models::flash::{Flash, Notice};
use app::models::staff::StaffAction;
use secrecy::SecretString;

/// A diary key that could not be handled during an attempt: hashing that could not be done in time is a
/// refusal (try again), storage a failure.
impl From<KeyError> for Stop {
    fn from(e: KeyError) -> Stop {
        match e {
            KeyError::Hash(e) => e.into(),
            KeyError::Db(e) => e.into(),
        }
    }
}

/// What changing the password came to.
#[derive(Debug)]
pub enum PasswordChange {
    /// Changed: every session ended, and this is the token of the fresh one for this browser.
    Changed(String),
    /// Too many passwords are being hashed at once.
    Busy,
}

impl Accounts<'_> {
    /// A forgotten password: the sign-in name, an unused recovery code and a current authenticator code prove
    /// who it is (the recovery code picks the account among those with this name). Then, in one transaction,
    /// the recovery code is used up, the new password set, the diary key (unwrapped with the recovery code)
    /// wrapped under the new password, code entry opened again if too many wrong codes had closed it, every
    /// session ended and the name's failures forgotten. A refused attempt changes nothing: the recovery code
    /// stays unused. Refusals cost no hashing whatever the name, so they all take alike.
    pub async fn reset_password(
        &self,
        name: &str,
        recovery_code: &str,
        totp_code: &str,
        new_password: &SecretString,
    ) -> Outcome<()> {
        outcome(self.reset_steps(name, recovery_code, totp_code, new_password).await)
    }

    async fn reset_steps(
        &self,
        name: &str,
        recovery_code: &str,
        totp_code: &str,
        new_password: &SecretString,
    ) -> Result<(), Stop> {
        let canonical = names::normalise(name);
        let by_address = self.address_subject();
        let attempt = self.admit(&Against { delayed: vec![&by_address], ..Against::default() }).await?;
        let owner = match recovery::fingerprint(&self.keys.recovery, recovery_code) {
            Some(hash) => store::recovery_code_owner(self.db, &hash).await?.map(|id| (id, hash)),
            None => None,
        };
        let user = match owner {
            Some((id, hash)) => store::user_by_id(self.db, id).await?.map(|u| (u, hash)),
            None => None,
        };
        let Some((user, hash)) = user.filter(|(u, _)| u.name_key == self.keys.name_key(&canonical)) else {
            return Err(Refusal::Mismatch.into());
        };
        // Whoever got this far holds one of the account's recovery codes: count against the account too. Code
        // entry closed by too many wrong codes does not apply here: this is how it opens again.
        let by_account = self.account_subject(user.id);
        let for_account = self.admit(&Against { delayed: vec![&by_account], ..Against::default() }).await?;
        if let Err(refusal) = self.use_totp(&user, totp_code).await? {
            return Err(refusal.into());
        }
        let locator = self.hasher.locator(&canonical, new_password).await?;
        // The diary survives: its key, unwrapped with the recovery code, is wrapped under the new password.
        let recovery_key = &self.keys.recovery;
        let diary_wrap =
            match keys::unwrap_with_recovery_code(self.db, self.hasher, recovery_key, user.id, recovery_code).await? {
                Some(key) => Some(keys::wrap_for_password(self.hasher, &key, new_password).await?),
                None => None,
            };
        let mut tx = self.db.begin().await?;
        if !store::use_recovery_code(&mut tx, user.id, &hash, self.now).await?
            || !store::set_login(&mut tx, user.id, &user.name_key, &locator, self.now).await?
        {
            // Used a moment ago by another request: nothing is written (the transaction rolls back).
            return Err(Refusal::Mismatch.into());
        }
        if let Some(wrap) = &diary_wrap {
            keys::store_password_wrap(&mut tx, user.id, wrap, self.now).await?;
        }
        store::delete_user_sessions(&mut tx, user.id, None).await?;
        store::reopen_code_entry(&mut tx, user.id).await?;
        throttle::succeeded(&mut tx, &attempt).await?;
        throttle::succeeded(&mut tx, &for_account).await?;
        throttle::clear(&mut tx, &[&self.name_subject(&canonical), &by_account]).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Changes the password of a user who has just re-authenticated. In one transaction the new password is
    /// set, the diary key wrapped under it, and every session of the account replaced by a fresh one for this
    /// browser, which says the password was changed.
    pub async fn change_password(
        &self,
        user: &UserRow,
        name: &str,
        new_password: &SecretString,
        diary_key: Option<&DiaryKey>,
        device: &Device,
    ) -> Result<PasswordChange, AuthError> {
        let Ok(locator) = self.hasher.locator(&names::normalise(name), new_password).await else {
            return Ok(PasswordChange::Busy);
        };
        let diary_wrap = match diary_key {
            Some(key) => Some(keys::wrap_for_password(self.hasher, key, new_password).await?),
            None => None,
        };
        let mut tx = self.db.begin().await?;
        store::set_login(&mut tx, user.id, &user.name_key, &locator, self.now).await?;
        if let Some(wrap) = &diary_wrap {
            keys::store_password_wrap(&mut tx, user.id, wrap, self.now).await?;
        }
        let fresh = Fresh {
            user_id: user.id,
            stage: Stage::Active,
            replacing: Replacing::EverySessionOf(user.id),
            diary_key,
            journey: None,
            others: &[],
            flash: Flash::one(Notice::PasswordChanged),
            device,
            now: self.now,
        };
        let token = session::rotate_in(&mut tx, &self.keys.journey, fresh).await?;
        tx.commit().await?;
        Ok(PasswordChange::Changed(token))
    }

    /// After re-authentication: a fresh session replaces this one, carrying a new authenticator secret that
    /// waits for its first code. Returns the new session's token.
    pub async fn begin_new_authenticator(
        &self,
        user_id: i64,
        current: &Session,
        diary_key: Option<&DiaryKey>,
        device: &Device,
    ) -> Result<String, AuthError> {
        let journey = Journey { new_totp: Some(totp::new_secret()), ..Journey::default() };
        Ok(session::rotate(self.db, &self.keys.journey, self.fresh(user_id, current, diary_key, &journey, device))
            .await?)
    }

    /// Stores a new authenticator, confirmed by its first code (`step`), ends every other session of the account
    /// and ends this session's journey with a notice, in one transaction.
    pub async fn store_new_authenticator(
        &self,
        user_id: i64,
        current: &Session,
        secret: &[u8],
        step: u64,
    ) -> Result<(), DbError> {
        let mut tx = self.db.begin().await?;
        self.store_totp(&mut tx, user_id, secret, step).await?;
        // Whoever else was signed in (with the old authenticator, perhaps not the owner) is signed out.
        store::delete_user_sessions(&mut tx, user_id, Some(&current.token_hash)).await?;
        staff::store::record(&mut tx, user_id, None, StaffAction::AuthenticatorReset, self.now).await?;
        session::finish_journey(&mut tx, current, Notice::AuthenticatorChanged).await?;
        tx.commit().await
    }

    /// After re-authentication, in one transaction: fresh recovery codes replace the old ones, the diary key is
    /// wrapped under each, and a fresh session replaces every session of the account (this one and any other),
    /// carrying the codes to show once. The slow key
    /// derivations happen before it. Returns the new session's token.
    pub async fn replace_recovery_codes(
        &self,
        user_id: i64,
        current: &Session,
        diary_key: Option<&DiaryKey>,
        device: &Device,
    ) -> Result<String, AuthError> {
        let codes = recovery::generate();
        let hashes: Vec<Vec<u8>> = codes.iter().filter_map(|c| recovery::fingerprint(&self.keys.recovery, c)).collect();
        let code_keys = match diary_key {
            Some(key) => Some((key, keys::code_keys(self.hasher, &self.keys.recovery, &codes).await?)),
            None => None,
        };
        let journey = Journey { new_codes: Some(codes), ..Journey::default() };
        let mut tx = self.db.begin().await?;
        store::replace_recovery_codes(&mut tx, user_id, &hashes).await?;
        staff::store::record(&mut tx, user_id, None, StaffAction::RecoveryCodesReplaced, self.now).await?;
        if let Some((key, code_keys)) = &code_keys {
            keys::store_code_wraps(&mut tx, key, user_id, code_keys).await?;
        }
        // Every other session of the account ends too.
        let fresh = Fresh {
            replacing: Replacing::EverySessionOf(user_id),
            ..self.fresh(user_id, current, diary_key, &journey, device)
        };
        let token = session::rotate_in(&mut tx, &self.keys.journey, fresh).await?;
        tx.commit().await?;
        Ok(token)
    }

    /// A fresh signed-in session replacing `current`, carrying `journey`.
    fn fresh<'a>(
        &self,
        user_id: i64,
        current: &'a Session,
        diary_key: Option<&'a DiaryKey>,
        journey: &'a Journey,
        device: &'a Device,
    ) -> Fresh<'a> {
        Fresh {
            user_id,
            stage: Stage::Active,
            replacing: Replacing::Session(Some(current)),
            diary_key,
            journey: Some(journey),
            others: &[],
            flash: Flash::default(),
            device,
            now: self.now,
        }
    }
}

/// Deletes an account and, with it, everything it holds (its sessions, codes, diary and progress go with it).
pub async fn delete_account(db: &Db, user_id: i64) -> Result<(), DbError> {
    store::delete_user(db, user_id).await?;
    tracing::info!("an account was deleted");
    Ok(())
}
