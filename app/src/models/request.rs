//! The answers of a request for support that are chosen from fixed lists (are you safe, who it is for, the age
//! band, the police, ways to get in touch…): the words posted and stored for each, and the words each is shown
//! with. Drafts and sent requests are stored as JSON; [`stored`] reads them leniently, so an answer this
//! version does not know reads as "not answered" and older drafts always open.

use crate::i18n::{msg, Text};

/// An answer chosen from a fixed list.
pub trait Answer: Copy + Eq + 'static {
    /// Every answer, in the order they are offered.
    fn all() -> &'static [Self];
    /// The posted and stored word.
    fn word(self) -> &'static str;
    /// The answer a word stands for, if any.
    fn from_word(word: &str) -> Option<Self>;
    /// What the answer is called on the page.
    fn label(self) -> Text;
}

/// Declares an answer type with [`crate::words!`] and its [`Answer`] labels, each variant written
/// `Variant = "word" => label`.
macro_rules! answers {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident = $word:literal => $label:expr),+ $(,)? }) => {
        crate::words! { $(#[$meta])* pub enum $name { $($(#[$vmeta])* $variant = $word),+ } }

        impl Answer for $name {
            fn all() -> &'static [Self] {
                $name::ALL
            }

            fn word(self) -> &'static str {
                self.as_str()
            }

            fn from_word(word: &str) -> Option<Self> {
                $name::parse(word)
            }

            fn label(self) -> Text {
                match self {
                    $($name::$variant => $label),+
                }
            }
        }
    };
}
pub(crate) use answers;

answers! {
    /// Are you safe now?
    pub enum SafeNow {
        Yes = "yes" => msg("request-safe-yes"),
        No = "no" => msg("request-safe-no"),
        NotSure = "not-sure" => msg("request-safe-not-sure"),
    }
}

impl SafeNow {
    /// Whether the person is shown how to get help at once before going on.
    pub fn needs_help_now(self) -> bool {
        self != SafeNow::Yes
    }
}

answers! {
    /// Who the support is for. The word is also the `who` variable of the messages that ask about the person.
    pub enum ForWhom {
        Me = "me" => msg("request-who-me"),
        Someone = "someone" => msg("request-who-someone"),
    }
}

answers! {
    /// How old the person is.
    pub enum AgeBand {
        Under13 = "under-13" => msg("age-under-13"),
        From13To15 = "13-15" => msg("age-13-15"),
        From16To17 = "16-17" => msg("age-16-17"),
        From18To24 = "18-24" => msg("age-18-24"),
        From25To44 = "25-44" => msg("age-25-44"),
        From45To64 = "45-64" => msg("age-45-64"),
        From65 = "65-plus" => msg("age-65-plus"),
        RatherNotSay = "rather-not-say" => msg("request-rather-not-say"),
    }
}

impl AgeBand {
    /// The youngest and oldest age the band covers; `None` when the person would rather not say.
    pub fn ages(self) -> Option<(u8, u8)> {
        match self {
            AgeBand::Under13 => Some((0, 12)),
            AgeBand::From13To15 => Some((13, 15)),
            AgeBand::From16To17 => Some((16, 17)),
            AgeBand::From18To24 => Some((18, 24)),
            AgeBand::From25To44 => Some((25, 44)),
            AgeBand::From45To64 => Some((45, 64)),
            AgeBand::From65 => Some((65, 120)),
            AgeBand::RatherNotSay => None,
        }
    }
}

answers! {
    /// Where the person lives, with the least detail that routes well. `postcode` is only a way of answering:
    /// the first half of a postcode is turned into a borough and never kept.
    pub enum Area {
        Hartlepool = "hartlepool" => msg("area-hartlepool"),
        Middlesbrough = "middlesbrough" => msg("area-middlesbrough"),
        RedcarAndCleveland = "redcar-and-cleveland" => msg("area-redcar-and-cleveland"),
        StocktonOnTees = "stockton-on-tees" => msg("area-stockton-on-tees"),
        Postcode = "postcode" => msg("request-area-postcode"),
        Outside = "outside" => msg("request-area-outside"),
        RatherNotSay = "rather-not-say" => msg("request-rather-not-say"),
    }
}

impl Area {
    /// The borough this answer names, if it names one.
    pub fn borough(self) -> Option<crate::models::area::Borough> {
        use crate::models::area::Borough;
        match self {
            Area::Hartlepool => Some(Borough::Hartlepool),
            Area::Middlesbrough => Some(Borough::Middlesbrough),
            Area::RedcarAndCleveland => Some(Borough::RedcarAndCleveland),
            Area::StocktonOnTees => Some(Borough::StocktonOnTees),
            Area::Postcode | Area::Outside | Area::RatherNotSay => None,
        }
    }

