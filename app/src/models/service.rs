//! What a service in the directory is. The server reads these from
//! `content/services/*.toml`; nothing here parses anything.

use crate::i18n::{msg, Text};
use serde::{Deserialize, Serialize};

crate::words! {
    /// A way a service can be reached.
    pub enum ContactKind {
        Phone = "phone",
        Text = "text",
        Email = "email",
        Website = "website",
        Webchat = "webchat",
        BslVideoRelay = "bsl-video-relay",
        RelayUk = "relay-uk",
    }
}

impl ContactKind {
    /// What the way of reaching the service is called.
    pub fn label(self) -> Text {
        match self {
            ContactKind::Phone => msg("contact-kind-phone"),
            ContactKind::Text => msg("contact-kind-text"),
            ContactKind::Email => msg("contact-kind-email"),
            ContactKind::Website => msg("contact-kind-website"),
            ContactKind::Webchat => msg("contact-kind-webchat"),
            ContactKind::BslVideoRelay => msg("contact-kind-bsl-video-relay"),
            ContactKind::RelayUk => msg("contact-kind-relay-uk"),
        }
    }

    /// Whether the contact's value is a web address.
    pub fn is_link(self) -> bool {
        matches!(self, ContactKind::Website | ContactKind::Webchat | ContactKind::BslVideoRelay)
    }

    /// Whether the contact's value is a number to call.
    pub fn is_call(self) -> bool {
        matches!(self, ContactKind::Phone | ContactKind::RelayUk)
    }
}

/// One way to reach a service.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Contact {
    pub kind: ContactKind,
    pub value: String,
    pub hours: Option<String>,
    pub note: Option<String>,
}

/// A service people can contact or be referred to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Service {
    /// The file name without `.toml`; stored with referrals.
    pub slug: String,
    /// The neutral code used in addresses.
    pub code: String,
    pub name: String,
    pub summary: String,
    /// Some details still need confirming with the service.
    pub placeholder: bool,
    /// Referrals made in the portal can be sent to this service, which has a triage queue.
    pub receives_referrals: bool,
    /// Anyone in the country can use it.
    pub national: bool,
    /// The boroughs it works in (empty for a national service).
    pub areas: Vec<crate::models::area::Borough>,
    pub police_run: bool,
    /// The service can talk with people in British Sign Language: its staff sign, or it books BSL interpreters
    /// (`bsl = true` in its file). A BSL video relay contact counts too: see [`Service::offers_bsl`].
    #[serde(default)]
    pub bsl: bool,
    /// Crime type ids, or `any`.
    pub helps_with: Vec<String>,
    pub needs: Vec<String>,
    pub groups: Vec<String>,
    pub min_age: Option<u8>,
    pub max_age: Option<u8>,
    pub website: Option<String>,
    pub contacts: Vec<Contact>,
    /// When its details were last confirmed, `YYYY-MM-DD`.
    pub checked: String,
    /// Who confirmed them: a role, never a name.
    pub checked_by: String,
    /// What must still be confirmed, from the file's `# - ` notes (for `waymark content check --strict`).
    #[serde(default)]
    pub to_confirm: Vec<String>,
    /// The service's promise to make contact with someone referred to it, in working days, when it declares
    /// one (`contact_within_working_days` in its file).
    #[serde(default)]
    pub contact_within_working_days: Option<u8>,
    /// The service's shared inbox, told (with nothing personal) when a request is waiting (`alerts_to`).
    #[serde(default)]
    pub alerts_to: Option<String>,
}

impl Service {
    /// Whether the service takes people of every age from `youngest` to `oldest`.
    pub fn covers_ages(&self, youngest: u8, oldest: u8) -> bool {
        self.min_age.is_none_or(|min| youngest >= min) && self.max_age.is_none_or(|max| oldest <= max)
    }

    /// Whether the service works in `borough` (a national service works everywhere).
    pub fn works_in(&self, borough: crate::models::area::Borough) -> bool {
        self.national || self.areas.contains(&borough)
    }

    /// Whether the service helps with the crime type `crime`.
    pub fn helps_with_crime(&self, crime: &str) -> bool {
        self.helps_with_any_crime() || self.helps_with.iter().any(|c| c == crime)
    }

    /// Whether someone can get support from the service in British Sign Language.
    pub fn offers_bsl(&self) -> bool {
        self.bsl || self.contacts.iter().any(|c| c.kind == ContactKind::BslVideoRelay)
    }

    pub fn helps_with_any_crime(&self) -> bool {
        self.helps_with.iter().any(|c| c == crate::models::vocabulary::ANY_CRIME)
    }
}
