//! Diary keys and their wrappings. A wrapping is the key sealed under a key-encryption key (KEK): Argon2id of
//! the password or of a recovery code (each with its own random salt) mixed with a key derived from the server
//! secret ([`Hasher::derive_kek`]), so that neither a database dump nor the server secret alone opens a diary;
//! or HKDF of a session token.
//!
//! Wrappings made before the server secret was mixed in (version [`KEK_PLAIN`]) are replaced at the owner's
//! next sign-in: the password's by a new wrapping under the mixed KEK, and each recovery code's (whose code
//! the server does not have) by sealing it once more under the server-derived key (version [`KEK_SEALED`]).

use super::store;
use crate::{
    auth::{password::HashError, password::Hasher, recovery},
    crypto::{Key, OpenError},
    db::{Db, DbError, Exec, Tx},
};
use rand::RngCore;
use secrecy::{ExposeSecret, SecretString};

/// A person's diary key, wiped from memory when dropped.
#[derive(Clone, Debug)]
pub struct DiaryKey(Key);

impl DiaryKey {
    pub fn random() -> DiaryKey {
        DiaryKey(Key::random())
    }

    pub fn key(&self) -> &Key {
        &self.0
    }

    fn from_plain(plain: &[u8]) -> Result<DiaryKey, OpenError> {
        let bytes: [u8; 32] = plain.try_into().map_err(|_| OpenError)?;
        Ok(DiaryKey(Key::from_bytes(bytes)))
    }
}

/// Key-encryption key versions (the `kek_version` columns): Argon2id alone (before the server secret was mixed
/// in), Argon2id mixed with the server-derived key, and an Argon2id-alone wrapping sealed again under the
/// server-derived key.
pub const KEK_PLAIN: i64 = 1;
pub const KEK_MIXED: i64 = 2;
pub const KEK_SEALED: i64 = 3;

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error(transparent)]
    Hash(#[from] HashError),
    #[error(transparent)]
    Db(#[from] DbError),
}

fn salt() -> [u8; 16] {
    let mut salt = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut salt);
    salt
}

/// The password wrapping is made at registration, before the account has an id; it cannot be moved to another
/// account anyway, as its KEK comes from that account's password and salt.
const PASSWORD_AAD: &[u8] = b"diary_keys.wrapped_by_password";

fn recovery_aad(user_id: i64) -> Vec<u8> {
    format!("recovery_codes.diary_key_wrapped:{user_id}").into_bytes()
}

const SESSION_AAD: &[u8] = b"sessions.diary_key_wrapped";

/// The key wrapped for a session: only a request carrying that session's token can unwrap it.
pub fn wrap_for_session(key: &DiaryKey, token: &str) -> Vec<u8> {
    Key::derive_from(token.as_bytes(), "waymark/diary/session").seal(SESSION_AAD, key.0.bytes())
}

/// The key from a session's wrapping and the token from the request's cookie.
pub fn unwrap_from_session(wrapped: Option<&[u8]>, token: &str) -> Option<DiaryKey> {
    let plain = Key::derive_from(token.as_bytes(), "waymark/diary/session").open(SESSION_AAD, wrapped?).ok()?;
    DiaryKey::from_plain(&plain).ok()
}

/// Wraps the key under a password, with a fresh salt: (salt, wrapping).
pub async fn wrap_for_password(
    hasher: &Hasher,
    key: &DiaryKey,
    password: &SecretString,
) -> Result<(Vec<u8>, Vec<u8>), HashError> {
    let salt = salt();
    let kek = hasher.derive_kek(password.expose_secret().as_bytes(), &salt).await?;
    Ok((salt.to_vec(), kek.seal(PASSWORD_AAD, key.0.bytes())))
}

/// The key-encryption keys of a person's new recovery codes, derived with Argon2id (slow) before the
/// transaction that stores the codes; [`store_code_wraps`] seals the diary key under them inside it.
pub struct CodeKeys(Vec<CodeKey>);

struct CodeKey {
    code_hash: Vec<u8>,
    salt: [u8; 16],
    kek: Key,
}

/// Derives the key-encryption key of each new recovery code, each with its own salt.
pub async fn code_keys(hasher: &Hasher, recovery_key: &Key, codes: &[String]) -> Result<CodeKeys, HashError> {
    let mut keys = Vec::with_capacity(codes.len());
    for code in codes {
        let Some(normal) = recovery::normalise(code) else { continue };
        let Some(code_hash) = recovery::fingerprint(recovery_key, code) else { continue };
        let salt = salt();
        let kek = hasher.derive_kek(normal.as_bytes(), &salt).await?;
        keys.push(CodeKey { code_hash, salt, kek });
    }
    Ok(CodeKeys(keys))
}

/// Stores the key wrapped under each of a person's new recovery codes (stored already, in the same
/// transaction).
pub async fn store_code_wraps(tx: &mut Tx, key: &DiaryKey, user_id: i64, code_keys: &CodeKeys) -> Result<(), DbError> {
    for code in &code_keys.0 {
        let wrapped = code.kek.seal(&recovery_aad(user_id), key.0.bytes());
        store::put_recovery_wrap(&mut *tx, user_id, &code.code_hash, &code.salt, &wrapped, KEK_MIXED).await?;
    }
    Ok(())
}

