//! The fixed periods a return covers: calendar months and quarters in London time, named `2026-11` and
//! `2026-Q3`; only periods that have ended are reported, so a return's figures do not move while it is read.

use crate::dates;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Period {
    Month { year: i64, month: u32 },
    Quarter { year: i64, quarter: u32 },
}

/// The Unix time of London midnight at the start of a day (midnight always exists in London: the clocks change
/// at 01:00 UTC).
fn london_midnight(year: i64, month: u32, day: u32) -> i64 {
    let local = dates::days_from_civil(year, month, day).unwrap_or(0) * 86_400;
    [0, 3_600].into_iter().map(|offset| local - offset).find(|&u| dates::uk_clock(u) == local).unwrap_or(local)
}

impl Period {
    /// Reads a period's name: `YYYY-MM` or `YYYY-Qn`.
    pub fn parse(name: &str) -> Option<Period> {
        let (year, rest) = name.split_once('-')?;
        if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let year: i64 = year.parse().ok()?;
        if let Some(q) = rest.strip_prefix('Q') {
            let quarter: u32 = (q.len() == 1).then(|| q.parse().ok()).flatten()?;
            (1..=4).contains(&quarter).then_some(Period::Quarter { year, quarter })
        } else {
            let month: u32 =
                (rest.len() == 2 && rest.bytes().all(|b| b.is_ascii_digit())).then(|| rest.parse().ok()).flatten()?;
            (1..=12).contains(&month).then_some(Period::Month { year, month })
        }
    }

    /// The period's name, as in addresses and files.
    pub fn name(self) -> String {
        match self {
            Period::Month { year, month } => format!("{year:04}-{month:02}"),
            Period::Quarter { year, quarter } => format!("{year:04}-Q{quarter}"),
        }
    }

    /// The first month and how many months.
    fn months(self) -> (i64, u32, u32) {
        match self {
            Period::Month { year, month } => (year, month, 1),
            Period::Quarter { year, quarter } => (year, quarter * 3 - 2, 3),
        }
    }

    /// `[start, end)` in Unix seconds: from London midnight on the first day to London midnight after the last.
    pub fn bounds(self) -> (i64, i64) {
        let (year, first, count) = self.months();
        let next = first + count;
        let (end_year, end_month) = if next > 12 { (year + 1, next - 12) } else { (year, next) };
        (london_midnight(year, first, 1), london_midnight(end_year, end_month, 1))
    }

    /// Whether the period has ended at `now`.
    pub fn ended(self, now: i64) -> bool {
        self.bounds().1 <= now
    }

    /// The months that make it up, as feedback records them (`2026-11`).
    pub fn month_names(self) -> Vec<String> {
        let (year, first, count) = self.months();
        (first..first + count).map(|m| format!("{year:04}-{m:02}")).collect()
    }

    /// Its first day, year and month (for showing it).
    pub fn start(self) -> (i64, u32) {
        let (year, month, _) = self.months();
        (year, month)
    }
}

