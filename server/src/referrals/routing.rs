//! Which service receives a request for support, and which other services to suggest. A pure function of the
//! answers and the directory, so it can be tested exhaustively. Only services that work where the person lives
//! and take people of their age are considered:
//!
//! 1. Sexual violence, then domestic abuse, go to a specialist service that receives requests.
//! 2. Anything else goes to a general service that helps with at least one of the crimes reported.
//! 3. When the person would rather not say where they live, the service covering the most boroughs is chosen.
//! 4. When no service can take the request (someone living outside Cleveland, or a young person no local
//!    service here takes), there is no receiving service: the person is signposted to services they can
//!    contact themselves instead, which is honest rather than sending a request nobody will answer.
//! 5. When the person asked to be contacted in British Sign Language, a service that can offer BSL is chosen
//!    over one that cannot, within the same rule above (a BSL-capable general service never takes a request
//!    that a specialist service should have).
//!
//! The suggestions are services that do not receive requests here but fit what happened (Action Fraud for
//! fraud, Brake for a road collision…), the person's age (Childline for under-18s) and where they live; for
//! someone who asked for BSL, those that offer BSL come first.

use crate::services::Directory;
use app::models::{area::Borough, request::Area, service::Service};

/// Crime types that go to a specialist service before anything else, most specific first.
pub const SPECIALIST: [&str; 2] = ["sexual-violence", "domestic-abuse"];

/// How many other services to suggest at most.
const MAX_SUGGESTIONS: usize = 4;

/// How many services to signpost at most when no service can take the request.
const MAX_SIGNPOSTS: usize = 8;

/// Where the person lives, as routing sees it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Place {
    Borough(Borough),
    Outside,
    /// Would rather not say (or not answered).
    #[default]
    Unknown,
}

impl Place {
    /// Every place, for exhaustive tests and checks.
    pub fn all() -> Vec<Place> {
        let mut all: Vec<Place> = Borough::ALL.iter().map(|b| Place::Borough(*b)).collect();
        all.extend([Place::Outside, Place::Unknown]);
        all
    }

    /// The place an answer to "where do you live" names.
    pub fn of(area: Option<Area>) -> Place {
        match area {
            Some(Area::Outside) => Place::Outside,
            Some(a) => a.borough().map_or(Place::Unknown, Place::Borough),
            None => Place::Unknown,
        }
    }

    /// Whether `service` works here: a borough's own services and national ones; outside Cleveland only
    /// national ones; anywhere in Cleveland when the person would rather not say.
    pub fn served_by(self, service: &Service) -> bool {
        match self {
            Place::Borough(b) => service.works_in(b),
            Place::Outside => service.national,
            Place::Unknown => true,
        }
    }
}

/// What routing looks at.
#[derive(Clone, Debug, Default)]
pub struct Facts {
    /// Crime type ids.
    pub crimes: Vec<String>,
    /// The youngest and oldest age of the person's age band; `None` when they would rather not say.
    pub ages: Option<(u8, u8)>,
    pub place: Place,
    /// The person asked to be contacted in British Sign Language.
    pub bsl: bool,
}

impl Facts {
    fn under_18(&self) -> bool {
        self.ages.is_some_and(|(_, oldest)| oldest < 18)
    }

    /// Whether `service` takes people of the person's age.
    pub fn covered_by(&self, service: &Service) -> bool {
        match self.ages {
            Some((youngest, oldest)) => service.covers_ages(youngest, oldest),
            // Age unknown: any service that takes adults.
            None => service.covers_ages(18, 18),
        }
    }

    /// Whether `service` helps with at least one of the crimes reported ("other" when none was).
    pub fn helped_by(&self, service: &Service) -> bool {
        if self.crimes.is_empty() {
            return service.helps_with_crime("other");
        }
        self.crimes.iter().any(|c| service.helps_with_crime(c))
    }

    /// Whether `service` could receive this request: it receives requests, works where the person lives (a
    /// local service: outside Cleveland nobody here can), takes their age and helps with what happened.
    pub fn receivable_by(&self, service: &Service) -> bool {
        service.receives_referrals
            && !service.national
            && self.place != Place::Outside
            && self.place.served_by(service)
            && self.covered_by(service)
            && self.helped_by(service)
    }
}

/// Where a request goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Route {
    /// The slug of the receiving service; `None` when no service here can take the request, and the person is
    /// signposted to the suggestions instead.
    pub service: Option<String>,
    /// Slugs of other services to suggest (or to signpost), in directory order.
    pub suggestions: Vec<String>,
}

/// The widest-reaching of `services`: most boroughs, then most crime types; the first by name on a tie.
fn widest<'a>(services: impl Iterator<Item = &'a Service>) -> Option<&'a Service> {
    services.fold(None, |best: Option<&Service>, s| match best {
        Some(b) if (b.areas.len(), b.helps_with.len()) >= (s.areas.len(), s.helps_with.len()) => Some(b),
        _ => Some(s),
    })
}

