//! An unfinished request: the answers given so far. It lives sealed in `referral_drafts`, tied to the
//! visitor's session, so nothing typed is kept in the browser or put in an address, and it goes when the
//! session ends. A sent request's details are the same answers, sealed with the referral.
//!
//! Both are stored as JSON, in the shape they always had: answers from fixed lists are their words (`""` while
//! not answered), and [`app::models::request::stored`] reads any word it does not know as not answered.

use app::models::agreement::Agreement;
use app::models::partners::{AgreedHow, AgreedWhen, HateRole, JourneyKind, PoliceConsent, Shared, Strand};
use app::models::request::{
    stored, Access, AgeBand, Area, Channel, Disability, Ethnicity, ForWhom, Gender, Police, SafeNow, Sexuality, When,
    YesNo,
};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What is safe for one way of getting in touch.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SafeContact {
    #[serde(with = "stored::answer")]
    pub safe: Option<YesNo>,
    /// When it is safe, in the person's words.
    pub times: String,
    /// Phone only: may a voicemail be left.
    #[serde(with = "stored::answer")]
    pub message: Option<YesNo>,
    /// May the service say who it is.
    #[serde(with = "stored::answer")]
    pub say_who: Option<YesNo>,
}

impl SafeContact {
    pub fn is_safe(&self) -> bool {
        self.safe == Some(YesNo::Yes)
    }
}

/// The supporter making a request for someone else.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Supporter {
    pub name: String,
    pub phone: String,
    pub email: String,
    pub relationship: String,
    pub agreed: bool,
}

/// Optional questions that help the commissioner see who is not being reached.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Equality {
    #[serde(with = "stored::answer")]
    pub gender: Option<Gender>,
    #[serde(with = "stored::answer")]
    pub ethnicity: Option<Ethnicity>,
    #[serde(with = "stored::answer")]
    pub sexuality: Option<Sexuality>,
    #[serde(with = "stored::answer")]
    pub disability: Option<Disability>,
}

impl Equality {
    /// The answers as stored for the return: gender, ethnic group, sexual orientation, disability.
    pub fn words(&self) -> [Option<&'static str>; 4] {
        [
            self.gender.map(|a| a.as_str()),
            self.ethnicity.map(|a| a.as_str()),
            self.sexuality.map(|a| a.as_str()),
            self.disability.map(|a| a.as_str()),
        ]
    }
}

/// A partner organisation's worker making a referral, and the person's recorded agreement.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Partner {
    /// The worker's organisation, written when the referral is sent (from their account, never the form).
    pub organisation: String,
    pub worker_name: String,
    pub worker_role: String,
    pub worker_phone: String,
    pub worker_email: String,
    #[serde(with = "stored::answer")]
    pub agreed_when: Option<AgreedWhen>,
    #[serde(with = "stored::answer")]
    pub agreed_how: Option<AgreedHow>,
    /// What the person agreed may be shared; always holds [`Shared::Referral`] once answered.
    #[serde(deserialize_with = "stored::list")]
    pub shared: Vec<Shared>,
    /// Where the agreement is recorded in the organisation's own records, in the worker's words.
    pub agreement_note: String,
}

impl Partner {
    pub fn is_empty(&self) -> bool {
        *self == Partner::default()
    }
}

/// A hate incident report.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Hate {
    #[serde(with = "stored::answer")]
    pub role: Option<HateRole>,
    /// What happened, in the person's words.
    pub description: String,
    #[serde(deserialize_with = "stored::some_list")]
    pub strands: Option<Vec<Strand>>,
    /// Whether they want the service to get in touch (then the safe-contact questions are asked).
    #[serde(with = "stored::answer")]
    pub support: Option<YesNo>,
    #[serde(with = "stored::answer")]
    pub police: Option<PoliceConsent>,
}

impl Hate {
    pub fn is_empty(&self) -> bool {
        *self == Hate::default()
    }

    pub fn wants_support(&self) -> bool {
        self.support == Some(YesNo::Yes)
    }
}

