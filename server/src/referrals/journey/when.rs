//! When it happened (or that it is still going on).

use super::{answers::Checker, Answers, Page, Problem, Problems};
use crate::referrals::draft::Draft;
use app::{
    forms::Form,
    i18n::msg,
    models::{
        question::{choices, Field, Question},
        request::{self, Answer},
    },
};

pub struct When;

impl Page for When {
    fn slug(&self) -> &'static str {
        "when"
    }

    fn answered(&self, d: &Draft) -> bool {
        d.when.is_some()
    }

    fn question(&self, _: &Draft) -> Question {
        let field = Field::radios("when", msg("request-when"), None, choices::<request::When>());
        Question::new(msg("request-when"), vec![field])
    }

    fn form(&self, d: &Draft) -> Form {
        Form::new().keep("when", d.when.map_or("", Answer::word))
    }

    fn accept(&self, d: &mut Draft, a: &Answers) -> Result<(), Problems> {
        let mut c = Checker::new(a);
        let when = c.one_of::<request::When>("when", Problem::WhenNotChosen);
        c.done()?;
        d.when = when;
        Ok(())
    }
}
