//! All SQL for following requests: the passphrase hash kept for a request.

use crate::{
    db::{DbError, Exec},
    execute, fetch,
};

/// Keeps (or replaces) the passphrase hash of the referral `referral_id`.
pub async fn put(db: impl Into<Exec<'_>>, referral_id: i64, hash: &[u8], now: i64) -> Result<(), DbError> {
    execute!(
        db,
        "INSERT INTO referral_followers (referral_id, passphrase_hash, created_at) VALUES ($1, $2, $3)
         ON CONFLICT (referral_id) DO UPDATE SET passphrase_hash = excluded.passphrase_hash,
             created_at = excluded.created_at",
        referral_id,
        hash,
        now
    )?;
    Ok(())
}

/// The passphrase hash kept for the request with this reference, if there is such a request and a
/// passphrase was kept for it: one statement either way.
pub async fn passphrase_hash(db: impl Into<Exec<'_>>, reference: &str) -> Result<Option<Vec<u8>>, DbError> {
    Ok(fetch!(
        db,
        scalar_optional::<Vec<u8>>,
        "SELECT f.passphrase_hash FROM referral_followers f JOIN referrals r ON r.id = f.referral_id
         WHERE r.reference = $1",
        reference
    )?)
}
