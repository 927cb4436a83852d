//! The wellbeing check-in: its questions, the answers each one takes, and what the answers can point to.

use crate::i18n::{msg, Text};
use std::collections::BTreeMap;

crate::words! {
    /// A check-in question, in the order they are asked.
    #[derive(PartialOrd, Ord)]
    pub enum Question {
        Sleep = "sleep",
        Daily = "daily",
        Feelings = "feelings",
        Safety = "safety",
        Danger = "danger",
        Harm = "harm",
    }
}

impl Question {
    /// How much what happened affects the person, each answered with a level from 0 to 3.
    pub const EFFECT: [Question; 4] = [Question::Sleep, Question::Daily, Question::Feelings, Question::Safety];
    /// Whether they are at risk now, each answered yes, no or rather not say.
    pub const RISK: [Question; 2] = [Question::Danger, Question::Harm];

    /// The answers the question takes, in the order they are offered.
    pub fn answers(self) -> &'static [Answer] {
        if Question::RISK.contains(&self) {
            &Answer::CHOICES
        } else {
            &Answer::LEVELS
        }
    }

    /// The question as it is asked.
    pub fn text(self) -> Text {
        match self {
            Question::Sleep => msg("check-in-sleep"),
            Question::Daily => msg("check-in-daily"),
            Question::Feelings => msg("check-in-feelings"),
            Question::Safety => msg("check-in-safety"),
            Question::Danger => msg("check-in-danger"),
            Question::Harm => msg("check-in-harm"),
        }
    }
}

crate::words! {
    /// An answer to a check-in question: a level of effect, or yes, no or rather not say.
    pub enum Answer {
        NotAtAll = "0",
        ALittle = "1",
        QuiteALot = "2",
        ALot = "3",
        Yes = "yes",
        No = "no",
        Skip = "skip",
    }
}

impl Answer {
    /// The answers to an effect question, from no effect to the most.
    pub const LEVELS: [Answer; 4] = [Answer::NotAtAll, Answer::ALittle, Answer::QuiteALot, Answer::ALot];
    /// The answers to a risk question.
    pub const CHOICES: [Answer; 3] = [Answer::Yes, Answer::No, Answer::Skip];

    /// The level of an answer to an effect question, from 0 to 3.
    pub fn level(self) -> Option<u32> {
        match self {
            Answer::NotAtAll => Some(0),
            Answer::ALittle => Some(1),
            Answer::QuiteALot => Some(2),
            Answer::ALot => Some(3),
            Answer::Yes | Answer::No | Answer::Skip => None,
        }
    }

    /// The words for this answer to `question`: how safe someone feels is answered in words of its own.
    pub fn label(self, question: Question) -> Text {
        let safety = question == Question::Safety;
        match self {
            Answer::NotAtAll if safety => msg("check-in-safe-0"),
            Answer::ALittle if safety => msg("check-in-safe-1"),
            Answer::QuiteALot if safety => msg("check-in-safe-2"),
            Answer::ALot if safety => msg("check-in-safe-3"),
            Answer::NotAtAll => msg("check-in-effect-0"),
            Answer::ALittle => msg("check-in-effect-1"),
            Answer::QuiteALot => msg("check-in-effect-2"),
            Answer::ALot => msg("check-in-effect-3"),
            Answer::Yes => msg("check-in-yes"),
            Answer::No => msg("check-in-no"),
            Answer::Skip => msg("check-in-skip"),
        }
    }
}

/// One check-in's answers, by question; questions left unanswered are absent.
pub type Answers = BTreeMap<Question, Answer>;

/// What the answers point to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing was answered: nothing to go on.
    Unanswered,
    /// The guides should suit.
    LowToModerate,
    /// A big effect: talk to someone as well.
    High,
    /// They do not feel safe (not very safe, or not safe at all): talk to someone first.
    NotSafe,
    /// Someone is hurting or frightening them now.
    DangerNow,
    /// Thoughts of self-harm or suicide.
    SelfHarm,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn effect_questions_take_levels_and_risk_questions_take_choices() {
        for question in Question::EFFECT {
            assert!(question.answers().iter().all(|a| a.level().is_some()), "{question}");
        }
        for question in Question::RISK {
            assert!(question.answers().iter().all(|a| a.level().is_none()), "{question}");
        }
        assert_eq!(Question::EFFECT.len() + Question::RISK.len(), Question::ALL.len());
    }

    #[test]
    fn safety_is_answered_in_its_own_words() {
        assert_eq!(Answer::NotAtAll.label(Question::Safety), msg("check-in-safe-0"));
        assert_eq!(Answer::NotAtAll.label(Question::Sleep), msg("check-in-effect-0"));
        assert_eq!(Answer::Skip.label(Question::Safety), msg("check-in-skip"));
    }
}
