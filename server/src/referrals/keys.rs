//! Referral master keys: which one seals a referral's own key (by the id stored beside it), the newest one for
//! new referrals, and rotation to a fresh one.

use super::{store, ReferralError, ReferralKeys};
use crate::{
    crypto::Key,
    db::{Db, Exec},
};

/// What every stored master key is sealed with (besides its key under the server secret).
const MASTER_AAD: &[u8] = b"waymark/referrals/master-key";

/// The master key with this id (`None`: the one derived from the server secret), from its sealed bytes.
pub(super) fn master(keys: &ReferralKeys, key_id: Option<i64>, sealed: Option<&[u8]>) -> Option<Key> {
    match (key_id, sealed) {
        (None, _) => Some(keys.kek.clone()),
        (Some(_), Some(sealed)) => key_from(&keys.masters.open(MASTER_AAD, sealed).ok()?),
        (Some(_), None) => None,
    }
}

fn key_from(plain: &[u8]) -> Option<Key> {
    let bytes: [u8; 32] = plain.try_into().ok()?;
    Some(Key::from_bytes(bytes))
}

/// A referral's own key, opened with its master key.
pub(super) fn open_referral_key(master: &Key, reference: &str, sealed: &[u8]) -> Option<Key> {
    key_from(&master.open(reference.as_bytes(), sealed).ok()?)
}

/// The master key new referrals are sealed under: the newest kept one, or the derived one if none is kept.
pub(crate) async fn current(db: impl Into<Exec<'_>>, keys: &ReferralKeys) -> Result<(Option<i64>, Key), ReferralError> {
    match store::newest_master_key(db).await? {
        None => Ok((None, keys.kek.clone())),
        Some((id, sealed)) => {
            let key = master(keys, Some(id), Some(&sealed)).ok_or(ReferralError::Unreadable)?;
            Ok((Some(id), key))
        }
    }
}

/// What a rotation did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rotated {
    /// The id of the new master key.
    pub key_id: i64,
    /// How many referrals' keys were re-sealed under it.
    pub resealed: usize,
    /// How many old master keys were deleted.
    pub retired: u64,
}

/// Makes a new random master key, re-seals every referral's key under it and deletes the master keys no
/// referral needs any more, in one transaction: either every referral is under the new key and the old keys
/// are gone, or nothing changed. A referral whose key cannot be opened stops the rotation (nothing changes),
/// so no referral is ever left unreadable by it.
pub async fn rotate(db: &Db, keys: &ReferralKeys, now: i64) -> Result<Rotated, ReferralError> {
    let new = Key::random();
    let mut tx = db.begin().await?;
    let key_id = store::insert_master_key(&mut tx, &keys.masters.seal(MASTER_AAD, new.bytes()), now).await?;
    let rows = store::not_under_master_key(&mut tx, key_id).await?;
    for row in &rows {
        let key = super::referral_key(keys, row).ok_or(ReferralError::Unreadable)?;
        let sealed = new.seal(row.reference.as_bytes(), key.bytes());
        store::reseal_key(&mut tx, row.id, key_id, &sealed).await?;
    }
    let retired = store::delete_unused_master_keys(&mut tx, key_id).await?;
    tx.commit().await?;
    Ok(Rotated { key_id, resealed: rows.len(), retired })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secret::ServerSecret;

    #[test]
    fn a_stored_master_key_opens_only_under_the_server_secret_it_was_sealed_with() {
        let keys = ReferralKeys::derive(&ServerSecret::for_tests());
        let new = Key::random();
        let sealed = keys.masters.seal(MASTER_AAD, new.bytes());
        assert_eq!(master(&keys, Some(3), Some(&sealed)).map(|k| *k.bytes()), Some(*new.bytes()));
        assert!(master(&keys, Some(3), None).is_none(), "a missing master key opens nothing");
        assert_eq!(master(&keys, None, None).map(|k| *k.bytes()), Some(*keys.kek.bytes()), "the derived key");
        let referral = Key::random();
        let wrapped = new.seal(b"K7QM-2XPD", referral.bytes());
        assert!(open_referral_key(&new, "K7QM-2XPD", &wrapped).is_some());
        assert!(open_referral_key(&keys.kek, "K7QM-2XPD", &wrapped).is_none(), "another master key");
        assert!(open_referral_key(&new, "AAAA-BBBB", &wrapped).is_none(), "another referral");
    }
}
