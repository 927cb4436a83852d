//! Proving who someone is: the password (then a second factor), the password and a code together while
//! password-only sign-in is paused for a name, and re-authenticating for a sensitive change. Every attempt is
//! counted before it is judged and every delay checked before a password is hashed (see [`throttle`]); each
//! ends in an [`Outcome`]: what was asked for, or a typed [`Refusal`] for the page to explain; a failure on our
//! side is the outer error.
//!
//! Several accounts may share a sign-in name and password (nothing may ever answer "in use", which would tell
//! whoever tried that the password is right): the password finds them all, and the second factor picks the
//! one whose code it is. After [`CODE_CAP`] wrong codes since its last sign-in, an account takes no more codes
//! until its password is reset with a recovery code.

use super::{
    names,
    password::{HashError, Hasher},
    recovery, store,
    store::UserRow,
    throttle::{self, Against, Attempt, Subject, Verdict},
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
    /// Code entry is closed for this account after [`CODE_CAP`] wrong codes: only a password reset with a
    /// recovery code opens it again.
    Closed,
}

/// Wrong codes since an account last signed in after which it takes no more until a recovery-code reset.
pub const CODE_CAP: i64 = 20;

impl Verdict {
    /// Goes ahead if allowed; otherwise the refusal to give.
    fn allowed(self) -> Result<(), Refusal> {
        match self {
            Verdict::Allowed => Ok(()),
            Verdict::Wait(seconds) => Err(Refusal::Wait(seconds)),
            Verdict::Paused(until) => Err(Refusal::Paused(until)),
        }
    }
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
    /// Wrong codes entered for this account since it last signed in (a sign the password is known).
    pub recent_code_failures: i64,
    /// Code entry had closed after too many wrong codes since the owner last signed in.
    pub code_entry_was_closed: bool,
}

