//! Contact deadlines: working days in England and Wales (Monday to Friday, less the bank holidays listed in
//! `content/bank-holidays.toml`) and when a service's promise to make contact runs out, in London time.
//!
//! A promise of N working days made for a request that arrives at any moment of a day D (London date) runs
//! to the end of the Nth working day after D: a request arriving on Monday at 09:00 or at 23:59 with a promise of
//! 2 working days is due by the end of Wednesday, that is by midnight at the start of Thursday, London time. The
//! arrival day never counts, even when it is a working day, so a request sent late in the day still gets N whole
//! working days. The stored `due_at` is that midnight as a Unix time: a request not contacted by then is
//! overdue.

pub mod holidays;

use chrono::{Datelike, NaiveDate, TimeZone, Weekday};
use chrono_tz::Europe::London;
pub use holidays::Holidays;

/// The promise of services that receive requests but declare none: the Victims' Code's standard of two
/// working days for a referral to reach a victim service and for the service to make contact.
pub const DEFAULT_WORKING_DAYS: u8 = 2;

/// The London date of a moment.
pub fn london_date(unix: i64) -> NaiveDate {
    match London.timestamp_opt(unix, 0).single() {
        Some(t) => t.date_naive(),
        // Outside chrono's range: a date nobody will see.
        None => NaiveDate::MIN,
    }
}

/// Midnight at the start of the London date `day`, as a Unix time. (London changes its clocks at 01:00 and
/// 02:00, so midnight always exists and is never doubled.)
pub fn london_midnight(day: NaiveDate) -> i64 {
    let midnight = day.and_hms_opt(0, 0, 0).unwrap_or_default();
    London.from_local_datetime(&midnight).earliest().map_or(0, |t| t.timestamp())
}

/// Whether `day` is a working day: a weekday that is not a bank holiday.
pub fn is_working_day(holidays: &Holidays, day: NaiveDate) -> bool {
    !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) && !holidays.contains(day)
}

/// The `n`th working day after `day` (`day` itself not counted); `day` itself when `n` is 0.
pub fn working_days_after(holidays: &Holidays, day: NaiveDate, n: u8) -> NaiveDate {
    let mut at = day;
    let mut left = n;
    while left > 0 {
        at = at.succ_opt().unwrap_or(at);
        if is_working_day(holidays, at) {
            left -= 1;
        }
    }
    at
}

/// When contact promised within `working_days` working days of a request arriving at `arrival` is due: the end
/// of the last of those days, London time (see the module's documentation).
pub fn due_at(holidays: &Holidays, arrival: i64, working_days: u8) -> i64 {
    let last = working_days_after(holidays, london_date(arrival), working_days);
    london_midnight(last.succ_opt().unwrap_or(last))
}

/// The last day on which contact is still in time, for saying "by Tuesday 8 December".
pub fn last_day(due_at: i64) -> NaiveDate {
    london_date(due_at - 1)
}

/// How a request still waiting for contact stands against its deadline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// Due later than today.
    InTime,
    /// Due by the end of today (London time).
    DueToday,
    /// The deadline has passed.
    Overdue,
}

