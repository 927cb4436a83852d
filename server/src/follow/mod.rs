//! Following a request without an account: on the confirmation page a person may keep a way to check on their
//! request later, the neutral reference plus a random passphrase shown once (16 characters in groups of four,
//! 80 random bits). Only a keyed hash of the passphrase is stored, bound to the reference, under a key derived
//! from the server secret. `/request/status` asks for both; every attempt is counted before it is judged, per
//! client address and per reference ([`crate::auth::throttle`]), and an unknown reference and a wrong
//! passphrase are answered alike.

pub mod passphrase;
pub mod store;

use crate::{
    auth::throttle::{self, Against, Subject, Verdict},
    crypto::Key,
    db::{Db, DbError},
    referrals::store::{by_reference, ReferralRow},
    secret::ServerSecret,
};
use subtle::ConstantTimeEq;

/// Keys for following requests, derived from the server secret.
pub struct FollowKeys {
    /// Fingerprints of passphrases (bound to their reference).
    passphrases: Key,
    /// Fingerprints of the subjects attempts are counted against.
    throttle: Key,
}

impl FollowKeys {
    pub fn derive(secret: &ServerSecret) -> FollowKeys {
        FollowKeys {
            passphrases: Key::derive(secret, "waymark/follow/passphrases"),
            throttle: Key::derive(secret, "waymark/follow/throttle"),
        }
    }

    /// The stored hash of `passphrase` (canonical form) for the request `reference` (canonical form).
    fn hash(&self, reference: &str, passphrase: &str) -> Vec<u8> {
        self.passphrases.fingerprint(format!("{reference}\n{passphrase}").as_bytes())
    }
}

/// The canonical form of a typed reference (`k7qm 2xpd` → `K7QM-2XPD`), or `None` if it cannot be one.
pub fn normalise_reference(typed: &str) -> Option<String> {
    const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let plain: String = app::i18n::western_digits(typed)
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    (plain.len() == 8 && plain.bytes().all(|b| ALPHABET.contains(&b)))
        .then(|| format!("{}-{}", &plain[..4], &plain[4..]))
}

/// Makes a new passphrase for the request `reference` and keeps its hash, replacing any earlier one (which then
/// stops working). Returns the passphrase to show once. A reference with no stored request (a confirmation
/// that only looked sent) gets a passphrase too, and nothing is kept.
pub async fn keep(db: &Db, keys: &FollowKeys, reference: &str, now: i64) -> Result<String, DbError> {
    let passphrase = passphrase::generate();
    if let Some(row) = by_reference(db, reference).await? {
        let canonical = passphrase::normalise(&passphrase).unwrap_or_default();
        store::put(db, row.id, &keys.hash(&row.reference, &canonical), now).await?;
    }
    Ok(passphrase)
}

/// What came of an attempt to follow a request.
#[derive(Debug)]
pub enum Followed {
    /// The reference and passphrase match: the request as stored.
    Found(Box<ReferralRow>),
    /// They do not match a request (an unknown reference and a wrong passphrase alike).
    NoMatch,
    /// Too many attempts from this address or for this reference: try again later.
    TooMany,
}

/// Looks a request up by reference and passphrase, counting the attempt first against the client address
/// (growing delays) and the reference (a pause after repeated failures), whether or not the reference exists.
/// One keyed hash is computed whatever the outcome, and the stored hash is compared in constant time.
pub async fn follow(
    db: &Db,
    keys: &FollowKeys,
    address: &str,
    reference: &str,
    passphrase: &str,
    now: i64,
) -> Result<Followed, DbError> {
    let reference = normalise_reference(reference).unwrap_or_else(|| reference.trim().to_uppercase());
    let per_address = Subject::address(&keys.throttle, address);
    let per_reference = Subject::name(&keys.throttle, &format!("reference:{reference}"));
    let against = Against { delayed: vec![&per_address], counted: vec![], pausable: vec![&per_reference] };
    let (attempt, verdict) = throttle::begin(db, &against, now).await?;
    if verdict != Verdict::Allowed {
        return Ok(Followed::TooMany);
    }
    let typed = keys.hash(&reference, &passphrase::normalise(passphrase).unwrap_or_default());
    let stored = store::passphrase_hash(db, &reference).await?.unwrap_or_default();
    let matches = bool::from(stored.ct_eq(&typed));
    if matches {
        if let Some(row) = by_reference(db, &reference).await? {
            throttle::take_back(db, &attempt).await?;
            return Ok(Followed::Found(Box::new(row)));
        }
    }
    throttle::failed(db, &[&per_reference], now).await?;
    Ok(Followed::NoMatch)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_read_forgivingly() {
        assert_eq!(normalise_reference(" k7qm 2xpd ").as_deref(), Some("K7QM-2XPD"));
        assert_eq!(normalise_reference("K7QM-2XPD").as_deref(), Some("K7QM-2XPD"));
        assert_eq!(normalise_reference("K7QM2XP"), None, "too short");
        assert_eq!(normalise_reference("K7QM-2XP1"), None, "1 is not in the alphabet");
        assert_eq!(normalise_reference(""), None);
    }

    #[test]
    fn a_passphrase_hash_is_bound_to_its_reference_and_the_server_secret() {
        let keys = FollowKeys::derive(&ServerSecret::for_tests());
        let a = keys.hash("K7QM-2XPD", "ABCDEFGHJKMNPQRS");
        assert_eq!(a, keys.hash("K7QM-2XPD", "ABCDEFGHJKMNPQRS"));
        assert_ne!(a, keys.hash("AAAA-BBBB", "ABCDEFGHJKMNPQRS"), "another request");
        assert_ne!(a, keys.hash("K7QM-2XPD", "ABCDEFGHJKMNPQRT"), "another passphrase");
        let base64 = base64::Engine::encode(&base64::engine::general_purpose::STANDARD, [1u8; 32]);
        let other = FollowKeys::derive(
            &ServerSecret::load(Some(&base64), std::path::Path::new("/nonexistent")).expect("secret"),
        );
        assert_ne!(a, other.hash("K7QM-2XPD", "ABCDEFGHJKMNPQRS"), "another server secret");
    }
}
