//! Optional equality questions, which help the commissioner see who is not being reached. A supporter is asked
//! about the person they support, and only what they know and may share.

use super::{answers::Checker, Answers, Page, Problems};
use crate::referrals::draft::{Draft, Equality};
use app::{
    forms::Form,
    i18n::{msg, Text},
    models::{
        question::{choices, Field, Question},
        request::{Answer, Disability, Ethnicity, Gender, Sexuality},
    },
};

pub struct About;

/// The optional equality questions' wording: about oneself, or about the person a supporter supports.
pub struct EqualityWords {
    pub heading: Text,
    pub lead: Text,
    pub gender: Text,
    pub ethnicity: Text,
    pub sexuality: Text,
    pub disability: Text,
}

impl EqualityWords {
    pub const YOURS: EqualityWords = EqualityWords {
        heading: msg("request-about-heading"),
        lead: msg("request-about-lead"),
        gender: msg("equality-gender"),
        ethnicity: msg("equality-ethnicity"),
        sexuality: msg("equality-sexuality"),
        disability: msg("equality-disability"),
    };
    pub const THEIRS: EqualityWords = EqualityWords {
        heading: msg("request-about-heading-supporter"),
        lead: msg("request-about-lead-supporter"),
        gender: msg("equality-gender-supporter"),
        ethnicity: msg("equality-ethnicity-supporter"),
        sexuality: msg("equality-sexuality-supporter"),
        disability: msg("equality-disability-supporter"),
    };

    /// The wording for `d`'s request.
    pub fn for_draft(d: &Draft) -> EqualityWords {
        if d.for_someone() {
            EqualityWords::THEIRS
        } else {
            EqualityWords::YOURS
        }
    }
}

fn word<A: Answer>(answer: Option<A>) -> &'static str {
    answer.map_or("", A::word)
}

impl Page for About {
    fn slug(&self) -> &'static str {
        "about"
    }

    /// Answered once seen, whatever was chosen (nothing is a fine answer).
    fn answered(&self, d: &Draft) -> bool {
        d.equality_seen
    }

    fn question(&self, d: &Draft) -> Question {
        let q = EqualityWords::for_draft(d);
        Question::new(
            q.heading,
            vec![
                Field::radios("equality-gender", q.gender, None, choices::<Gender>()),
                Field::radios("equality-ethnicity", q.ethnicity, None, choices::<Ethnicity>()),
                Field::radios("equality-sexuality", q.sexuality, None, choices::<Sexuality>()),
                Field::radios(
                    "equality-disability",
                    q.disability,
                    Some(msg("equality-disability-hint")),
                    choices::<Disability>(),
                ),
            ],
        )
        .with_lead(vec![q.lead, msg("request-about-commissioner"), msg("request-about-optional")])
    }

    fn form(&self, d: &Draft) -> Form {
        let e = &d.equality;
        Form::new()
            .keep("equality-gender", word(e.gender))
            .keep("equality-ethnicity", word(e.ethnicity))
            .keep("equality-sexuality", word(e.sexuality))
            .keep("equality-disability", word(e.disability))
    }

    fn accept(&self, d: &mut Draft, a: &Answers) -> Result<(), Problems> {
        let mut c = Checker::new(a);
        let equality = Equality {
            gender: c.optional_one_of("equality-gender"),
            ethnicity: c.optional_one_of("equality-ethnicity"),
            sexuality: c.optional_one_of("equality-sexuality"),
            disability: c.optional_one_of("equality-disability"),
        };
        c.done()?;
        d.equality = equality;
        d.equality_seen = true;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::referrals::journey::{testing::answers, Problem};
    use app::models::request::ForWhom;

    #[test]
    fn every_question_is_optional_but_answers_must_be_listed() {
        let mut d = Draft::default();
        let refused = About
            .accept(&mut d, &answers(&[("equality-gender", "robot"), ("equality-disability", "no")]))
            .expect_err("");
        assert_eq!(refused.found, vec![("equality-gender", Problem::NotListed)]);
        assert!(!d.equality_seen);
        About.accept(&mut d, &answers(&[])).expect("nothing is an answer");
        assert!(d.equality_seen);
        assert_eq!(d.equality, Equality::default());
    }

    #[test]
    fn a_supporter_is_asked_about_the_person() {
        let d = Draft { for_whom: Some(ForWhom::Someone), ..Draft::default() };
        assert_eq!(About.question(&d).heading, msg("request-about-heading-supporter"));
        assert_eq!(About.question(&Draft::default()).heading, msg("request-about-heading"));
    }
}
