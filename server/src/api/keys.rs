//! API keys: made for one organisation by the operator (on the commissioner's page or with `waymark api-keys`),
//! shown once as `wmk_` and 43 random characters (256 bits), and stored only as a keyed hash under a key derived
//! from the server secret, with its first characters to tell keys apart. Revoking a key stops it at once.

use super::{store, ApiKeys};
use crate::{
    crypto::random_token,
    db::{Db, DbError},
};

/// What every key starts with, so a leaked key is recognisable (by secret scanners, say).
pub const PREFIX: &str = "wmk_";
/// How many characters after the prefix are kept to tell keys apart.
const SHOWN: usize = 8;
/// The longest label.
pub const MAX_LABEL: usize = 100;

/// A new key: its id, and the key itself, to show once.
#[derive(Debug)]
pub struct NewKey {
    pub id: i64,
    pub key: String,
}

/// Why a key was not made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// No organisation (that is not disabled) has this id.
    NoOrganisation,
    LabelMissing,
    LabelTooLong,
}

/// Makes a key for the organisation `organisation_id`, labelled (for example "Victim referral system"), and
/// keeps only its hash. `by` is the member of staff who made it (`None` from the command line).
pub async fn create(
    db: &Db,
    keys: &ApiKeys,
    organisation_id: i64,
    label: &str,
    by: Option<i64>,
    now: i64,
) -> Result<Result<NewKey, Refusal>, DbError> {
    let label = label.trim();
    if label.is_empty() {
        return Ok(Err(Refusal::LabelMissing));
    }
    if label.chars().count() > MAX_LABEL {
        return Ok(Err(Refusal::LabelTooLong));
    }
    if !store::organisations(db).await?.iter().any(|(id, _)| *id == organisation_id) {
        return Ok(Err(Refusal::NoOrganisation));
    }
    let secret = random_token(32);
    let key = format!("{PREFIX}{secret}");
    let prefix = format!("{PREFIX}{}", &secret[..SHOWN]);
    let id = store::insert_key(db, organisation_id, label, &prefix, &keys.hash_key(&key), by, now).await?;
    Ok(Ok(NewKey { id, key }))
}

/// Revokes a key; false if there is no such key or it was already revoked.
pub async fn revoke(db: &Db, id: i64, by: Option<i64>, now: i64) -> Result<bool, DbError> {
    store::revoke_key(db, id, by, now).await
}

/// The key a request presents (`Authorization: Bearer wmk_…`), if it is one in use.
pub async fn authenticate(db: &Db, keys: &ApiKeys, presented: Option<&str>) -> Result<Option<store::KeyRow>, DbError> {
    match presented.filter(|k| k.starts_with(PREFIX) && k.len() <= 100) {
        Some(key) => store::active_key(db, &keys.hash_key(key)).await,
        None => Ok(None),
    }
}
