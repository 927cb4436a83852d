//! Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30-second steps, as every authenticator app
//! supports). Codes are accepted for the current step and one either side. Replay is refused by the caller
//! storing the last accepted step per account in the database, so it holds across server nodes.

use qrcode::{render::svg, EcLevel, QrCode};
use rand::RngCore;
use totp_rs::{Algorithm, Builder, Secret, Totp};

pub const ISSUER: &str = "Waymark";
pub const STEP_SECONDS: u64 = 30;
const SECRET_BYTES: usize = 20;

/// A new random secret.
pub fn new_secret() -> Vec<u8> {
    let mut bytes = vec![0u8; SECRET_BYTES];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    bytes
}

fn totp(secret: &[u8], account: &str) -> Option<Totp> {
    let label: String = account.chars().filter(|c| *c != ':').collect();
    Builder::new()
        .with_algorithm(Algorithm::SHA1)
        .with_digits(6)
        .with_skew(1)
        .with_step_duration(STEP_SECONDS)
        .with_secret(Secret::from(secret.to_vec()))
        .with_issuer(Some(ISSUER))
        .with_account_name(if label.trim().is_empty() { ISSUER.to_string() } else { label })
        .build()
        .ok()
}

/// The secret as base32, in groups of four, for typing into an app by hand.
pub fn display_secret(secret: &[u8]) -> String {
    let encoded = Secret::from(secret.to_vec()).to_base32();
    encoded.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join(" ")
}

/// The `otpauth://` address that authenticator apps read from the QR code.
pub fn provisioning_url(secret: &[u8], account: &str) -> Option<String> {
    totp(secret, account)?.to_url().ok()
}

/// The QR code for `url` as an SVG document, drawn on the server.
pub fn qr_svg(url: &str) -> Option<String> {
    let code = QrCode::with_error_correction_level(url.as_bytes(), EcLevel::M).ok()?;
    Some(
        code.render::<svg::Color<'_>>()
            .min_dimensions(200, 200)
            .quiet_zone(true)
            .dark_color(svg::Color("#000000"))
            .light_color(svg::Color("#ffffff"))
            .build(),
    )
}

/// Whether `code` is a well-formed authenticator code (6 digits, spaces allowed).
pub fn normalise_code(code: &str) -> Option<String> {
    let digits: String = app::i18n::western_digits(code).chars().filter(|c| !c.is_whitespace() && *c != '-').collect();
    (digits.len() == 6 && digits.bytes().all(|b| b.is_ascii_digit())).then_some(digits)
}

/// The time step `code` is valid for at Unix time `now` (the current step or one either side), if any.
pub fn matching_step(secret: &[u8], code: &str, now: u64) -> Option<u64> {
    let code = normalise_code(code)?;
    totp(secret, ISSUER)?.check(&code, now)
}

/// The code for Unix time `now` (used by tests and by nothing else).
pub fn code_at(secret: &[u8], now: u64) -> String {
    totp(secret, ISSUER).map(|t| t.generate(now).to_string()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    // RFC 6238 appendix B test secret (SHA-1): "12345678901234567890".
    const RFC_SECRET: &[u8] = b"12345678901234567890";

    #[test]
    fn matches_the_rfc_test_vectors() {
        // The RFC lists 8-digit codes; the 6-digit code is their last six digits.
        assert_eq!(code_at(RFC_SECRET, 59), "287082");
        assert_eq!(code_at(RFC_SECRET, 1111111109), "081804");
        assert_eq!(code_at(RFC_SECRET, 1234567890), "005924");
    }

    #[test]
    fn accepts_the_current_step_and_one_either_side_only() {
        let now = 1_700_000_015;
        let step = now / STEP_SECONDS;
        for offset in [-1i64, 0, 1] {
            let t = (now as i64 + offset * STEP_SECONDS as i64) as u64;
            let code = code_at(RFC_SECRET, t);
            assert_eq!(matching_step(RFC_SECRET, &code, now), Some((step as i64 + offset) as u64), "offset {offset}");
        }
        for offset in [-3i64, -2, 2, 3] {
            let t = (now as i64 + offset * STEP_SECONDS as i64) as u64;
            let code = code_at(RFC_SECRET, t);
            assert_eq!(matching_step(RFC_SECRET, &code, now), None, "offset {offset} must be refused");
        }
    }

    #[test]
    fn codes_may_be_typed_with_spaces_but_must_be_six_digits() {
        let now = 1_700_000_000;
        let code = code_at(RFC_SECRET, now);
        let spaced = format!("{} {}", &code[..3], &code[3..]);
        assert!(matching_step(RFC_SECRET, &spaced, now).is_some());
        assert_eq!(normalise_code("12345"), None);
        assert_eq!(normalise_code("١٢٣ ٤٥٦").as_deref(), Some("123456"));
        assert_eq!(normalise_code("۱۲۳۴۵۶").as_deref(), Some("123456"));
        assert_eq!(normalise_code("12345a"), None);
        assert_eq!(normalise_code("1234567"), None);
    }

    #[test]
    fn provisioning_url_and_qr_code_are_drawn() {
        let secret = new_secret();
        let url = provisioning_url(&secret, "river song").expect("url");
        assert!(url.starts_with("otpauth://totp/Waymark:"), "{url}");
        assert!(url.contains(&format!("secret={}", Secret::from(secret.clone()).to_base32())), "{url}");
        let svg = qr_svg(&url).expect("svg");
        assert!(svg.contains("<svg") && svg.contains("</svg>"));
        assert_eq!(display_secret(&secret).replace(' ', ""), Secret::from(secret).to_base32());
    }
}
