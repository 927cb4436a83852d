//! The commissioner's report: how many requests, by what happened, receiving service, age band and the
//! optional equality answers, over a period. Counts only; counts from 1 to 4 are shown as "fewer than 5" so
//! that no one can be picked out of a small group.

use super::{draft::Draft, store::ReferralRow, ReferralKeys};
use crate::services::Directory;
use app::{
    i18n::{msg, I18n, Text},
    models::vocabulary,
    pages::triage::admin::ReportTable,
};
use std::collections::BTreeMap;

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

fn with_not_answered(mut list: Vec<(String, Text)>) -> Vec<(String, Text)> {
    list.push((String::new(), msg("request-not-answered")));
    list
}

fn equality_order(question: &str) -> Vec<(String, Text)> {
    let step = super::steps::Step::About;
    let d = Draft::default();
    with_not_answered(
        super::steps::choices(step, question, &d).into_iter().map(|c| (c.value.to_string(), c.label)).collect(),
    )
}

/// Builds the report from the referrals created in the period.
pub fn build(directory: &Directory, keys: &ReferralKeys, rows: &[ReferralRow]) -> Report {
    let details: Vec<Draft> = rows.iter().filter_map(|r| super::open_details(keys, r)).collect();
    let crimes = count(rows.iter().flat_map(|r| r.crime_types.split(',')).filter(|c| !c.is_empty()));
    let services = count(rows.iter().map(|r| r.service.as_str()));
    let ages = count(rows.iter().map(|r| r.age_band.as_str()));
    let who = count(rows.iter().map(|r| if r.for_someone { "someone" } else { "me" }));
    let gender = count(details.iter().map(|d| d.equality.gender.as_str()));
    let ethnicity = count(details.iter().map(|d| d.equality.ethnicity.as_str()));
    let sexuality = count(details.iter().map(|d| d.equality.sexuality.as_str()));
    let disability = count(details.iter().map(|d| d.equality.disability.as_str()));
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
        dimension(
            msg("triage-report-by-age"),
            vocabulary::age_bands()
                .into_iter()
                .map(|(id, t, _, _)| (id.to_string(), t))
                .chain(std::iter::once(("rather-not-say".to_string(), msg("request-rather-not-say"))))
                .collect(),
            &ages,
        ),
        dimension(
            msg("triage-report-by-who"),
            vec![("me".into(), msg("triage-self")), ("someone".into(), msg("triage-by-supporter"))],
            &who,
        ),
        dimension(msg("equality-gender"), equality_order("equality-gender"), &gender),
        dimension(msg("equality-ethnicity"), equality_order("equality-ethnicity"), &ethnicity),
        dimension(msg("equality-sexuality"), equality_order("equality-sexuality"), &sexuality),
        dimension(msg("equality-disability"), equality_order("equality-disability"), &disability),
    ];
    Report { total: rows.len() as i64, dimensions }
}

/// A count as shown: exact from [`SMALLEST_SHOWN`] up, and 0; otherwise `None` ("fewer than 5").
pub fn shown(n: i64) -> Option<i64> {
    (n == 0 || n >= SMALLEST_SHOWN).then_some(n)
}

impl Report {
    pub fn tables(&self, i18n: &I18n) -> Vec<ReportTable> {
        self.dimensions
            .iter()
            .map(|d| ReportTable {
                title: d.title.clone(),
                rows: d
                    .counts
                    .iter()
                    .map(|(label, n)| {
                        let value = shown(*n).map(|n| n.to_string()).unwrap_or_else(|| i18n.t("triage-report-fewer"));
                        (i18n.text(label), value)
                    })
                    .collect(),
            })
            .collect()
    }

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
}
