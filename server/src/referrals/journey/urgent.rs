//! Help now: shown after "are you safe now" to anyone not sure or not safe, with every way to reach 999, the
//! national domestic abuse helpline and the services to call now, and a button to carry on with the request
//! without having to say they are safe (the journey goes on to ask how and when it is safe to be contacted).

use super::{Answers, Page, Problems};
use crate::referrals::draft::Draft;
use app::{i18n::msg, models::question::Question};

pub struct Urgent;

impl Page for Urgent {
    fn slug(&self) -> &'static str {
        "urgent"
    }

    fn applies(&self, d: &Draft) -> bool {
        d.safe_now.is_some_and(|s| s.needs_help_now())
    }

    /// Nothing to answer: reading it is enough.
    fn answered(&self, _: &Draft) -> bool {
        true
    }

    fn question(&self, _: &Draft) -> Question {
        Question::new(msg("request-urgent-heading"), vec![])
            .with_help_now()
            .with_lead(vec![msg("request-urgent-carry-on"), msg("request-urgent-carry-on-safely")])
            .with_button(msg("request-urgent-continue"))
    }

    fn accept(&self, _: &mut Draft, _: &Answers) -> Result<(), Problems> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use app::models::request::SafeNow;

    #[test]
    fn only_for_those_not_safe_or_not_sure() {
        let with = |s| Draft { safe_now: s, ..Draft::default() };
        assert!(!Urgent.applies(&with(None)));
        assert!(!Urgent.applies(&with(Some(SafeNow::Yes))));
        assert!(Urgent.applies(&with(Some(SafeNow::No))));
        assert!(Urgent.applies(&with(Some(SafeNow::NotSure))));
    }

    #[test]
    fn it_offers_help_now_and_a_way_on_that_does_not_claim_safety() {
        let q = Urgent.question(&Draft::default());
        assert!(q.help_now);
        assert_eq!(q.button, Some(msg("request-urgent-continue")));
        assert!(q.lead.contains(&msg("request-urgent-carry-on-safely")));
    }
}
