//! Cryptographic building blocks shared by features: keys derived from the server secret (HKDF-SHA256),
//! authenticated encryption (XChaCha20-Poly1305) with associated data, keyed hashing (HMAC-SHA256) for
//! high-entropy values such as tokens and recovery codes, and random tokens.

use crate::secret::ServerSecret;
use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine as _};
use chacha20poly1305::{
    aead::{Aead, KeyInit, Payload},
    XChaCha20Poly1305, XNonce,
};
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

const NONCE_LEN: usize = 24;

/// Sealed data could not be opened: it was tampered with, corrupted, moved to another row, or sealed under
/// another key.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("sealed data could not be opened")]
pub struct OpenError;

/// A 256-bit key for one purpose. Its bytes are wiped when it is dropped.
#[derive(Clone)]
pub struct Key(Zeroizing<[u8; 32]>);

impl std::fmt::Debug for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Key(…)")
    }
}

impl Key {
    pub fn from_bytes(bytes: [u8; 32]) -> Key {
        Key(Zeroizing::new(bytes))
    }

    pub fn random() -> Key {
        let mut bytes = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut bytes);
        Key::from_bytes(bytes)
    }

    /// Derives the key for `purpose` from the server secret. Different purposes give unrelated keys.
    pub fn derive(secret: &ServerSecret, purpose: &str) -> Key {
        Key::derive_from(secret.expose(), purpose)
    }

    /// Derives a key for `purpose` from any high-entropy input key material.
    pub fn derive_from(material: &[u8], purpose: &str) -> Key {
        let hk = hkdf::Hkdf::<Sha256>::new(Some(b"waymark"), material);
        let mut out = [0u8; 32];
        // 32 bytes is always a valid HKDF-SHA256 output length.
        let _ = hk.expand(purpose.as_bytes(), &mut out);
        Key::from_bytes(out)
    }

    pub fn bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// Encrypts `plaintext`, binding it to `aad` (for example the table, row id and column), so that it opens
    /// only with the same key and the same associated data. Output: nonce ‖ ciphertext ‖ tag.
    pub fn seal(&self, aad: &[u8], plaintext: &[u8]) -> Vec<u8> {
        let cipher = XChaCha20Poly1305::new(self.0.as_ref().into());
        let mut nonce = [0u8; NONCE_LEN];
        rand::rngs::OsRng.fill_bytes(&mut nonce);
        let mut out = nonce.to_vec();
        // Encryption with a valid key and nonce cannot fail for inputs of this size.
        let sealed = cipher.encrypt(XNonce::from_slice(&nonce), Payload { msg: plaintext, aad }).unwrap_or_default();
        out.extend_from_slice(&sealed);
        out
    }

    /// Decrypts what [`Key::seal`] produced with the same associated data.
    pub fn open(&self, aad: &[u8], sealed: &[u8]) -> Result<Zeroizing<Vec<u8>>, OpenError> {
        if sealed.len() < NONCE_LEN + 16 {
            return Err(OpenError);
        }
        let (nonce, body) = sealed.split_at(NONCE_LEN);
        let cipher = XChaCha20Poly1305::new(self.0.as_ref().into());
        cipher.decrypt(XNonce::from_slice(nonce), Payload { msg: body, aad }).map(Zeroizing::new).map_err(|_| OpenError)
    }

    /// HMAC-SHA256 of `data` under this key: a stable, unguessable fingerprint for looking values up without
    /// storing them.
    pub fn fingerprint(&self, data: &[u8]) -> Vec<u8> {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(self.0.as_ref()).expect("HMAC accepts any key length");
        mac.update(data);
        mac.finalize().into_bytes().to_vec()
    }
}

/// A random token of `bytes` bytes, URL-safe base64 without padding.
pub fn random_token(bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    rand::rngs::OsRng.fill_bytes(&mut buf);
    URL_SAFE_NO_PAD.encode(buf)
}

/// SHA-256 of a token, for storing session and invitation tokens without being able to use them.
pub fn token_hash(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_data_opens_only_with_the_same_key_and_associated_data() {
        let key = Key::random();
        let sealed = key.seal(b"users:1:totp", b"secret");
        assert_eq!(key.open(b"users:1:totp", &sealed).expect("opens").as_slice(), b"secret");
        assert_eq!(key.open(b"users:2:totp", &sealed), Err(OpenError), "moved to another row");
        assert_eq!(Key::random().open(b"users:1:totp", &sealed), Err(OpenError), "other key");
        let mut flipped = sealed.clone();
        let last = flipped.len() - 1;
        flipped[last] ^= 1;
        assert_eq!(key.open(b"users:1:totp", &flipped), Err(OpenError), "tampered");
        assert_eq!(key.open(b"users:1:totp", &sealed[..10]), Err(OpenError), "truncated");
    }

    #[test]
    fn sealing_twice_gives_different_ciphertexts() {
        let key = Key::random();
        assert_ne!(key.seal(b"", b"same"), key.seal(b"", b"same"));
    }

    #[test]
    fn derived_keys_depend_on_purpose_and_secret() {
        let secret = ServerSecret::for_tests();
        let a = Key::derive(&secret, "a");
        assert_eq!(a.bytes(), Key::derive(&secret, "a").bytes());
        assert_ne!(a.bytes(), Key::derive(&secret, "b").bytes());
        assert_ne!(a.fingerprint(b"x"), Key::derive(&secret, "b").fingerprint(b"x"));
    }

    #[test]
    fn tokens_are_random_and_hashes_stable() {
        let t = random_token(32);
        assert_eq!(t.len(), 43);
        assert_ne!(t, random_token(32));
        assert_eq!(token_hash(&t), token_hash(&t));
        assert_eq!(token_hash(&t).len(), 32);
    }
}
