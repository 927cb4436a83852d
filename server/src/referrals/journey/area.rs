//! Where the person lives, with the least detail that routes well: one of the four boroughs, the first half of
//! a postcode (turned into a borough and never kept), outside Cleveland, or rather not say.

use super::{answers::Checker, Answers, Page, Problem, Problems};
use crate::referrals::{
    draft::Draft,
    postcode::{district, District},
};
use app::{
    forms::Form,
    i18n::msg,
    models::{
        partners::JourneyKind,
        question::{choices, Field, Question},
        request::{Answer, Area as AreaAnswer},
    },
};

pub struct Area;

impl Page for Area {
    fn slug(&self) -> &'static str {
        "area"
    }

    fn answered(&self, d: &Draft) -> bool {
        d.area.is_some()
    }

    fn question(&self, d: &Draft) -> Question {
        // A hate incident report asks where it happened, not where the person lives.
        let (asks, hint) = match d.kind {
            JourneyKind::Hate => (msg("hate-area"), msg("hate-area-hint")),
            _ => (msg("request-area").with("who", d.who()), msg("request-area-hint")),
        };
        let area = Field::radios("area", asks.clone(), Some(hint), choices::<AreaAnswer>());
        let postcode = Field::text("postcode", msg("request-postcode"), Some(msg("request-postcode-hint")));
        Question::new(asks, vec![area, postcode])
    }

    fn form(&self, d: &Draft) -> Form {
        Form::new().keep("area", d.area.map_or("", Answer::word))
    }

    fn accept(&self, d: &mut Draft, a: &Answers) -> Result<(), Problems> {
        let mut c = Checker::new(a);
        let chosen = c.one_of::<AreaAnswer>("area", Problem::AreaNotChosen);
        let typed = c.text("postcode", 10);
        let area = match chosen {
            Some(AreaAnswer::Postcode) if typed.is_empty() => {
                c.problem("postcode", Problem::PostcodeMissing);
                None
            }
            Some(AreaAnswer::Postcode) => match district(&typed) {
                District::Borough(b) => Some(AreaAnswer::of(b)),
                District::Outside => Some(AreaAnswer::Outside),
                District::Ask => {
                    c.problem("postcode", Problem::PostcodeSpans);
                    None
                }
                District::NotAPostcode => {
                    c.problem("postcode", Problem::PostcodeInvalid);
                    None
                }
            },
            other => other,
        };
        c.done()?;
        d.area = area;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::referrals::journey::testing::answers;

    #[test]
    fn a_borough_outside_or_rather_not_say() {
        let mut d = Draft::default();
        Area.accept(&mut d, &answers(&[("area", "redcar-and-cleveland")])).expect("accepted");
        assert_eq!(d.area, Some(AreaAnswer::RedcarAndCleveland));
        Area.accept(&mut d, &answers(&[("area", "outside")])).expect("accepted");
        assert_eq!(d.area, Some(AreaAnswer::Outside));
        let refused = Area.accept(&mut d, &answers(&[])).expect_err("nothing chosen");
        assert_eq!(refused.found, vec![("area", Problem::AreaNotChosen)]);
    }

    #[test]
    fn the_first_half_of_a_postcode_becomes_a_borough_and_is_not_kept() {
        let mut d = Draft::default();
        Area.accept(&mut d, &answers(&[("area", "postcode"), ("postcode", "ts24")])).expect("accepted");
        assert_eq!(d.area, Some(AreaAnswer::Hartlepool));
        assert!(!serde_json::to_string(&d).expect("json").to_lowercase().contains("ts24"));
        Area.accept(&mut d, &answers(&[("area", "postcode"), ("postcode", "DL1")])).expect("accepted");
        assert_eq!(d.area, Some(AreaAnswer::Outside));
    }

    #[test]
    fn a_postcode_across_boroughs_asks_for_the_borough() {
        let mut d = Draft::default();
        let refused =
            Area.accept(&mut d, &answers(&[("area", "postcode"), ("postcode", "TS8")])).expect_err("ask the borough");
        assert_eq!(refused.found, vec![("postcode", Problem::PostcodeSpans)]);
        assert_eq!(refused.kept.value("postcode"), "TS8");
        let refused = Area.accept(&mut d, &answers(&[("area", "postcode")])).expect_err("no postcode");
        assert_eq!(refused.found, vec![("postcode", Problem::PostcodeMissing)]);
        let refused = Area
            .accept(&mut d, &answers(&[("area", "postcode"), ("postcode", "nowhere")]))
            .expect_err("not a postcode");
        assert_eq!(refused.found, vec![("postcode", Problem::PostcodeInvalid)]);
        assert_eq!(d.area, None);
    }
}
