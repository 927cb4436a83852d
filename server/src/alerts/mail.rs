//! Sending an alert by SMTP: the mail settings (from the environment, see the README), the message (only that
//! something is waiting, the neutral reference and where to sign in, in words from the Fluent catalogue) and a
//! failure described without anything from the message or the mail server's reply.

use super::{store::Claimed, Kind};
use app::i18n::{msg, Catalog, I18n, Locale};
use lettre::{
    message::{header::ContentType, Mailbox},
    transport::smtp::{authentication::Credentials, Error as SmtpError},
    AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
};
use std::{sync::Arc, time::Duration};

/// How long one delivery may take before it counts as failed.
pub const SEND_TIMEOUT: Duration = Duration::from_secs(30);

/// How the connection to the mail server is protected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Security {
    /// STARTTLS, required (port 587 by default).
    StartTls,
    /// TLS from the first byte (port 465 by default).
    Tls,
    /// None: only to a mail server on this machine (loopback), for development and tests.
    Plain,
}

impl Security {
    pub fn parse(word: &str) -> Option<Security> {
        match word {
            "starttls" => Some(Security::StartTls),
            "tls" => Some(Security::Tls),
            "none" => Some(Security::Plain),
            _ => None,
        }
    }
}

/// Where and how alerts are sent.
#[derive(Clone, Debug)]
pub struct MailSettings {
    pub host: String,
    pub port: Option<u16>,
    pub security: Security,
    pub user: Option<String>,
    pub password: Option<String>,
    /// The sender, e.g. `Waymark <alerts@waymark.example.org>`.
    pub from: Mailbox,
    /// The public address of the portal, for the link to sign in (no trailing slash).
    pub base_url: String,
}

/// Why the mail settings cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("WAYMARK_SMTP_URL: {0}")]
    Url(String),
    #[error("WAYMARK_SMTP_SECURITY must be starttls, tls or none")]
    Security,
    #[error("WAYMARK_SMTP_SECURITY=none (or an smtp:// address without ?tls=required) is only allowed for a mail server on this machine (localhost, 127.0.0.1 or ::1)")]
    PlainRemote,
    #[error("WAYMARK_MAIL_FROM must be set to the sender's address when mail is configured: {0}")]
    From(String),
}

/// The parts of the mail settings as configured, before checking.
#[derive(Clone, Debug, Default)]
pub struct MailConfig {
    pub url: Option<String>,
    pub host: Option<String>,
    pub port: Option<u16>,
    pub user: Option<String>,
    pub password: Option<String>,
    pub security: Option<String>,
    pub from: Option<String>,
}

fn is_loopback(host: &str) -> bool {
    matches!(host.trim_start_matches('[').trim_end_matches(']'), "localhost" | "127.0.0.1" | "::1")
}

/// A mail server and how to reach it, before the sender and link are added.
struct Server {
    host: String,
    port: Option<u16>,
    security: Security,
    user: Option<String>,
    password: Option<String>,
}

/// Reads `smtp[s]://[user[:password]@]host[:port][?tls=required]`.
fn from_url(url: &str) -> Result<Server, SettingsError> {
    let bad = |why: &str| SettingsError::Url(why.to_string());
    let (scheme, rest) = url.split_once("://").ok_or_else(|| bad("must start with smtp:// or smtps://"))?;
    let (rest, query) = rest.split_once('?').unwrap_or((rest, ""));
    let rest = rest.trim_end_matches('/');
    let (userinfo, hostport) = match rest.rsplit_once('@') {
        Some((u, h)) => (Some(u), h),
        None => (None, rest),
    };
    let (user, password) = match userinfo {
        Some(u) => match u.split_once(':') {
            Some((u, p)) => (Some(decode(u)), Some(decode(p))),
            None => (Some(decode(u)), None),
        },
        None => (None, None),
    };
    let (host, port) =
        match hostport.rsplit_once(':').filter(|(h, _)| !h.ends_with(':') && (!h.starts_with('[') || h.ends_with(']')))
        {
            Some((h, p)) => (h.to_string(), Some(p.parse::<u16>().map_err(|_| bad("the port is not a number"))?)),
            None => (hostport.to_string(), None),
        };
    if host.is_empty() {
        return Err(bad("no host"));
    }
    let security = match (scheme, query) {
        ("smtps", "") => Security::Tls,
        ("smtp", "tls=required") => Security::StartTls,
        ("smtp", "") => Security::Plain,
        _ => return Err(bad("use smtps://…, smtp://…?tls=required, or smtp://… (loopback only)")),
    };
    let host = host.trim_start_matches('[').trim_end_matches(']').to_string();
    Ok(Server { host, port, security, user, password })
}