/// Every answer. `None` and empty text mean "not answered yet".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Draft {
    /// Which journey this is: a request (`/request`), a partner's referral (`/refer`) or a hate incident
    /// report (`/report`). Not written for a request, so requests are stored exactly as before.
    #[serde(skip_serializing_if = "JourneyKind::is_request", deserialize_with = "lenient_kind")]
    pub kind: JourneyKind,
    #[serde(skip_serializing_if = "Partner::is_empty")]
    pub partner: Partner,
    #[serde(skip_serializing_if = "Hate::is_empty")]
    pub hate: Hate,
    #[serde(with = "stored::answer")]
    pub safe_now: Option<SafeNow>,
    #[serde(with = "stored::answer")]
    pub for_whom: Option<ForWhom>,
    #[serde(with = "stored::answer")]
    pub age_band: Option<AgeBand>,
    /// Crime type ids ([`app::models::vocabulary::crime_types`]).
    pub crimes: Option<Vec<String>>,
    /// Where the person lives (a borough, outside Cleveland or rather not say); never a postcode.
    #[serde(with = "stored::answer")]
    pub area: Option<Area>,
    #[serde(with = "stored::answer")]
    pub when: Option<When>,
    #[serde(with = "stored::answer")]
    pub police: Option<Police>,
    /// Need ids ([`app::models::vocabulary::needs`]).
    pub needs: Option<Vec<String>>,
    pub needs_other: String,
    pub language: String,
    #[serde(with = "stored::answer")]
    pub interpreter: Option<YesNo>,
    #[serde(deserialize_with = "stored::list")]
    pub access: Vec<Access>,
    pub access_other: String,
    pub name: String,
    /// In the order chosen.
    #[serde(deserialize_with = "stored::some_list")]
    pub channels: Option<Vec<Channel>>,
    pub phone: String,
    pub email: String,
    /// What is safe for each channel chosen.
    #[serde(deserialize_with = "stored::keyed")]
    pub safe: BTreeMap<Channel, SafeContact>,
    pub code_word: String,
    pub supporter: Supporter,
    pub equality: Equality,
    pub equality_seen: bool,
    /// For a referral an organisation sent for the person: their recorded agreement to it (absent from
    /// requests people send themselves, and then not stored).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agreement: Option<Agreement>,
    /// The person has reached "check your answers"; Continue then goes back there.
    pub reviewing: bool,
    /// Set once the request has been sent, for the confirmation page; the answers are cleared then.
    pub sent: Option<Sent>,
    /// No service here can take the request as answered so far, so the journey stops at "where to turn
    /// instead". Worked out from the directory each time the draft is read ([`crate::referrals::with_route`]),
    /// never stored.
    #[serde(skip)]
    pub no_service: bool,
}

/// A journey's kind as stored: a word this version does not know reads as a request.
fn lenient_kind<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<JourneyKind, D::Error> {
    Ok(Option::<String>::deserialize(deserializer)?.as_deref().and_then(JourneyKind::parse).unwrap_or_default())
}

/// A request just sent: what the confirmation page shows.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Sent {
    pub reference: String,
    /// Slug of the receiving service (empty for a request that only looked sent).
    pub service: String,
    /// Slugs of other services suggested.
    pub suggestions: Vec<String>,
}

impl Draft {
    /// A draft holding nothing but the confirmation of a request just sent.
    pub fn just_sent(sent: Sent) -> Draft {
        Draft { sent: Some(sent), ..Draft::default() }
    }

    /// A blank draft of another journey: a partner's referral is always about someone else.
    pub fn blank(kind: JourneyKind) -> Draft {
        let for_whom = (kind == JourneyKind::Partner).then_some(ForWhom::Someone);
        Draft { kind, for_whom, ..Draft::default() }
    }

    pub fn for_someone(&self) -> bool {
        self.for_whom == Some(ForWhom::Someone)
    }

