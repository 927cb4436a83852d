//! Language and access: the language to be contacted in, whether an interpreter is needed, and help with
//! communicating (BSL, relay, easy read…).

use super::{answers::Checker, Answers, Page, Problem, Problems, MAX_LONG, MAX_SHORT};
use crate::referrals::draft::Draft;
use app::{
    forms::Form,
    i18n::msg,
    models::{
        question::{choices, Field, Question},
        request::{Access, Answer, YesNo},
    },
};

pub struct Language;

impl Page for Language {
    fn slug(&self) -> &'static str {
        "language"
    }

    fn answered(&self, d: &Draft) -> bool {
        d.interpreter.is_some()
    }

    fn question(&self, _: &Draft) -> Question {
        Question::new(
            msg("request-language-heading"),
            vec![
                Field::text("language", msg("request-language"), Some(msg("request-language-hint"))),
                Field::radios("interpreter", msg("request-interpreter"), None, choices::<YesNo>()),
                Field::checkboxes(
                    "access",
                    msg("request-access"),
                    Some(msg("request-choose-all")),
                    choices::<Access>(),
                ),
                Field::Textarea { name: "access_other", label: msg("request-access-other-label"), hint: None },
            ],
        )
    }

    fn form(&self, d: &Draft) -> Form {
        Form::new()
            .keep("language", &d.language)
            .keep("interpreter", d.interpreter.map_or("", Answer::word))
            .keep("access", d.access.iter().map(|a| a.word()).collect::<Vec<_>>().join(","))
            .keep("access_other", &d.access_other)
    }

    fn accept(&self, d: &mut Draft, a: &Answers) -> Result<(), Problems> {
        let mut c = Checker::new(a);
        let language = c.text("language", MAX_SHORT);
        let interpreter = c.one_of::<YesNo>("interpreter", Problem::InterpreterNotChosen);
        let access = c.any_of::<Access>("access");
        let access_other = c.text("access_other", MAX_LONG);
        c.done()?;
        d.language = language;
        d.interpreter = interpreter;
        d.access = access;
        d.access_other = access_other;
        Ok(())
    }
}