/// Percent-decoding of a user name or password in a URL.
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (bytes[i], bytes.get(i + 1).copied().and_then(hex), bytes.get(i + 2).copied().and_then(hex)) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

impl MailConfig {
    /// The checked settings, or `None` when mail is not configured (then alerts wait in the outbox).
    pub fn settings(&self, base_url: &str) -> Result<Option<MailSettings>, SettingsError> {
        let Server { host, port, security, user, password } = match (&self.url, &self.host) {
            (Some(url), _) if !url.trim().is_empty() => from_url(url.trim())?,
            (_, Some(host)) if !host.trim().is_empty() => {
                let security = match self.security.as_deref().map(str::trim) {
                    None | Some("") => Security::StartTls,
                    Some(word) => Security::parse(word).ok_or(SettingsError::Security)?,
                };
                Server {
                    host: host.trim().to_string(),
                    port: self.port,
                    security,
                    user: self.user.clone(),
                    password: self.password.clone(),
                }
            }
            _ => return Ok(None),
        };
        if security == Security::Plain && !is_loopback(&host) {
            return Err(SettingsError::PlainRemote);
        }
        let from = self.from.as_deref().unwrap_or("").trim();
        let from: Mailbox =
            from.parse().map_err(|e: lettre::address::AddressError| SettingsError::From(e.to_string()))?;
        Ok(Some(MailSettings {
            host,
            port,
            security,
            user: user.filter(|u| !u.is_empty()),
            password,
            from,
            base_url: base_url.trim_end_matches('/').to_string(),
        }))
    }
}

/// What an alert says, in the catalogue's English (it goes to staff): subject and body.
pub fn compose(catalog: &Arc<Catalog>, alert: &Claimed, base_url: &str) -> (String, String) {
    let i18n = I18n::new(Locale::En, catalog.clone());
    let (subject, body) = match alert.kind {
        Kind::Arrived => (msg("alert-arrived-subject"), msg("alert-arrived-body")),
        Kind::TransferredIn => (msg("alert-transferred-subject"), msg("alert-transferred-body")),
        Kind::Overdue => (msg("alert-overdue-subject"), msg("alert-overdue-body")),
    };
    let body = body.with("reference", alert.reference.clone()).with("link", format!("{base_url}/staff/referrals"));
    // Plain text: without the bidirectional isolation marks the catalogue puts around variables for pages.
    let plain = |text: &app::i18n::Text| strip_isolates(&i18n.text(text));
    (plain(&subject), plain(&body))
}

fn strip_isolates(text: &str) -> String {
    text.chars().filter(|c| !matches!(c, '\u{2068}' | '\u{2069}' | '\u{2066}' | '\u{2067}')).collect()
}

/// Why a delivery failed, described without anything from the message or the mail server's words (which can
/// repeat addresses): a kind and, for a refusal, the SMTP code.
pub fn describe(error: &SmtpError) -> String {
    if error.is_timeout() {
        "timed out".into()
    } else if error.is_tls() {
        "TLS failed".into()
    } else if let Some(code) = error.status() {
        format!("refused by the mail server ({code})")
    } else if error.is_permanent() || error.is_transient() {
        "refused by the mail server".into()
    } else {
        "the mail server could not be reached".into()
    }
}

