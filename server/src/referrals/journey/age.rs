//! How old the person is, as a band (or rather not say): routing sends under-18s to the young people's service.

use super::{answers::Checker, Answers, Page, Problem, Problems};
use crate::referrals::draft::Draft;
use app::{
    forms::Form,
    i18n::msg,
    models::{
        question::{choices, Field, Question},
        request::{AgeBand, Answer},
    },
};

pub struct Age;

impl Page for Age {
    fn slug(&self) -> &'static str {
        "age"
    }

    fn answered(&self, d: &Draft) -> bool {
        d.age_band.is_some()
    }

    fn question(&self, d: &Draft) -> Question {
        let asks = msg("request-age").with("who", d.who());
        let field = Field::radios("age_band", asks.clone(), Some(msg("request-age-hint")), choices::<AgeBand>());
        Question::new(asks, vec![field])
    }

    fn form(&self, d: &Draft) -> Form {
        Form::new().keep("age_band", d.age_band.map_or("", Answer::word))
    }

    fn accept(&self, d: &mut Draft, a: &Answers) -> Result<(), Problems> {
        let mut c = Checker::new(a);
        let band = c.one_of::<AgeBand>("age_band", Problem::AgeNotChosen);
        c.done()?;
        d.age_band = band;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::referrals::journey::testing::answers;

    #[test]
    fn a_band_or_rather_not_say() {
        let mut d = Draft::default();
        Age.accept(&mut d, &answers(&[("age_band", "rather-not-say")])).expect("accepted");
        assert_eq!((d.age_band, d.ages()), (Some(AgeBand::RatherNotSay), None));
        Age.accept(&mut d, &answers(&[("age_band", "13-15")])).expect("accepted");
        assert_eq!(d.ages(), Some((13, 15)));
        let asked = Age.question(&Draft { for_whom: Some(app::models::request::ForWhom::Someone), ..d });
        assert_eq!(asked.heading, msg("request-age").with("who", "someone"));
    }
}
