//! Proving who someone is: the password (then a second factor), the password and a code together while
//! password-only sign-in is paused for a name, and re-authenticating for a sensitive change. Every attempt is
//! throttled (see [`throttle`]) and ends in an [`Outcome`]: what was asked for, or a typed [`Refusal`] for the
//! page to explain; a failure on our side is the outer error.

use super::{
    names,
    password::{HashError, Hasher},
    recovery, store,
    store::UserRow,
    throttle::{self, Subject, Verdict},
    totp, AuthError, AuthKeys,
};
use crate::{
    db::{Db, DbError, Exec},
    staff,
};
use app::models::flash::{Flash, Notice};
use app::models::staff::StaffAction;
use secrecy::SecretString;

/// Everything an account operation needs: storage, keys, the hasher, the time and the client's address.
pub struct Accounts<'a> {
    pub db: &'a Db,
    pub keys: &'a AuthKeys,
    pub hasher: &'a Hasher,
    pub now: i64,
    pub address: &'a str,
}

/// Why an attempt to prove who someone is did not succeed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Too soon after earlier failures: wait this many seconds.
    Wait(i64),
    /// Password-only sign-in for this name is paused until then.
    Paused(i64),
    /// The details do not match an account (deliberately vague).
    Mismatch,
    /// The authenticator code was right but has been used before.
    Replayed,
    /// Too many passwords are being checked at once; try again in a moment.
    Busy,
}

/// What an attempt ends in: what was asked for or a refusal to explain; the outer error is a failure on our
/// side (the service-problem page).
pub type Outcome<T> = Result<Result<T, Refusal>, AuthError>;

/// Why an attempt stopped while it ran: refused, or failed on our side. Becomes an [`Outcome`] at the end.
pub(super) enum Stop {
    Refused(Refusal),
    Failed(AuthError),
}

impl From<Refusal> for Stop {
    fn from(refusal: Refusal) -> Stop {
        Stop::Refused(refusal)
    }
}

impl From<DbError> for Stop {
    fn from(e: DbError) -> Stop {
        Stop::Failed(e.into())
    }
}

impl From<AuthError> for Stop {
    fn from(e: AuthError) -> Stop {
        Stop::Failed(e)
    }
}

/// Hashing a password that was typed could not be done in time: the person is asked to try again.
impl From<HashError> for Stop {
    fn from(_: HashError) -> Stop {
        Stop::Refused(Refusal::Busy)
    }
}

