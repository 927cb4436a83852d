//! Passwords: the policy (at least 8 characters, up to 1,000, no composition rules, weak and common passwords
//! refused with feedback from zxcvbn), and the account locator.
//!
//! An account is found by its sign-in name and password together: the locator is Argon2id of the password with
//! a salt derived from the name under the server secret. The same name may belong to several people; the same
//! name *and* password cannot. Sign-in costs exactly one Argon2id computation whether or not the name exists,
//! so neither the answer nor its timing tells anyone whether a name is in use. Hashing runs on blocking threads
//! behind a semaphore, so a flood of sign-ins cannot starve page rendering.

use crate::crypto::Key;
use app::i18n::{msg, Text};
use argon2::{Algorithm, Argon2, Params, Version};
use secrecy::{ExposeSecret, SecretString};
use std::{sync::Arc, time::Duration};
use tokio::sync::Semaphore;
use zxcvbn::{
    feedback::{Suggestion, Warning},
    Score,
};

pub const MIN_CHARS: usize = 8;
pub const MAX_CHARS: usize = 1000;

/// Argon2id cost: 19 MiB of memory, 2 passes, 1 lane (OWASP's recommended minimum).
const MEMORY_KIB: u32 = 19_456;
const PASSES: u32 = 2;
const LANES: u32 = 1;
const OUTPUT_BYTES: usize = 32;
/// How long a request waits for a hashing slot before the server says it is busy.
const QUEUE_WAIT: Duration = Duration::from_secs(10);

/// Why a new password is refused, with what to say about it.
#[derive(Debug, Clone, PartialEq)]
pub enum PasswordProblem {
    Missing,
    TooShort,
    TooLong,
    /// Too easy to guess: the reason and suggestions, as messages.
    Weak(Vec<Text>),
}

impl PasswordProblem {
    /// The messages to show next to the password field.
    pub fn messages(&self) -> Vec<Text> {
        match self {
            PasswordProblem::Missing => vec![msg("password-error-missing")],
            PasswordProblem::TooShort => vec![msg("password-error-too-short").with_number("min", MIN_CHARS as i64)],
            PasswordProblem::TooLong => vec![msg("password-error-too-long").with_number("max", MAX_CHARS as i64)],
            PasswordProblem::Weak(feedback) => {
                let mut all = vec![msg("password-error-weak")];
                all.extend(feedback.iter().cloned());
                all
            }
        }
    }
}

/// Checks a new password. `related` are things a guesser would try first (the sign-in name, for example).
pub fn check_new(password: &str, related: &[&str]) -> Result<(), PasswordProblem> {
    let length = password.chars().count();
    if length == 0 {
        return Err(PasswordProblem::Missing);
    }
    if length < MIN_CHARS {
        return Err(PasswordProblem::TooShort);
    }
    if length > MAX_CHARS {
        return Err(PasswordProblem::TooLong);
    }
    let mut inputs: Vec<&str> = related.iter().copied().filter(|s| !s.is_empty()).collect();
    inputs.extend(["waymark", "victim", "support", "crime"]);
    let entropy = zxcvbn::zxcvbn(password, &inputs);
    if entropy.score() >= Score::Three {
        return Ok(());
    }
    let mut feedback = Vec::new();
    if let Some(fb) = entropy.feedback() {
        if let Some(warning) = fb.warning() {
            feedback.push(warning_text(warning));
        }
        feedback.extend(fb.suggestions().iter().map(|s| suggestion_text(*s)));
    }
    if feedback.is_empty() {
        feedback.push(suggestion_text(Suggestion::AddAnotherWordOrTwo));
    }
    Err(PasswordProblem::Weak(feedback))
}

fn warning_text(warning: Warning) -> Text {
    match warning {
        Warning::StraightRowsOfKeysAreEasyToGuess => msg("password-weak-keyboard-row"),
        Warning::ShortKeyboardPatternsAreEasyToGuess => msg("password-weak-keyboard-pattern"),
        Warning::RepeatsLikeAaaAreEasyToGuess => msg("password-weak-repeats"),
        Warning::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess => msg("password-weak-repeated-group"),
        Warning::ThisIsATop10Password | Warning::ThisIsATop100Password | Warning::ThisIsACommonPassword => {
            msg("password-weak-common")
        }
        Warning::ThisIsSimilarToACommonlyUsedPassword => msg("password-weak-similar-common"),
        Warning::SequencesLikeAbcAreEasyToGuess => msg("password-weak-sequence"),
        Warning::RecentYearsAreEasyToGuess => msg("password-weak-recent-year"),
        Warning::AWordByItselfIsEasyToGuess => msg("password-weak-single-word"),
        Warning::DatesAreOftenEasyToGuess => msg("password-weak-date"),
        Warning::NamesAndSurnamesByThemselvesAreEasyToGuess | Warning::CommonNamesAndSurnamesAreEasyToGuess => {
            msg("password-weak-name")
        }
    }
}

