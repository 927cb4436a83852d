//! Who the support is for: the person themselves, or someone a supporter asks for (with their agreement).

use super::{answers::Checker, Answers, Page, Problem, Problems};
use crate::referrals::draft::Draft;
use app::{
    forms::Form,
    i18n::msg,
    models::{
        question::{Choice, Field, Question},
        request::{Answer, ForWhom},
    },
};

pub struct Who;

impl Page for Who {
    fn slug(&self) -> &'static str {
        "who"
    }

    fn answered(&self, d: &Draft) -> bool {
        d.for_whom.is_some()
    }

    fn question(&self, _: &Draft) -> Question {
        let choices = vec![
            Choice::of(ForWhom::Me),
            Choice { hint: Some(msg("request-who-someone-hint")), ..Choice::of(ForWhom::Someone) },
        ];
        Question::new(msg("request-who"), vec![Field::radios("for_whom", msg("request-who"), None, choices)])
    }

    fn form(&self, d: &Draft) -> Form {
        Form::new().keep("for_whom", d.for_whom.map_or("", Answer::word))
    }

    fn accept(&self, d: &mut Draft, a: &Answers) -> Result<(), Problems> {
        let mut c = Checker::new(a);
        let for_whom = c.one_of::<ForWhom>("for_whom", Problem::WhoNotChosen);
        c.done()?;
        d.for_whom = for_whom;
        Ok(())
    }
}
