//! A person's recorded agreement to a referral an organisation makes for them (the consent the Victims' Code
//! requires before domestic abuse and sexual violence referrals): when and how it was recorded.

use crate::i18n::{msg, Text};
use serde::{Deserialize, Deserializer, Serialize};

crate::words! {
    /// How the person's agreement was recorded.
    pub enum AgreementMethod {
        Verbal = "verbal",
        Written = "written",
        Electronic = "electronic",
    }
}

impl AgreementMethod {
    pub fn label(self) -> Text {
        match self {
            AgreementMethod::Verbal => msg("agreement-verbal"),
            AgreementMethod::Written => msg("agreement-written"),
            AgreementMethod::Electronic => msg("agreement-electronic"),
        }
    }
}

/// The recorded agreement, kept in a referral's sealed details.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Agreement {
    /// When it was recorded, as the organisation sent it (an RFC 3339 date and time).
    pub recorded_at: String,
    /// How (a word this version does not know reads as not said).
    #[serde(deserialize_with = "lenient")]
    pub method: Option<AgreementMethod>,
}

fn lenient<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<AgreementMethod>, D::Error> {
    Ok(Option::<String>::deserialize(deserializer)?.as_deref().and_then(AgreementMethod::parse))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_method_reads_as_not_said() {
        let read: Agreement =
            serde_json::from_str(r#"{"recorded_at":"2026-12-07T09:30:00Z","method":"carrier-pigeon"}"#).expect("reads");
        assert_eq!(read.method, None);
        let read: Agreement = serde_json::from_str(r#"{"method":"written"}"#).expect("reads");
        assert_eq!(read.method, Some(AgreementMethod::Written));
        assert_eq!(serde_json::to_value(&read).expect("writes")["method"], "written");
    }
}