    /// The answer that names `borough`.
    pub fn of(borough: crate::models::area::Borough) -> Area {
        use crate::models::area::Borough;
        match borough {
            Borough::Hartlepool => Area::Hartlepool,
            Borough::Middlesbrough => Area::Middlesbrough,
            Borough::RedcarAndCleveland => Area::RedcarAndCleveland,
            Borough::StocktonOnTees => Area::StocktonOnTees,
        }
    }
}

answers! {
    /// When it happened.
    pub enum When {
        Week = "week" => msg("request-when-week"),
        Month = "month" => msg("request-when-month"),
        SixMonths = "six-months" => msg("request-when-six-months"),
        Longer = "longer" => msg("request-when-longer"),
        Ongoing = "ongoing" => msg("request-when-ongoing"),
        RatherNotSay = "rather-not-say" => msg("request-rather-not-say"),
    }
}

answers! {
    /// Whether the police know.
    pub enum Police {
        Yes = "yes" => msg("request-police-yes"),
        No = "no" => msg("request-police-no"),
        NotSure = "not-sure" => msg("request-police-not-sure"),
        RatherNotSay = "rather-not-say" => msg("request-rather-not-say"),
    }
}

answers! {
    /// Yes or no: an interpreter, and the safe-contact questions.
    pub enum YesNo {
        Yes = "yes" => msg("request-yes"),
        No = "no" => msg("request-no"),
    }
}

answers! {
    /// Help with communicating. The first two are British Sign Language, which routing prefers services able to
    /// offer.
    pub enum Access {
        Bsl = "bsl" => msg("request-access-bsl"),
        BslVideoRelay = "bsl-video-relay" => msg("request-access-bsl-video-relay"),
        Relay = "relay" => msg("request-access-relay"),
        EasyRead = "easy-read" => msg("request-access-easy-read"),
        LargePrint = "large-print" => msg("request-access-large-print"),
        Other = "other" => msg("request-access-other"),
    }
}

answers! {
    /// A way for the service to get in touch.
    #[derive(PartialOrd, Ord)]
    pub enum Channel {
        Phone = "phone" => msg("request-channel-phone"),
        Text = "text" => msg("request-channel-text"),
        Email = "email" => msg("request-channel-email"),
    }
}

answers! {
    /// The optional equality question about gender.
    pub enum Gender {
        Woman = "woman" => msg("equality-gender-woman"),
        Man = "man" => msg("equality-gender-man"),
        NonBinary = "non-binary" => msg("equality-gender-non-binary"),
        Other = "other" => msg("equality-gender-other"),
        RatherNotSay = "rather-not-say" => msg("request-rather-not-say"),
    }
}

answers! {
    /// The optional equality question about ethnicity.
    pub enum Ethnicity {
        Asian = "asian" => msg("equality-ethnicity-asian"),
        Black = "black" => msg("equality-ethnicity-black"),
        Mixed = "mixed" => msg("equality-ethnicity-mixed"),
        White = "white" => msg("equality-ethnicity-white"),
        Other = "other" => msg("equality-ethnicity-other"),
        RatherNotSay = "rather-not-say" => msg("request-rather-not-say"),
    }
}

answers! {
    /// The optional equality question about sexuality.
    pub enum Sexuality {
        Straight = "straight" => msg("equality-sexuality-straight"),
        GayLesbian = "gay-lesbian" => msg("equality-sexuality-gay-lesbian"),
        Bisexual = "bisexual" => msg("equality-sexuality-bisexual"),
        Other = "other" => msg("equality-sexuality-other"),
        RatherNotSay = "rather-not-say" => msg("request-rather-not-say"),
    }
}

answers! {
    /// The optional equality question about disability.
    pub enum Disability {
        Yes = "yes" => msg("request-yes"),
        No = "no" => msg("request-no"),
        RatherNotSay = "rather-not-say" => msg("request-rather-not-say"),
    }
}

/// Serde for answers as drafts and sent requests store them (use with `#[serde(with = …)]` or
/// `#[serde(deserialize_with = …)]`). Nothing here ever refuses a stored answer: a word this version does not
/// know, an empty word or `null` reads as "not answered", so a draft saved by an older version still opens.
pub mod stored {
    use super::Answer;
    use serde::{Deserialize, Deserializer, Serializer};
    use std::collections::BTreeMap;

    /// An `Option<A>`: stored as its word, and as `""` when not answered.
    pub mod answer {
        use super::*;

        pub fn serialize<A: Answer, S: Serializer>(value: &Option<A>, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(value.map_or("", A::word))
        }

