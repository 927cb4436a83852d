//! The bank holidays of England and Wales, read from `content/bank-holidays.toml` and checked: dates written
//! YYYY-MM-DD, in order, each once, each a weekday (a holiday at a weekend is listed as its substitute day).

use crate::content::{Problem, Problems};
use chrono::{Datelike, NaiveDate, Weekday};
use serde::Deserialize;
use std::{collections::BTreeSet, path::Path};

/// Where the list lives, inside the content folder.
pub const FILE: &str = "bank-holidays.toml";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HolidaysFile {
    dates: Vec<String>,
}

/// The bank holidays, as dates.
#[derive(Clone, Debug, Default)]
pub struct Holidays {
    days: BTreeSet<NaiveDate>,
}

impl Holidays {
    /// Reads and checks the list in the content folder `content_dir`.
    pub fn load(content_dir: &Path) -> Result<Holidays, Problems> {
        let file = format!("content/{FILE}");
        let problem = |message: String| Problems(vec![Problem { file: file.clone(), line: None, message }]);
        let text = std::fs::read_to_string(content_dir.join(FILE)).map_err(|e| problem(e.to_string()))?;
        Holidays::parse(&text).map_err(|messages| {
            Problems(messages.into_iter().map(|message| Problem { file: file.clone(), line: None, message }).collect())
        })
    }

    /// Reads and checks a list written as the file is.
    pub fn parse(text: &str) -> Result<Holidays, Vec<String>> {
        let file: HolidaysFile = toml::from_str(text).map_err(|e| vec![e.message().to_string()])?;
        let mut problems = Vec::new();
        let mut days = BTreeSet::new();
        let mut previous: Option<NaiveDate> = None;
        for written in &file.dates {
            let Ok(day) = NaiveDate::parse_from_str(written, "%Y-%m-%d") else {
                problems.push(format!("{written:?} is not a date written YYYY-MM-DD"));
                continue;
            };
            if matches!(day.weekday(), Weekday::Sat | Weekday::Sun) {
                problems.push(format!("{written} is a {:?}: list the substitute weekday instead", day.weekday()));
            }
            match previous {
                Some(p) if p == day => problems.push(format!("{written} is listed twice")),
                Some(p) if p > day => problems.push(format!("{written} is out of order (after {p})")),
                _ => {}
            }
            previous = Some(day);
            days.insert(day);
        }
        if problems.is_empty() {
            Ok(Holidays { days })
        } else {
            Err(problems)
        }
    }

    pub fn contains(&self, day: NaiveDate) -> bool {
        self.days.contains(&day)
    }

    /// The last date listed.
    pub fn last(&self) -> Option<NaiveDate> {
        self.days.last().copied()
    }

    /// Whether the list reaches into the year after `today`'s, so that every deadline of the coming months is
    /// counted with the holidays that fall in it.
    pub fn covers_coming_year(&self, today: NaiveDate) -> bool {
        self.last().is_some_and(|last| last.year() > today.year())
    }

    pub fn len(&self) -> usize {
        self.days.len()
    }

    pub fn is_empty(&self) -> bool {
        self.days.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_must_be_sorted_unique_weekdays() {
        assert!(Holidays::parse(r#"dates = ["2026-12-25", "2026-12-28"]"#).is_ok());
        let twice = Holidays::parse(r#"dates = ["2026-12-25", "2026-12-25"]"#).unwrap_err();
        assert!(twice[0].contains("twice"), "{twice:?}");
        let order = Holidays::parse(r#"dates = ["2026-12-28", "2026-12-25"]"#).unwrap_err();
        assert!(order[0].contains("out of order"), "{order:?}");
        let weekend = Holidays::parse(r#"dates = ["2026-12-26"]"#).unwrap_err();
        assert!(weekend[0].contains("substitute"), "{weekend:?}");
        assert!(Holidays::parse(r#"dates = ["26/12/2026"]"#).is_err());
        assert!(Holidays::parse(r#"days = []"#).is_err());
    }

    #[test]
    fn the_shipped_list_is_valid_and_reaches_ahead() {
        let holidays = Holidays::load(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../content"))).expect("valid");
        let date = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        for day in ["2026-08-31", "2026-12-25", "2026-12-28", "2027-12-27", "2027-12-28", "2028-01-03"] {
            assert!(holidays.contains(date(day)), "{day}");
        }
        assert!(!holidays.contains(date("2026-12-26")));
        assert!(holidays.covers_coming_year(date("2027-06-01")));
        assert!(!holidays.covers_coming_year(date("2028-01-01")));
    }
}
