//! The commissioner's report: how many requests, by what happened, receiving service, age band and the
//! optional equality answers, over a period. Counts only; counts from 1 to 4 are shown as "fewer than 5" so
//! that no one can be picked out of a small group.

use super::{draft::Draft, store::ReferralRow, ReferralKeys};
use crate::services::Directory;
use app::{
    i18n::{msg, I18n, Text},
    models::{request::Answer, vocabulary},
};
use std::{
    collections::{BTreeMap, HashMap},
    hash::Hash,
};

/// Counts below this are not shown exactly.
pub const SMALLEST_SHOWN: i64 = 5;

/// One dimension: its title and (answer label, count) in a fixed order.
#[derive(Clone, Debug)]
pub struct Dimension {
    pub title: Text,
    pub counts: Vec<(Text, i64)>,
}

#[derive(Clone, Debug, Default)]
pub struct Report {
    pub total: i64,
    pub dimensions: Vec<Dimension>,
}

fn count<'a>(values: impl Iterator<Item = &'a str>) -> BTreeMap<String, i64> {
    let mut map = BTreeMap::new();
    for v in values {
        *map.entry(v.to_string()).or_insert(0) += 1;
    }
    map
}

fn dimension(title: Text, order: Vec<(String, Text)>, counts: &BTreeMap<String, i64>) -> Dimension {
    Dimension {
        title,
        counts: order.into_iter().map(|(id, label)| (label, counts.get(&id).copied().unwrap_or(0))).collect(),
    }
}

/// How many gave each answer, in the order the answers are offered.
fn tally<A: Answer + Hash>(title: Text, given: impl Iterator<Item = A>) -> Dimension {
    let mut counts = HashMap::new();
    for answer in given {
        *counts.entry(answer).or_insert(0) += 1;
    }
    Dimension { title, counts: A::all().iter().map(|a| (a.label(), counts.get(a).copied().unwrap_or(0))).collect() }
}

/// As [`tally`], then how many did not answer.
fn tally_optional<A: Answer + Hash>(title: Text, given: &[Option<A>]) -> Dimension {
    let mut dimension = tally(title, given.iter().flatten().copied());
    dimension.counts.push((msg("request-not-answered"), given.iter().filter(|a| a.is_none()).count() as i64));
    dimension
}

/// Builds the report from the referrals created in the period.
pub fn build(directory: &Directory, keys: &ReferralKeys, rows: &[ReferralRow]) -> Report {
    // A referral whose details cannot be opened (a damaged row) still counts everywhere but in the equality
    // answers, which only its details hold: the report is still worth having without them.
    let details: Vec<Draft> = rows.iter().filter_map(|r| super::open_details(keys, r)).collect();
    let crimes = count(rows.iter().flat_map(|r| r.crime_types.split(',')).filter(|c| !c.is_empty()));
    let services = count(rows.iter().map(|r| r.service.as_str()));
    let by_supporters = rows.iter().filter(|r| r.for_someone).count() as i64;
    let dimensions = vec![
        dimension(
            msg("triage-report-by-crime"),
            vocabulary::crime_types().into_iter().map(|(id, t)| (id.to_string(), t)).collect(),
            &crimes,
        ),
        Dimension {
            title: msg("triage-report-by-service"),
            counts: directory
                .receiving()
                .map(|s| {
                    (
                        msg("triage-report-service").with("name", s.name.clone()),
                        services.get(&s.slug).copied().unwrap_or(0),
                    )
                })
                .collect(),
        },
        tally(msg("triage-report-by-age"), rows.iter().map(|r| r.age_band)),
        Dimension {
            title: msg("triage-report-by-who"),
            counts: vec![
                (msg("triage-self"), rows.len() as i64 - by_supporters),
                (msg("triage-by-supporter"), by_supporters),
            ],
        },
        tally_optional(msg("equality-gender"), &details.iter().map(|d| d.equality.gender).collect::<Vec<_>>()),
        tally_optional(msg("equality-ethnicity"), &details.iter().map(|d| d.equality.ethnicity).collect::<Vec<_>>()),
        tally_optional(msg("equality-sexuality"), &details.iter().map(|d| d.equality.sexuality).collect::<Vec<_>>()),
        tally_optional(msg("equality-disability"), &details.iter().map(|d| d.equality.disability).collect::<Vec<_>>()),
    ];
    Report { total: rows.len() as i64, dimensions }
}

/// A count as shown: exact from [`SMALLEST_SHOWN`] up, and 0; otherwise `None` ("fewer than 5").
pub fn shown(n: i64) -> Option<i64> {
    (n == 0 || n >= SMALLEST_SHOWN).then_some(n)
}

impl Report {
    /// The same figures as CSV: dimension, answer, count (`<5` for small counts).
    pub fn csv(&self, i18n: &I18n) -> String {
        let quote = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
        let mut out = String::from("dimension,answer,count\n");
        for d in &self.dimensions {
            for (label, n) in &d.counts {
                let value = shown(*n).map(|n| n.to_string()).unwrap_or_else(|| "<5".to_string());
                out.push_str(&format!("{},{},{}\n", quote(&i18n.text(&d.title)), quote(&i18n.text(label)), value));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_counts_are_not_shown_exactly() {
        assert_eq!(shown(0), Some(0));
        assert_eq!(shown(1), None);
        assert_eq!(shown(4), None);
        assert_eq!(shown(5), Some(5));
    }

    #[test]
    fn answers_are_counted_in_the_order_offered_then_those_not_given() {
        use app::models::request::Disability;
        let given = [Some(Disability::No), None, Some(Disability::No), Some(Disability::RatherNotSay)];
        let counted = tally_optional(msg("equality-disability"), &given);
        assert_eq!(
            counted.counts,
            vec![
                (msg("request-yes"), 0),
                (msg("request-no"), 2),
                (msg("request-rather-not-say"), 1),
                (msg("request-not-answered"), 1)
            ]
        );
    }
}
