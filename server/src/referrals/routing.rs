//! Which service receives a request for support, and which other services to suggest. A pure function of the
//! answers and the directory, so it can be tested exhaustively:
//!
//! 1. Sexual violence, then domestic abuse, go to a specialist service that receives requests and takes
//!    people of that age.
//! 2. Otherwise under-18s go to the young people's service.
//! 3. Everything else goes to the general hub.
//!
//! The suggestions are services that do not receive requests here but fit what happened (Action Fraud for
//! fraud, Brake for a road collision…) or the person's age (Childline for under-18s).

use crate::services::Directory;
use app::models::service::Service;

/// Crime types that go to a specialist service before anything else, most specific first.
pub const SPECIALIST: [&str; 2] = ["sexual-violence", "domestic-abuse"];

/// How many other services to suggest at most.
const MAX_SUGGESTIONS: usize = 4;

/// What routing looks at.
#[derive(Clone, Debug, Default)]
pub struct Facts {
    /// Crime type ids.
    pub crimes: Vec<String>,
    /// The youngest and oldest age of the person's age band; `None` when they would rather not say.
    pub ages: Option<(u8, u8)>,
}

impl Facts {
    fn under_18(&self) -> bool {
        self.ages.is_some_and(|(_, oldest)| oldest < 18)
    }

    fn covered_by(&self, service: &Service) -> bool {
        match self.ages {
            Some((youngest, oldest)) => service.covers_ages(youngest, oldest),
            // Age unknown: any service that takes adults.
            None => service.covers_ages(18, 18),
        }
    }
}

/// Where a request goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Route {
    /// The slug of the receiving service.
    pub service: String,
    /// Slugs of other services to suggest, in directory order.
    pub suggestions: Vec<String>,
}

/// Chooses the receiving service. The directory is checked at start-up to have a hub, so there is always one.
pub fn route(directory: &Directory, facts: &Facts) -> Route {
    let receiving: Vec<&Service> = directory.receiving().collect();
    let specialist = SPECIALIST.iter().filter(|crime| facts.crimes.iter().any(|c| c == *crime)).find_map(|crime| {
        receiving
            .iter()
            .find(|s| !s.helps_with_any_crime() && s.helps_with.iter().any(|c| c == crime) && facts.covered_by(s))
    });
    let young = || {
        facts
            .under_18()
            .then(|| receiving.iter().find(|s| s.max_age.is_some_and(|m| m < 18) && facts.covered_by(s)))
            .flatten()
    };
    let hub = || receiving.iter().find(|s| s.helps_with_any_crime() && s.covers_ages(18, 18));
    let chosen = specialist.or_else(young).or_else(hub).or(receiving.first());
    let service = chosen.map(|s| s.slug.clone()).unwrap_or_default();

    let suggestions = directory
        .all()
        .iter()
        .filter(|s| !s.receives_referrals && facts.covered_by(s))
        .filter(|s| {
            let fits_crime = s.helps_with.iter().any(|c| facts.crimes.contains(c));
            let for_young = facts.under_18() && s.max_age.is_some_and(|m| m < 25);
            fits_crime || for_young
        })
        .take(MAX_SUGGESTIONS)
        .map(|s| s.slug.clone())
        .collect();
    Route { service, suggestions }
}

#[cfg(test)]
mod tests {
    use super::*;
    use app::models::{request::AgeBand, vocabulary};
    use proptest::prelude::*;

    fn service(slug: &str, receives: bool, helps: &[&str], ages: (Option<u8>, Option<u8>)) -> Service {
        Service {
            slug: slug.into(),
            code: slug.into(),
            name: slug.into(),
            summary: String::new(),
            placeholder: false,
            receives_referrals: receives,
            national: !receives,
            police_run: false,
            helps_with: helps.iter().map(|s| s.to_string()).collect(),
            needs: vec![],
            groups: vec![],
            min_age: ages.0,
            max_age: ages.1,
            website: None,
            contacts: vec![],
            reviewed: "2026-11-01".into(),
            contact_within_working_days: None,
            alerts_to: None,
        }
    }

