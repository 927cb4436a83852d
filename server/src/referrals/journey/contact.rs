//! How to get in touch: the person's name, the ways the service may use (phone, text, email) and the number
//! or address for each.

use super::{answers::Checker, valid_email, valid_phone, Answers, Page, Problem, Problems, MAX_SHORT};
use crate::referrals::draft::Draft;
use app::{
    forms::Form,
    i18n::{msg, western_digits},
    models::{
        question::{choices, Field, Question},
        request::{Answer, Channel},
    },
};

/// Longest email address accepted, in bytes.
const MAX_EMAIL: usize = 254;

pub struct Contact;

impl Page for Contact {
    fn slug(&self) -> &'static str {
        "contact"
    }

    fn answered(&self, d: &Draft) -> bool {
        d.channels.is_some()
    }

    fn question(&self, d: &Draft) -> Question {
        let who = d.who();
        Question::new(
            msg("request-contact-heading").with("who", who),
            vec![
                Field::text("name", msg("request-name").with("who", who), Some(msg("request-name-hint"))),
                Field::checkboxes(
                    "channels",
                    msg("request-channels").with("who", who),
                    Some(msg("request-choose-all")),
                    choices::<Channel>(),
                ),
                Field::Text {
                    name: "phone",
                    label: msg("request-phone"),
                    hint: Some(msg("request-phone-hint")),
                    kind: "tel",
                    autocomplete: None,
                },
                Field::Text {
                    name: "email",
                    label: msg("request-email"),
                    hint: Some(msg("request-email-hint")),
                    kind: "email",
                    autocomplete: None,
                },
            ],
        )
        .with_lead(if d.wants_bsl() {
            vec![msg("request-contact-lead").with("who", who), msg("request-contact-bsl")]
        } else {
            vec![msg("request-contact-lead").with("who", who)]
        })
    }

    fn form(&self, d: &Draft) -> Form {
        let channels = d.channels.iter().flatten().map(|c| c.word()).collect::<Vec<_>>().join(",");
        Form::new().keep("name", &d.name).keep("channels", channels).keep("phone", &d.phone).keep("email", &d.email)
    }

    fn accept(&self, d: &mut Draft, a: &Answers) -> Result<(), Problems> {
        let mut c = Checker::new(a);
        let name = a.one("name");
        c.keep("name", &name);
        if name.is_empty() {
            c.problem("name", Problem::NameMissing);
        }
        c.at_most("name", &name, MAX_SHORT);
        let channels = c.any_of::<Channel>("channels");
        if channels.is_empty() {
            c.problem("channels", Problem::ChannelsNotChosen);
        }
        let phone = western_digits(&a.one("phone"));
        c.keep("phone", &phone);
        let wants_phone = channels.iter().any(|c| matches!(c, Channel::Phone | Channel::Text));
        if wants_phone && phone.is_empty() {
            c.problem("phone", Problem::PhoneMissing);
        } else if !phone.is_empty() && !valid_phone(&phone) {
            c.problem("phone", Problem::PhoneInvalid);
        }
        let email = a.one("email");
        c.keep("email", &email);
        if channels.contains(&Channel::Email) && email.is_empty() {
            c.problem("email", Problem::EmailMissing);
        } else if !email.is_empty() && (!valid_email(&email) || email.len() > MAX_EMAIL) {
            c.problem("email", Problem::EmailInvalid);
        }
        c.done()?;
        d.name = name;
        // What was said about a way no longer chosen goes with it.
        d.safe.retain(|c, _| channels.contains(c));
        d.channels = Some(channels);
        d.phone = phone;
        d.email = email;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::referrals::journey::testing::{answers, complete};

    #[test]
    fn each_way_chosen_needs_its_number_or_address() {
        let mut d = Draft::default();
        let refused = Contact
            .accept(&mut d, &answers(&[("name", "Sam"), ("channels", "text"), ("channels", "email")]))
            .expect_err("missing");
        assert_eq!(refused.found, vec![("phone", Problem::PhoneMissing), ("email", Problem::EmailMissing)]);
        let refused = Contact.accept(&mut d, &answers(&[("channels", "fax")])).expect_err("nothing");
        assert_eq!(refused.found, vec![("name", Problem::NameMissing), ("channels", Problem::ChannelsNotChosen)]);
    }

    #[test]
    fn someone_who_asked_for_bsl_is_told_how_contact_in_bsl_is_arranged() {
        let mut d = Draft::default();
        let leads = |d: &Draft| Contact.question(d).lead.iter().map(|t| t.id).collect::<Vec<_>>();
        assert!(!leads(&d).contains(&"request-contact-bsl"));
        d.access = vec![app::models::request::Access::BslVideoRelay];
        assert!(leads(&d).contains(&"request-contact-bsl"));
    }

    #[test]
    fn dropping_a_way_forgets_what_was_said_about_it() {
        let mut d = complete();
        assert!(d.safe.contains_key(&Channel::Phone));
        Contact
            .accept(&mut d, &answers(&[("name", "Sam"), ("channels", "email"), ("email", "sam@example.org")]))
            .expect("accepted");
        assert!(d.safe.is_empty());
        assert_eq!(d.channels, Some(vec![Channel::Email]));
    }
}