        pub fn deserialize<'de, A: Answer, D: Deserializer<'de>>(deserializer: D) -> Result<Option<A>, D::Error> {
            Ok(Option::<String>::deserialize(deserializer)?.as_deref().and_then(A::from_word))
        }
    }

    /// A `Vec<A>` (stored as a list of words): unknown words are left out.
    pub fn list<'de, A: Answer, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<A>, D::Error> {
        Ok(some_list(deserializer)?.unwrap_or_default())
    }

    /// An `Option<Vec<A>>` (`null` while not answered): unknown words are left out.
    pub fn some_list<'de, A: Answer, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Vec<A>>, D::Error> {
        let words = Option::<Vec<String>>::deserialize(deserializer)?;
        Ok(words.map(|words| words.iter().filter_map(|w| A::from_word(w)).collect()))
    }

    /// A `BTreeMap<A, V>` keyed by words: entries with an unknown key are left out.
    pub fn keyed<'de, A, V, D>(deserializer: D) -> Result<BTreeMap<A, V>, D::Error>
    where
        A: Answer + Ord,
        V: Deserialize<'de>,
        D: Deserializer<'de>,
    {
        let entries = Option::<BTreeMap<String, V>>::deserialize(deserializer)?.unwrap_or_default();
        Ok(entries.into_iter().filter_map(|(word, value)| Some((A::from_word(&word)?, value))).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::{Deserialize, Serialize};
    use std::collections::BTreeMap;

    #[derive(Debug, Default, PartialEq, Serialize, Deserialize)]
    #[serde(default)]
    struct Stored {
        #[serde(with = "stored::answer")]
        safe_now: Option<SafeNow>,
        #[serde(with = "stored::answer")]
        police: Option<Police>,
        #[serde(deserialize_with = "stored::list")]
        access: Vec<Access>,
        #[serde(deserialize_with = "stored::some_list")]
        channels: Option<Vec<Channel>>,
        #[serde(deserialize_with = "stored::keyed")]
        safe: BTreeMap<Channel, String>,
    }

    #[test]
    fn every_answer_has_its_own_word() {
        fn check<A: Answer + std::fmt::Debug>() {
            let words: Vec<&str> = A::all().iter().map(|a| a.word()).collect();
            for answer in A::all() {
                assert_eq!(A::from_word(answer.word()), Some(*answer));
                assert_eq!(words.iter().filter(|w| **w == answer.word()).count(), 1, "{answer:?}");
            }
            assert_eq!(A::from_word(""), None);
        }
        check::<SafeNow>();
        check::<ForWhom>();
        check::<AgeBand>();
        check::<When>();
        check::<Police>();
        check::<YesNo>();
        check::<Access>();
        check::<Channel>();
        check::<Gender>();
        check::<Ethnicity>();
        check::<Sexuality>();
        check::<Disability>();
    }

    #[test]
    fn stored_answers_are_read_leniently_and_written_as_before() {
        let json = r#"{"safe_now":"not-sure","police":"","access":["bsl","telepathy"],"channels":["text","fax","phone"],
                       "safe":{"phone":"a","pigeon":"b"}}"#;
        let read: Stored = serde_json::from_str(json).expect("reads");
        assert_eq!(read.safe_now, Some(SafeNow::NotSure));
        assert_eq!(read.police, None);
        assert_eq!(read.access, vec![Access::Bsl]);
        assert_eq!(read.channels, Some(vec![Channel::Text, Channel::Phone]));
        assert_eq!(read.safe.keys().copied().collect::<Vec<_>>(), vec![Channel::Phone]);

        let unknown: Stored =
            serde_json::from_str(r#"{"safe_now":"perhaps","police":null,"channels":null}"#).expect("reads");
        assert_eq!(unknown, Stored::default());
        assert_eq!(serde_json::from_str::<Stored>("{}").expect("reads"), Stored::default());

        let written = serde_json::to_value(&read).expect("writes");
        assert_eq!(written["safe_now"], "not-sure");
        assert_eq!(written["police"], "", "not answered is stored as an empty word, as before");
        assert_eq!(written["channels"], serde_json::json!(["text", "phone"]));
        assert_eq!(written["safe"]["phone"], "a");
    }

    #[test]
    fn age_bands_cover_every_age_once() {
        let mut next = 0;
        for band in AgeBand::ALL.iter().filter_map(|b| b.ages()) {
            assert_eq!(band.0, next);
            next = band.1 + 1;
        }
        assert_eq!(next, 121);
        assert_eq!(AgeBand::RatherNotSay.ages(), None);
    }
}