/// Sends one alert to `to`; on failure, a description fit to store and show.
pub async fn send(settings: &MailSettings, catalog: &Arc<Catalog>, alert: &Claimed, to: &str) -> Result<(), String> {
    let to: Mailbox = to.parse().map_err(|_| "the service's alerts_to address is invalid".to_string())?;
    let (subject, body) = compose(catalog, alert, &settings.base_url);
    let message = Message::builder()
        .from(settings.from.clone())
        .to(to)
        .subject(subject)
        .header(ContentType::TEXT_PLAIN)
        .body(body)
        .map_err(|_| "the message could not be built".to_string())?;
    let builder = match settings.security {
        Security::Tls => AsyncSmtpTransport::<Tokio1Executor>::relay(&settings.host),
        Security::StartTls => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&settings.host),
        Security::Plain => Ok(AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(settings.host.as_str())),
    }
    .map_err(|e| describe(&e))?;
    let mut builder = builder.timeout(Some(SEND_TIMEOUT));
    if let Some(port) = settings.port {
        builder = builder.port(port);
    }
    if let Some(user) = &settings.user {
        builder = builder.credentials(Credentials::new(user.clone(), settings.password.clone().unwrap_or_default()));
    }
    let transport = builder.build();
    match tokio::time::timeout(SEND_TIMEOUT, transport.send(message)).await {
        Ok(Ok(_)) => Ok(()),
        Ok(Err(e)) => Err(describe(&e)),
        Err(_) => Err("timed out".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(url: &str) -> MailConfig {
        MailConfig { url: Some(url.into()), from: Some("Waymark <alerts@example.org>".into()), ..MailConfig::default() }
    }

    #[test]
    fn urls_name_the_security_and_plain_is_loopback_only() {
        let tls = config("smtps://user:p%40ss@mail.example.org:465").settings("https://w.example/").unwrap().unwrap();
        assert_eq!((tls.host.as_str(), tls.port, tls.security), ("mail.example.org", Some(465), Security::Tls));
        assert_eq!((tls.user.as_deref(), tls.password.as_deref()), (Some("user"), Some("p@ss")));
        assert_eq!(tls.base_url, "https://w.example");
        let start = config("smtp://mail.example.org?tls=required").settings("").unwrap().unwrap();
        assert_eq!((start.port, start.security), (None, Security::StartTls));
        let plain = config("smtp://127.0.0.1:2525").settings("").unwrap().unwrap();
        assert_eq!((plain.port, plain.security), (Some(2525), Security::Plain));
        assert!(matches!(config("smtp://mail.example.org").settings(""), Err(SettingsError::PlainRemote)));
        assert!(matches!(config("smtp://h?tls=opportunistic").settings(""), Err(SettingsError::Url(_))));
        assert!(matches!(config("mail.example.org").settings(""), Err(SettingsError::Url(_))));
        let no_from = MailConfig { url: Some("smtps://mail.example.org".into()), ..MailConfig::default() };
        assert!(matches!(no_from.settings(""), Err(SettingsError::From(_))));
        assert!(MailConfig::default().settings("").unwrap().is_none());
    }

    #[test]
    fn separate_settings_default_to_starttls() {
        let parts = MailConfig {
            host: Some("mail.example.org".into()),
            port: Some(587),
            from: Some("alerts@example.org".into()),
            ..MailConfig::default()
        };
        assert_eq!(parts.settings("").unwrap().unwrap().security, Security::StartTls);
        let bad = MailConfig { security: Some("maybe".into()), ..parts.clone() };
        assert!(matches!(bad.settings(""), Err(SettingsError::Security)));
        let plain = MailConfig { security: Some("none".into()), ..parts };
        assert!(matches!(plain.settings(""), Err(SettingsError::PlainRemote)));
    }

    #[test]
    fn the_message_says_only_that_something_is_waiting() {
        let catalog = Arc::new(Catalog::embedded().expect("catalogue"));
        for kind in Kind::ALL {
            let alert = Claimed {
                id: 1,
                service: "victim-hub".into(),
                kind: *kind,
                reference: "K7QM-2XPD".into(),
                attempts: 1,
            };
            let (subject, body) = compose(&catalog, &alert, "https://waymark.example.org");
            assert!(!subject.contains("victim") && !subject.contains("K7QM"), "{subject}");
            assert!(body.contains("K7QM-2XPD"), "{body}");
            assert!(body.contains("https://waymark.example.org/staff/referrals"), "{body}");
            assert!(!body.contains('\u{2068}'), "no isolation marks in plain text");
        }
    }
}
