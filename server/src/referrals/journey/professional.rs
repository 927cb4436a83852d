//! A partner's referral, first page: who the worker is and how the service can reach them (their organisation
//! comes from their account, never from the form).

use super::{answers::Checker, valid_email, valid_phone, Answers, Page, Problem, Problems, MAX_SHORT};
use crate::referrals::draft::Draft;
use app::{
    forms::Form,
    i18n::{msg, western_digits},
    models::question::{Field, Question},
};

pub struct Professional;

impl Page for Professional {
    fn slug(&self) -> &'static str {
        "professional"
    }

    fn answered(&self, d: &Draft) -> bool {
        !d.partner.worker_name.is_empty()
    }

    fn question(&self, _: &Draft) -> Question {
        Question::new(
            msg("partners-professional-heading"),
            vec![
                Field::text("worker_name", msg("partners-worker-name"), None),
                Field::text("worker_role", msg("partners-worker-role"), Some(msg("partners-worker-role-hint"))),
                Field::Text {
                    name: "worker_phone",
                    label: msg("partners-worker-phone"),
                    hint: None,
                    kind: "tel",
                    autocomplete: Some("tel"),
                },
                Field::Text {
                    name: "worker_email",
                    label: msg("partners-worker-email"),
                    hint: None,
                    kind: "email",
                    autocomplete: Some("email"),
                },
            ],
        )
        .with_lead(vec![msg("partners-professional-lead")])
    }

    fn form(&self, d: &Draft) -> Form {
        let p = &d.partner;
        Form::new()
            .keep("worker_name", &p.worker_name)
            .keep("worker_role", &p.worker_role)
            .keep("worker_phone", &p.worker_phone)
            .keep("worker_email", &p.worker_email)
    }

    fn accept(&self, d: &mut Draft, a: &Answers) -> Result<(), Problems> {
        let mut c = Checker::new(a);
        let name = c.text("worker_name", MAX_SHORT);
        let role = c.text("worker_role", MAX_SHORT);
        let phone = western_digits(&a.one("worker_phone"));
        c.keep("worker_phone", &phone);
        let email = c.text("worker_email", 254);
        if name.is_empty() {
            c.problem("worker_name", Problem::WorkerNameMissing);
        }
        if phone.is_empty() && email.is_empty() {
            c.problem("worker_phone", Problem::WorkerContactMissing);
        }
        if !phone.is_empty() && !valid_phone(&phone) {
            c.problem("worker_phone", Problem::PhoneInvalid);
        }
        if !email.is_empty() && !valid_email(&email) {
            c.problem("worker_email", Problem::EmailInvalid);
        }
        c.done()?;
        let p = &mut d.partner;
        (p.worker_name, p.worker_role, p.worker_phone, p.worker_email) = (name, role, phone, email);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::referrals::journey::testing::answers;

    #[test]
    fn a_name_and_a_way_to_reach_the_worker() {
        let mut d = Draft::default();
        let refused = Professional.accept(&mut d, &answers(&[("worker_role", "GP")])).expect_err("no name");
        assert_eq!(
            refused.found,
            vec![("worker_name", Problem::WorkerNameMissing), ("worker_phone", Problem::WorkerContactMissing)]
        );
        assert_eq!(refused.kept.value("worker_role"), "GP");
        assert!(!Professional.answered(&d));
        let refused = Professional
            .accept(&mut d, &answers(&[("worker_name", "Dr Rao"), ("worker_email", "not an address")]))
            .expect_err("bad email");
        assert_eq!(refused.found, vec![("worker_email", Problem::EmailInvalid)]);
        Professional
            .accept(&mut d, &answers(&[("worker_name", "Dr Rao"), ("worker_phone", "01642 000000")]))
            .expect("accepted");
        assert!(Professional.answered(&d));
        assert_eq!(Professional.form(&d).value("worker_phone"), "01642 000000");
    }
}