/// The best of `pool` for the person: for someone who asked for BSL, the widest-reaching that offers it if any
/// does; otherwise the widest-reaching.
fn best<'a>(facts: &Facts, pool: impl Iterator<Item = &'a Service> + Clone) -> Option<&'a Service> {
    let signing = facts.bsl.then(|| widest(pool.clone().filter(|s| s.offers_bsl()))).flatten();
    signing.or_else(|| widest(pool))
}

/// Chooses the receiving service, or none, and the services to suggest.
pub fn route(directory: &Directory, facts: &Facts) -> Route {
    let candidates: Vec<&Service> = directory.all().iter().filter(|s| facts.receivable_by(s)).collect();
    let specialist = SPECIALIST
        .iter()
        .filter(|crime| facts.crimes.iter().any(|c| c == *crime))
        .find_map(|crime| best(facts, candidates.iter().copied().filter(|s| s.helps_with.iter().any(|c| c == crime))));
    let chosen = specialist.or_else(|| best(facts, candidates.iter().copied()));
    let service = chosen.map(|s| s.slug.clone());

    let signposting = service.is_none();
    let fits = |s: &&Service| !s.receives_referrals && facts.covered_by(s) && facts.place.served_by(s);
    let fits_crime = |s: &&Service| s.helps_with.iter().any(|c| facts.crimes.contains(c));
    let for_young = |s: &&Service| facts.under_18() && s.max_age.is_some_and(|m| m < 25);
    let all = directory.all().iter().filter(fits);
    let mut suggestions: Vec<&Service> = all.clone().filter(|s| fits_crime(s) || for_young(s)).collect();
    if signposting {
        // Nobody here will get in touch, so also give the services anyone can contact about anything.
        for service in all.filter(|s| s.national && s.helps_with_any_crime()) {
            if !suggestions.iter().any(|s| s.slug == service.slug) {
                suggestions.push(service);
            }
        }
    }
    if facts.bsl {
        // Stable: otherwise still in directory order.
        suggestions.sort_by_key(|s| !s.offers_bsl());
    }
    let mut suggestions: Vec<String> = suggestions.into_iter().map(|s| s.slug.clone()).collect();
    suggestions.truncate(if signposting { MAX_SIGNPOSTS } else { MAX_SUGGESTIONS });
    Route { service, suggestions }
}

#[cfg(test)]
mod tests {
    use super::*;
    use app::models::{request::AgeBand, vocabulary};
    use proptest::prelude::*;
    use std::path::Path;

    fn real() -> Directory {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/services");
        Directory::load(&dir).unwrap_or_else(|p| panic!("{p}"))
    }

    fn facts(crimes: &[&str], band: &str, place: Place) -> Facts {
        let ages = AgeBand::parse(band).and_then(AgeBand::ages);
        Facts { crimes: crimes.iter().map(|s| s.to_string()).collect(), ages, place, bsl: false }
    }

    fn to(d: &Directory, crimes: &[&str], band: &str, place: Place) -> Option<String> {
        route(d, &facts(crimes, band, place)).service
    }

    const REDCAR: Place = Place::Borough(Borough::RedcarAndCleveland);
    const HARTLEPOOL: Place = Place::Borough(Borough::Hartlepool);
    const MIDDLESBROUGH: Place = Place::Borough(Borough::Middlesbrough);
    const STOCKTON: Place = Place::Borough(Borough::StocktonOnTees);

    #[test]
    fn domestic_abuse_goes_to_the_service_for_the_borough() {
        let d = real();
        let da = |place| to(&d, &["domestic-abuse"], "25-44", place);
        assert_eq!(da(REDCAR).as_deref(), Some("foundation"));
        assert_eq!(da(HARTLEPOOL).as_deref(), Some("harbour"));
        assert_eq!(da(STOCKTON).as_deref(), Some("harbour"));
        assert_eq!(da(MIDDLESBROUGH).as_deref(), Some("my-sisters-place"));
        // Would rather not say: the domestic abuse service covering the most boroughs.
        assert_eq!(da(Place::Unknown).as_deref(), Some("harbour"));
        assert_eq!(to(&d, &["domestic-abuse"], "16-17", REDCAR).as_deref(), Some("foundation"));
    }

    #[test]
    fn sexual_violence_goes_to_a_service_that_takes_the_age() {
        let d = real();
        for band in ["under-13", "13-15", "16-17", "25-44", "rather-not-say"] {
            for place in [REDCAR, HARTLEPOOL, Place::Unknown] {
                let slug = to(&d, &["sexual-violence", "domestic-abuse"], band, place).expect("a service");
                assert_eq!(slug, "arch");
            }
        }
        let sixteen =
            Facts { crimes: vec!["sexual-violence".into()], ages: Some((16, 16)), place: STOCKTON, bsl: false };
        let arch = d.by_slug(&route(&d, &sixteen).service.expect("a service")).expect("known").clone();
        assert!(arch.covers_ages(16, 16));
    }

