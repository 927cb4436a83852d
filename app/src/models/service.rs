//! What a service in the directory is. The server reads these from
//! `content/services/*.toml`; nothing here parses anything.

use serde::{Deserialize, Serialize};

/// One way to reach a service.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Contact {
    /// One of [`crate::models::vocabulary::contact_kinds`].
    pub kind: String,
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
    pub national: bool,
    pub police_run: bool,
    /// Crime type ids, or `any`.
    pub helps_with: Vec<String>,
    pub needs: Vec<String>,
    pub groups: Vec<String>,
    pub min_age: Option<u8>,
    pub max_age: Option<u8>,
    pub website: Option<String>,
    pub contacts: Vec<Contact>,
    pub reviewed: String,
}

impl Service {
    /// Whether the service takes people of every age from `youngest` to `oldest`.
    pub fn covers_ages(&self, youngest: u8, oldest: u8) -> bool {
        self.min_age.is_none_or(|min| youngest >= min) && self.max_age.is_none_or(|max| oldest <= max)
    }

    pub fn helps_with_any_crime(&self) -> bool {
        self.helps_with.iter().any(|c| c == crate::models::vocabulary::ANY_CRIME)
    }
}
