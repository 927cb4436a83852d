//! The private diary: the list of entries, writing and editing an entry, progress (a chart of how someone has
//! been feeling, and what helped most often), a timeline, a printable copy, and deleting.

mod entry;
mod list;
mod progress;

pub use entry::{DeleteEntryPage, EntryFormMode, EntryFormPage};
pub use list::{DeleteDiaryPage, DiaryDeletedPage, DiaryLockedPage, DiaryPage, PrintPage, TimelinePage};
pub use progress::{ProgressPage, ProgressPoint};

use crate::i18n::I18n;
use crate::models::diary::Helped;

/// An entry as the pages show it.
#[derive(Clone, Debug, Default)]
pub struct EntryView {
    pub id: i64,
    pub year: i64,
    pub month: u32,
    pub day: u32,
    /// `None` when the entry could not be opened (it was damaged or tampered with).
    pub content: Option<EntryContentView>,
}

#[derive(Clone, Debug, Default)]
pub struct EntryContentView {
    /// 1 to 10, or 0 when not given (a reflection saved from a guide).
    pub feeling: u8,
    pub text: String,
    /// The standard "what helped" choices ticked.
    pub helped: Vec<Helped>,
    pub own_tags: Vec<String>,
    /// The guide an entry was saved from, if any.
    pub source: Option<String>,
}

/// A month's name as it is written inside a date ("22 November 2026").
pub fn month_name(i18n: &I18n, month: u32) -> String {
    match month {
        1 => i18n.t("month-1"),
        2 => i18n.t("month-2"),
        3 => i18n.t("month-3"),
        4 => i18n.t("month-4"),
        5 => i18n.t("month-5"),
        6 => i18n.t("month-6"),
        7 => i18n.t("month-7"),
        8 => i18n.t("month-8"),
        9 => i18n.t("month-9"),
        10 => i18n.t("month-10"),
        11 => i18n.t("month-11"),
        _ => i18n.t("month-12"),
    }
}

/// A month and year as a heading ("November 2026"); some languages name a month differently on its own.
pub fn month_heading(i18n: &I18n, year: i64, month: u32) -> String {
    let month = match month {
        1 => i18n.t("month-alone-1"),
        2 => i18n.t("month-alone-2"),
        3 => i18n.t("month-alone-3"),
        4 => i18n.t("month-alone-4"),
        5 => i18n.t("month-alone-5"),
        6 => i18n.t("month-alone-6"),
        7 => i18n.t("month-alone-7"),
        8 => i18n.t("month-alone-8"),
        9 => i18n.t("month-alone-9"),
        10 => i18n.t("month-alone-10"),
        11 => i18n.t("month-alone-11"),
        _ => i18n.t("month-alone-12"),
    };
    i18n.tr("date-month-year", &[("month", month.into()), ("year", year.into())])
}

/// A date written out in the reader's language, e.g. "22 November 2026".
pub fn long_date(i18n: &I18n, year: i64, month: u32, day: u32) -> String {
    i18n.tr(
        "date-long",
        &[("day", (day as i64).into()), ("month", month_name(i18n, month).into()), ("year", year.into())],
    )
}

/// A date with its day of the week, such as "Tuesday 8 December": `weekday` from 1 (Monday) to 7 (Sunday).
pub fn weekday_date(i18n: &I18n, weekday: u32, month: u32, day: u32) -> String {
    let name = match weekday {
        1 => i18n.t("weekday-1"),
        2 => i18n.t("weekday-2"),
        3 => i18n.t("weekday-3"),
        4 => i18n.t("weekday-4"),
        5 => i18n.t("weekday-5"),
        6 => i18n.t("weekday-6"),
        _ => i18n.t("weekday-7"),
    };
    i18n.tr(
        "date-weekday",
        &[("weekday", name.into()), ("day", (day as i64).into()), ("month", month_name(i18n, month).into())],
    )
}

/// Words for a feeling score, for people who would rather read than count.
pub fn feeling_words(i18n: &I18n, feeling: u8) -> String {
    i18n.tr("feeling-score", &[("score", (feeling as i64).into())])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Catalog, Locale};
    use std::sync::Arc;

    fn i18n(locale: Locale) -> I18n {
        I18n::new(locale, Arc::new(Catalog::embedded().expect("catalogue")))
    }

    #[test]
    fn dates_read_naturally_in_each_language() {
        assert_eq!(long_date(&i18n(Locale::En), 2026, 11, 22), "22 November 2026");
        assert_eq!(month_heading(&i18n(Locale::En), 2026, 11), "November 2026");
        // Polish names a month in the genitive inside a date, and in the nominative on its own.
        assert_eq!(long_date(&i18n(Locale::Pl), 2026, 11, 22), "22 listopada 2026");
        assert_eq!(month_heading(&i18n(Locale::Pl), 2026, 11), "Listopad 2026");
        assert_eq!(weekday_date(&i18n(Locale::En), 2, 12, 8), "Tuesday 8 December");
        assert_eq!(weekday_date(&i18n(Locale::Cy), 7, 12, 13), "Dydd Sul 13 Rhagfyr");
    }

    #[test]
    fn arabic_and_farsi_dates_use_their_own_digits() {
        let arabic = long_date(&i18n(Locale::Ar), 2026, 11, 22);
        assert!(arabic.contains("٢٢") && arabic.contains("٢٠٢٦"), "{arabic}");
        let farsi = month_heading(&i18n(Locale::Fa), 2026, 11);
        assert!(farsi.contains("۲۰۲۶"), "{farsi}");
        assert!(!arabic.chars().chain(farsi.chars()).any(|c| c.is_ascii_digit()));
    }
}