/// The ended periods to offer at `now`, newest first: the last `months` months and `quarters` quarters.
pub fn ended_before(now: i64, months: usize, quarters: usize) -> (Vec<Period>, Vec<Period>) {
    let (year, month, _) = dates::civil_from_days(dates::day_of(dates::uk_clock(now)));
    let mut ms = Vec::new();
    let (mut y, mut m) = (year, month);
    while ms.len() < months {
        (y, m) = if m == 1 { (y - 1, 12) } else { (y, m - 1) };
        ms.push(Period::Month { year: y, month: m });
    }
    let mut qs = Vec::new();
    let (mut y, mut q) = (year, (month - 1) / 3 + 1);
    while qs.len() < quarters {
        (y, q) = if q == 1 { (y - 1, 4) } else { (y, q - 1) };
        qs.push(Period::Quarter { year: y, quarter: q });
    }
    (ms, qs)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Unix time of a UTC date and time.
    fn utc(y: i64, mo: u32, d: u32, h: i64, mi: i64) -> i64 {
        dates::days_from_civil(y, mo, d).unwrap() * 86_400 + h * 3_600 + mi * 60
    }

    #[test]
    fn names_are_read_and_written_back() {
        for name in ["2026-11", "2026-01", "2026-Q1", "2026-Q4"] {
            assert_eq!(Period::parse(name).map(Period::name).as_deref(), Some(name));
        }
        for bad in [
            "2026-13",
            "2026-00",
            "2026-Q5",
            "2026-Q0",
            "2026-1",
            "26-11",
            "2026",
            "2026-Q",
            "x",
            "2026-11.csv",
            "+026-11",
        ] {
            assert_eq!(Period::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn winter_months_start_at_midnight_utc() {
        // December 2026 and January 2027: London is on GMT.
        let (start, end) = Period::Month { year: 2026, month: 12 }.bounds();
        assert_eq!((start, end), (utc(2026, 12, 1, 0, 0), utc(2027, 1, 1, 0, 0)));
    }

    #[test]
    fn summer_months_start_at_london_midnight_an_hour_earlier_in_utc() {
        // July 2026 is all BST: it starts at 23:00 UTC on 30 June.
        let (start, end) = Period::Month { year: 2026, month: 7 }.bounds();
        assert_eq!((start, end), (utc(2026, 6, 30, 23, 0), utc(2026, 7, 31, 23, 0)));
    }

    #[test]
    fn months_across_the_clock_changes() {
        // March 2026: starts in GMT; the clocks go forward on 29 March, so April starts at 23:00 UTC on 31 March.
        assert_eq!(Period::Month { year: 2026, month: 3 }.bounds(), (utc(2026, 3, 1, 0, 0), utc(2026, 3, 31, 23, 0)));
        // October 2026: starts in BST; the clocks go back on 25 October, so November starts at midnight UTC.
        assert_eq!(Period::Month { year: 2026, month: 10 }.bounds(), (utc(2026, 9, 30, 23, 0), utc(2026, 11, 1, 0, 0)));
        // 00:30 London on 1 April 2026 (23:30 UTC on 31 March) belongs to April, not March.
        let moment = utc(2026, 3, 31, 23, 30);
        let (_, march_end) = Period::Month { year: 2026, month: 3 }.bounds();
        let (april_start, _) = Period::Month { year: 2026, month: 4 }.bounds();
        assert!(moment >= march_end && moment >= april_start);
    }

    #[test]
    fn quarters_are_three_months_and_the_last_runs_into_the_new_year() {
        assert_eq!(
            Period::Quarter { year: 2026, quarter: 2 }.bounds(),
            (utc(2026, 3, 31, 23, 0), utc(2026, 6, 30, 23, 0))
        );
        assert_eq!(
            Period::Quarter { year: 2026, quarter: 4 }.bounds(),
            (utc(2026, 9, 30, 23, 0), utc(2027, 1, 1, 0, 0))
        );
        assert_eq!(Period::Quarter { year: 2026, quarter: 4 }.month_names(), ["2026-10", "2026-11", "2026-12"]);
    }

    #[test]
    fn only_ended_periods_are_offered() {
        // 7 December 2026: November and Q3 have ended; December and Q4 have not.
        let now = utc(2026, 12, 7, 6, 0);
        let (months, quarters) = ended_before(now, 3, 2);
        assert_eq!(months.iter().map(|p| p.name()).collect::<Vec<_>>(), ["2026-11", "2026-10", "2026-09"]);
        assert_eq!(quarters.iter().map(|p| p.name()).collect::<Vec<_>>(), ["2026-Q3", "2026-Q2"]);
        assert!(months.iter().chain(&quarters).all(|p| p.ended(now)));
        assert!(!Period::Month { year: 2026, month: 12 }.ended(now));
        assert!(!Period::Quarter { year: 2026, quarter: 4 }.ended(now));
        // January: the last month is December of the year before, the last quarter Q4.
        let (months, quarters) = ended_before(utc(2027, 1, 15, 12, 0), 1, 1);
        assert_eq!((months[0].name(), quarters[0].name()), ("2026-12".to_string(), "2026-Q4".to_string()));
        // The first hour of 1 July in London (still 30 June in UTC) already ends June.
        let first_hour_of_july = utc(2026, 6, 30, 23, 30);
        assert!(Period::Month { year: 2026, month: 6 }.ended(first_hour_of_july));
        assert_eq!(ended_before(first_hour_of_july, 1, 1).0[0].name(), "2026-06");
    }
}
