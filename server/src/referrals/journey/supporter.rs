//! A supporter's own details, asked only of someone making a request for another person (after that person's
//! safe contact): their name, how to reach them, how they know the person, and that the person agrees.

use super::{answers::Checker, valid_email, valid_phone, Answers, Page, Problem, Problems, MAX_SHORT};
use crate::referrals::draft::{self, Draft};
use app::{
    forms::Form,
    i18n::{msg, western_digits},
    models::question::{Choice, Field, Question},
};

pub struct Supporter;

/// The word the agreement box posts.
const AGREED: &str = "yes";

impl Page for Supporter {
    fn slug(&self) -> &'static str {
        "you"
    }

    fn applies(&self, d: &Draft) -> bool {
        d.for_someone()
    }

    fn answered(&self, d: &Draft) -> bool {
        d.supporter.agreed
    }

    fn question(&self, _: &Draft) -> Question {
        Question::new(
            msg("request-supporter-heading"),
            vec![
                Field::text("supporter_name", msg("request-supporter-name"), None),
                Field::Text {
                    name: "supporter_phone",
                    label: msg("request-supporter-phone"),
                    hint: None,
                    kind: "tel",
                    autocomplete: Some("tel"),
                },
                Field::Text {
                    name: "supporter_email",
                    label: msg("request-supporter-email"),
                    hint: None,
                    kind: "email",
                    autocomplete: Some("email"),
                },
                Field::text("supporter_relationship", msg("request-supporter-relationship"), None),
                Field::checkboxes(
                    "agreed",
                    msg("request-supporter-agreed-legend"),
                    None,
                    vec![Choice::new(AGREED, msg("request-supporter-agreed"))],
                ),
            ],
        )
        .with_lead(vec![msg("request-supporter-lead")])
    }

    fn form(&self, d: &Draft) -> Form {
        let s = &d.supporter;
        Form::new()
            .keep("supporter_name", &s.name)
            .keep("supporter_phone", &s.phone)
            .keep("supporter_email", &s.email)
            .keep("supporter_relationship", &s.relationship)
            .keep("agreed", if s.agreed { AGREED } else { "" })
    }

    fn accept(&self, d: &mut Draft, a: &Answers) -> Result<(), Problems> {
        let mut c = Checker::new(a);
        let name = a.one("supporter_name");
        let phone = western_digits(&a.one("supporter_phone"));
        let email = a.one("supporter_email");
        let relationship = a.one("supporter_relationship");
        let agreed = a.one("agreed") == AGREED;
        c.keep("supporter_name", &name);
        c.keep("supporter_phone", &phone);
        c.keep("supporter_email", &email);
        c.keep("supporter_relationship", &relationship);
        c.keep("agreed", if agreed { AGREED } else { "" });
        if name.is_empty() {
            c.problem("supporter_name", Problem::SupporterNameMissing);
        }
        c.at_most("supporter_name", &name, MAX_SHORT);
        if phone.is_empty() && email.is_empty() {
            c.problem("supporter_phone", Problem::SupporterContactMissing);
        }
        if !phone.is_empty() && !valid_phone(&phone) {
            c.problem("supporter_phone", Problem::PhoneInvalid);
        }
        if !email.is_empty() && !valid_email(&email) {
            c.problem("supporter_email", Problem::EmailInvalid);
        }
        c.at_most("supporter_relationship", &relationship, MAX_SHORT);
        if !agreed {
            c.problem("agreed", Problem::NotAgreed);
        }
        c.done()?;
        d.supporter = draft::Supporter { name, phone, email, relationship, agreed: true };
        Ok(())
    }
}
