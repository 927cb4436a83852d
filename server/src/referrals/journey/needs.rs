//! What would help: any of the shared needs, or something else in the person's words.

use super::{answers::Checker, Answers, Page, Problem, Problems, MAX_LONG};
use crate::referrals::draft::Draft;
use app::{
    forms::Form,
    i18n::msg,
    models::{
        question::{Choice, Field, Question},
        vocabulary,
    },
};

pub struct Needs;

impl Page for Needs {
    fn slug(&self) -> &'static str {
        "needs"
    }

    fn answered(&self, d: &Draft) -> bool {
        d.needs.is_some()
    }

    fn question(&self, d: &Draft) -> Question {
        let choices = vocabulary::needs().into_iter().map(|(id, label)| Choice::new(id, label)).collect();
        Question::new(
            msg("request-needs"),
            vec![
                Field::checkboxes(
                    "needs",
                    msg("request-needs-legend").with("who", d.who()),
                    Some(msg("request-choose-all")),
                    choices,
                ),
                Field::Textarea {
                    name: "needs_other",
                    label: msg("request-needs-other"),
                    hint: Some(msg("request-needs-other-hint")),
                },
            ],
        )
    }

    fn form(&self, d: &Draft) -> Form {
        Form::new().keep("needs", d.needs.clone().unwrap_or_default().join(",")).keep("needs_other", &d.needs_other)
    }

    fn accept(&self, d: &mut Draft, a: &Answers) -> Result<(), Problems> {
        let mut c = Checker::new(a);
        let ids: Vec<&str> = vocabulary::needs().into_iter().map(|(id, _)| id).collect();
        let needs = c.any_of_ids("needs", &ids);
        let other = a.one("needs_other");
        c.keep("needs_other", &other);
        if needs.is_empty() && other.is_empty() {
            c.problem("needs", Problem::NeedsMissing);
        }
        c.at_most("needs_other", &other, MAX_LONG);
        c.done()?;
        d.needs = Some(needs);
        d.needs_other = other;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::referrals::journey::testing::answers;

    #[test]
    fn a_need_or_words_of_ones_own() {
        let mut d = Draft::default();
        let refused = Needs.accept(&mut d, &answers(&[("needs", "money")])).expect_err("nothing known");
        assert_eq!(refused.found, vec![("needs", Problem::NeedsMissing)]);
        Needs.accept(&mut d, &answers(&[("needs_other", "someone to talk to")])).expect("accepted");
        assert_eq!(d.needs, Some(vec![]));
        assert_eq!(d.needs_other, "someone to talk to");
    }
}
