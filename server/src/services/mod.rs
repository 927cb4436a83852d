//! The service directory: `content/services/*.toml`, read and checked at start-up and held in memory. Every
//! list field must use the shared vocabulary, and the directory must hold the services that routing needs
//! (a general hub, and services for domestic abuse, sexual violence and young people that receive requests).

mod file;

use crate::content::{Problem, Problems};
use app::models::{area::Borough, service::Service, vocabulary};
use std::path::Path;

/// The directory entry of the national domestic abuse helpline, which the help-now box shows on its own.
pub const SHOWN_WITH_HELP_NOW: &str = "national-domestic-abuse-helpline";

/// Every service, in name order.
#[derive(Debug, Default, Clone)]
pub struct Directory {
    services: Vec<Service>,
}

/// Whether a `YYYY-MM-DD` date is more than six months before `today` (days since 1970-01-01). A date that
/// cannot be read counts as stale.
pub fn older_than_six_months(date: &str, today: i64) -> bool {
    use crate::dates::{civil_from_days, days_from_civil, days_in_month};
    let parse = |s: &str| -> Option<i64> {
        let (y, rest) = s.split_once('-')?;
        let (m, d) = rest.split_once('-')?;
        days_from_civil(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    };
    let (y, m, d) = civil_from_days(today);
    let (y, m) = if m > 6 { (y, m - 6) } else { (y - 1, m + 6) };
    let limit = days_from_civil(y, m, d.min(days_in_month(y, m)));
    match (parse(date), limit) {
        (Some(day), Some(limit)) => day < limit,
        _ => true,
    }
}

impl Directory {
    /// Services whose details were last checked more than six months before `today`.
    pub fn stale(&self, today: i64) -> Vec<&Service> {
        self.services.iter().filter(|s| older_than_six_months(&s.checked, today)).collect()
    }

    /// What must be confirmed before launch among the services that receive requests: for each, a
    /// placeholder's notes and a check more than six months old, as lines `slug: fact`.
    pub fn to_confirm_before_launch(&self, today: i64) -> Vec<String> {
        let mut lines = Vec::new();
        for s in self.receiving() {
            if s.placeholder {
                if s.to_confirm.is_empty() {
                    lines.push(format!("{}: placeholder (say in a `# - ` note what must be confirmed)", s.slug));
                }
                lines.extend(s.to_confirm.iter().map(|note| format!("{}: {note}", s.slug)));
            }
            if older_than_six_months(&s.checked, today) {
                lines.push(format!("{}: details last checked on {}, more than six months ago", s.slug, s.checked));
            }
            if s.alerts_to.is_none() {
                lines
                    .push(format!("{}: its shared inbox for alerts (alerts_to), so requests are seen in time", s.slug));
            }
        }
        lines
    }

    /// Reads every `*.toml` in `dir`. A missing folder is a problem: routing needs the services.
    pub fn load(dir: &Path) -> Result<Directory, Problems> {
        let display = |p: &Path| format!("content/services/{}", p.file_name().unwrap_or_default().to_string_lossy());
        let entries = std::fs::read_dir(dir).map_err(|e| {
            Problems(vec![Problem { file: "content/services".into(), line: None, message: e.to_string() }])
        })?;
        let mut paths: Vec<_> =
            entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "toml")).collect();
        paths.sort();
        let mut problems = Vec::new();
        let mut services = Vec::new();
        for path in paths {
            let slug = path.file_stem().unwrap_or_default().to_string_lossy().into_owned();
            let text = match std::fs::read_to_string(&path) {
                Ok(t) => t,
                Err(e) => {
                    problems.push(Problem { file: display(&path), line: None, message: e.to_string() });
                    continue;
                }
            };
            match file::read(slug, &text) {
                Ok((service, messages)) => {
                    problems.extend(messages.into_iter().map(|message| Problem {
                        file: display(&path),
                        line: None,
                        message,
                    }));
                    services.push(service);
                }
                Err((line, message)) => problems.push(Problem { file: display(&path), line, message }),
            }
        }
        services.sort_by(|a, b| a.name.cmp(&b.name));
        let directory = Directory { services };
        for message in directory.routing_gaps() {
            problems.push(Problem { file: "content/services".into(), line: None, message });
        }
        if problems.is_empty() {
            Ok(directory)
        } else {
            Err(Problems(problems))
        }
    }

    /// What routing needs and the directory lacks: in every borough, an adult reporting any one crime type must
    /// reach a service that receives requests (a specialist service for domestic abuse and sexual violence).
    fn routing_gaps(&self) -> Vec<String> {
        use crate::referrals::routing::{route, Facts, Place, SPECIALIST};
        let mut gaps = Vec::new();
        for borough in Borough::ALL {
            for (crime, _) in vocabulary::crime_types() {
                let facts = Facts {
                    crimes: vec![crime.to_string()],
                    ages: Some((18, 64)),
                    place: Place::Borough(*borough),
                    bsl: false,
                };
                let reached = route(self, &facts).service.and_then(|slug| self.by_slug(&slug));
                let fits = reached.is_some_and(|s| !SPECIALIST.contains(&crime) || !s.helps_with_any_crime());
                if !fits {
                    gaps.push(format!("no service receiving requests in {borough} helps adults with {crime:?}"));
                }
            }
        }
        gaps
    }

    pub fn all(&self) -> &[Service] {
        &self.services
    }

    pub fn by_slug(&self, slug: &str) -> Option<&Service> {
        self.services.iter().find(|s| s.slug == slug)
    }

    /// The services that help with the crime type `crime` and are for the group `group` (each when given),
    /// and that have every word of `search` (in any case, as [`crate::search`] matches words) in their name, their
    /// summary or the names of the crime types they help with (`crime_names`: id and name, in English and the
    /// reader's language). A service for any crime is found by the name of any crime type, as the filter finds it.
    pub fn matching(
        &self,
        crime: Option<&str>,
        group: Option<&str>,
        search: Option<&str>,
        crime_names: &[(&str, String)],
    ) -> Vec<Service> {
        let words = crate::search::words(search.unwrap_or_default());
        self.services
            .iter()
            .filter(|s| crime.is_none_or(|id| s.helps_with_any_crime() || s.helps_with.iter().any(|c| c == id)))
            .filter(|s| {
                // Services that offer British Sign Language are for Deaf people too, whoever else they serve.
                group.is_none_or(|id| {
                    s.groups.iter().any(|g| g == id || g == vocabulary::EVERYONE) || (id == "deaf" && s.offers_bsl())
                })
            })
            .filter(|s| {
                let text = format!("{} {}", s.name, s.summary).to_lowercase();
                let helps = |id: &str| s.helps_with_any_crime() || s.helps_with.iter().any(|c| c == id);
                words.iter().all(|w| {
                    crate::search::has_word(&text, w)
                        || crime_names
                            .iter()
                            .any(|(id, name)| helps(id) && crate::search::has_word(&name.to_lowercase(), w))
                })
            })
            .cloned()
            .collect()
    }

    /// Services someone who is not safe can ring now: confirmed (not placeholders), with a number to call, and
    /// there for a crisis or for domestic abuse; not the national domestic abuse helpline, which the help-now box
    /// always shows on its own line.
    pub fn to_call_now(&self) -> Vec<Service> {
        self.services
            .iter()
            .filter(|s| s.slug != SHOWN_WITH_HELP_NOW)
            .filter(|s| !s.placeholder && s.contacts.iter().any(|c| c.kind.is_call()))
            .filter(|s| s.needs.iter().any(|n| n == "crisis") || s.helps_with.iter().any(|c| c == "domestic-abuse"))
            .cloned()
            .collect()
    }

    /// Services that receive requests through the portal.
    pub fn receiving(&self) -> impl Iterator<Item = &Service> {
        self.services.iter().filter(|s| s.receives_referrals)
    }

    /// A directory from services already built (for tests).
    pub fn from_services(mut services: Vec<Service>) -> Directory {
        services.sort_by(|a, b| a.name.cmp(&b.name));
        Directory { services }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, name: &str, text: &str) {
        std::fs::write(dir.join(name), text).expect("write");
    }

    pub(super) const HUB: &str = r#"