pub(super) fn outcome<T>(result: Result<T, Stop>) -> Outcome<T> {
    match result {
        Ok(value) => Ok(Ok(value)),
        Err(Stop::Refused(refusal)) => Ok(Err(refusal)),
        Err(Stop::Failed(e)) => Err(e),
    }
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

impl SignedIn {
    /// What the account page says after this sign-in: wrong codes entered just before it, and few recovery
    /// codes left (three or fewer).
    pub fn notices(&self) -> Flash {
        let mut flash = Flash::default();
        if self.recent_code_failures > 0 {
            flash.0.push(Notice::CodeFailures(self.recent_code_failures));
        }
        if let SecondFactor::RecoveryCode { remaining } = self.factor {
            if remaining <= 3 {
                flash.0.push(Notice::RecoveryCodesLow(remaining));
            }
        }
        flash
    }
}

impl Accounts<'_> {
    pub(super) fn name_subject(&self, canonical: &str) -> Subject {
        Subject::name(&self.keys.throttle, canonical)
    }

    pub(super) fn address_subject(&self) -> Subject {
        Subject::address(&self.keys.throttle, self.address)
    }

    pub(super) fn account_subject(&self, user_id: i64) -> Subject {
        Subject::name(&self.keys.throttle, &format!("#account:{user_id}"))
    }

    fn account_address_subject(&self, user_id: i64) -> Subject {
        Subject::name(&self.keys.throttle, &format!("#account:{user_id}@{}", self.address))
    }

    pub(super) async fn check_delays(&self, subjects: &[&Subject]) -> Result<(), Stop> {
        for subject in subjects {
            if let Verdict::Wait(seconds) = throttle::delay(self.db, subject, self.now).await? {
                return Err(Refusal::Wait(seconds).into());
            }
        }
        Ok(())
    }

    /// The account with this name and password, or `None`. One Argon2id computation, whatever the outcome.
    async fn find(&self, name: &str, password: &SecretString) -> Result<Option<UserRow>, Stop> {
        let canonical = names::normalise(name);
        let locator = self.hasher.locator(&canonical, password).await?;
        Ok(store::user_by_locator(self.db, &locator).await?.filter(|u| u.totp_secret_sealed.is_some()))
    }

    /// First step of signing in: the password alone. On success the caller asks for the second factor.
    pub async fn check_password(&self, name: &str, password: &SecretString) -> Outcome<UserRow> {
        outcome(self.password_step(name, password).await)
    }

    async fn password_step(&self, name: &str, password: &SecretString) -> Result<UserRow, Stop> {
        let canonical = names::normalise(name);
        let by_name = self.name_subject(&canonical);
        let by_address = self.address_subject();
        if let Some(until) = throttle::pause(self.db, &by_name, self.now).await? {
            return Err(Refusal::Paused(until).into());
        }
        self.check_delays(&[&by_address, &by_name]).await?;
        match self.find(name, password).await? {
            Some(user) => Ok(user),
            None => match self.record_failure_for_name(&canonical, &by_address, &by_name).await? {
                Some(until) => Err(Refusal::Paused(until).into()),
                None => Err(Refusal::Mismatch.into()),
            },
        }
    }

    /// Counts a wrong password for a name (and notes it in the staff account log if the name is a member of
    /// staff's); returns when password-only sign-in for the name is paused until, if this failure paused it.
    async fn record_failure_for_name(
        &self,
        canonical: &str,
        by_address: &Subject,
        by_name: &Subject,
    ) -> Result<Option<i64>, DbError> {
        let name_key = self.keys.name_key(canonical);
        staff::store::record_by_name_key(self.db, &name_key, StaffAction::SignInFailed, self.now).await?;
        throttle::record_failure(self.db, &[by_address], Some(by_name), self.now).await
    }

    /// When password-only sign-in for this name is paused until, if it is.
    pub async fn name_paused_until(&self, name: &str) -> Result<Option<i64>, DbError> {
        throttle::pause(self.db, &self.name_subject(&names::normalise(name)), self.now).await
    }

    /// Second step of signing in, or a re-authentication: an authenticator code or a recovery code for `user`.
    pub async fn check_second_factor(&self, user: &UserRow, code: &str) -> Outcome<SignedIn> {
        outcome(self.second_factor_step(user, code).await)
    }

    async fn second_factor_step(&self, user: &UserRow, code: &str) -> Result<SignedIn, Stop> {
        let by_account = self.account_subject(user.id);
        let by_account_here = self.account_address_subject(user.id);
        let by_address = self.address_subject();
        if let Some(until) = throttle::pause(self.db, &by_account_here, self.now).await? {
            return Err(Refusal::Paused(until).into());
        }
        self.check_delays(&[&by_address, &by_account, &by_account_here]).await?;
        let (count_before, _) =
            store::failures_since(self.db, by_account.bytes(), self.now - throttle::WINDOW_SECONDS).await?;
        let checked = if recovery::looks_like_recovery_code(code) {
            self.use_recovery_code(user.id, code).await?
        } else {
            self.use_totp(user, code).await?
        };
        match checked {
            Ok(factor) => {
                let mut tx = self.db.begin().await?;
                throttle::clear(&mut tx, &[&by_account, &by_account_here]).await?;
                tx.commit().await?;
                Ok(SignedIn { user: user.clone(), factor, recent_code_failures: count_before })
            }
            Err(refusal) => {
                staff::store::record(self.db, user.id, None, StaffAction::SignInFailed, self.now).await?;
                let counted = [&by_address, &by_account];
                match throttle::record_failure(self.db, &counted, Some(&by_account_here), self.now).await? {
                    Some(until) => Err(Refusal::Paused(until).into()),
                    None => Err(refusal.into()),
                }
            }
        }
    }

    /// Signing in with password and second factor together: the way in while password-only sign-in is paused
    /// for a name. Not counted against the name, so whoever paused the name cannot keep its owner out.
    pub async fn check_password_and_code(&self, name: &str, password: &SecretString, code: &str) -> Outcome<SignedIn> {
        outcome(
            async {
                let by_address = self.address_subject();
                self.check_delays(&[&by_address]).await?;
                match self.find(name, password).await? {
                    Some(user) => self.second_factor_step(&user, code).await,
                    None => {
                        throttle::record_failure(self.db, &[&by_address], None, self.now).await?;
                        Err(Refusal::Mismatch.into())
                    }
                }
            }
            .await,
        )
    }

    /// Re-authentication for a sensitive change by a signed-in user: their sign-in name, password and a second
    /// factor again.
    pub async fn reauthenticate(
        &self,
        user_id: i64,
        name: &str,
        password: &SecretString,
        code: &str,
    ) -> Outcome<SignedIn> {
        outcome(
            async {
                let by_address = self.address_subject();
                let by_account = self.account_subject(user_id);
                self.check_delays(&[&by_address, &by_account]).await?;
                match self.find(name, password).await?.filter(|u| u.id == user_id) {
                    Some(user) => self.second_factor_step(&user, code).await,
                    None => {
                        throttle::record_failure(self.db, &[&by_address, &by_account], None, self.now).await?;
                        Err(Refusal::Mismatch.into())
                    }
                }
            }
            .await,
        )
    }

    /// Checks an authenticator code for `user` and records its step as used (a code works once).
    pub(super) async fn use_totp(&self, user: &UserRow, code: &str) -> Result<Result<SecondFactor, Refusal>, DbError> {
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
    fn totp_secret(&self, user: &UserRow) -> Option<Vec<u8>> {
        let sealed = user.totp_secret_sealed.as_deref()?;
        self.keys.totp.open(&totp_aad(user.id), sealed).ok().map(|s| s.to_vec())
    }

    /// Confirms a new authenticator secret with its first code; returns the accepted step.
    pub fn confirm_new_totp(&self, secret: &[u8], code: &str) -> Option<u64> {
        totp::matching_step(secret, code, self.now.max(0) as u64)
    }

    /// Stores a confirmed authenticator secret for a user, recording the confirming step as used.
    pub(super) async fn store_totp(
        &self,
        db: impl Into<Exec<'_>>,
        user_id: i64,
        secret: &[u8],
        step: u64,
    ) -> Result<(), DbError> {
        let sealed = self.keys.totp.seal(&totp_aad(user_id), secret);
        store::set_totp_secret(db, user_id, &sealed, step as i64).await
    }
}

fn totp_aad(user_id: i64) -> Vec<u8> {
    format!("users.totp_secret:{user_id}").into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::Role;

    fn signed_in(factor: SecondFactor, recent_code_failures: i64) -> SignedIn {
        let user = UserRow {
            id: 1,
            role: Role::Member,
            audience: None,
            name_key: vec![],
            email_sealed: None,
            display_name: None,
            service_id: None,
            totp_secret_sealed: None,
            totp_last_step: None,
            created_at: 0,
            password_changed_at: 0,
        };
        SignedIn { user, factor, recent_code_failures }
    }

    #[test]
    fn a_sign_in_mentions_recent_wrong_codes_and_few_recovery_codes() {
        assert!(signed_in(SecondFactor::Authenticator, 0).notices().is_empty());
        assert_eq!(signed_in(SecondFactor::Authenticator, 2).notices(), Flash::one(Notice::CodeFailures(2)));
        assert!(signed_in(SecondFactor::RecoveryCode { remaining: 4 }, 0).notices().is_empty());
        assert_eq!(
            signed_in(SecondFactor::RecoveryCode { remaining: 3 }, 1).notices(),
            Flash(vec![Notice::CodeFailures(1), Notice::RecoveryCodesLow(3)])
        );
    }
}
