//! The account operations the pages call: signing in (password, then a code; or both together while a name is
//! paused), checking a second factor, registering, resetting a forgotten password, re-authenticating for
//! sensitive changes, and replacing the authenticator or recovery codes. Each returns a typed outcome; the
//! pages decide what to say.

use super::{
    names,
    password::{HashError, Hasher},
    recovery, store,
    store::UserRow,
    throttle::{self, Subject, Verdict},
    totp, AuthKeys, Role,
};
use crate::db::{Db, DbError};
use secrecy::SecretString;
use serde::{Deserialize, Serialize};

/// Everything an account operation needs: storage, keys, the hasher, the time and the client's address.
pub struct Accounts<'a> {
    pub db: &'a Db,
    pub keys: &'a AuthKeys,
    pub hasher: &'a Hasher,
    pub now: i64,
    pub address: &'a str,
}

/// Why an attempt to prove who someone is did not succeed.
#[derive(Debug, thiserror::Error)]
pub enum Refusal {
    /// Too soon after earlier failures.
    #[error("wait {0} seconds")]
    Wait(i64),
    /// Password-only sign-in for this name is paused until then.
    #[error("paused until {0}")]
    Paused(i64),
    /// The details do not match an account (deliberately vague).
    #[error("details do not match")]
    Mismatch,
    /// The authenticator code was right but has been used before.
    #[error("code already used")]
    Replayed,
    #[error(transparent)]
    Busy(#[from] HashError),
    #[error(transparent)]
    Db(#[from] DbError),
}

/// Which second factor was used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecondFactor {
    Authenticator,
    /// A recovery code; this many remain unused.
    RecoveryCode {
        remaining: i64,
    },
}

/// A successful sign-in.
#[derive(Debug)]
pub struct SignedIn {
    pub user: UserRow,
    pub factor: SecondFactor,
    /// Failed code attempts on this account just before this sign-in (a sign the password is known).
    pub recent_code_failures: i64,
}

/// An unfinished journey kept (sealed) in the session: registration answers, a pending second factor, codes to
/// show once.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Journey {
    pub audience: Option<super::Audience>,
    pub adult: Option<bool>,
    /// Staff enrolment: the invited account being set up.
    pub staff_user: Option<i64>,
    /// Name and password accepted; waiting for the authenticator to be confirmed.
    pub pending: Option<PendingLogin>,
    /// A new authenticator secret waiting for its first code (set-up or reset).
    pub new_totp: Option<Vec<u8>>,
    /// Recovery codes to show once.
    pub new_codes: Option<Vec<String>>,
}

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

