//! Sign-in names. A name is chosen by its owner and is not unique: an account is found by its name and password
//! together (see [`super::password`]), so registration never has to say that a name is taken, and nobody can
//! learn whether a name is in use. The name itself is never stored: only a keyed fingerprint of it.

use unicode_normalization::UnicodeNormalization;

pub const MIN_CHARS: usize = 3;
pub const MAX_CHARS: usize = 64;

/// Why a sign-in name cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameProblem {
    Missing,
    TooShort,
    TooLong,
    Control,
}

/// The canonical form of a sign-in name: Unicode-normalised (NFKC), lower case, spaces trimmed and collapsed,
/// so that `Sam  Jones` and `sam jones` are the same name.
pub fn normalise(input: &str) -> String {
    let folded: String = input.nfkc().collect::<String>().to_lowercase();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Checks a name typed at registration and returns its canonical form.
pub fn validate(input: &str) -> Result<String, NameProblem> {
    if input.chars().any(|c| c.is_control()) {
        return Err(NameProblem::Control);
    }
    let name = normalise(input);
    match name.chars().count() {
        0 => Err(NameProblem::Missing),
        n if n < MIN_CHARS => Err(NameProblem::TooShort),
        n if n > MAX_CHARS => Err(NameProblem::TooLong),
        _ => Ok(name),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_compared_in_canonical_form() {
        assert_eq!(normalise("  Sam   JONES "), "sam jones");
        assert_eq!(normalise("ｓａｍ"), "sam", "full-width letters fold to ASCII");
        assert_eq!(normalise("Zoë"), normalise("Zoe\u{308}"), "composed and decomposed accents match");
    }

    #[test]
    fn names_are_validated() {
        assert_eq!(validate("   "), Err(NameProblem::Missing));
        assert_eq!(validate("ab"), Err(NameProblem::TooShort));
        assert_eq!(validate(&"a".repeat(65)), Err(NameProblem::TooLong));
        assert_eq!(validate("sam\u{0}x"), Err(NameProblem::Control));
        assert_eq!(validate(" River Song "), Ok("river song".to_string()));
    }
}