    fn directory() -> Directory {
        Directory::from_services(vec![
            service("hub", true, &["any"], (Some(18), None)),
            service("domestic-abuse", true, &["domestic-abuse", "stalking-harassment"], (Some(16), None)),
            service("sexual-violence", true, &["sexual-violence"], (Some(13), None)),
            service("young-people", true, &["any"], (None, Some(17))),
            service("action-fraud", false, &["fraud-cyber"], (None, None)),
            service("brake", false, &["road-collision"], (None, None)),
            service("childline", false, &["any"], (None, Some(18))),
            service("samaritans", false, &["any"], (None, None)),
        ])
    }

    fn facts(crimes: &[&str], band: &str) -> Facts {
        let ages = AgeBand::parse(band).and_then(AgeBand::ages);
        Facts { crimes: crimes.iter().map(|s| s.to_string()).collect(), ages }
    }

    #[test]
    fn the_rules() {
        let d = directory();
        let to = |crimes: &[&str], band: &str| route(&d, &facts(crimes, band)).service;
        assert_eq!(to(&["theft-burglary"], "25-44"), "hub");
        assert_eq!(to(&["domestic-abuse"], "25-44"), "domestic-abuse");
        assert_eq!(to(&["domestic-abuse", "sexual-violence"], "45-64"), "sexual-violence");
        assert_eq!(to(&["sexual-violence"], "13-15"), "sexual-violence");
        // The domestic abuse service takes people from 16, so a 13-year-old goes to the young people's route.
        assert_eq!(to(&["domestic-abuse"], "13-15"), "young-people");
        assert_eq!(to(&["domestic-abuse"], "16-17"), "domestic-abuse");
        assert_eq!(to(&["not-sure"], "under-13"), "young-people");
        assert_eq!(to(&["fraud-cyber"], "rather-not-say"), "hub");
        assert_eq!(to(&[], "65-plus"), "hub");
    }

    #[test]
    fn suggestions_fit_what_happened_and_the_age() {
        let d = directory();
        let r = route(&d, &facts(&["fraud-cyber", "road-collision"], "25-44"));
        assert_eq!(r.suggestions, vec!["action-fraud", "brake"]);
        let r = route(&d, &facts(&["violence"], "13-15"));
        assert_eq!(r.suggestions, vec!["childline"]);
        let r = route(&d, &facts(&["violence"], "25-44"));
        assert!(r.suggestions.is_empty());
    }

    fn any_facts() -> impl Strategy<Value = Facts> {
        let crimes: Vec<&'static str> = vocabulary::crime_types().into_iter().map(|c| c.0).collect();
        let bands: Vec<Option<(u8, u8)>> = AgeBand::ALL.iter().map(|b| b.ages()).collect();
        (proptest::sample::subsequence(crimes, 0..5), proptest::sample::select(bands))
            .prop_map(|(c, ages)| Facts { crimes: c.into_iter().map(String::from).collect(), ages })
    }

    proptest! {
        #[test]
        fn every_request_reaches_a_receiving_service_that_takes_the_person(f in any_facts()) {
            let d = directory();
            let r = route(&d, &f);
            let s = d.by_slug(&r.service).expect("a known service");
            prop_assert!(s.receives_referrals);
            prop_assert!(f.covered_by(s), "{} does not take {:?}", s.slug, f.ages);
        }

        #[test]
        fn adults_reporting_sexual_violence_always_reach_the_specialist(mut f in any_facts()) {
            f.crimes.push("sexual-violence".into());
            if f.ages.is_none_or(|(y, _)| y >= 18) {
                prop_assert_eq!(route(&directory(), &f).service, "sexual-violence");
            }
        }

        #[test]
        fn the_order_of_the_answers_does_not_matter(f in any_facts()) {
            let d = directory();
            let mut reversed = f.clone();
            reversed.crimes.reverse();
            prop_assert_eq!(route(&d, &f), route(&d, &reversed));
        }

        #[test]
        fn suggestions_never_include_the_receiving_services(f in any_facts()) {
            let d = directory();
            let r = route(&d, &f);
            for s in &r.suggestions {
                prop_assert!(!d.by_slug(s).expect("known").receives_referrals);
            }
            prop_assert!(r.suggestions.len() <= MAX_SUGGESTIONS);
        }
    }
}