impl Accounts<'_> {
    fn name_subject(&self, canonical: &str) -> Subject {
        Subject::name(&self.keys.throttle, canonical)
    }

    fn address_subject(&self) -> Subject {
        Subject::address(&self.keys.throttle, self.address)
    }

    fn account_subject(&self, user_id: i64) -> Subject {
        Subject::name(&self.keys.throttle, &format!("#account:{user_id}"))
    }

    fn account_address_subject(&self, user_id: i64) -> Subject {
        Subject::name(&self.keys.throttle, &format!("#account:{user_id}@{}", self.address))
    }

    async fn check_delays(&self, subjects: &[&Subject]) -> Result<(), Refusal> {
        for subject in subjects {
            if let Verdict::Wait(seconds) = throttle::delay(self.db, subject, self.now).await? {
                return Err(Refusal::Wait(seconds));
            }
        }
        Ok(())
    }

    /// The account with this name and password, or `None`. One Argon2id computation, whatever the outcome.
    pub async fn find(&self, name: &str, password: &SecretString) -> Result<Option<UserRow>, Refusal> {
        let canonical = names::normalise(name);
        let locator = self.hasher.locator(&canonical, password).await?;
        Ok(store::user_by_locator(self.db, &locator).await?.filter(|u| u.totp_secret_sealed.is_some()))
    }

    /// First step of signing in: the password alone. On success the caller asks for the second factor.
    pub async fn check_password(&self, name: &str, password: &SecretString) -> Result<UserRow, Refusal> {
        let canonical = names::normalise(name);
        let by_name = self.name_subject(&canonical);
        let by_address = self.address_subject();
        if let Some(until) = throttle::pause(self.db, &by_name, self.now).await? {
            return Err(Refusal::Paused(until));
        }
        self.check_delays(&[&by_address, &by_name]).await?;
        match self.find(name, password).await? {
            Some(user) => Ok(user),
            None => {
                throttle::record_failure(self.db, &by_address, self.now, false).await?;
                if let Some(until) = throttle::record_failure(self.db, &by_name, self.now, true).await? {
                    return Err(Refusal::Paused(until));
                }
                Err(Refusal::Mismatch)
            }
        }
    }

    /// Second step of signing in, or a re-authentication: an authenticator code or a recovery code for `user`.
    pub async fn check_second_factor(&self, user: &UserRow, code: &str) -> Result<SignedIn, Refusal> {
        let by_account = self.account_subject(user.id);
        let by_account_here = self.account_address_subject(user.id);
        let by_address = self.address_subject();
        if let Some(until) = throttle::pause(self.db, &by_account_here, self.now).await? {
            return Err(Refusal::Paused(until));
        }
        self.check_delays(&[&by_address, &by_account, &by_account_here]).await?;
        let (count_before, _) =
            store::failures_since(self.db, &account_bytes(&by_account), self.now - throttle::WINDOW_SECONDS).await?;
        let outcome = if recovery::looks_like_recovery_code(code) {
            self.use_recovery_code(user.id, code).await?
        } else {
            self.use_totp(user, code).await?
        };
        match outcome {
            Ok(factor) => {
                throttle::clear(self.db, &by_account).await?;
                throttle::clear(self.db, &by_account_here).await?;
                Ok(SignedIn { user: user.clone(), factor, recent_code_failures: count_before })
            }
            Err(refusal) => {
                throttle::record_failure(self.db, &by_address, self.now, false).await?;
                throttle::record_failure(self.db, &by_account, self.now, false).await?;
                if let Some(until) = throttle::record_failure(self.db, &by_account_here, self.now, true).await? {
                    return Err(Refusal::Paused(until));
                }
                Err(refusal)
            }
        }
    }

    /// Signing in with password and second factor together: the way in while password-only sign-in is paused
    /// for a name. Not counted against the name, so whoever paused the name cannot keep its owner out.
    pub async fn check_password_and_code(
        &self,
        name: &str,
        password: &SecretString,
        code: &str,
    ) -> Result<SignedIn, Refusal> {
        let by_address = self.address_subject();
        self.check_delays(&[&by_address]).await?;
        match self.find(name, password).await? {
            Some(user) => self.check_second_factor(&user, code).await,
            None => {
                throttle::record_failure(self.db, &by_address, self.now, false).await?;
                Err(Refusal::Mismatch)
            }
        }
    }

    async fn use_totp(&self, user: &UserRow, code: &str) -> Result<Result<SecondFactor, Refusal>, DbError> {
        let Some(secret) = self.totp_secret(user) else { return Ok(Err(Refusal::Mismatch)) };
        let Some(step) = totp::matching_step(&secret, code, self.now.max(0) as u64) else {
            return Ok(Err(Refusal::Mismatch));
        };
        if store::accept_totp_step(self.db, user.id, step as i64).await? {
            Ok(Ok(SecondFactor::Authenticator))
        } else {
            Ok(Err(Refusal::Replayed))
        }
    }

    async fn use_recovery_code(&self, user_id: i64, code: &str) -> Result<Result<SecondFactor, Refusal>, DbError> {
        let Some(hash) = recovery::fingerprint(&self.keys.recovery, code) else { return Ok(Err(Refusal::Mismatch)) };
        if store::use_recovery_code(self.db, user_id, &hash, self.now).await? {
            let remaining = store::unused_recovery_codes(self.db, user_id).await?;
            Ok(Ok(SecondFactor::RecoveryCode { remaining }))
        } else {
            Ok(Err(Refusal::Mismatch))
        }
    }

    /// The user's authenticator secret, opened.
    pub fn totp_secret(&self, user: &UserRow) -> Option<Vec<u8>> {
        let sealed = user.totp_secret_sealed.as_deref()?;
        self.keys.totp.open(&totp_aad(user.id), sealed).ok().map(|s| s.to_vec())
    }

    /// Confirms a new authenticator secret with its first code; returns the accepted step.
    pub fn confirm_new_totp(&self, secret: &[u8], code: &str) -> Option<u64> {
        totp::matching_step(secret, code, self.now.max(0) as u64)
    }

    /// Stores a confirmed authenticator secret for a user, recording the confirming step as used.
    pub async fn store_totp(&self, user_id: i64, secret: &[u8], step: u64) -> Result<(), DbError> {
        let sealed = self.keys.totp.seal(&totp_aad(user_id), secret);
        store::set_totp_secret(self.db, user_id, &sealed, step as i64).await
    }

    /// Replaces a user's recovery codes with a fresh set and returns them, to show once.
    pub async fn new_recovery_codes(&self, user_id: i64) -> Result<Vec<String>, DbError> {
        let codes = recovery::generate();
        let hashes: Vec<Vec<u8>> = codes.iter().filter_map(|c| recovery::fingerprint(&self.keys.recovery, c)).collect();
        let mut tx = self.db.begin().await?;
        store::replace_recovery_codes(&mut tx, user_id, &hashes).await?;
        tx.commit().await?;
        Ok(codes)
    }

    /// Creates a member's account once the authenticator is confirmed. `None` if this name and password are
    /// already in use together (the person is asked for a different password).
    pub async fn create_member(
        &self,
        pending: &PendingLogin,
        audience: super::Audience,
        totp_secret: &[u8],
        step: u64,
    ) -> Result<Option<(i64, Vec<String>)>, DbError> {
        let name_key = self.keys.name_key(&pending.name);
        let email_sealed = pending.email.as_deref().map(|e| self.keys.email.seal(b"users.email", e.as_bytes()));
        let Some(id) = store::insert_user(
            self.db,
            &store::NewUser {
                role: Role::Member.as_str(),
                audience: Some(audience.as_str()),
                name_key: &name_key,
                login_locator: Some(&pending.locator),
                email_sealed: email_sealed.as_deref(),
                display_name: None,
                service_id: None,
                now: self.now,
            },
        )
        .await?
        else {
            return Ok(None);
        };
        let finished = async {
            self.store_totp(id, totp_secret, step).await?;
            self.new_recovery_codes(id).await
        }
        .await;
        match finished {
            Ok(codes) => Ok(Some((id, codes))),
            Err(e) => {
                store::delete_user(self.db, id).await?;
                Err(e)
            }
        }
    }

    /// Finishes a staff member's enrolment: their sign-in details and authenticator.
    pub async fn complete_staff_enrolment(
        &self,
        user_id: i64,
        pending: &PendingLogin,
        totp_secret: &[u8],
        step: u64,
    ) -> Result<Option<Vec<String>>, DbError> {
        let name_key = self.keys.name_key(&pending.name);
        if !store::set_login(self.db, user_id, &name_key, &pending.locator, self.now).await? {
            return Ok(None);
        }
        self.store_totp(user_id, totp_secret, step).await?;
        store::delete_invites(self.db, user_id).await?;
        Ok(Some(self.new_recovery_codes(user_id).await?))
    }

    /// A forgotten password: the sign-in name, an unused recovery code and a current authenticator code prove who
    /// it is. On success the recovery code is used up, the new password set, and every session ended.
    pub async fn reset_password(
        &self,
        name: &str,
        recovery_code: &str,
        totp_code: &str,
        new_password: &SecretString,
    ) -> Result<i64, Refusal> {
        let canonical = names::normalise(name);
        let by_address = self.address_subject();
        self.check_delays(&[&by_address]).await?;
        let owner = match recovery::fingerprint(&self.keys.recovery, recovery_code) {
            Some(hash) => store::recovery_code_owner(self.db, &hash).await?.map(|id| (id, hash)),
            None => None,
        };
        let user = match owner {
            Some((id, hash)) => store::user_by_id(self.db, id).await?.map(|u| (u, hash)),
            None => None,
        };
        let Some((user, hash)) = user.filter(|(u, _)| u.name_key == self.keys.name_key(&canonical)) else {
            throttle::record_failure(self.db, &by_address, self.now, false).await?;
            return Err(Refusal::Mismatch);
        };
        // Whoever got this far holds one of the account's recovery codes: count against the account.
        let by_account = self.account_subject(user.id);
        self.check_delays(&[&by_account]).await?;
        match self.use_totp(&user, totp_code).await? {
            Ok(_) => {}
            Err(refusal) => {
                throttle::record_failure(self.db, &by_address, self.now, false).await?;
                throttle::record_failure(self.db, &by_account, self.now, false).await?;
                return Err(refusal);
            }
        }
        let locator = self.hasher.locator(&canonical, new_password).await?;
        if !store::use_recovery_code(self.db, user.id, &hash, self.now).await? {
            return Err(Refusal::Mismatch);
        }
        if !store::set_login(self.db, user.id, &user.name_key, &locator, self.now).await? {
            return Err(Refusal::Mismatch);
        }
        store::delete_user_sessions(self.db, user.id, None).await?;
        throttle::clear(self.db, &self.name_subject(&canonical)).await?;
        Ok(user.id)
    }

    /// Re-authentication for a sensitive change by a signed-in user: their sign-in name, password and a second
    /// factor again.
    pub async fn reauthenticate(
        &self,
        user_id: i64,
        name: &str,
        password: &SecretString,
        code: &str,
    ) -> Result<SignedIn, Refusal> {
        let by_address = self.address_subject();
        let by_account = self.account_subject(user_id);
        self.check_delays(&[&by_address, &by_account]).await?;
        match self.find(name, password).await?.filter(|u| u.id == user_id) {
            Some(user) => self.check_second_factor(&user, code).await,
            None => {
                throttle::record_failure(self.db, &by_address, self.now, false).await?;
                throttle::record_failure(self.db, &by_account, self.now, false).await?;
                Err(Refusal::Mismatch)
            }
        }
    }

    /// Changes the password of a user who has just re-authenticated.
    pub async fn change_password(
        &self,
        user: &UserRow,
        name: &str,
        new_password: &SecretString,
    ) -> Result<bool, Refusal> {
        let canonical = names::normalise(name);
        let locator = self.hasher.locator(&canonical, new_password).await?;
        Ok(store::set_login(self.db, user.id, &user.name_key, &locator, self.now).await?)
    }
}

fn totp_aad(user_id: i64) -> Vec<u8> {
    format!("users.totp_secret:{user_id}").into_bytes()
}

fn account_bytes(subject: &Subject) -> Vec<u8> {
    subject.bytes().to_vec()
}
