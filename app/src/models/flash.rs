//! One-time notices for the next page a person sees ("Your entry was saved"), kept with their session on the
//! server (never in a cookie or an address) and cleared once shown.

use crate::i18n::{msg, Text};

/// A notice. Those with a number carry it in the stored form (`code-failures:3`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    Welcome,
    PasswordChanged,
    AuthenticatorChanged,
    RecoveryCodesReplaced,
    OtherSessionsEnded,
    /// Wrong authenticator codes were entered for the account just before this sign-in.
    CodeFailures(i64),
    /// Only this many recovery codes are left.
    RecoveryCodesLow(i64),
    /// Code entry had closed after too many wrong codes, until the password was reset with a recovery code.
    CodeEntryWasClosed,
    DiarySaved,
    DiaryUpdated,
    DiaryEntryDeleted,
    GuideProgressSaved,
    GuideReflectionSaved,
    GuideReflectionEmpty,
    TriageSaved,
    TriageTransferred,
    /// Feedback about a service was received.
    FeedbackThanks,
}

impl Notice {
    const SIMPLE: [(Notice, &'static str); 15] = [
        (Notice::Welcome, "welcome"),
        (Notice::PasswordChanged, "password-changed"),
        (Notice::AuthenticatorChanged, "authenticator-changed"),
        (Notice::RecoveryCodesReplaced, "recovery-codes-replaced"),
        (Notice::OtherSessionsEnded, "other-sessions-ended"),
        (Notice::DiarySaved, "diary-saved"),
        (Notice::DiaryUpdated, "diary-updated"),
        (Notice::DiaryEntryDeleted, "diary-deleted-entry"),
        (Notice::GuideProgressSaved, "guide-progress-saved"),
        (Notice::GuideReflectionSaved, "guide-reflection-saved"),
        (Notice::GuideReflectionEmpty, "guide-reflection-empty"),
        (Notice::TriageSaved, "triage-saved"),
        (Notice::CodeEntryWasClosed, "code-entry-was-closed"),
        (Notice::TriageTransferred, "triage-transferred"),
        (Notice::FeedbackThanks, "feedback-thanks"),
    ];

    /// The stored form.
    pub fn encode(self) -> String {
        match self {
            Notice::CodeFailures(n) => format!("code-failures:{n}"),
            Notice::RecoveryCodesLow(n) => format!("recovery-low:{n}"),
            simple => Notice::SIMPLE.iter().find(|(n, _)| *n == simple).map(|(_, w)| w.to_string()).unwrap_or_default(),
        }
    }

    /// The notice a stored form stands for, if any.
    pub fn decode(stored: &str) -> Option<Notice> {
        match stored.split_once(':') {
            Some(("code-failures", n)) => n.parse().ok().map(Notice::CodeFailures),
            Some(("recovery-low", n)) => n.parse().ok().map(Notice::RecoveryCodesLow),
            Some(_) => None,
            None => Notice::SIMPLE.iter().find(|(_, w)| *w == stored).map(|(n, _)| *n),
        }
    }

    /// What the page says.
    pub fn text(self) -> Text {
        match self {
            Notice::Welcome => msg("flash-welcome"),
            Notice::PasswordChanged => msg("flash-password-changed"),
            Notice::AuthenticatorChanged => msg("flash-authenticator-changed"),
            Notice::RecoveryCodesReplaced => msg("flash-recovery-codes-replaced"),
            Notice::OtherSessionsEnded => msg("flash-other-sessions-ended"),
            Notice::CodeFailures(n) => msg("flash-code-failures").with_number("count", n),
            Notice::RecoveryCodesLow(n) => msg("flash-recovery-codes-low").with_number("count", n),
            Notice::CodeEntryWasClosed => msg("flash-code-entry-was-closed"),
            Notice::DiarySaved => msg("diary-saved"),
            Notice::DiaryUpdated => msg("diary-updated"),
            Notice::DiaryEntryDeleted => msg("diary-deleted-entry"),
            Notice::GuideProgressSaved => msg("guide-progress-saved"),
            Notice::GuideReflectionSaved => msg("guide-reflection-saved"),
            Notice::GuideReflectionEmpty => msg("guide-reflection-empty"),
            Notice::TriageSaved => msg("triage-saved"),
            Notice::TriageTransferred => msg("triage-transferred"),
            Notice::FeedbackThanks => msg("feedback-thanks"),
        }
    }
}

/// The notices waiting for the next page, in order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Flash(pub Vec<Notice>);

impl Flash {
    pub fn one(notice: Notice) -> Flash {
        Flash(vec![notice])
    }

    /// The stored form: the notices' forms joined by `|`.
    pub fn encode(&self) -> String {
        self.0.iter().map(|n| n.encode()).collect::<Vec<_>>().join("|")
    }

    /// The notices of a stored form; unknown parts (from an older version) are skipped.
    pub fn decode(stored: &str) -> Flash {
        Flash(stored.split('|').filter_map(Notice::decode).collect())
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn contains(&self, notice: Notice) -> bool {
        self.0.contains(&notice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_notice_round_trips() {
        let all = [Notice::CodeFailures(3), Notice::RecoveryCodesLow(1)]
            .into_iter()
            .chain(Notice::SIMPLE.iter().map(|(n, _)| *n))
            .collect::<Vec<_>>();
        for notice in &all {
            assert_eq!(Notice::decode(&notice.encode()), Some(*notice), "{notice:?}");
        }
        let flash = Flash(all);
        assert_eq!(Flash::decode(&flash.encode()), flash);
        assert_eq!(Flash::decode("welcome|no-such|code-failures:x"), Flash::one(Notice::Welcome));
        assert!(Flash::decode("").is_empty());
    }
}
