//! An unfinished request: the answers given so far. It lives sealed in `referral_drafts`, tied to the
//! visitor's session, so nothing typed is kept in the browser or put in an address, and it goes when the
//! session ends.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What is safe for one way of getting in touch.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SafeContact {
    /// "yes" or "no".
    pub safe: String,
    /// When it is safe, in the person's words.
    pub times: String,
    /// Phone only: may a voicemail be left ("yes"/"no").
    pub message: String,
    /// May the service say who it is ("yes"/"no").
    pub say_who: String,
}

impl SafeContact {
    pub fn is_safe(&self) -> bool {
        self.safe == "yes"
    }
}

/// The supporter making a request for someone else.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Supporter {
    pub name: String,
    pub phone: String,
    pub email: String,
    pub relationship: String,
    pub agreed: bool,
}

/// Optional questions that help the commissioner see who is not being reached.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Equality {
    pub gender: String,
    pub ethnicity: String,
    pub sexuality: String,
    pub disability: String,
}

/// Every answer. Empty strings and `None` mean "not answered yet".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub safe_now: String,
    /// "me" or "someone".
    pub for_whom: String,
    pub age_band: String,
    pub crimes: Option<Vec<String>>,
    pub when: String,
    pub police: String,
    pub needs: Option<Vec<String>>,
    pub needs_other: String,
    pub language: String,
    pub interpreter: String,
    pub access: Vec<String>,
    pub access_other: String,
    pub name: String,
    pub channels: Option<Vec<String>>,
    pub phone: String,
    pub email: String,
    /// By channel ("phone", "text", "email").
    pub safe: BTreeMap<String, SafeContact>,
    pub code_word: String,
    pub supporter: Supporter,
    pub equality: Equality,
    pub equality_seen: bool,
    /// The person has reached "check your answers"; Continue then goes back there.
    pub reviewing: bool,
    /// Set once the request has been sent, for the confirmation page; the answers are cleared then.
    pub sent: Option<Sent>,
}

/// A request just sent: what the confirmation page shows.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Sent {
    pub reference: String,
    /// Slug of the receiving service.
    pub service: String,
    /// Slugs of other services suggested.
    pub suggestions: Vec<String>,
}

impl Draft {
    pub fn for_someone(&self) -> bool {
        self.for_whom == "someone"
    }

    /// The youngest and oldest age of the chosen band; `None` when not said.
    pub fn ages(&self) -> Option<(u8, u8)> {
        app::models::vocabulary::age_bands().into_iter().find(|b| b.0 == self.age_band).map(|b| (b.2, b.3))
    }

    /// The channels chosen and said to be safe.
    pub fn safe_channels(&self) -> Vec<&str> {
        self.channels
            .iter()
            .flatten()
            .filter(|c| self.safe.get(c.as_str()).is_some_and(SafeContact::is_safe))
            .map(String::as_str)
            .collect()
    }
}
