//! Check your answers: the last page, never answered (sending the request ends the journey). Its summary is
//! [`crate::referrals::summary`]; sending is [`crate::referrals::submit`].

use super::{Answers, Page, Problems};
use crate::referrals::draft::Draft;
use app::{
    i18n::msg,
    models::{
        question::Question,
        request::{Answer, YesNo},
    },
};

/// The field hidden from people, which only programs that fill every field fill.
const TRAP: &str = "website";

pub struct Check;

impl Page for Check {
    fn slug(&self) -> &'static str {
        "check"
    }

    fn answered(&self, _: &Draft) -> bool {
        false
    }

    fn question(&self, _: &Draft) -> Question {
        Question::new(msg("request-check-heading"), vec![])
    }

    /// Nothing to keep: the answers are sent from here.
    fn accept(&self, _: &mut Draft, _: &Answers) -> Result<(), Problems> {
        Ok(())
    }
}

/// Whether the request was posted by a program (it filled the hidden field).
pub fn is_trap(answers: &Answers) -> bool {
    !answers.one(TRAP).is_empty()
}

/// Whether the person ticked the box agreeing to the request being sent.
pub fn consents(answers: &Answers) -> bool {
    YesNo::from_word(&answers.one("consent")) == Some(YesNo::Yes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::referrals::journey::testing::answers;

    #[test]
    fn consent_is_a_ticked_box_and_the_trap_any_text() {
        assert!(consents(&answers(&[("consent", "yes")])));
        assert!(!consents(&answers(&[("consent", "on")])));
        assert!(!consents(&answers(&[])));
        assert!(is_trap(&answers(&[("website", "http://spam.example")])));
        assert!(!is_trap(&answers(&[("website", "  ")])));
    }
}