/// Where a request due at `due_at` stands at `now`.
pub fn standing(due_at: i64, now: i64) -> Standing {
    if now >= due_at {
        Standing::Overdue
    } else if london_date(now) == last_day(due_at) {
        Standing::DueToday
    } else {
        Standing::InTime
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("a date")
    }

    /// A London wall-clock time as a Unix time.
    fn london(s: &str) -> i64 {
        let local = chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").expect("a time");
        London.from_local_datetime(&local).earliest().expect("exists").timestamp()
    }

    fn holidays() -> Holidays {
        let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../content/bank-holidays.toml"))
            .expect("the bank holidays file");
        Holidays::parse(&text).expect("valid")
    }

    #[test]
    fn the_arrival_day_does_not_count_and_weekends_are_skipped() {
        let h = holidays();
        // Monday 7 December 2026, early and late: due by the end of Wednesday 9 December.
        assert_eq!(due_at(&h, london("2026-12-07 09:00"), 2), london("2026-12-10 00:00"));
        assert_eq!(due_at(&h, london("2026-12-07 23:59"), 2), london("2026-12-10 00:00"));
        assert_eq!(last_day(due_at(&h, london("2026-12-07 09:00"), 1)), date("2026-12-08"));
        // Thursday → Monday; Friday → Tuesday; Saturday and Sunday → Tuesday.
        assert_eq!(last_day(due_at(&h, london("2026-12-03 10:00"), 2)), date("2026-12-07"));
        assert_eq!(last_day(due_at(&h, london("2026-12-04 10:00"), 2)), date("2026-12-08"));
        assert_eq!(last_day(due_at(&h, london("2026-12-05 10:00"), 2)), date("2026-12-08"));
        assert_eq!(last_day(due_at(&h, london("2026-12-06 22:00"), 2)), date("2026-12-08"));
    }

    #[test]
    fn bank_holidays_are_skipped_with_their_substitute_days() {
        let h = holidays();
        // Christmas 2026: Friday 25th, Saturday 26th (Boxing Day substituted on Monday 28th).
        assert_eq!(last_day(due_at(&h, london("2026-12-24 12:00"), 2)), date("2026-12-30"));
        assert_eq!(last_day(due_at(&h, london("2026-12-23 12:00"), 2)), date("2026-12-29"));
        // Christmas 2027: both days at the weekend, substituted on Monday 27th and Tuesday 28th.
        assert_eq!(last_day(due_at(&h, london("2027-12-24 12:00"), 1)), date("2027-12-29"));
        // The summer bank holiday, Monday 31 August 2026.
        assert_eq!(last_day(due_at(&h, london("2026-08-28 12:00"), 2)), date("2026-09-02"));
        // Easter 2027: Good Friday 26 March, Easter Monday 29 March.
        assert_eq!(last_day(due_at(&h, london("2027-03-25 12:00"), 2)), date("2027-03-31"));
        // New Year 2028: Saturday 1 January, substituted on Monday 3rd.
        assert_eq!(last_day(due_at(&h, london("2027-12-31 12:00"), 1)), date("2028-01-04"));
        assert!(!is_working_day(&h, date("2026-12-28")));
        assert!(is_working_day(&h, date("2026-12-29")));
    }

    #[test]
    fn deadlines_are_london_midnights_in_summer_and_winter_time() {
        let h = holidays();
        // British Summer Time: due at 23:00 UTC, London's midnight.
        let summer = due_at(&h, london("2026-07-06 10:00"), 2);
        assert_eq!(summer, chrono::Utc.with_ymd_and_hms(2026, 7, 8, 23, 0, 0).unwrap().timestamp());
        // Greenwich Mean Time: due at 00:00 UTC.
        let winter = due_at(&h, london("2026-12-07 10:00"), 2);
        assert_eq!(winter, chrono::Utc.with_ymd_and_hms(2026, 12, 10, 0, 0, 0).unwrap().timestamp());
        // Clocks go back on Sunday 25 October 2026: Friday's request is due at the end of Tuesday, in GMT.
        let across = due_at(&h, london("2026-10-23 16:00"), 2);
        assert_eq!(across, chrono::Utc.with_ymd_and_hms(2026, 10, 28, 0, 0, 0).unwrap().timestamp());
        // Clocks go forward on Sunday 28 March 2027 (after Easter Monday 29th): Thursday's request is due at
        // the end of Wednesday 31st, in summer time.
        let forward = due_at(&h, london("2027-03-25 09:00"), 2);
        assert_eq!(forward, chrono::Utc.with_ymd_and_hms(2027, 3, 31, 23, 0, 0).unwrap().timestamp());
        // A request sent at 00:30 London summer time (23:30 UTC the day before) counts from the London date.
        assert_eq!(london_date(london("2026-07-07 00:30")), date("2026-07-07"));
    }

    #[test]
    fn standing_is_in_time_then_due_today_then_overdue() {
        let h = holidays();
        let due = due_at(&h, london("2026-12-07 09:00"), 2);
        assert_eq!(standing(due, london("2026-12-08 17:00")), Standing::InTime);
        assert_eq!(standing(due, london("2026-12-09 00:00")), Standing::DueToday);
        assert_eq!(standing(due, london("2026-12-09 23:59")), Standing::DueToday);
        assert_eq!(standing(due, london("2026-12-10 00:00")), Standing::Overdue);
    }
}