/// Stores the key's wrapping under a (new) password, made by [`wrap_for_password`]: (salt, wrapping).
pub async fn store_password_wrap(
    db: impl Into<Exec<'_>>,
    user_id: i64,
    (salt, wrapped): &(Vec<u8>, Vec<u8>),
    now: i64,
) -> Result<(), DbError> {
    store::put_key(db, user_id, salt, wrapped, KEK_MIXED, now).await
}

/// The key, unwrapped with the password. `Ok(None)` if the person has no diary key yet, or it cannot be opened.
pub async fn unwrap_with_password(
    db: &Db,
    hasher: &Hasher,
    user_id: i64,
    password: &SecretString,
) -> Result<Option<DiaryKey>, KeyError> {
    let Some((salt, wrapped, version)) = store::password_wrap(db, user_id).await? else { return Ok(None) };
    let kek = kek_of(hasher, version, password.expose_secret().as_bytes(), &salt).await?;
    Ok(kek.open(PASSWORD_AAD, &wrapped).ok().and_then(|plain| DiaryKey::from_plain(&plain).ok()))
}

/// The key-encryption key of a wrapping of this version.
async fn kek_of(hasher: &Hasher, version: i64, secret: &[u8], salt: &[u8]) -> Result<Key, HashError> {
    if version == KEK_MIXED {
        hasher.derive_kek(secret, salt).await
    } else {
        hasher.derive_key(secret, salt).await
    }
}

/// The key, unwrapped with a recovery code (used or not).
pub async fn unwrap_with_recovery_code(
    db: &Db,
    hasher: &Hasher,
    recovery_key: &Key,
    user_id: i64,
    code: &str,
) -> Result<Option<DiaryKey>, KeyError> {
    let (Some(normal), Some(hash)) = (recovery::normalise(code), recovery::fingerprint(recovery_key, code)) else {
        return Ok(None);
    };
    let Some((salt, wrapped, version)) = store::recovery_wrap(db, user_id, &hash).await? else { return Ok(None) };
    let wrapped = if version == KEK_SEALED {
        let Ok(inner) = hasher.server_kek_key().open(&sealed_aad(user_id, &hash), &wrapped) else { return Ok(None) };
        inner.to_vec()
    } else {
        wrapped
    };
    let kek = kek_of(hasher, version, normal.as_bytes(), &salt).await?;
    Ok(kek.open(&recovery_aad(user_id), &wrapped).ok().and_then(|plain| DiaryKey::from_plain(&plain).ok()))
}

fn sealed_aad(user_id: i64, code_hash: &[u8]) -> Vec<u8> {
    let mut aad = format!("recovery_codes.diary_key_wrapped.sealed:{user_id}:").into_bytes();
    aad.extend_from_slice(code_hash);
    aad
}

/// Replaces the wrappings made before the server secret was mixed in, once the key is at hand at sign-in: the
/// password's is made again under the mixed key-encryption key, and each recovery code's sealed once more
/// under the server-derived key. One transaction.
async fn upgrade_wrappings(
    db: &Db,
    hasher: &Hasher,
    key: &DiaryKey,
    user_id: i64,
    password: &SecretString,
    now: i64,
) -> Result<(), KeyError> {
    let (salt, wrapped) = wrap_for_password(hasher, key, password).await?;
    let server_key = hasher.server_kek_key();
    let mut tx = db.begin().await?;
    store::put_key(&mut tx, user_id, &salt, &wrapped, KEK_MIXED, now).await?;
    for (code_hash, salt, wrapped) in store::recovery_wraps_of_version(&mut tx, user_id, KEK_PLAIN).await? {
        let sealed = server_key.seal(&sealed_aad(user_id, &code_hash), &wrapped);
        store::put_recovery_wrap(&mut tx, user_id, &code_hash, &salt, &sealed, KEK_SEALED).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Wraps the key under a password and stores the wrapping.
pub async fn rewrap_for_password(
    db: &Db,
    hasher: &Hasher,
    key: &DiaryKey,
    user_id: i64,
    password: &SecretString,
    now: i64,
) -> Result<(), KeyError> {
    let (salt, wrapped) = wrap_for_password(hasher, key, password).await?;
    store::put_key(db, user_id, &salt, &wrapped, KEK_MIXED, now).await?;
    Ok(())
}

/// The key for a signing-in person: unwrapped with the password (and its wrappings brought up to date if they
/// were made before the server secret was mixed in), or created (wrapped under the password) if the account
/// has none yet.
pub async fn open_or_create(
    db: &Db,
    hasher: &Hasher,
    user_id: i64,
    password: &SecretString,
    now: i64,
) -> Result<Option<DiaryKey>, KeyError> {
    if let Some((_, _, version)) = store::password_wrap(db, user_id).await? {
        let key = unwrap_with_password(db, hasher, user_id, password).await?;
        if let Some(key) = key.as_ref().filter(|_| version != KEK_MIXED) {
            upgrade_wrappings(db, hasher, key, user_id, password, now).await?;
        }
        return Ok(key);
    }
    let key = DiaryKey::random();
    rewrap_for_password(db, hasher, &key, user_id, password, now).await?;
    Ok(Some(key))
}
