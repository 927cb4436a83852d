//! Are you safe now? Asked first; anyone not sure or not safe is shown how to get help at once
//! ([`super::urgent`]) before going on.

use super::{answers::Checker, Answers, Page, Problem, Problems};
use crate::referrals::draft::Draft;
use app::{
    forms::Form,
    i18n::msg,
    models::{
        question::{choices, Field, Question},
        request::{Answer, SafeNow},
    },
};

pub struct Safe;

impl Page for Safe {
    fn slug(&self) -> &'static str {
        "safe"
    }

    fn answered(&self, d: &Draft) -> bool {
        d.safe_now.is_some()
    }

    fn question(&self, _: &Draft) -> Question {
        let field =
            Field::radios("safe_now", msg("request-safe"), Some(msg("request-safe-hint")), choices::<SafeNow>());
        Question::new(msg("request-safe"), vec![field])
    }

    fn form(&self, d: &Draft) -> Form {
        Form::new().keep("safe_now", d.safe_now.map_or("", Answer::word))
    }

    fn accept(&self, d: &mut Draft, a: &Answers) -> Result<(), Problems> {
        let mut c = Checker::new(a);
        let safe_now = c.one_of::<SafeNow>("safe_now", Problem::SafeNowNotChosen);
        c.done()?;
        d.safe_now = safe_now;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::referrals::journey::testing::answers;

    #[test]
    fn one_of_three_answers() {
        let mut d = Draft::default();
        let refused = Safe.accept(&mut d, &answers(&[("safe_now", "maybe")])).expect_err("not offered");
        assert_eq!(refused.found, vec![("safe_now", Problem::SafeNowNotChosen)]);
        assert_eq!(refused.kept.value("safe_now"), "maybe");
        Safe.accept(&mut d, &answers(&[("safe_now", "not-sure")])).expect("accepted");
        assert_eq!(d.safe_now, Some(SafeNow::NotSure));
        assert_eq!(Safe.form(&d).value("safe_now"), "not-sure");
    }
}
