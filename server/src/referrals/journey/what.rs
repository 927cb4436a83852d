//! What happened: any of the shared crime types (which routing and the directory use).

use super::{answers::Checker, Answers, Page, Problem, Problems};
use crate::referrals::draft::Draft;
use app::{
    forms::Form,
    i18n::msg,
    models::{
        question::{Choice, Field, Question},
        vocabulary,
    },
};

pub struct What;

impl Page for What {
    fn slug(&self) -> &'static str {
        "what"
    }

    fn answered(&self, d: &Draft) -> bool {
        d.crimes.is_some()
    }

    fn question(&self, d: &Draft) -> Question {
        let asks = msg("request-what").with("who", d.who());
        let choices = vocabulary::crime_types().into_iter().map(|(id, label)| Choice::new(id, label)).collect();
        let field = Field::checkboxes("crimes", asks.clone(), Some(msg("request-choose-all")), choices);
        Question::new(asks, vec![field])
    }

    fn form(&self, d: &Draft) -> Form {
        Form::new().keep("crimes", d.crimes.clone().unwrap_or_default().join(","))
    }

    fn accept(&self, d: &mut Draft, a: &Answers) -> Result<(), Problems> {
        let mut c = Checker::new(a);
        let ids: Vec<&str> = vocabulary::crime_types().into_iter().map(|(id, _)| id).collect();
        let crimes = c.any_of_ids("crimes", &ids);
        if crimes.is_empty() {
            c.problem("crimes", Problem::CrimesNotChosen);
        }
        c.done()?;
        d.crimes = Some(crimes);
        Ok(())
    }
}