fn suggestion_text(suggestion: Suggestion) -> Text {
    match suggestion {
        Suggestion::UseAFewWordsAvoidCommonPhrases => msg("password-tip-few-words"),
        Suggestion::NoNeedForSymbolsDigitsOrUppercaseLetters => msg("password-tip-no-symbols-needed"),
        Suggestion::AddAnotherWordOrTwo => msg("password-tip-add-word"),
        Suggestion::CapitalizationDoesntHelpVeryMuch | Suggestion::AllUppercaseIsAlmostAsEasyToGuessAsAllLowercase => {
            msg("password-tip-capitals")
        }
        Suggestion::ReversedWordsArentMuchHarderToGuess => msg("password-tip-reversed"),
        Suggestion::PredictableSubstitutionsDontHelpVeryMuch => msg("password-tip-substitutions"),
        Suggestion::UseALongerKeyboardPatternWithMoreTurns => msg("password-tip-keyboard"),
        Suggestion::AvoidRepeatedWordsAndCharacters => msg("password-tip-repeats"),
        Suggestion::AvoidSequences => msg("password-tip-sequences"),
        Suggestion::AvoidRecentYears
        | Suggestion::AvoidYearsThatAreAssociatedWithYou
        | Suggestion::AvoidDatesAndYearsThatAreAssociatedWithYou => msg("password-tip-dates"),
    }
}

/// The server could not hash in time (too many sign-ins at once), or hashing failed.
#[derive(Debug, thiserror::Error)]
pub enum HashError {
    #[error("too many sign-ins at once; try again in a moment")]
    Busy,
    #[error("password hashing failed")]
    Failed,
}

/// Computes account locators on blocking threads, a bounded number at a time.
#[derive(Clone)]
pub struct Hasher {
    slots: Arc<Semaphore>,
    /// Sign-in's own share of hashing capacity: no flood of registrations or resets can take it.
    sign_in_slots: Arc<Semaphore>,
    salt_key: Key,
}

impl Hasher {
    /// `salt_key` derives each name's salt; `concurrency` bounds simultaneous hashes, for sign-in and, separately,
    /// for everything else (registration, resets, changes).
    pub fn new(salt_key: Key, concurrency: usize) -> Hasher {
        let slots = || Arc::new(Semaphore::new(concurrency.max(1)));
        Hasher { slots: slots(), sign_in_slots: slots(), salt_key }
    }

    /// The same hasher, hashing in sign-in's own share of capacity.
    pub fn for_sign_in(&self) -> Hasher {
        Hasher { slots: self.sign_in_slots.clone(), ..self.clone() }
    }

    /// One fewer concurrent hash than there are CPUs (at least one), leaving room to render pages.
    pub fn default_concurrency() -> usize {
        std::thread::available_parallelism().map(|n| n.get().saturating_sub(1)).unwrap_or(1).max(1)
    }

    /// The locator for a canonical sign-in name and a password.
    pub async fn locator(&self, name: &str, password: &SecretString) -> Result<Vec<u8>, HashError> {
        let salt = self.salt_key.fingerprint(name.as_bytes());
        self.run(password.expose_secret().as_bytes().to_vec(), salt[..16].to_vec()).await
    }

    /// A key-encryption key for a secret (a password or a recovery code) and a salt: Argon2id of the two,
    /// mixed (HKDF) with a key derived from the server secret, so that a database dump alone is no help in
    /// guessing the secret.
    pub async fn derive_kek(&self, secret: &[u8], salt: &[u8]) -> Result<Key, HashError> {
        let out = zeroize::Zeroizing::new(self.run(secret.to_vec(), salt.to_vec()).await?);
        let mut material = zeroize::Zeroizing::new(Vec::with_capacity(64));
        material.extend_from_slice(&out);
        material.extend_from_slice(self.server_kek_key().bytes());
        Ok(Key::derive_from(&material, "waymark/kek/argon2id+secret"))
    }

    /// The key-encryption key wrappings made before [`Hasher::derive_kek`] had: Argon2id of the secret and salt
    /// alone. Only read, to replace such wrappings.
    pub async fn derive_key(&self, secret: &[u8], salt: &[u8]) -> Result<Key, HashError> {
        let out = zeroize::Zeroizing::new(self.run(secret.to_vec(), salt.to_vec()).await?);
        let bytes: [u8; 32] = out.as_slice().try_into().map_err(|_| HashError::Failed)?;
        Ok(Key::from_bytes(bytes))
    }