    /// Who the questions are about, as the messages' `who` variable has it ("me" until answered).
    pub fn who(&self) -> &'static str {
        self.for_whom.unwrap_or(ForWhom::Me).as_str()
    }

    /// The youngest and oldest age of the chosen band; `None` when not said.
    pub fn ages(&self) -> Option<(u8, u8)> {
        self.age_band.and_then(AgeBand::ages)
    }

    /// Whether the person asked to be contacted in British Sign Language (through an interpreter or video relay).
    pub fn wants_bsl(&self) -> bool {
        self.access.iter().any(|a| matches!(a, Access::Bsl | Access::BslVideoRelay))
    }

    /// The channels chosen and said to be safe.
    pub fn safe_channels(&self) -> Vec<Channel> {
        self.channels.iter().flatten().copied().filter(|c| self.safe.get(c).is_some_and(SafeContact::is_safe)).collect()
    }

    /// A new draft with what an earlier request already said about reaching the person safely and their
    /// language (but not the supporter's agreement, which is asked each time).
    pub fn carrying_over(mut self, earlier: Draft) -> Draft {
        self.name = earlier.name;
        self.channels = earlier.channels;
        self.phone = earlier.phone;
        self.email = earlier.email;
        self.safe = earlier.safe;
        self.code_word = earlier.code_word;
        self.language = earlier.language;
        self.interpreter = earlier.interpreter;
        self.access = earlier.access;
        self.access_other = earlier.access_other;
        self.supporter = Supporter { agreed: false, ..earlier.supporter };
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A draft as this and earlier versions stored it.
    const TODAYS_FORMAT: &str = r#"{"safe_now":"not-sure","for_whom":"someone","age_band":"16-17",
        "crimes":["violence"],"area":"stockton-on-tees","when":"ongoing","police":"rather-not-say","needs":["safety"],"needs_other":"",
        "language":"Polish","interpreter":"yes","access":["bsl","large-print"],"access_other":"",
        "name":"Kasia","channels":["text","phone"],"phone":"07700 900456","email":"",
        "safe":{"phone":{"safe":"no","times":"","message":"","say_who":""},
                "text":{"safe":"yes","times":"after 6pm","message":"","say_who":"yes"}},
        "code_word":"lemon",
        "supporter":{"name":"Jo","phone":"","email":"jo@example.org","relationship":"friend","agreed":true},
        "equality":{"gender":"woman","ethnicity":"","sexuality":"rather-not-say","disability":"no"},
        "equality_seen":true,"reviewing":true,"sent":null}"#;

    #[test]
    fn a_draft_in_todays_format_opens_and_is_stored_the_same_way() {
        let draft: Draft = serde_json::from_str(TODAYS_FORMAT).expect("opens");
        assert_eq!(draft.safe_now, Some(SafeNow::NotSure));
        assert!(draft.for_someone());
        assert_eq!(draft.ages(), Some((16, 17)));
        assert_eq!(draft.area, Some(app::models::request::Area::StocktonOnTees));
        assert_eq!(draft.when, Some(When::Ongoing));
        assert_eq!(draft.police, Some(Police::RatherNotSay));
        assert_eq!(draft.interpreter, Some(YesNo::Yes));
        assert_eq!(draft.access, vec![Access::Bsl, Access::LargePrint]);
        assert_eq!(draft.channels, Some(vec![Channel::Text, Channel::Phone]));
        assert_eq!(draft.safe_channels(), vec![Channel::Text]);
        assert_eq!(draft.safe[&Channel::Phone].message, None);
        assert_eq!(draft.safe[&Channel::Text].say_who, Some(YesNo::Yes));
        assert_eq!(draft.equality.gender, Some(Gender::Woman));
        assert_eq!(draft.equality.ethnicity, None);
        assert_eq!(draft.equality.disability, Some(Disability::No));

        let expected: serde_json::Value = serde_json::from_str(TODAYS_FORMAT).expect("json");
        assert_eq!(serde_json::to_value(&draft).expect("writes"), expected, "stored as before");
    }

    #[test]
    fn unknown_or_missing_answers_read_as_not_answered() {
        let old: Draft = serde_json::from_str(
            r#"{"safe_now":"maybe","for_whom":"","age_band":"ancient","channels":["fax","email"],
                "safe":{"fax":{"safe":"yes"},"email":{"safe":"perhaps","times":"noon"}},"access":["telepathy"]}"#,
        )
        .expect("opens");
        assert_eq!(old.safe_now, None);
        assert_eq!(old.for_whom, None);
        assert_eq!(old.age_band, None);
        assert_eq!(old.channels, Some(vec![Channel::Email]));
        assert_eq!(old.safe.len(), 1);
        assert_eq!(old.safe[&Channel::Email], SafeContact { times: "noon".into(), ..SafeContact::default() });
        assert!(old.access.is_empty());
        assert_eq!(old.crimes, None);
        assert_eq!(serde_json::from_str::<Draft>("{}").expect("opens"), Draft::default());
    }

    #[test]
    fn an_earlier_request_carries_over_contact_and_language_but_not_agreement() {
        let earlier: Draft = serde_json::from_str(TODAYS_FORMAT).expect("opens");
        let draft = Draft { for_whom: Some(ForWhom::Me), ..Draft::default() }.carrying_over(earlier.clone());
        assert_eq!(draft.for_whom, Some(ForWhom::Me));
        assert_eq!(draft.safe_now, None);
        assert_eq!(draft.crimes, None);
        assert_eq!(draft.name, "Kasia");
        assert_eq!(draft.safe, earlier.safe);
        assert_eq!(draft.interpreter, Some(YesNo::Yes));
        assert_eq!(draft.supporter.name, "Jo");
        assert!(!draft.supporter.agreed);
        assert!(!draft.equality_seen);
    }
}