    #[test]
    fn everything_else_goes_to_the_hub_where_it_works() {
        let d = real();
        assert_eq!(to(&d, &["theft-burglary"], "25-44", MIDDLESBROUGH).as_deref(), Some("victim-hub"));
        assert_eq!(to(&d, &["fraud-cyber"], "rather-not-say", Place::Unknown).as_deref(), Some("victim-hub"));
        assert_eq!(to(&d, &["not-sure"], "65-plus", STOCKTON).as_deref(), Some("victim-hub"));
    }

    #[test]
    fn no_local_service_means_an_honest_signpost() {
        let d = real();
        let outside = route(&d, &facts(&["domestic-abuse"], "25-44", Place::Outside));
        assert_eq!(outside.service, None);
        assert!(outside.suggestions.contains(&"national-domestic-abuse-helpline".to_string()), "{outside:?}");
        assert!(outside.suggestions.contains(&"supportline".to_string()), "{outside:?}");
        for slug in &outside.suggestions {
            assert!(d.by_slug(slug).expect("known").national, "{slug} is not national");
        }
        // A 14-year-old reporting domestic abuse: no local service here takes them, Childline does.
        let young = route(&d, &facts(&["domestic-abuse"], "13-15", HARTLEPOOL));
        assert_eq!(young.service, None);
        assert!(young.suggestions.contains(&"childline".to_string()), "{young:?}");
    }

    /// Every crime type, alone and with the specialist ones, every age band and every place: the request
    /// reaches a receiving service that works there, takes the age and helps with what happened; or, when none
    /// can, the person is given services they can contact that take their age and work where they live.
    #[test]
    fn every_combination_reaches_a_service_or_an_honest_signpost() {
        let d = real();
        let crimes: Vec<&str> = vocabulary::crime_types().into_iter().map(|c| c.0).collect();
        let mut sets: Vec<Vec<&str>> = crimes.iter().map(|c| vec![*c]).collect();
        sets.extend(crimes.iter().map(|c| vec![*c, "domestic-abuse"]));
        sets.extend(crimes.iter().map(|c| vec![*c, "sexual-violence"]));
        for set in &sets {
            for band in AgeBand::ALL {
                for (place, bsl) in Place::all().into_iter().flat_map(|p| [(p, false), (p, true)]) {
                    let f =
                        Facts { crimes: set.iter().map(|s| s.to_string()).collect(), ages: band.ages(), place, bsl };
                    let r = route(&d, &f);
                    match &r.service {
                        Some(slug) => {
                            let s = d.by_slug(slug).expect("a known service");
                            assert!(f.receivable_by(s), "{slug} cannot take {f:?}");
                        }
                        None => {
                            assert!(!r.suggestions.is_empty(), "nothing for {f:?}");
                            assert!(place == Place::Outside || f.under_18(), "an adult in Cleveland signposted: {f:?}");
                        }
                    }
                    for slug in &r.suggestions {
                        let s = d.by_slug(slug).expect("known");
                        assert!(!s.receives_referrals && f.covered_by(s) && place.served_by(s), "{slug} for {f:?}");
                    }
                    if band.ages().is_none_or(|(y, _)| y >= 16) && place != Place::Outside {
                        assert!(r.service.is_some(), "someone 16 or over in Cleveland signposted: {f:?}");
                    }
                }
            }
        }
    }

    fn any_facts() -> impl Strategy<Value = Facts> {
        let crimes: Vec<&'static str> = vocabulary::crime_types().into_iter().map(|c| c.0).collect();
        let bands: Vec<Option<(u8, u8)>> = AgeBand::ALL.iter().map(|b| b.ages()).collect();
        (
            proptest::sample::subsequence(crimes, 0..5),
            proptest::sample::select(bands),
            proptest::sample::select(Place::all()),
            any::<bool>(),
        )
            .prop_map(|(c, ages, place, bsl)| Facts {
                crimes: c.into_iter().map(String::from).collect(),
                ages,
                place,
                bsl,
            })
    }