    /// The key derived from the server secret (through the salt key) that every key-encryption key mixes in;
    /// it also seals old wrappings that cannot be made again without their secret.
    pub fn server_kek_key(&self) -> Key {
        Key::derive_from(self.salt_key.bytes(), "waymark/kek/server")
    }

    async fn run(&self, secret: Vec<u8>, salt: Vec<u8>) -> Result<Vec<u8>, HashError> {
        let secret = zeroize::Zeroizing::new(secret);
        let permit = tokio::time::timeout(QUEUE_WAIT, self.slots.clone().acquire_owned())
            .await
            .map_err(|_| HashError::Busy)?
            .map_err(|_| HashError::Failed)?;
        tokio::task::spawn_blocking(move || {
            let _permit = permit;
            hash(&secret, &salt)
        })
        .await
        .map_err(|_| HashError::Failed)?
    }
}

fn hash(password: &[u8], salt: &[u8]) -> Result<Vec<u8>, HashError> {
    let params = Params::new(MEMORY_KIB, PASSES, LANES, Some(OUTPUT_BYTES)).map_err(|_| HashError::Failed)?;
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
    let mut out = vec![0u8; OUTPUT_BYTES];
    argon.hash_password_into(password, salt, &mut out).map_err(|_| HashError::Failed)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn length_limits() {
        assert_eq!(check_new("", &[]), Err(PasswordProblem::Missing));
        assert_eq!(check_new("short", &[]), Err(PasswordProblem::TooShort));
        assert_eq!(check_new(&"x".repeat(1001), &[]), Err(PasswordProblem::TooLong));
        let long = "lanterns drift over marshland while herons argue softly about tides, kettles, violins and seven copper umbrellas";
        assert!(long.chars().count() > 100);
        assert!(check_new(&format!("{long} {long}"), &[]).is_ok(), "long passphrases are allowed");
    }

    #[test]
    fn common_and_weak_passwords_are_refused_with_reasons() {
        let Err(PasswordProblem::Weak(feedback)) = check_new("password1", &[]) else { panic!("accepted") };
        assert!(feedback.contains(&msg("password-weak-common")), "{feedback:?}");
        assert!(matches!(check_new("qwertyuiop", &[]), Err(PasswordProblem::Weak(_))));
        assert!(matches!(check_new("river song 1", &["river song"]), Err(PasswordProblem::Weak(_))));
    }

    #[test]
    fn passphrases_need_no_composition_rules() {
        assert!(check_new("orange tugboat whistles loudly", &[]).is_ok());
        assert!(check_new("correct horse battery staple", &["sam"]).is_ok());
    }

    #[tokio::test]
    async fn locators_depend_on_name_and_password() {
        let hasher = Hasher::new(Key::random(), 2);
        let pw = SecretString::from("orange tugboat whistles loudly");
        let a = hasher.locator("sam", &pw).await.expect("hash");
        assert_eq!(a, hasher.locator("sam", &pw).await.expect("hash"));
        assert_ne!(a, hasher.locator("sam jones", &pw).await.expect("hash"));
        assert_ne!(a, hasher.locator("sam", &SecretString::from("orange tugboat whistles")).await.expect("hash"));
        assert_ne!(a, Hasher::new(Key::random(), 1).locator("sam", &pw).await.expect("hash"), "depends on the secret");
        assert_eq!(a.len(), 32);
    }

    #[tokio::test]
    async fn key_encryption_keys_need_the_server_secret_too() {
        let salt_key = Key::random();
        let hasher = Hasher::new(salt_key.clone(), 1);
        let kek = hasher.derive_kek(b"orange tugboat", b"0123456789abcdef").await.expect("hash");
        let again = Hasher::new(salt_key, 1).derive_kek(b"orange tugboat", b"0123456789abcdef").await.expect("hash");
        assert_eq!(kek.bytes(), again.bytes());
        let other_secret = Hasher::new(Key::random(), 1).derive_kek(b"orange tugboat", b"0123456789abcdef").await;
        assert_ne!(kek.bytes(), other_secret.expect("hash").bytes(), "a dump alone does not give the key");
        let plain = hasher.derive_key(b"orange tugboat", b"0123456789abcdef").await.expect("hash");
        assert_ne!(kek.bytes(), plain.bytes(), "not Argon2id alone");
    }
}
