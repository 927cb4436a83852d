//! Registration and staff enrolment: choosing sign-in details (hashed, with a new diary key wrapped under the
//! password) and, once the new authenticator has produced a correct code, creating the account with its
//! authenticator, recovery codes and diary key and signing it in, all in one transaction. Also the one-time
//! invitation a staff account starts with.

use super::{
    checks::NewLogin,
    flows::Accounts,
    journey::{Journey, PendingLogin},
    recovery,
    session::{self, Fresh, Replacing, Session, Stage},
    store::{self, UserRow},
    Audience, AuthError, Role,
};
use crate::{
    crypto::{random_token, token_hash},
    db::{Db, DbError, Tx},
    diary::keys::{self, DiaryKey},
    staff,
};
use app::models::account::Device;
use app::models::flash::Flash;
use app::models::staff::{StaffAction, StaffRole};
use secrecy::SecretString;

/// How long a staff enrolment link works.
pub const INVITE_SECONDS: i64 = 24 * 60 * 60;

/// Whose enrolment it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Enrolling {
    /// A new member's account, for themselves or someone they support.
    Member(Audience),
    /// An invited staff account.
    Staff(i64),
}

impl Enrolling {
    /// Whom a journey enrols: the invited staff account, or a member for whom they said (themselves if that
    /// was never asked).
    pub fn of(journey: &Journey) -> Enrolling {
        match journey.staff_user {
            Some(id) => Enrolling::Staff(id),
            None => Enrolling::Member(journey.audience.unwrap_or(Audience::Myself)),
        }
    }
}

/// Sign-in details chosen, or why not.
pub enum Chosen {
    /// Hashed, with a new diary key (kept, wrapped, in the session until the account exists).
    Ready(PendingLogin, DiaryKey),
    /// Too many passwords are being hashed at once: try again in a moment.
    Busy,
}

/// A new authenticator, confirmed by its first code (`step`), for the sign-in details of an enrolment.
pub struct Confirmed<'a> {
    pub who: Enrolling,
    pub pending: &'a PendingLogin,
    pub totp_secret: &'a [u8],
    pub step: u64,
}

impl Accounts<'_> {
    /// Hashes new sign-in details into their locator. Whether another account has the same name and password
    /// is never asked (several may: the second factor tells them apart), so the answer and the work are the
    /// same for every name. The diary key is made now, while the password is at hand, and wrapped under it.
    pub async fn choose_login(&self, login: NewLogin, password: &SecretString) -> Result<Chosen, AuthError> {
        let Ok(locator) = self.hasher.locator(&login.name, password).await else { return Ok(Chosen::Busy) };
        let diary_key = DiaryKey::random();
        let diary_wrap = keys::wrap_for_password(self.hasher, &diary_key, password).await?;
        let pending = PendingLogin { name: login.name, locator, email: login.email, diary_wrap: Some(diary_wrap) };
        Ok(Chosen::Ready(pending, diary_key))
    }

    /// Finishes an enrolment. In one transaction: the account is created (a member) or given its sign-in
    /// details (staff, whose invitations end), with its authenticator, fresh recovery codes and, when the
    /// session holds the diary key, the key wrapped under the password and under each code; and a signed-in
    /// session carrying the codes (to show once) replaces the visitor's. The slow key derivations happen
    /// before it. `None` if an invited staff account is gone; then nothing is written. Returns the new session's token.
    pub async fn finish_enrolment(
        &self,
        confirmed: Confirmed<'_>,
        diary_key: Option<&DiaryKey>,
        replacing: Option<&Session>,
        device: &Device,
    ) -> Result<Option<String>, AuthError> {
        let Confirmed { who, pending, totp_secret, step } = confirmed;
        let codes = recovery::generate();
        let hashes: Vec<Vec<u8>> = codes.iter().filter_map(|c| recovery::fingerprint(&self.keys.recovery, c)).collect();
        let diary = match (diary_key, &pending.diary_wrap) {
            (Some(key), Some(wrap)) => {
                Some((key, wrap, keys::code_keys(self.hasher, &self.keys.recovery, &codes).await?))
            }
            _ => None,
        };
        let name_key = self.keys.name_key(&pending.name);
        let mut tx = self.db.begin().await?;
        let user_id = match who {
            Enrolling::Member(audience) => {
                let email_sealed = pending.email.as_deref().map(|e| self.keys.email.seal(b"users.email", e.as_bytes()));
                let user = store::NewUser {
                    role: Role::Member,
                    audience: Some(audience),
                    name_key: &name_key,
                    locator: Some(&pending.locator),
                    email_sealed: email_sealed.as_deref(),
                    display_name: None,
                    service_id: None,
                    staff_role: None,
                    now: self.now,
                };
                store::insert_user(&mut tx, &user).await?
            }
            Enrolling::Staff(id) => {
                // Only an account not yet enrolled, with its invitation still open: the link works once, and
                // an enrolled account is never overwritten.
                if !store::claim_staff_login(&mut tx, id, &name_key, &pending.locator, self.now).await? {
                    return Ok(None);
                }
                store::delete_invites(&mut tx, id).await?;
                staff::store::record(&mut tx, id, None, StaffAction::Enrolled, self.now).await?;
                id
            }
        };
        self.store_totp(&mut tx, user_id, totp_secret, step).await?;
        store::replace_recovery_codes(&mut tx, user_id, &hashes).await?;
        if let Some((key, wrap, code_keys)) = &diary {
            keys::store_password_wrap(&mut tx, user_id, wrap, self.now).await?;
            keys::store_code_wraps(&mut tx, key, user_id, code_keys).await?;
        }
        let journey = Journey { new_codes: Some(codes), ..Journey::default() };
        let fresh = Fresh {
            user_id,
            stage: Stage::Active,
            replacing: Replacing::Session(replacing),
            diary_key,
            journey: Some(&journey),
            others: &[],
            flash: Flash::default(),
            device,
            now: self.now,
        };
        let token = session::rotate_in(&mut tx, &self.keys.journey, fresh).await?;
        tx.commit().await?;
        Ok(Some(token))
    }
}

