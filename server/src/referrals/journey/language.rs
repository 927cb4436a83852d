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
                Field::radios(
                    "interpreter",
                    msg("request-interpreter"),
                    Some(msg("request-interpreter-hint")),
                    choices::<YesNo>(),
                ),
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
        // Someone who will use English (or names no language) need not answer: no interpreter is arranged.
        let interpreter = if a.one("interpreter").is_empty() && uses_english(&language) {
            Some(YesNo::No)
        } else {
            c.one_of::<YesNo>("interpreter", Problem::InterpreterNotChosen)
        };
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

/// Whether the language named is English, or none is named.
fn uses_english(language: &str) -> bool {
    let language = language.trim().trim_end_matches('.').to_lowercase();
    matches!(language.as_str(), "" | "english" | "en" | "saesneg" | "british english")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(pairs: &[(&str, &str)]) -> Answers {
        Answers(pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect())
    }

    #[test]
    fn someone_using_english_need_not_answer_the_interpreter_question() {
        for language in ["", "English", " english.", "Saesneg"] {
            let mut d = Draft::default();
            Language.accept(&mut d, &answers(&[("language", language)])).expect(language);
            assert_eq!(d.interpreter, Some(YesNo::No), "{language}");
        }
        let mut d = Draft::default();
        Language.accept(&mut d, &answers(&[("language", "English"), ("interpreter", "yes")])).unwrap();
        assert_eq!(d.interpreter, Some(YesNo::Yes));
    }

    #[test]
    fn someone_naming_another_language_is_asked_about_an_interpreter() {
        let mut d = Draft::default();
        let problems = Language.accept(&mut d, &answers(&[("language", "Polish")])).unwrap_err();
        assert_eq!(problems.first("interpreter"), Some(Problem::InterpreterNotChosen));
        assert_eq!(d.interpreter, None);
    }
}
