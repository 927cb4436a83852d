//! Recovery codes: ten single-use codes shown once when two-factor sign-in is set up. Each is 16 characters
//! from Crockford's base32 alphabet (80 random bits), shown in groups of four as `ABCD-EFGH-JKMN-PQRS`. Codes
//! made before had 10 characters (`ABCDE-FGHJK`) and are still accepted. Only a keyed fingerprint of each code
//! is stored; typing is forgiving (case, spaces, hyphens, and O/I/L for 0/1/1 are accepted).

use crate::crypto::Key;
use rand::Rng;

pub const COUNT: usize = 10;
const LEN: usize = 16;
/// The length of codes made before they had 80 bits.
const OLD_LEN: usize = 10;
const GROUP: usize = 4;
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A fresh set of codes, formatted for display.
pub fn generate() -> Vec<String> {
    let mut rng = rand::rngs::OsRng;
    (0..COUNT)
        .map(|_| {
            let raw: Vec<u8> = (0..LEN).map(|_| ALPHABET[rng.gen_range(0..32)]).collect();
            raw.chunks(GROUP).map(|group| String::from_utf8_lossy(group).into_owned()).collect::<Vec<_>>().join("-")
        })
        .collect()
}

/// The canonical form of a typed code, or `None` if it cannot be a recovery code.
pub fn normalise(input: &str) -> Option<String> {
    let code: String = app::i18n::western_digits(input)
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        })
        .collect();
    ((code.len() == LEN || code.len() == OLD_LEN) && code.bytes().all(|b| ALPHABET.contains(&b))).then_some(code)
}

/// Whether typed input looks like a recovery code rather than a 6-digit authenticator code.
pub fn looks_like_recovery_code(input: &str) -> bool {
    normalise(input).is_some()
}

/// The stored fingerprint of a code (typed or generated).
pub fn fingerprint(key: &Key, code: &str) -> Option<Vec<u8>> {
    normalise(code).map(|c| key.fingerprint(c.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generates_ten_distinct_well_formed_codes() {
        let codes = generate();
        assert_eq!(codes.len(), COUNT);
        let unique: std::collections::HashSet<_> = codes.iter().collect();
        assert_eq!(unique.len(), COUNT);
        for code in &codes {
            assert_eq!(code.len(), 19, "{code}");
            assert_eq!(code.split('-').map(str::len).collect::<Vec<_>>(), vec![4, 4, 4, 4], "{code}");
            assert_eq!(normalise(code).map(|c| c.len()), Some(16), "{code}: 16 × 5 = 80 bits");
        }
    }

    #[test]
    fn typing_is_forgiving_but_strict_about_length_and_alphabet() {
        assert_eq!(normalise("abcde-fgh1k").as_deref(), Some("ABCDEFGH1K"));
        assert_eq!(normalise(" abcde fghjk "), Some("ABCDEFGHJK".into()));
        assert_eq!(normalise("OIL00-11111"), Some("0110011111".into()));
        assert_eq!(normalise("123456"), None, "an authenticator code is not a recovery code");
        assert_eq!(normalise("ABCDE-FGHJKX"), None);
        assert_eq!(normalise("abcd efgh jkmn pqrs").as_deref(), Some("ABCDEFGHJKMNPQRS"));
        assert_eq!(normalise("ABCD-EFGH-JKMN-PQR"), None);
        assert_eq!(normalise("ABCDE-FGHJU"), None, "U is not in the alphabet");
    }

    #[test]
    fn fingerprints_match_however_the_code_is_typed() {
        let key = Key::random();
        assert_eq!(fingerprint(&key, "ABCDE-FGH1K"), fingerprint(&key, "abcde fghlk"));
        assert_ne!(fingerprint(&key, "ABCDE-FGH1K"), fingerprint(&key, "ABCDE-FGH1M"));
    }
}
