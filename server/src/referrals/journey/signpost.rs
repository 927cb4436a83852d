//! Where to turn instead: shown when no service here can take the request (someone living outside Cleveland,
//! or a young person no local service here takes). The journey stops here; the page lists services the person
//! can contact themselves. The HTTP layer works out from the directory whether a draft needs it
//! ([`Draft::no_service`]).

use super::{Answers, Page, Problems};
use crate::referrals::draft::Draft;
use app::{i18n::msg, models::question::Question, models::request::Area};

pub struct Signpost;

impl Page for Signpost {
    fn slug(&self) -> &'static str {
        "elsewhere"
    }

    fn applies(&self, d: &Draft) -> bool {
        d.no_service
    }

    /// Never answered: the journey cannot go past it.
    fn answered(&self, _: &Draft) -> bool {
        false
    }

    fn question(&self, d: &Draft) -> Question {
        let why =
            if d.area == Some(Area::Outside) { msg("request-signpost-outside") } else { msg("request-signpost-none") };
        Question::new(msg("request-signpost-heading"), vec![])
            .with_lead(vec![why, msg("request-signpost-services")])
            .ending()
    }

    fn accept(&self, _: &mut Draft, _: &Answers) -> Result<(), Problems> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_when_no_service_can_take_the_request_and_it_stops_the_journey() {
        assert!(!Signpost.applies(&Draft::default()));
        let d = Draft { no_service: true, area: Some(Area::Outside), ..Draft::default() };
        assert!(Signpost.applies(&d) && !Signpost.answered(&d));
        let q = Signpost.question(&d);
        assert!(q.ends_here);
        assert!(q.lead.contains(&msg("request-signpost-outside")));
    }
}
