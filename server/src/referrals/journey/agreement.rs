//! A partner's referral: the person's recorded agreement, which is required. When they agreed, how, and what
//! they agreed may be shared (being referred and contacted must be among it, or nothing is sent), with where
//! the organisation recorded it.

use super::{answers::Checker, Answers, Page, Problem, Problems, MAX_SHORT};
use crate::referrals::draft::Draft;
use app::{
    forms::Form,
    i18n::msg,
    models::{
        partners::{AgreedHow, AgreedWhen, Shared},
        question::{choices, Field, Question},
        request::Answer,
    },
};

pub struct Agreement;

impl Page for Agreement {
    fn slug(&self) -> &'static str {
        "agreement"
    }

    fn answered(&self, d: &Draft) -> bool {
        let p = &d.partner;
        p.agreed_when.is_some() && p.agreed_how.is_some() && p.shared.contains(&Shared::Referral)
    }

    fn question(&self, _: &Draft) -> Question {
        Question::new(
            msg("partners-agreement-heading"),
            vec![
                Field::radios("agreed_when", msg("partners-agreed-when"), None, choices::<AgreedWhen>()),
                Field::radios("agreed_how", msg("partners-agreed-how"), None, choices::<AgreedHow>()),
                Field::checkboxes(
                    "shared",
                    msg("partners-shared"),
                    Some(msg("partners-shared-hint")),
                    choices::<Shared>(),
                ),
                Field::text(
                    "agreement_note",
                    msg("partners-agreement-note"),
                    Some(msg("partners-agreement-note-hint")),
                ),
            ],
        )
        .with_lead(vec![msg("partners-agreement-lead")])
    }

    fn form(&self, d: &Draft) -> Form {
        let p = &d.partner;
        Form::new()
            .keep("agreed_when", p.agreed_when.map_or("", Answer::word))
            .keep("agreed_how", p.agreed_how.map_or("", Answer::word))
            .keep("shared", p.shared.iter().map(|s| s.word()).collect::<Vec<_>>().join(","))
            .keep("agreement_note", &p.agreement_note)
    }

    fn accept(&self, d: &mut Draft, a: &Answers) -> Result<(), Problems> {
        let mut c = Checker::new(a);
        let when = c.one_of::<AgreedWhen>("agreed_when", Problem::AgreedWhenNotChosen);
        let how = c.one_of::<AgreedHow>("agreed_how", Problem::AgreedHowNotChosen);
        let shared = c.any_of::<Shared>("shared");
        if !shared.contains(&Shared::Referral) {
            c.problem("shared", Problem::ReferralNotAgreed);
        }
        let note = c.text("agreement_note", MAX_SHORT);
        c.done()?;
        let p = &mut d.partner;
        (p.agreed_when, p.agreed_how, p.shared, p.agreement_note) = (when, how, shared, note);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::referrals::journey::testing::answers;

    #[test]
    fn agreement_to_the_referral_is_required() {
        let mut d = Draft::default();
        let refused = Agreement
            .accept(&mut d, &answers(&[("agreed_when", "today"), ("agreed_how", "phone"), ("shared", "needs")]))
            .expect_err("not agreed to the referral");
        assert_eq!(refused.found, vec![("shared", Problem::ReferralNotAgreed)]);
        assert_eq!(refused.kept.value("shared"), "needs");
        assert!(!Agreement.answered(&d));
        let refused = Agreement.accept(&mut d, &answers(&[("shared", "referral")])).expect_err("when and how");
        assert_eq!(
            refused.found,
            vec![("agreed_when", Problem::AgreedWhenNotChosen), ("agreed_how", Problem::AgreedHowNotChosen)]
        );
        Agreement
            .accept(
                &mut d,
                &answers(&[
                    ("agreed_when", "week"),
                    ("agreed_how", "in-person"),
                    ("shared", "referral"),
                    ("shared", "what-happened"),
                    ("agreement_note", "Case notes 12/3"),
                ]),
            )
            .expect("accepted");
        assert!(Agreement.answered(&d));
        assert_eq!(d.partner.shared, vec![Shared::Referral, Shared::WhatHappened]);
        assert_eq!(Agreement.form(&d).value("shared"), "referral,what-happened");
    }
}