/// A staff account to make, waiting for enrolment.
pub struct NewStaff<'a> {
    pub display_name: &'a str,
    /// The receiving service they work for (none for a commissioner, or an operator without a queue).
    pub service: Option<&'a str>,
    pub role: StaffRole,
}

/// A one-time enrolment link's token and when it stops working.
#[derive(Clone, Debug)]
pub struct Invitation {
    pub token: String,
    pub expires_at: i64,
}

/// Creates a staff account waiting for enrolment, with its one-time invitation (valid for [`INVITE_SECONDS`])
/// and its entry in the staff account log (`by` the manager who made it, or none from the server's shell), in
/// one transaction. Returns the account's id and the invitation.
pub async fn invite_staff(
    db: &Db,
    new: &NewStaff<'_>,
    by: Option<i64>,
    now: i64,
) -> Result<(i64, Invitation), DbError> {
    // Until the staff member chooses a sign-in name, the account has an unguessable placeholder.
    let placeholder = token_hash(&random_token(32));
    let user = store::NewUser {
        role: Role::Staff,
        audience: None,
        name_key: &placeholder,
        locator: None,
        email_sealed: None,
        display_name: Some(new.display_name),
        service_id: new.service,
        staff_role: Some(new.role),
        now,
    };
    let mut tx = db.begin().await?;
    let id = store::insert_user(&mut tx, &user).await?;
    let invitation = issue_invite(&mut tx, id, now).await?;
    staff::store::record(&mut tx, id, by, StaffAction::Invited, now).await?;
    tx.commit().await?;
    Ok((id, invitation))
}

/// Replaces a staff account's invitations with a new one (within the caller's transaction).
pub async fn issue_invite(tx: &mut Tx, user_id: i64, now: i64) -> Result<Invitation, DbError> {
    let token = random_token(32);
    let expires_at = now + INVITE_SECONDS;
    store::delete_invites(&mut *tx, user_id).await?;
    store::insert_invite(&mut *tx, &token_hash(&token), user_id, expires_at).await?;
    Ok(Invitation { token, expires_at })
}

/// The staff account an unexpired invitation is for, if any (and if it is not enrolled yet).
pub async fn invited(db: &Db, invite: &str, now: i64) -> Result<Option<UserRow>, DbError> {
    if invite.is_empty() {
        return Ok(None);
    }
    match store::invite_user(db, &token_hash(invite), now).await? {
        Some(user_id) => store::user_by_id(db, user_id).await,
        None => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_journey_enrols_invited_staff_or_a_member() {
        let staff = Journey { staff_user: Some(7), audience: Some(Audience::Supporter), ..Journey::default() };
        assert_eq!(Enrolling::of(&staff), Enrolling::Staff(7));
        let supporter = Journey { audience: Some(Audience::Supporter), ..Journey::default() };
        assert_eq!(Enrolling::of(&supporter), Enrolling::Member(Audience::Supporter));
        assert_eq!(Enrolling::of(&Journey::default()), Enrolling::Member(Audience::Myself));
    }
}
