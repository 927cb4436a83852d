//! Digits: the numerals each language writes numbers with, and the reverse — reading digits typed in any of
//! those scripts, so that a code or a phone number typed on an Arabic or Persian keyboard is understood.
//!
//! Arabic is written with Arabic-Indic digits (٠١٢…) and Farsi with Persian digits (۰۱۲…), as the Unicode CLDR
//! defaults for those languages say; Urdu and Punjabi in the UK use Western digits, like English.

use super::locale::Locale;

/// A set of ten digits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Numerals {
    Western,
    ArabicIndic,
    Persian,
}

impl Numerals {
    fn zero(self) -> char {
        match self {
            Numerals::Western => '0',
            Numerals::ArabicIndic => '\u{0660}',
            Numerals::Persian => '\u{06F0}',
        }
    }
}

impl Locale {
    /// The digits this language writes numbers with.
    pub fn numerals(self) -> Numerals {
        match self {
            Locale::Ar => Numerals::ArabicIndic,
            Locale::Fa => Numerals::Persian,
            Locale::En | Locale::Cy | Locale::Pl | Locale::Ro | Locale::Ur | Locale::Pa => Numerals::Western,
        }
    }

    /// `text` with its Western digits written in this language's digits; everything else is kept.
    pub fn localise_digits(self, text: &str) -> String {
        let numerals = self.numerals();
        if numerals == Numerals::Western {
            return text.to_string();
        }
        let zero = numerals.zero() as u32;
        text.chars().map(|c| c.to_digit(10).and_then(|d| char::from_u32(zero + d)).unwrap_or(c)).collect()
    }
}

/// `text` with every decimal digit, in any script (Arabic-Indic, Persian, Gurmukhi, full-width…), written as
/// a Western digit. For reading numbers people type: codes, phone numbers, parts of dates.
pub fn western_digits(text: &str) -> String {
    text.chars().map(|c| decimal_value(c).map_or(c, |d| char::from(b'0' + d))).collect()
}

/// The value of a decimal digit character in the scripts people may type here.
fn decimal_value(c: char) -> Option<u8> {
    const ZEROS: [u32; 6] = [
        0x0030, // Western
        0x0660, // Arabic-Indic
        0x06F0, // Persian (Extended Arabic-Indic)
        0x0966, // Devanagari
        0x0A66, // Gurmukhi
        0xFF10, // full-width
    ];
    let code = c as u32;
    ZEROS.iter().find(|zero| (**zero..**zero + 10).contains(&code)).map(|zero| (code - zero) as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_and_farsi_write_their_own_digits() {
        assert_eq!(Locale::Ar.localise_digits("22 / 2026"), "٢٢ / ٢٠٢٦");
        assert_eq!(Locale::Fa.localise_digits("Step 3 of 10"), "Step ۳ of ۱۰");
    }

    #[test]
    fn other_languages_keep_western_digits() {
        for locale in [Locale::En, Locale::Cy, Locale::Pl, Locale::Ro, Locale::Ur, Locale::Pa] {
            assert_eq!(locale.localise_digits("0123456789"), "0123456789");
        }
    }

    #[test]
    fn digits_typed_in_any_script_are_read_as_western() {
        assert_eq!(western_digits("٠٧٧٠٠ ٩٠٠١٢٣"), "07700 900123");
        assert_eq!(western_digits("۱۲۳۴۵۶"), "123456");
        assert_eq!(western_digits("੧੨੩"), "123");
        assert_eq!(western_digits("１２"), "12");
        assert_eq!(western_digits("abc 42"), "abc 42");
    }

    #[test]
    fn localising_and_reading_back_round_trip() {
        for locale in Locale::ALL {
            assert_eq!(western_digits(&locale.localise_digits("Code 9081726354")), "Code 9081726354");
        }
    }
}