impl SignedIn {
    /// What the account page says after this sign-in: wrong codes entered just before it, and few recovery
    /// codes left (three or fewer).
    pub fn notices(&self) -> Flash {
        let mut flash = Flash::default();
        if self.code_entry_was_closed {
            flash.0.push(Notice::CodeEntryWasClosed);
        }
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

    /// Records an attempt against `against` and refuses it now if a delay or pause says so (it then stays
    /// counted). Called before any password is hashed.
    pub(super) async fn admit(&self, against: &Against<'_>) -> Result<Attempt, Stop> {
        let (attempt, verdict) = throttle::begin(self.db, against, self.now).await?;
        verdict.allowed()?;
        Ok(attempt)
    }

    /// Every account with this name and password (those that have finished setting up two-factor sign-in).
    /// One Argon2id computation, whatever the outcome.
    async fn find(&self, name: &str, password: &SecretString) -> Result<Vec<UserRow>, Stop> {
        let canonical = names::normalise(name);
        let locator = self.hasher.locator(&canonical, password).await?;
        let found = store::users_by_locator(self.db, &locator).await?;
        Ok(found.into_iter().filter(|u| u.totp_secret_sealed.is_some()).collect())
    }

    /// [`Accounts::find`], after which an attempt that could not be hashed (busy) is taken back: it was not
    /// judged.
    async fn find_counted(&self, name: &str, password: &SecretString, attempt: &Attempt) -> Result<Vec<UserRow>, Stop> {
        match self.find(name, password).await {
            Err(Stop::Refused(Refusal::Busy)) => {
                throttle::take_back(self.db, attempt).await?;
                Err(Refusal::Busy.into())
            }
            other => other,
        }
    }

    /// First step of signing in: the password alone. On success, every account with this name and password
    /// (usually one), and the caller asks for the second factor.
    pub async fn check_password(&self, name: &str, password: &SecretString) -> Outcome<Vec<UserRow>> {
        outcome(self.password_step(name, password).await)
    }

    async fn password_step(&self, name: &str, password: &SecretString) -> Result<Vec<UserRow>, Stop> {
        let canonical = names::normalise(name);
        let by_name = self.name_subject(&canonical);
        let by_address = self.address_subject();
        let against = Against { delayed: vec![&by_address], pausable: vec![&by_name], ..Against::default() };
        let attempt = self.admit(&against).await?;
        let found = self.find_counted(name, password, &attempt).await?;
        if found.is_empty() {
            let name_key = self.keys.name_key(&canonical);
            staff::store::record_by_name_key(self.db, &name_key, StaffAction::SignInFailed, self.now).await?;
            return match throttle::failed(self.db, &[&by_name], self.now).await? {
                Some(until) => Err(Refusal::Paused(until).into()),
                None => Err(Refusal::Mismatch.into()),
            };
        }
        throttle::take_back(self.db, &attempt).await?;
        Ok(found)
    }

    /// When password-only sign-in for this name is paused until, if it is.
    pub async fn name_paused_until(&self, name: &str) -> Result<Option<i64>, DbError> {
        throttle::pause(self.db, &self.name_subject(&names::normalise(name)), self.now).await
    }

    /// Second step of signing in: an authenticator code or a recovery code for one of `candidates` (the
    /// accounts the password found); the code picks the account.
    pub async fn check_second_factor(&self, candidates: &[UserRow], code: &str) -> Outcome<SignedIn> {
        outcome(self.second_factor_step(candidates, code, None).await)
    }

    /// Counts a code attempt against every candidate (their accounts, each from this address, this address,
    /// and each account's wrong-code count) before judging it; `before` is an attempt already counted for the
    /// password given with the code, whose subjects are not counted twice.
    async fn second_factor_step(
        &self,
        candidates: &[UserRow],
        code: &str,
        before: Option<&Attempt>,
    ) -> Result<SignedIn, Stop> {
        let by_address = self.address_subject();
        let by_account: Vec<Subject> = candidates.iter().map(|u| self.account_subject(u.id)).collect();
        let here: Vec<Subject> = candidates.iter().map(|u| self.account_address_subject(u.id)).collect();
        let new = |s: &Subject| before.is_none_or(|b| !b.has(s));
        let against = Against {
            delayed: std::iter::once(&by_address).chain(&by_account).filter(|s| new(s)).collect(),
            pausable: here.iter().collect(),
            ..Against::default()
        };
        let (attempt, verdict) = throttle::begin(self.db, &against, self.now).await?;
        // Each candidate's wrong-code count, also before the code is judged: an account at the cap is left out.
        let mut open = Vec::new();
        for user in candidates {
            if let Some(count) = store::count_code_attempt(self.db, user.id, CODE_CAP).await? {
                open.push((user, count));
            }
        }
        if let Err(refusal) = verdict.allowed() {
            self.note_closed(&open).await?;
            return Err(refusal.into());
        }
        if open.is_empty() {
            return Err(Refusal::Closed.into());
        }
        let mut refusal = Refusal::Mismatch;
        for (index, (user, count)) in open.iter().enumerate() {
            let checked = if recovery::looks_like_recovery_code(code) {
                self.use_recovery_code(user.id, code).await?
            } else {
                self.use_totp(user, code).await?
            };
            match checked {
                Ok(factor) => {
                    let mut tx = self.db.begin().await?;
                    throttle::succeeded(&mut tx, &attempt).await?;
                    if let Some(before) = before {
                        throttle::succeeded(&mut tx, before).await?;
                    }
                    throttle::clear(&mut tx, &[&by_account[index], &here[index]]).await?;
                    let was_closed = store::signed_in_after_codes(&mut tx, user.id).await?;
                    for (other, _) in open.iter().filter(|(other, _)| other.id != user.id) {
                        store::uncount_code_attempt(&mut tx, other.id).await?;
                    }
                    tx.commit().await?;
                    let user = (*user).clone();
                    return Ok(SignedIn {
                        user,
                        factor,
                        recent_code_failures: count - 1,
                        code_entry_was_closed: was_closed,
                    });
                }
                Err(Refusal::Replayed) => refusal = Refusal::Replayed,
                Err(_) => {}
            }
        }
        self.note_closed(&open).await?;
        for (user, _) in &open {
            staff::store::record(self.db, user.id, None, StaffAction::SignInFailed, self.now).await?;
        }
        let here: Vec<&Subject> = here.iter().collect();
        match throttle::failed(self.db, &here, self.now).await? {
            Some(until) => Err(Refusal::Paused(until).into()),
            None => Err(refusal.into()),
        }
    }

    /// Notes that code entry has closed for the accounts whose count reached the cap.
    async fn note_closed(&self, counted: &[(&UserRow, i64)]) -> Result<(), DbError> {
        for (user, count) in counted {
            if *count >= CODE_CAP {
                store::note_code_entry_closed(self.db, user.id, CODE_CAP, self.now).await?;
            }
        }
        Ok(())
    }

    /// Signing in with password and second factor together: the way in while password-only sign-in is paused
    /// for a name. Counted against the address (whose delays are checked before hashing) and the name (which
    /// never refuses it, so whoever paused the name cannot keep its owner out). Every refusal after hashing is
    /// the same [`Refusal::Mismatch`], so the answer never says whether the password was right.
    pub async fn check_password_and_code(&self, name: &str, password: &SecretString, code: &str) -> Outcome<SignedIn> {
        outcome(
            async {
                let by_name = self.name_subject(&names::normalise(name));
                let by_address = self.address_subject();
                let against = Against { delayed: vec![&by_address], counted: vec![&by_name], ..Against::default() };
                let attempt = self.admit(&against).await?;
                let found = self.find_counted(name, password, &attempt).await?;
                if found.is_empty() {
                    return Err(Refusal::Mismatch.into());
                }
                self.second_factor_step(&found, code, Some(&attempt)).await.map_err(vague)
            }
            .await,
        )
    }

    /// Re-authentication for a sensitive change by a signed-in user: their sign-in name, password and a second
    /// factor again. Counted against the address and the account before hashing; every refusal after hashing
    /// is the same [`Refusal::Mismatch`].
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
                let against = Against { delayed: vec![&by_address, &by_account], ..Against::default() };
                let attempt = self.admit(&against).await?;
                let found: Vec<UserRow> = self
                    .find_counted(name, password, &attempt)
                    .await?
                    .into_iter()
                    .filter(|u| u.id == user_id)
                    .collect();
                if found.is_empty() {
                    return Err(Refusal::Mismatch.into());
                }
                self.second_factor_step(&found, code, Some(&attempt)).await.map_err(vague)
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

/// After a password was hashed, every refusal but "busy" reads as a mismatch: a delay, pause or closed code
/// entry that only the right password could reach must not say that it was right.
fn vague(stop: Stop) -> Stop {
    match stop {
        Stop::Refused(Refusal::Busy) => Stop::Refused(Refusal::Busy),
        Stop::Refused(_) => Stop::Refused(Refusal::Mismatch),
        failed => failed,
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
            staff_role: None,
            totp_secret_sealed: None,
            totp_last_step: None,
            created_at: 0,
            password_changed_at: 0,
            code_failures: 0,
        };
        SignedIn { user, factor, recent_code_failures, code_entry_was_closed: false }
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
