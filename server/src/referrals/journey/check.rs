//! Check your answers: the last page, never answered (sending the request ends the journey). Its summary is
//! [`crate::referrals::summary`]; sending is [`crate::referrals::submit`].

use super::{Answers, Page, Problems};
use crate::referrals::draft::Draft;
use app::{i18n::msg, models::question::Question};

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