name = "Hub"
summary = "Helps."
receives_referrals = true
areas = ["hartlepool", "middlesbrough", "redcar-and-cleveland", "stockton-on-tees"]
helps_with = ["any"]
checked = "2026-11-01"
checked_by = "Content editor"
"#;

    #[test]
    fn the_real_directory_loads() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/services");
        let directory = Directory::load(&dir).unwrap_or_else(|p| panic!("{p}"));
        assert!(directory.all().len() >= 8);
        assert!(directory.receiving().count() >= 4);
    }

    #[test]
    fn unknown_fields_and_words_are_reported_with_the_file() {
        let tmp = tempfile::tempdir().expect("tempdir");
        write(tmp.path(), "hub.toml", HUB);
        write(
            tmp.path(),
            "odd.toml",
            "name = \"Odd\"\nsummary = \"S\"\nareas = [\"mars\"]\nhelps_with = [\"burglary\"]\nchecked = \"2026-1-1\"\ncolour = \"red\"\nchecked_by = \"Editor\"\n",
        );
        let problems = Directory::load(tmp.path()).expect_err("problems").0;
        let odd: Vec<&Problem> = problems.iter().filter(|p| p.file == "content/services/odd.toml").collect();
        assert_eq!(odd.len(), 1, "{problems:?}");
        assert!(odd[0].message.contains("colour"), "{problems:?}");
        assert_eq!(odd[0].line, Some(6));

        write(tmp.path(), "odd.toml", "name = \"Odd\"\nsummary = \"S\"\nareas = [\"mars\"]\nhelps_with = [\"burglary\"]\nchecked = \"2026-1-1\"\nchecked_by = \"Editor\"\nwebsite = \"http://x\"\n");
        let problems = Directory::load(tmp.path()).expect_err("problems").0;
        let text: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        for expected in ["\"burglary\" is not a known crime type", "area", "YYYY-MM-DD", "https://"] {
            assert!(text.iter().any(|t| t.contains(expected)), "{expected} not in {text:?}");
        }
    }

    #[test]
    fn the_directory_is_filtered_by_crime_group_and_words() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/services");
        let directory = Directory::load(&dir).unwrap_or_else(|p| panic!("{p}"));
        let names = |found: Vec<Service>| found.into_iter().map(|s| s.slug).collect::<Vec<_>>();
        assert_eq!(directory.matching(None, None, None, &[]).len(), directory.all().len());
        let fraud = names(directory.matching(Some("fraud-cyber"), None, None, &[]));
        assert!(fraud.contains(&"action-fraud".to_string()) && !fraud.contains(&"brake".to_string()), "{fraud:?}");
        assert!(fraud.contains(&"victim-hub".to_string()), "services for any crime are listed too");
        let road = names(directory.matching(None, None, Some("ROAD"), &[]));
        assert!(road.contains(&"brake".to_string()) && !road.contains(&"samaritans".to_string()), "{road:?}");
        // Crime types are found by their names, with the words people use for them.
        let names_of_crimes = [("theft-burglary", "Burglary, robbery or theft".to_string())];
        for typed in ["burglary", "Burgled", "robbed"] {
            let found = names(directory.matching(None, None, Some(typed), &names_of_crimes));
            assert!(
                found.contains(&"restorative-justice-cleveland".to_string())
                    && found.contains(&"victim-hub".to_string()),
                "{found:?}"
            );
            assert!(!found.contains(&"brake".to_string()) && !found.contains(&"action-fraud".to_string()), "{found:?}");
        }
        for service in directory.matching(None, Some("women"), None, &[]) {
            assert!(service.groups.iter().any(|g| g == "women" || g == vocabulary::EVERYONE), "{}", service.slug);
        }
        assert!(directory.matching(Some("fraud-cyber"), None, Some("zzzz qqqq"), &[]).is_empty());
    }

    #[test]
    fn six_months_by_the_calendar() {
        let day = |y, m, d| crate::dates::days_from_civil(y, m, d).expect("date");
        assert!(!older_than_six_months("2026-06-07", day(2026, 12, 7)));
        assert!(older_than_six_months("2026-06-06", day(2026, 12, 7)));
        assert!(!older_than_six_months("2025-08-31", day(2026, 2, 28)));
        assert!(older_than_six_months("not a date", day(2026, 2, 28)));
    }

    #[test]
    fn the_pre_launch_check_lists_exactly_the_facts_to_confirm_of_receiving_services() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/services");
        let directory = Directory::load(&dir).unwrap_or_else(|p| panic!("{p}"));
        let today = crate::dates::days_from_civil(2026, 12, 7).expect("date");
        let lines = directory.to_confirm_before_launch(today);
        for s in directory.receiving() {
            assert!(lines.iter().any(|l| l.starts_with(&format!("{}: ", s.slug))), "{} missing", s.slug);
        }
        // Listed-only services (placeholders too) are not part of the pre-launch check.
        assert!(!lines.iter().any(|l| l.starts_with("sarc-teesside:") || l.starts_with("samaritans:")), "{lines:?}");
        assert!(lines.iter().any(|l| l.starts_with("harbour: that Harbour agrees to receive requests")), "{lines:?}");
        // A receiving service without a shared inbox would not hear of requests in time.
        assert!(lines.iter().any(|l| l.starts_with("victim-hub: its shared inbox for alerts")), "{lines:?}");
        // A year later every entry is stale.
        let later = crate::dates::days_from_civil(2027, 12, 7).expect("date");
        assert_eq!(directory.stale(later).len(), directory.all().len());
        assert!(directory.to_confirm_before_launch(later).iter().any(|l| l.contains("more than six months ago")));
        assert!(directory.stale(today).is_empty());
    }

    #[test]
    fn every_group_filter_finds_services_for_that_group() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/services");
        let directory = Directory::load(&dir).unwrap_or_else(|p| panic!("{p}"));
        for group in ["men", "women", "lgbtq", "deaf", "bame", "young-people"] {
            let found = directory.matching(None, Some(group), None, &[]);
            // Services for everyone are listed too; at least one must be for the group itself.
            assert!(found.iter().any(|s| s.groups.iter().any(|g| g == group)), "nothing for {group}");
        }
    }

    #[test]
    fn every_service_says_where_it_works_and_who_checked_it() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/services");
        let directory = Directory::load(&dir).unwrap_or_else(|p| panic!("{p}"));
        for s in directory.all() {
            assert!(s.national == s.areas.is_empty(), "{}: national or boroughs", s.slug);
            assert!(!s.checked_by.is_empty() && file::is_date(&s.checked), "{}", s.slug);
        }
        assert!(directory.by_slug("young-people").is_none(), "no invented young people's service");
        let foundation = directory.by_slug("foundation").expect("foundation");
        assert_eq!(foundation.areas, vec![Borough::RedcarAndCleveland]);
    }

    #[test]
    fn services_to_call_now_are_confirmed_and_have_a_number() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/services");
        let directory = Directory::load(&dir).unwrap_or_else(|p| panic!("{p}"));
        let now = directory.to_call_now();
        let slugs: Vec<&str> = now.iter().map(|s| s.slug.as_str()).collect();
        assert!(slugs.contains(&"supportline") && slugs.contains(&"samaritans"), "{slugs:?}");
        assert!(!slugs.contains(&"brake") && !slugs.contains(&"harbour"), "{slugs:?}");
        assert!(!slugs.contains(&SHOWN_WITH_HELP_NOW), "the help-now box shows it on its own line");
        assert!(directory.by_slug(SHOWN_WITH_HELP_NOW).is_some(), "the entry exists");
        for service in now {
            assert!(!service.placeholder && service.contacts.iter().any(|c| c.kind.is_call()), "{}", service.slug);
        }
    }

    #[test]
    fn a_directory_without_the_specialist_services_is_refused() {
        let tmp = tempfile::tempdir().expect("tempdir");
        write(tmp.path(), "hub.toml", HUB);
        let problems = Directory::load(tmp.path()).expect_err("problems").to_string();
        assert!(problems.contains("domestic-abuse"), "{problems}");
        assert!(problems.contains("sexual-violence"), "{problems}");
        assert!(problems.contains("hartlepool") && problems.contains("stockton-on-tees"), "{problems}");
    }
}
