//! Calendar dates as whole days since 1970-01-01 (how the diary stores them), converted to and from
//! year-month-day, and Unix times as ISO 8601.

/// Days since 1970-01-01 for a civil date, or `None` if the date does not exist.
pub fn days_from_civil(year: i64, month: u32, day: u32) -> Option<i64> {
    if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
        return None;
    }
    // Howard Hinnant's algorithm.
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = month as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// The civil date (year, month, day) of a day number.
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(month <= 2), month, day)
}

pub fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// The day number of a Unix time (UTC).
pub fn day_of(unix: i64) -> i64 {
    unix.div_euclid(86_400)
}

/// The day of the week of a day number, 0 for Sunday to 6 for Saturday (1970-01-01 was a Thursday).
pub fn weekday(days: i64) -> i64 {
    (days + 4).rem_euclid(7)
}

/// A Unix time moved to UK clock time: British Summer Time (an hour ahead) runs from 01:00 UTC on the last
/// Sunday of March to 01:00 UTC on the last Sunday of October.
pub fn uk_clock(unix: i64) -> i64 {
    let (year, _, _) = civil_from_days(day_of(unix));
    let last_sunday = |month: u32| {
        let last = days_from_civil(year, month, 31).unwrap_or(0);
        last - weekday(last)
    };
    let starts = last_sunday(3) * 86_400 + 3_600;
    let ends = last_sunday(10) * 86_400 + 3_600;
    if (starts..ends).contains(&unix) {
        unix + 3_600
    } else {
        unix
    }
}

/// A Unix time as an ISO 8601 date and time in UTC.
pub fn iso8601(unix: i64) -> String {
    let (year, month, day) = civil_from_days(day_of(unix));
    let secs = unix.rem_euclid(86_400);
    format!("{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z", secs / 3600, secs % 3600 / 60, secs % 60)
}

/// A day number as an ISO 8601 date.
pub fn iso_date(days: i64) -> String {
    let (year, month, day) = civil_from_days(days);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uk_clocks_go_forward_in_march_and_back_in_october() {
        let at = |y, m, d, h: i64| days_from_civil(y, m, d).expect("date") * 86_400 + h * 3_600;
        // 2026: BST from 29 March to 25 October, changing at 01:00 UTC.
        assert_eq!(weekday(days_from_civil(2026, 3, 29).expect("date")), 0);
        assert_eq!(uk_clock(at(2026, 3, 29, 0)), at(2026, 3, 29, 0));
        assert_eq!(uk_clock(at(2026, 3, 29, 1)), at(2026, 3, 29, 2));
        assert_eq!(uk_clock(at(2026, 7, 1, 23)), at(2026, 7, 2, 0));
        assert_eq!(uk_clock(at(2026, 10, 25, 0)), at(2026, 10, 25, 1));
        assert_eq!(uk_clock(at(2026, 10, 25, 1)), at(2026, 10, 25, 1));
        assert_eq!(uk_clock(at(2026, 11, 23, 9)), at(2026, 11, 23, 9));
    }

    #[test]
    fn converts_both_ways() {
        assert_eq!(days_from_civil(1970, 1, 1), Some(0));
        assert_eq!(days_from_civil(2000, 2, 29), Some(11_016));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        for days in [-1000, 0, 365, 11_016, 20_779, 30_000] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), Some(days));
        }
    }

    #[test]
    fn refuses_dates_that_do_not_exist() {
        assert_eq!(days_from_civil(2023, 2, 29), None);
        assert_eq!(days_from_civil(2024, 13, 1), None);
        assert_eq!(days_from_civil(2024, 4, 31), None);
        assert_eq!(days_from_civil(2024, 1, 0), None);
        assert!(days_from_civil(2024, 2, 29).is_some());
    }

    #[test]
    fn formats_unix_times() {
        assert_eq!(iso8601(0), "1970-01-01T00:00:00Z");
        assert_eq!(iso8601(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(iso8601(1_795_000_000), "2026-11-18T11:06:40Z");
        assert_eq!(iso_date(11_016), "2000-02-29");
    }
}
