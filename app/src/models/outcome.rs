//! What came of a referral: the categories of need recorded at first contact, the outcome of each at closure,
//! any onward referral, and the three-question feedback a person may give afterwards.

use crate::i18n::{msg, Text};

/// One category of need, from `content/needs.toml` (the Ministry of Justice categories of need).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NeedCategory {
    /// Stored and posted: lower-case letters, digits and hyphens.
    pub id: String,
    /// The Fluent key of its name: an English message (see [`english_key`]).
    pub label: &'static str,
}

impl NeedCategory {
    pub fn text(&self) -> Text {
        msg(self.label)
    }
}

/// The English message key `key` as the embedded catalogue spells it (so it lives as long as the program),
/// if there is such a message.
pub fn english_key(key: &str) -> Option<&'static str> {
    crate::i18n::EMBEDDED_FTL.iter().filter(|(code, _, _)| *code == "en").find_map(|(_, _, text)| {
        text.lines().find_map(|line| {
            let (id, _) = line.split_once('=')?;
            (id.trim_end() == key && !line.starts_with(' ')).then(|| id.trim_end())
        })
    })
}

/// The most categories of need `content/needs.toml` may list (each has a numbered field on the closure form).
pub const MAX_NEEDS: usize = 16;

/// The names of the closure form's fields for the need at a position: its outcome and the reason.
pub const OUTCOME_FIELDS: [&str; MAX_NEEDS] = [
    "outcome-0",
    "outcome-1",
    "outcome-2",
    "outcome-3",
    "outcome-4",
    "outcome-5",
    "outcome-6",
    "outcome-7",
    "outcome-8",
    "outcome-9",
    "outcome-10",
    "outcome-11",
    "outcome-12",
    "outcome-13",
    "outcome-14",
    "outcome-15",
];
pub const REASON_FIELDS: [&str; MAX_NEEDS] = [
    "reason-0",
    "reason-1",
    "reason-2",
    "reason-3",
    "reason-4",
    "reason-5",
    "reason-6",
    "reason-7",
    "reason-8",
    "reason-9",
    "reason-10",
    "reason-11",
    "reason-12",
    "reason-13",
    "reason-14",
    "reason-15",
];

crate::words! {
    /// Whether, at closure, the person is better able to cope and recover as far as this need goes.
    pub enum Outcome {
        Improved = "improved",
        NotImproved = "not_improved",
        NotAssessed = "not_assessed",
    }
}

impl Outcome {
    pub fn label(self) -> Text {
        match self {
            Outcome::Improved => msg("outcome-improved"),
            Outcome::NotImproved => msg("outcome-not-improved"),
            Outcome::NotAssessed => msg("outcome-not-assessed"),
        }
    }

    /// Whether a reason must be given with it.
    pub fn needs_reason(self) -> bool {
        self != Outcome::Improved
    }
}

crate::words! {
    /// Why a need did not improve or was not assessed: a fixed list, so nothing personal is written.
    pub enum OutcomeReason {
        LostContact = "lost_contact",
        Declined = "declined",
        TooEarly = "too_early",
        ReferredOn = "referred_on",
        OutsideService = "outside_service",
        Other = "other",
    }
}

impl OutcomeReason {
    pub fn label(self) -> Text {
        match self {
            OutcomeReason::LostContact => msg("outcome-reason-lost-contact"),
            OutcomeReason::Declined => msg("outcome-reason-declined"),
            OutcomeReason::TooEarly => msg("outcome-reason-too-early"),
            OutcomeReason::ReferredOn => msg("outcome-reason-referred-on"),
            OutcomeReason::OutsideService => msg("outcome-reason-outside-service"),
            OutcomeReason::Other => msg("outcome-reason-other"),
        }
    }
}

crate::words! {
    /// Where the person was referred on to at closure, if anywhere.
    pub enum Onward {
        None = "none",
        /// A service in the directory (its slug is stored beside).
        Directory = "directory",
        /// An organisation not in the directory (not named: no free text is kept).
        Other = "other",
    }
}

impl Onward {
    pub fn label(self) -> Text {
        match self {
            Onward::None => msg("outcome-onward-none"),
            Onward::Directory => msg("outcome-onward-directory"),
            Onward::Other => msg("outcome-onward-other"),
        }
    }
}

crate::words! {
    /// The feedback questions, in the order asked.
    pub enum Question {
        Easy = "easy",
        Listened = "listened",
        Recommend = "recommend",
    }
}

crate::words! {
    /// The answer scale shared by the feedback questions.
    pub enum Rating {
        Yes = "yes",
        Partly = "partly",
        No = "no",
    }
}

impl Question {
    pub fn text(self) -> Text {
        match self {
            Question::Easy => msg("feedback-easy"),
            Question::Listened => msg("feedback-listened"),
            Question::Recommend => msg("feedback-recommend"),
        }
    }

    /// The name of its field on the feedback form.
    pub fn field(self) -> &'static str {
        self.as_str()
    }

    /// The words for an answer to this question.
    pub fn rating_label(self, rating: Rating) -> Text {
        match (self, rating) {
            (_, Rating::Yes) => msg("feedback-yes"),
            (Question::Recommend, Rating::Partly) => msg("feedback-maybe"),
            (_, Rating::Partly) => msg("feedback-partly"),
            (_, Rating::No) => msg("feedback-no"),
        }
    }
}

/// A person's feedback: one rating per question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Feedback {
    pub easy: Rating,
    pub listened: Rating,
    pub recommend: Rating,
}

impl Feedback {
    pub fn rating(&self, question: Question) -> Rating {
        match question {
            Question::Easy => self.easy,
            Question::Listened => self.listened,
            Question::Recommend => self.recommend,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_keys_are_found_in_the_english_catalogue() {
        assert_eq!(english_key("needs-category-safety"), Some("needs-category-safety"));
        assert_eq!(english_key("need-nowhere"), None);
        assert_eq!(english_key("needs-category"), None, "whole keys only");
    }

    #[test]
    fn only_an_improved_outcome_goes_without_a_reason() {
        assert!(!Outcome::Improved.needs_reason());
        assert!(Outcome::NotImproved.needs_reason());
        assert!(Outcome::NotAssessed.needs_reason());
        assert_eq!(OUTCOME_FIELDS.len(), MAX_NEEDS);
        assert!(OUTCOME_FIELDS.iter().enumerate().all(|(i, f)| *f == format!("outcome-{i}")));
        assert!(REASON_FIELDS.iter().enumerate().all(|(i, f)| *f == format!("reason-{i}")));
    }
}
