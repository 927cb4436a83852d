//! What a diary entry records about what helped: the standard choices offered on the entry form, and what the
//! progress page counts (a choice, or the person's own words).

use crate::i18n::{msg, Text};

crate::words! {
    /// The standard "what helped" choices, in the order the entry form offers them; people can add their own
    /// words as well.
    pub enum Helped {
        Talking = "talking",
        FamilyFriends = "family-friends",
        SupportService = "support-service",
        Sleep = "sleep",
        Rest = "rest",
        Exercise = "exercise",
        Outdoors = "outdoors",
        Breathing = "breathing",
        Routine = "routine",
        Writing = "writing",
        Creative = "creative",
        Faith = "faith",
    }
}

impl Helped {
    /// The words for the choice.
    pub fn label(self) -> Text {
        match self {
            Helped::Talking => msg("helped-talking"),
            Helped::FamilyFriends => msg("helped-family-friends"),
            Helped::SupportService => msg("helped-support-service"),
            Helped::Sleep => msg("helped-sleep"),
            Helped::Rest => msg("helped-rest"),
            Helped::Exercise => msg("helped-exercise"),
            Helped::Outdoors => msg("helped-outdoors"),
            Helped::Breathing => msg("helped-breathing"),
            Helped::Routine => msg("helped-routine"),
            Helped::Writing => msg("helped-writing"),
            Helped::Creative => msg("helped-creative"),
            Helped::Faith => msg("helped-faith"),
        }
    }
}

/// Something that helped, as the progress page counts it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WhatHelped {
    /// One of the standard choices.
    Choice(Helped),
    /// The person's own words, in lower case (so "Music" and "music" count as one).
    Own(String),
}

impl WhatHelped {
    /// The stored word of a choice, or the own words: what the progress page orders equal counts by.
    pub fn sort_key(&self) -> &str {
        match self {
            WhatHelped::Choice(helped) => helped.as_str(),
            WhatHelped::Own(words) => words,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_choice_has_its_own_words() {
        let labels: std::collections::HashSet<_> = Helped::ALL.iter().map(|h| h.label().id).collect();
        assert_eq!(labels.len(), Helped::ALL.len());
        assert!(Helped::ALL.iter().all(|h| h.label().id == format!("helped-{}", h.as_str())));
    }
}
