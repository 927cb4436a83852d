//! The languages Waymark speaks, and how a request's language is chosen.

use serde::{Deserialize, Serialize};

/// Name of the cookie that remembers a reader's explicit language choice. It holds only a language code.
pub const LANGUAGE_COOKIE: &str = "waymark_lang";

/// Writing direction of a script.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// A supported language. English is the source language: every message exists in English first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Locale {
    En,
    Cy,
    Pl,
    Ro,
    Ar,
    Ur,
    Fa,
    Pa,
}

impl Locale {
    /// Every supported language, in the order the language switcher lists them.
    pub const ALL: &'static [Locale] =
        &[Locale::En, Locale::Cy, Locale::Pl, Locale::Ro, Locale::Ar, Locale::Ur, Locale::Fa, Locale::Pa];

    /// The BCP 47 code used in `lang` attributes, cookies and `locales/<code>/`.
    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Cy => "cy",
            Locale::Pl => "pl",
            Locale::Ro => "ro",
            Locale::Ar => "ar",
            Locale::Ur => "ur",
            Locale::Fa => "fa",
            Locale::Pa => "pa",
        }
    }

    /// The language's name in its own language, as the switcher shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Cy => "Cymraeg",
            Locale::Pl => "Polski",
            Locale::Ro => "Română",
            Locale::Ar => "العربية",
            Locale::Ur => "اردو",
            Locale::Fa => "فارسی",
            Locale::Pa => "ਪੰਜਾਬੀ",
        }
    }

    pub fn direction(self) -> Direction {
        match self {
            Locale::Ar | Locale::Ur | Locale::Fa => Direction::Rtl,
            Locale::En | Locale::Cy | Locale::Pl | Locale::Ro | Locale::Pa => Direction::Ltr,
        }
    }

    /// Parses a language code; accepts region variants such as `en-GB` and any letter case.
    pub fn from_code(code: &str) -> Option<Locale> {
        let primary = code.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Locale::ALL.iter().copied().find(|l| l.code() == primary)
    }

    /// Chooses the language for a request: an explicit choice (the cookie) wins, then the browser's
    /// `Accept-Language` preferences in order of quality, then English.
    pub fn negotiate(cookie: Option<&str>, accept_language: Option<&str>) -> Locale {
        if let Some(locale) = cookie.and_then(Locale::from_code) {
            return locale;
        }
        accept_language.and_then(best_accepted).unwrap_or(Locale::En)
    }
}

/// The supported language the `Accept-Language` header prefers most, if any.
fn best_accepted(header: &str) -> Option<Locale> {
    let mut ranked: Vec<(u16, usize, Locale)> = header
        .split(',')
        .enumerate()
        .filter_map(|(position, item)| {
            let mut parts = item.split(';');
            let tag = parts.next()?.trim();
            let quality = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .map(|q| q.trim().parse::<f32>().unwrap_or(0.0))
                .unwrap_or(1.0);
            if quality.is_nan() || quality <= 0.0 {
                return None;
            }
            let locale = Locale::from_code(tag)?;
            Some(((quality.min(1.0) * 1000.0) as u16, position, locale))
        })
        .collect();
    // Highest quality first; among equal qualities, the order the browser gave.
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    ranked.first().map(|r| r.2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookie_wins_over_accept_language() {
        assert_eq!(Locale::negotiate(Some("cy"), Some("en-GB,en;q=0.9")), Locale::Cy);
    }

    #[test]
    fn unknown_cookie_falls_back_to_accept_language() {
        assert_eq!(Locale::negotiate(Some("xx"), Some("cy-GB")), Locale::Cy);
        assert_eq!(Locale::negotiate(Some(""), None), Locale::En);
    }

    #[test]
    fn accept_language_respects_quality_and_order() {
        assert_eq!(Locale::negotiate(None, Some("fr-FR, cy;q=0.8, en;q=0.5")), Locale::Cy);
        assert_eq!(Locale::negotiate(None, Some("en;q=0.4, cy;q=0.9")), Locale::Cy);
        assert_eq!(Locale::negotiate(None, Some("en, cy")), Locale::En);
        assert_eq!(Locale::negotiate(None, Some("cy;q=0")), Locale::En);
    }

    #[test]
    fn garbage_accept_language_means_english() {
        assert_eq!(Locale::negotiate(None, Some(";;;,q=abc,*")), Locale::En);
        assert_eq!(Locale::negotiate(None, Some("de-DE")), Locale::En);
    }

    #[test]
    fn codes_round_trip() {
        for locale in Locale::ALL {
            assert_eq!(Locale::from_code(locale.code()), Some(*locale));
            assert_eq!(Locale::from_code(&locale.code().to_uppercase()), Some(*locale));
        }
        assert_eq!(Locale::from_code("en-GB"), Some(Locale::En));
        assert_eq!(Locale::from_code("pa-Guru-IN"), Some(Locale::Pa));
    }

    #[test]
    fn arabic_urdu_and_farsi_are_right_to_left() {
        let rtl: Vec<&str> = Locale::ALL.iter().filter(|l| l.direction() == Direction::Rtl).map(|l| l.code()).collect();
        assert_eq!(rtl, vec!["ar", "ur", "fa"]);
    }
}
