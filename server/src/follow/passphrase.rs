//! Passphrases for following a request: 16 characters from Crockford's base32 alphabet (80 random bits),
//! shown in groups of four as `ABCD-EFGH-JKMN-PQRS`, the shape of the recovery codes. Typing is as forgiving
//! as for recovery codes (case, spaces, hyphens, O/I/L for 0/1/1, digits in other scripts).

use rand::Rng;

const LEN: usize = 16;
const GROUP: usize = 4;
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A fresh passphrase, formatted for display.
pub fn generate() -> String {
    let mut rng = rand::rngs::OsRng;
    let raw: Vec<u8> = (0..LEN).map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())]).collect();
    raw.chunks(GROUP).map(|group| String::from_utf8_lossy(group).into_owned()).collect::<Vec<_>>().join("-")
}

/// The canonical form of a typed passphrase, or `None` if it cannot be one.
pub fn normalise(typed: &str) -> Option<String> {
    crate::auth::recovery::normalise(typed).filter(|p| p.len() == LEN)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passphrases_have_80_random_bits_in_groups_of_four() {
        let a = generate();
        assert_eq!(a.split('-').map(str::len).collect::<Vec<_>>(), [4, 4, 4, 4], "{a}");
        assert_eq!(normalise(&a).map(|p| p.len()), Some(LEN), "16 × 5 = 80 bits");
        assert_eq!(ALPHABET.len(), 32);
        let many: std::collections::HashSet<String> = (0..1000).map(|_| generate()).collect();
        assert_eq!(many.len(), 1000);
    }

    #[test]
    fn typing_is_forgiving_but_the_length_is_exact() {
        assert_eq!(normalise("abcd efgh jkmn pqrs").as_deref(), Some("ABCDEFGHJKMNPQRS"));
        assert_eq!(normalise("OIL0-1111-2222-3333").as_deref(), Some("0110111122223333"));
        assert_eq!(normalise("ABCDE-FGHJK"), None, "the old recovery code length is not a passphrase");
        assert_eq!(normalise("ABCD-EFGH-JKMN-PQR"), None);
        assert_eq!(normalise(""), None);
    }
}
