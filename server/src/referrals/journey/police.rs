//! Whether the police know (the services are independent of the police either way).

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

pub struct Police;

impl Page for Police {
    fn slug(&self) -> &'static str {
        "police"
    }

    fn answered(&self, d: &Draft) -> bool {
        d.police.is_some()
    }

    fn question(&self, _: &Draft) -> Question {
        let field = Field::radios(
            "police",
            msg("request-police"),
            Some(msg("request-police-hint")),
            choices::<request::Police>(),
        );
        Question::new(msg("request-police"), vec![field])
    }

    fn form(&self, d: &Draft) -> Form {
        Form::new().keep("police", d.police.map_or("", Answer::word))
    }

    fn accept(&self, d: &mut Draft, a: &Answers) -> Result<(), Problems> {
        let mut c = Checker::new(a);
        let police = c.one_of::<request::Police>("police", Problem::PoliceNotChosen);
        c.done()?;
        d.police = police;
        Ok(())
    }
}