    proptest! {
        #[test]
        fn a_chosen_service_always_takes_the_request(f in any_facts()) {
            let d = real();
            if let Some(slug) = route(&d, &f).service {
                prop_assert!(f.receivable_by(d.by_slug(&slug).expect("known")));
            }
        }

        #[test]
        fn sexual_violence_always_reaches_the_specialist_in_cleveland(mut f in any_facts()) {
            f.crimes.push("sexual-violence".into());
            if f.place != Place::Outside {
                let service = route(&real(), &f).service;
                prop_assert_eq!(service.as_deref(), Some("arch"));
            }
        }

        #[test]
        fn the_order_of_the_answers_does_not_matter(f in any_facts()) {
            let d = real();
            let mut reversed = f.clone();
            reversed.crimes.reverse();
            prop_assert_eq!(route(&d, &f), route(&d, &reversed));
        }

        #[test]
        fn suggestions_never_include_the_receiving_services(f in any_facts()) {
            let d = real();
            let r = route(&d, &f);
            for s in &r.suggestions {
                prop_assert!(!d.by_slug(s).expect("known").receives_referrals);
            }
            prop_assert!(r.suggestions.len() <= MAX_SIGNPOSTS);
        }
    }

    /// The real directory with one more service that receives requests: `slug`, like Harbour and Foundation
    /// together (every borough but Middlesbrough), for domestic abuse, offering BSL or not.
    fn with_signing_service(offers_bsl: bool) -> Directory {
        let mut services = real().all().to_vec();
        let mut extra = real().by_slug("harbour").expect("harbour").clone();
        extra.slug = "signing".into();
        extra.name = "Zed signing service".into();
        extra.areas = vec![Borough::Hartlepool, Borough::RedcarAndCleveland];
        extra.bsl = offers_bsl;
        services.push(extra);
        Directory::from_services(services)
    }

    #[test]
    fn someone_who_asks_for_bsl_reaches_a_service_that_offers_it() {
        let d = with_signing_service(true);
        let mut f = facts(&["domestic-abuse"], "25-44", Place::Unknown);
        // Without BSL, the widest-reaching domestic abuse service, as before.
        assert_eq!(route(&d, &f).service.as_deref(), Some("harbour"));
        f.bsl = true;
        assert_eq!(route(&d, &f).service.as_deref(), Some("signing"));
        // Where a borough has only a service that does not offer BSL, the request still goes there.
        f.place = STOCKTON;
        assert_eq!(route(&d, &f).service.as_deref(), Some("harbour"));
        // A specialist need still comes first: sexual violence goes to Arch, not to a signing service.
        f.crimes.push("sexual-violence".into());
        f.place = HARTLEPOOL;
        assert_eq!(route(&d, &f).service.as_deref(), Some("arch"));
        // With no signing service, BSL changes nothing about who receives the request.
        let plain = with_signing_service(false);
        let f = Facts { bsl: true, ..facts(&["domestic-abuse"], "25-44", Place::Unknown) };
        assert_eq!(route(&plain, &f).service.as_deref(), Some("harbour"));
    }

    #[test]
    fn someone_who_asks_for_bsl_is_shown_signing_services_first() {
        let d = real();
        let f = Facts { bsl: true, ..facts(&["domestic-abuse"], "25-44", HARTLEPOOL) };
        let r = route(&d, &f);
        let first = d.by_slug(&r.suggestions[0]).expect("known");
        assert!(first.offers_bsl(), "{r:?}");
        assert!(r.suggestions.contains(&"signhealth".to_string()), "{r:?}");
        let without = route(&d, &Facts { bsl: false, ..f });
        assert_eq!(without.service, r.service, "BSL changes the order of suggestions, not the service here");
    }

    /// Every combination, with and without BSL: asking for BSL never sends a request to a service that cannot
    /// take it, and when it changes where a request goes, the new service offers BSL.
    #[test]
    fn asking_for_bsl_only_ever_moves_a_request_to_a_service_that_offers_it() {
        for d in [real(), with_signing_service(true)] {
            let crimes: Vec<&str> = vocabulary::crime_types().into_iter().map(|c| c.0).collect();
            for crime in &crimes {
                for band in AgeBand::ALL {
                    for place in Place::all() {
                        let plain = Facts { crimes: vec![crime.to_string()], ages: band.ages(), place, bsl: false };
                        let signing = Facts { bsl: true, ..plain.clone() };
                        let (a, b) = (route(&d, &plain).service, route(&d, &signing).service);
                        assert_eq!(a.is_some(), b.is_some(), "{signing:?}");
                        if a != b {
                            let s = d.by_slug(b.as_deref().expect("some")).expect("known");
                            assert!(s.offers_bsl() && signing.receivable_by(s), "{signing:?}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn suggestions_fit_what_happened_and_the_age() {
        let d = real();
        let r = route(&d, &facts(&["fraud-cyber", "road-collision"], "25-44", STOCKTON));
        assert!(r.suggestions.contains(&"action-fraud".to_string()) && r.suggestions.contains(&"brake".to_string()));
        let r = route(&d, &facts(&["violence"], "16-17", STOCKTON));
        assert!(r.suggestions.contains(&"childline".to_string()), "{r:?}");
    }
}
